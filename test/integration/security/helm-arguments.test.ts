// The real pinned helm binary of the testbed: with the argument lists of src/tools/helm-cli.ts, a
// hostile release name stays a release name (refused by helm's validation) and runs nothing.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { helmTemplate } from '../../../src/tools/helm-cli.js';
import { binaries } from '../support/testbed.js';

const CHART = resolve(import.meta.dirname, '..', '..', 'fixtures', 'charts', 'istio-remote');
const work = mkdtempSync(join(tmpdir(), 'helm-arguments-'));
const marker = join(work, 'post-renderer-ran');
const renderer = join(work, 'renderer.sh');
writeFileSync(renderer, `#!/bin/sh\ntouch '${marker}'\ncat\n`, { mode: 0o755 });

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('helm argument separation (real helm)', () => {
  it('a release named --post-renderer=<script> is refused as a release name and runs nothing', async () => {
    const ref = { helmPath: binaries.helm, chart: CHART, namespace: 'istio-system', values: [] };
    await expect(helmTemplate({ ...ref, release: `--post-renderer=${renderer}` })).rejects.toThrow(
      /invalid release name/,
    );
    await expect(
      helmTemplate({ ...ref, release: 'istio-remote', chart: `--post-renderer=${renderer}` }),
    ).rejects.toThrow(/helm template failed/);
    expect(existsSync(marker)).toBe(false);
    expect(await helmTemplate({ ...ref, release: 'istio-remote' })).toContain('kind: ServiceAccount');
  });
});
