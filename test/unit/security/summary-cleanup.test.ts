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
  it('removes exactly what earlier steps output: the listed files and the directories the steps own', async () => {
    const primary = write(join(runDirectory('credentials'), 'inputs', 'primary.kubeconfig'));
    const generated = write(join(runDirectory('remote-kubeconfig'), 'east.kubeconfig'));
    const east = write(join(runDirectory('remote-install'), 'east.yaml'));
    const west = write(join(runDirectory('remote-install'), 'west.yaml'));
    const primaryManifest = write(join(runDirectory('primary'), 'primary.yaml'));
    // A directory of this run that no step output: not recomputed, so left alone.
    const unlisted = write(join(runDirectory('injected'), 'east', 'web.yaml'));
    vi.stubEnv('INPUT_PRIMARY-KUBECONFIG-PATH', primary);
    vi.stubEnv('INPUT_CREDENTIALS-DIR', runDirectory('credentials'));
    vi.stubEnv('INPUT_GENERATED-KUBECONFIG-PATHS', JSON.stringify({ east: generated }));
    vi.stubEnv('INPUT_GENERATED-KUBECONFIG-DIR', runDirectory('remote-kubeconfig'));
    vi.stubEnv('INPUT_MANIFEST-PATH', east);
    vi.stubEnv('INPUT_MANIFEST-PATHS', JSON.stringify({ east }));
    vi.stubEnv('INPUT_MANIFEST-DIR', runDirectory('remote-install'));
    vi.stubEnv('INPUT_PRIMARY-MANIFEST-PATH', primaryManifest);
    vi.stubEnv('INPUT_PRIMARY-MANIFEST-DIR', runDirectory('primary'));
    await run();
    for (const path of [primary, generated, east, west, primaryManifest])
      expect(existsSync(path), path).toBe(false);
    for (const purpose of ['credentials', 'remote-kubeconfig', 'remote-install', 'primary'])
      expect(existsSync(runDirectory(purpose)), purpose).toBe(false);
    expect(existsSync(unlisted)).toBe(true);
    const report = JSON.parse(parseOutputFile(readFileSync(outputFile, 'utf8')).report ?? '{}') as {
      did: string[];
    };
    expect(report.did).toEqual(['removed 2 credential file(s) and 3 rendered manifest(s)']);
    expect(process.exitCode ?? 0).toBe(0);
  });

  it('refuses a listed directory that is not one of this run, and leaves it', async () => {
    const precious = write(join(root, 'precious', 'keep.yaml'));
    vi.stubEnv('INPUT_MANIFEST-DIR', join(root, 'precious'));
    await run();
    expect(existsSync(precious)).toBe(true);
    const report = JSON.parse(parseOutputFile(readFileSync(outputFile, 'utf8')).report ?? '{}') as {
      warnings: string[];
    };
    expect(report.warnings[0]).toMatch(/input manifest-dir: ".*precious" is not a directory of this run/);
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
