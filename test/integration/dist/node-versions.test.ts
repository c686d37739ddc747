import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ensureNode24 } from '../../support/node24.js';
import { repoRoot, startHarness, testbedInputs, type ActionHarness } from '../support/action.js';
import { installControlPlane } from '../support/cluster-state.js';

describe('the committed dist/ runs under every Node a runner may put on PATH', () => {
  let harness: ActionHarness;
  let node24: string;
  let pathDir: string;

  beforeAll(async () => {
    node24 = ensureNode24();
    pathDir = mkdtempSync(join(tmpdir(), 'node24-path-'));
    mkdirSync(join(pathDir, 'bin'));
    symlinkSync(node24, join(pathDir, 'bin', 'node'));
    installControlPlane();
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
    rmSync(pathDir, { recursive: true, force: true });
  });

  it('node 20 and node 24 both load the bundle and print the CLI usage', () => {
    for (const node of [process.execPath, node24]) {
      const out = execFileSync(node, [join(repoRoot, 'dist', 'index.js'), 'run', '--help']).toString();
      expect(out, node).toMatch(/--primary-kubeconfig/);
    }
    expect(execFileSync(process.execPath, ['--version']).toString()).toMatch(/^v(20|22|24)\./);
  });

  it('a render run of every composite step under Node 24 talks to the real clusters', async () => {
    const previousPath = process.env.PATH;
    process.env.PATH = [join(pathDir, 'bin'), previousPath].join(delimiter);
    try {
      const run = await harness.run(testbedInputs(['remote-1'], { mode: 'render' }));
      expect(run.success, run.log).toBe(true);
      expect(run.outputs['pilot-pod-ip']).toMatch(/^10\.10\./);
      const versions = execFileSync('bash', ['-c', 'node --version'], { env: process.env }).toString();
      expect(versions).toMatch(/^v24\./);
    } finally {
      process.env.PATH = previousPath;
    }
  });
});
