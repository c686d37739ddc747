import { describe, expect, it } from 'vitest';
import { istioctlSpec, istioReleaseSpec } from '../../../src/tools/istio-release.js';
import { InputError } from '../../../src/util/errors.js';

const linuxArm64 = { os: 'linux', arch: 'arm64' } as const;

describe('istio release specs', () => {
  it('istioReleaseSpec() - caches the istio-<version>/ directory itself', () => {
    const spec = istioReleaseSpec('v1.28.2', undefined, linuxArm64);
    expect(spec).toMatchObject({
      name: 'istio',
      version: '1.28.2',
      arch: 'arm64',
      layout: { kind: 'archive', root: 'istio-1.28.2', target: '' },
      mirrorInput: 'istio-mirror',
    });
    expect(spec.source.url).toBe(
      'https://github.com/istio/istio/releases/download/1.28.2/istio-1.28.2-linux-arm64.tar.gz',
    );
  });

  it('istioctlSpec() - the binary at the top of the istioctl archive, from the mirror', () => {
    const spec = istioctlSpec('1.28.2', 'https://mirror.example.com/istio/', { os: 'darwin', arch: 'amd64' });
    expect(spec.layout).toEqual({ kind: 'archive', root: '', target: 'istioctl' });
    expect(spec.source.url).toBe('https://mirror.example.com/istio/1.28.2/istioctl-1.28.2-osx.tar.gz');
  });

  it('istioReleaseSpec() - empty version means the tested default', () => {
    expect(istioReleaseSpec('', undefined, linuxArm64).version).toBe('1.28.2');
  });

  it('istioReleaseSpec() - refuses "latest" and a plain-http remote mirror as input errors of the running step', () => {
    expect(() => istioReleaseSpec('latest', undefined, linuxArm64)).toThrow(InputError);
    expect(() => istioReleaseSpec('latest', undefined, linuxArm64)).toThrow(
      /^input istio-version: istio-version "latest" is not an exact .* Fix: pin an exact Istio release/,
    );
    let thrown: unknown;
    try {
      istioctlSpec('1.28.2', 'http://mirror.example.com', linuxArm64);
    } catch (error: unknown) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).inStage('inject').message).toMatch(
      /^\[inject\] input istio-mirror: istio-mirror "http:\/\/mirror\.example\.com" must use https.* Fix: give the https base URL of the mirror/,
    );
  });

  it('istioReleaseSpec() - istio-sha256 pins the archive where the action carries no pin, and says so', () => {
    const spec = istioReleaseSpec('1.30.1', undefined, linuxArm64, 'AB'.repeat(32));
    expect(spec).toMatchObject({ pinnedSha256: 'ab'.repeat(32), pinnedBy: 'istio-sha256' });
    expect(istioReleaseSpec('1.30.1', undefined, linuxArm64).pinnedBy).toBeUndefined();
  });
});
