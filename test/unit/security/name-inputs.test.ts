import { describe, expect, it } from 'vitest';
import { InputError, StageError } from '../../../src/util/errors.js';
import {
  HELM_RELEASE_MAX_LENGTH,
  checkName,
  parseNameList,
  parseNetworkInput,
} from '../../../src/util/input-names.js';
import { MAX_DURATION_MS, parseIntInRange, parsePositiveDuration } from '../../../src/util/parse.js';

function refusal(action: () => unknown): InputError {
  try {
    action();
  } catch (error: unknown) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('name inputs', () => {
  it('release names follow helm: DNS-1123 subdomain of at most 53 characters', () => {
    for (const ok of ['istio-remote', 'istio', 'a.b-c', 'x'.repeat(HELM_RELEASE_MAX_LENGTH)])
      expect(checkName('release-name', ok, 'helm-release', 'istio-remote')).toBe(ok);
    for (const bad of [
      '--post-renderer=x',
      'Istio',
      'a_b',
      'a..b',
      '-a',
      'a/b',
      'a b',
      'x'.repeat(HELM_RELEASE_MAX_LENGTH + 1),
    ]) {
      const error = refusal(() => checkName('release-name', bad, 'helm-release', 'istio-remote'));
      expect(error.message).toMatch(/^input release-name: ".*" is not a helm release name/);
      expect(error.fix).toMatch(/^set release-name to a valid name, e.g. release-name: [a-z0-9]/);
    }
  });

  it('suggests a valid value derived from the refused one', () => {
    expect(refusal(() => checkName('release-name', 'My_Release', 'helm-release', 'x')).fix).toBe(
      'set release-name to a valid name, e.g. release-name: my-release',
    );
    expect(refusal(() => checkName('istio-namespace', '---', 'dns-label', 'istio-system')).fix).toBe(
      'set istio-namespace to a valid name, e.g. istio-namespace: istio-system',
    );
  });

  it('namespaces and the primary name are DNS-1123 labels of at most 63 characters', () => {
    expect(checkName('istio-namespace', 'x'.repeat(63), 'dns-label', 'istio-system')).toHaveLength(63);
    for (const bad of ['x'.repeat(64), 'a.b', 'kube system', '../etc', 'A'])
      expect(() => checkName('istio-namespace', bad, 'dns-label', 'istio-system')).toThrow(InputError);
  });

  it('network and mesh names refuse "/", spaces and ".."', () => {
    for (const ok of ['network1', 'vpc_east.1', 'Mesh-A'])
      expect(checkName('mesh-id', ok, 'mesh-name', 'mesh1')).toBe(ok);
    for (const bad of ['net/1', 'net 1', 'a..b', '..', '-net', 'net\n', 'x'.repeat(64)])
      expect(() => checkName('mesh-id', bad, 'mesh-name', 'mesh1')).toThrow(
        /input mesh-id: .*\(no '\/', spaces or '\.\.'\)/,
      );
  });

  it('parseNameList() - checks every name and drops repeats', () => {
    expect(parseNameList('injection-namespaces', 'default, apps\napps', 'dns-label', 'default')).toEqual([
      'default',
      'apps',
    ]);
    expect(() =>
      parseNameList('injection-namespaces', 'default,kube system', 'dns-label', 'default'),
    ).toThrow(/input injection-namespaces: "kube system"/);
  });

  it('parseNetworkInput() - one network, or remote=network pairs with network1 for the others', () => {
    expect(parseNetworkInput('')('east')).toBe('network1');
    expect(parseNetworkInput('net-a')('west')).toBe('net-a');
    const pairs = parseNetworkInput('east=net-a\nwest = net-b');
    expect([pairs('east'), pairs('west'), pairs('north')]).toEqual(['net-a', 'net-b', 'network1']);
    expect(() => parseNetworkInput('east=../x')).toThrow(/input network: "\.\.\/x"/);
    expect(() => parseNetworkInput('east=a,b')).toThrow(/"b" is not remote=network/);
    expect(() => parseNetworkInput('net/1')).toThrow(InputError);
  });

  it('InputError.inStage() - names the stage, the input and the fix', () => {
    const error = refusal(() => checkName('primary-release', 'Bad', 'helm-release', 'istio')).inStage(
      'primary',
    );
    expect(error).toBeInstanceOf(StageError);
    expect(error.message).toBe(
      "[primary] input primary-release: \"Bad\" is not a helm release name: lower case letters, digits, '-' and '.', starting and ending with a letter or digit, at most 53 characters. Fix: set primary-release to a valid name, e.g. primary-release: bad",
    );
  });
});

describe('numeric inputs', () => {
  it('wait-timeout must be above zero and at most 24h', () => {
    expect(parsePositiveDuration('wait-timeout', '', 300_000)).toBe(300_000);
    expect(parsePositiveDuration('wait-timeout', '90s', 1)).toBe(90_000);
    expect(parsePositiveDuration('wait-timeout', '24h', 1)).toBe(MAX_DURATION_MS);
    expect(() => parsePositiveDuration('wait-timeout', '0', 1)).toThrow(/is zero.*Fix: .*wait-timeout: 5m/);
    expect(() => parsePositiveDuration('wait-timeout', '0m0s', 1)).toThrow(/is zero/);
    expect(() => parsePositiveDuration('wait-timeout', '25h', 1)).toThrow(/longer than 24h/);
    expect(() => parsePositiveDuration('wait-timeout', 'soon', 1)).toThrow(/"soon" is not a duration/);
  });

  it('parallelism must be a whole number from 1 to 64', () => {
    expect(parseIntInRange('parallelism', '', 4, 1, 64)).toBe(4);
    expect(parseIntInRange('parallelism', '64', 4, 1, 64)).toBe(64);
    for (const bad of ['0', '65', '-1', '2.5', 'many', '1e3'])
      expect(() => parseIntInRange('parallelism', bad, 4, 1, 64)).toThrow(
        /input parallelism: ".*" is not a whole number from 1 to 64\. Fix: .*parallelism: 4/,
      );
  });
});
