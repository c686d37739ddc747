import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HELM_VERSION,
  DEFAULT_ISTIOCTL_VERSION,
  DEFAULT_KUBECTL_VERSION,
  parseToolVersion,
} from '../../../src/tools/versions.js';

function problemOf(result: ReturnType<typeof parseToolVersion>): string {
  if (result.ok) throw new Error(`expected a problem, got ${result.value}`);
  return result.problem;
}

describe('parseToolVersion()', () => {
  it('parseToolVersion() - accepts versions with and without v, normalised to the release tag', () => {
    expect(parseToolVersion('helm', '3.22.0')).toEqual({ ok: true, value: 'v3.22.0' });
    expect(parseToolVersion('helm', 'v3.22.0')).toEqual({ ok: true, value: 'v3.22.0' });
    expect(parseToolVersion('helm', ' v4.0.1 ')).toEqual({ ok: true, value: 'v4.0.1' });
    expect(parseToolVersion('kubectl', '1.36.3')).toEqual({ ok: true, value: 'v1.36.3' });
    expect(parseToolVersion('istio', 'v1.28.2')).toEqual({ ok: true, value: '1.28.2' });
    expect(parseToolVersion('istio', '1.28.0-beta.1')).toEqual({ ok: true, value: '1.28.0-beta.1' });
  });

  it('parseToolVersion() - an empty value means the pinned tested default', () => {
    expect(parseToolVersion('helm', '')).toEqual({ ok: true, value: DEFAULT_HELM_VERSION });
    expect(parseToolVersion('kubectl', '  ')).toEqual({ ok: true, value: DEFAULT_KUBECTL_VERSION });
    expect(parseToolVersion('istio', '')).toEqual({ ok: true, value: DEFAULT_ISTIOCTL_VERSION });
  });

  it('parseToolVersion() - the defaults are pinned exact versions', () => {
    expect(DEFAULT_HELM_VERSION).toBe('v3.22.0');
    expect(DEFAULT_KUBECTL_VERSION).toBe('v1.36.3');
    expect(DEFAULT_ISTIOCTL_VERSION).toMatch(/^1\.2\d\.\d+$/);
  });

  it.each([
    'latest',
    'stable',
    '^3',
    '3.x',
    '~3.22',
    '>=3.0.0',
    '3',
    '3.22',
    'v3.22',
    '3.22.0.1',
    '03.22.0',
    'v3.22.0+build',
  ])('parseToolVersion() - refuses %s and says to pin a version, with an example', (raw) => {
    const problem = problemOf(parseToolVersion('helm', raw));
    expect(problem).toContain(`helm-version "${raw}" is not an exact version`);
    expect(problem).toContain('helm-version: v3.22.0');
  });

  it('parseToolVersion() - refuses Helm 2 because Tiller is end-of-life', () => {
    const problem = problemOf(parseToolVersion('helm', 'v2.17.0'));
    expect(problem).toMatch(/Helm 2 is refused.*Tiller.*end-of-life/);
    expect(problem).toContain('Use major version 3 or 4');
  });

  it('parseToolVersion() - refuses unknown majors', () => {
    expect(problemOf(parseToolVersion('helm', '5.0.0'))).toContain('major version 5 is not supported');
    expect(problemOf(parseToolVersion('kubectl', 'v2.0.0'))).toContain('kubectl-version: v1.36.3');
    expect(problemOf(parseToolVersion('istio', 'latest'))).toContain('istio-version: 1.28.2');
  });
});
