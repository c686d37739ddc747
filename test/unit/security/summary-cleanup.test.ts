import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseOutputFile } from '../../../src/cli/composite.js';
import { runDirectory } from '../../../src/steps/common.js';
import { run } from '../../../src/steps/summary.js';

let root: string;
let outputFile: string;

function write(path: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, 'token: abc\n', { mode: 0o600 });
  return path;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'summary-cleanup-'));
  mkdirSync(join(root, 'temp'));
  outputFile = join(root, 'output');
  writeFileSync(outputFile, '');
  vi.stubEnv('RUNNER_TEMP', join(root, 'temp'));
  vi.stubEnv('GITHUB_RUN_ID', '7');
  vi.stubEnv('GITHUB_RUN_ATTEMPT', '1');
  vi.stubEnv('GITHUB_JOB', 'mesh');
  vi.stubEnv('GITHUB_OUTPUT', outputFile);
  vi.stubEnv('GITHUB_STEP_SUMMARY', '');
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

describe('summary step cleanup', () => {
  it('removes the credential files and every rendered manifest of the run, listed or not', async () => {
    const primary = write(join(runDirectory('credentials'), 'inputs', 'primary.kubeconfig'));
    const east = write(join(runDirectory('manifests'), 'east.yaml'));
    const west = write(join(runDirectory('manifests'), 'west.yaml'));
    const primaryManifest = write(join(runDirectory('manifests'), 'primary.yaml'));
    vi.stubEnv('INPUT_PRIMARY-KUBECONFIG-PATH', primary);
    vi.stubEnv('INPUT_MANIFEST-PATH', east);
    vi.stubEnv('INPUT_MANIFEST-PATHS', JSON.stringify({ east }));
    vi.stubEnv('INPUT_PRIMARY-MANIFEST-PATH', primaryManifest);
    await run();
    for (const path of [primary, east, west, primaryManifest]) expect(existsSync(path), path).toBe(false);
    expect(existsSync(runDirectory('manifests'))).toBe(false);
    expect(existsSync(runDirectory('credentials'))).toBe(false);
    const report = JSON.parse(parseOutputFile(readFileSync(outputFile, 'utf8')).report ?? '{}') as {
      did: string[];
    };
    expect(report.did).toEqual(['removed 1 credential file(s) and 3 rendered manifest(s)']);
    expect(process.exitCode ?? 0).toBe(0);
  });

  it('leaves a listed path alone unless it is a file of this run, and says so', async () => {
    const elsewhere = write(join(root, 'precious.yaml'));
    const otherRun = write(join(root, 'temp', 'istio-multicluster-6-1-mesh-manifests', 'east.yaml'));
    vi.stubEnv('INPUT_MANIFEST-PATH', elsewhere);
    vi.stubEnv('INPUT_GENERATED-KUBECONFIG-PATHS', JSON.stringify({ east: otherRun }));
    await run();
    expect(existsSync(elsewhere)).toBe(true);
    expect(existsSync(otherRun)).toBe(true);
    const report = JSON.parse(parseOutputFile(readFileSync(outputFile, 'utf8')).report ?? '{}') as {
      warnings: string[];
    };
    expect(report.warnings).toHaveLength(2);
    expect(report.warnings[0]).toMatch(
      /^left alone \(not a file of this run\): input generated-kubeconfig-paths: ".*east\.yaml" is not a file of this run/,
    );
    expect(report.warnings[1]).toMatch(/input manifest-path: ".*precious\.yaml" is not a file of this run/);
  });
});
