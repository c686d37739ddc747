import {
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeCredentialFiles, writeCredentialFile } from '../../../src/util/credential-files.js';
import { makeTempDir } from './fixtures.js';

function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}

describe('credential files', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('writeCredentialFile() - writes the file 0600 and creates its directory 0700', () => {
    const dir = join(temp.dir, 'run-1-credentials');
    const path = writeCredentialFile(dir, 'east.kubeconfig', 'apiVersion: v1\n');
    expect(path).toBe(join(dir, 'east.kubeconfig'));
    expect(readFileSync(path, 'utf8')).toBe('apiVersion: v1\n');
    expect(modeOf(path)).toBe(0o600);
    expect(modeOf(dir)).toBe(0o700);
    expect(readdirSync(dir)).toEqual(['east.kubeconfig']);
  });

  it('writeCredentialFile() - replaces an existing file of looser mode with a 0600 one', () => {
    const path = join(temp.dir, 'east.kubeconfig');
    writeFileSync(path, 'old');
    chmodSync(path, 0o644);
    writeCredentialFile(temp.dir, 'east.kubeconfig', 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(modeOf(path)).toBe(0o600);
  });

  it('writeCredentialFile() - replaces a symlink instead of writing through it', () => {
    const target = join(temp.dir, 'elsewhere');
    writeFileSync(target, 'untouched');
    symlinkSync(target, join(temp.dir, 'east.kubeconfig'));
    writeCredentialFile(temp.dir, 'east.kubeconfig', 'new');
    expect(readFileSync(target, 'utf8')).toBe('untouched');
    expect(readFileSync(join(temp.dir, 'east.kubeconfig'), 'utf8')).toBe('new');
  });

  it('writeCredentialFile() - refuses a file name with a path', () => {
    expect(() => writeCredentialFile(temp.dir, '../east.kubeconfig', 'x')).toThrow(/plain file name/);
    expect(readdirSync(temp.dir)).toEqual([]);
  });

  it('removeCredentialFiles() - removes the files and ignores missing ones', () => {
    const a = writeCredentialFile(temp.dir, 'a.kubeconfig', 'a');
    const b = writeCredentialFile(temp.dir, 'b.kubeconfig', 'b');
    removeCredentialFiles([a, b, join(temp.dir, 'never-written')]);
    expect(existsSync(a) || existsSync(b)).toBe(false);
  });

  it('removeCredentialFiles() - reports every file it could not remove', () => {
    expect(() => removeCredentialFiles([temp.dir])).toThrow(/cannot remove credential file/);
  });
});
