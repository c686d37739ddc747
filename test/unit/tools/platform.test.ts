import { describe, expect, it } from 'vitest';
import { releasePlatform } from '../../../src/tools/platform.js';
import { StageError } from '../../../src/util/errors.js';

describe('releasePlatform()', () => {
  it('releasePlatform() - maps Node names to release names', () => {
    expect(releasePlatform('linux', 'x64')).toEqual({ os: 'linux', arch: 'amd64' });
    expect(releasePlatform('linux', 'arm64')).toEqual({ os: 'linux', arch: 'arm64' });
    expect(releasePlatform('darwin', 'x64')).toEqual({ os: 'darwin', arch: 'amd64' });
    expect(releasePlatform('darwin', 'arm64')).toEqual({ os: 'darwin', arch: 'arm64' });
  });

  it('releasePlatform() - defaults to this process', () => {
    expect(['linux', 'darwin']).toContain(releasePlatform().os);
  });

  it('releasePlatform() - refuses Windows and other CPUs, naming both problems and the fix', () => {
    expect(() => releasePlatform('win32', 'ia32')).toThrow(StageError);
    expect(() => releasePlatform('win32', 'ia32')).toThrow(
      /"win32" is not supported.*"ia32" is not supported.*Fix: /,
    );
    expect(() => releasePlatform('linux', 's390x')).toThrow(/\[setup-tools\].*"s390x"/);
  });

  it('releasePlatform() - does not treat inherited property names as platforms', () => {
    expect(() => releasePlatform('toString', 'x64')).toThrow(/"toString" is not supported/);
  });
});
