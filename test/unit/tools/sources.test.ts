import { describe, expect, it } from 'vitest';
import type { ReleasePlatform } from '../../../src/tools/platform.js';
import {
  helmSource,
  isLoopbackHost,
  istioctlSource,
  istioPlatformName,
  istioReleaseSource,
  kubectlSource,
  parseMirrorUrl,
} from '../../../src/tools/sources.js';

const linuxAmd64: ReleasePlatform = { os: 'linux', arch: 'amd64' };
const linuxArm64: ReleasePlatform = { os: 'linux', arch: 'arm64' };
const darwinAmd64: ReleasePlatform = { os: 'darwin', arch: 'amd64' };
const darwinArm64: ReleasePlatform = { os: 'darwin', arch: 'arm64' };

describe('helmSource()', () => {
  it('helmSource() - upstream archive and .sha256sum per platform', () => {
    expect(helmSource('v3.22.0', linuxAmd64)).toEqual({
      url: 'https://get.helm.sh/helm-v3.22.0-linux-amd64.tar.gz',
      checksumUrl: 'https://get.helm.sh/helm-v3.22.0-linux-amd64.tar.gz.sha256sum',
      fileName: 'helm-v3.22.0-linux-amd64.tar.gz',
    });
    expect(helmSource('v3.22.0', darwinArm64).url).toBe(
      'https://get.helm.sh/helm-v3.22.0-darwin-arm64.tar.gz',
    );
  });

  it('helmSource() - a tools mirror replaces https://get.helm.sh', () => {
    expect(helmSource('v3.22.0', linuxArm64, 'https://mirror.example.com/tools').url).toBe(
      'https://mirror.example.com/tools/helm-v3.22.0-linux-arm64.tar.gz',
    );
  });
});

describe('kubectlSource()', () => {
  it('kubectlSource() - upstream binary and .sha256 per platform', () => {
    expect(kubectlSource('v1.36.3', linuxAmd64)).toEqual({
      url: 'https://dl.k8s.io/release/v1.36.3/bin/linux/amd64/kubectl',
      checksumUrl: 'https://dl.k8s.io/release/v1.36.3/bin/linux/amd64/kubectl.sha256',
      fileName: 'kubectl',
    });
    expect(kubectlSource('v1.36.3', darwinArm64).url).toBe(
      'https://dl.k8s.io/release/v1.36.3/bin/darwin/arm64/kubectl',
    );
  });

  it('kubectlSource() - a tools mirror replaces https://dl.k8s.io', () => {
    expect(kubectlSource('v1.36.3', linuxAmd64, 'http://127.0.0.1:8080').checksumUrl).toBe(
      'http://127.0.0.1:8080/release/v1.36.3/bin/linux/amd64/kubectl.sha256',
    );
  });
});

describe('istio sources', () => {
  it('istioPlatformName() - linux-<arch>, osx for x64 macOS, osx-arm64', () => {
    expect(istioPlatformName(linuxAmd64)).toBe('linux-amd64');
    expect(istioPlatformName(linuxArm64)).toBe('linux-arm64');
    expect(istioPlatformName(darwinAmd64)).toBe('osx');
    expect(istioPlatformName(darwinArm64)).toBe('osx-arm64');
  });

  it('istioReleaseSource() - release archive under the GitHub release, with .sha256', () => {
    expect(istioReleaseSource('1.28.2', linuxAmd64)).toEqual({
      url: 'https://github.com/istio/istio/releases/download/1.28.2/istio-1.28.2-linux-amd64.tar.gz',
      checksumUrl:
        'https://github.com/istio/istio/releases/download/1.28.2/istio-1.28.2-linux-amd64.tar.gz.sha256',
      fileName: 'istio-1.28.2-linux-amd64.tar.gz',
    });
    expect(istioReleaseSource('1.28.2', darwinAmd64).fileName).toBe('istio-1.28.2-osx.tar.gz');
  });

  it('istioctlSource() - istioctl archive of the same release; an istio mirror replaces the GitHub URL', () => {
    expect(istioctlSource('1.28.2', darwinArm64).url).toBe(
      'https://github.com/istio/istio/releases/download/1.28.2/istioctl-1.28.2-osx-arm64.tar.gz',
    );
    expect(istioctlSource('1.28.2', linuxArm64, 'https://mirror.example.com/istio').checksumUrl).toBe(
      'https://mirror.example.com/istio/1.28.2/istioctl-1.28.2-linux-arm64.tar.gz.sha256',
    );
  });
});

describe('parseMirrorUrl()', () => {
  it('parseMirrorUrl() - empty means no mirror', () => {
    expect(parseMirrorUrl('', 'tools-mirror')).toEqual({ ok: true, value: undefined });
    expect(parseMirrorUrl('  ', 'tools-mirror')).toEqual({ ok: true, value: undefined });
  });

  it('parseMirrorUrl() - accepts https and strips trailing slashes', () => {
    expect(parseMirrorUrl('https://mirror.example.com/tools/', 'tools-mirror')).toEqual({
      ok: true,
      value: 'https://mirror.example.com/tools',
    });
    expect(parseMirrorUrl('https://mirror.example.com', 'tools-mirror')).toEqual({
      ok: true,
      value: 'https://mirror.example.com',
    });
  });

  it.each(['http://127.0.0.1:8080', 'http://127.1.2.3/x', 'http://localhost:9000/', 'http://[::1]:8080'])(
    'parseMirrorUrl() - accepts plain http for loopback host %s',
    (raw) => {
      expect(parseMirrorUrl(raw, 'tools-mirror').ok).toBe(true);
    },
  );

  it.each([
    'http://mirror.example.com',
    'http://10.0.0.1',
    'http://128.0.0.1',
    'http://localhost.example.com',
  ])('parseMirrorUrl() - refuses plain http for %s, naming the loopback exception', (raw) => {
    const result = parseMirrorUrl(raw, 'tools-mirror');
    expect(result).toEqual({ ok: false, problem: expect.stringContaining('must use https') });
    expect(result.ok ? '' : result.problem).toContain('127.0.0.0/8, localhost or ::1');
    expect(result.ok ? '' : result.problem).toContain('tools-mirror: https://');
  });

  it('parseMirrorUrl() - refuses non-URLs, other schemes, credentials and queries', () => {
    const problem = (raw: string) => {
      const result = parseMirrorUrl(raw, 'istio-mirror');
      return result.ok ? '' : result.problem;
    };
    expect(problem('mirror.example.com')).toContain('is not a URL');
    expect(problem('ftp://mirror.example.com')).toContain('must be an https URL');
    expect(problem('https://user:secret@mirror.example.com')).toContain('must not contain credentials');
    expect(problem('https://mirror.example.com/?a=b')).toContain('without query or fragment');
    expect(problem('mirror')).toContain('istio-mirror "mirror"');
  });

  it('isLoopbackHost() - 127.0.0.0/8, localhost and ::1 only', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('127.255.0.9')).toBe(true);
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
    expect(isLoopbackHost('127.0.0.1.nip.io')).toBe(false);
  });
});
