import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ensureNode, type NodeMajor } from '../../support/node-binaries.js';
import { repoRoot, startHarness, testbedInputs, type ActionHarness } from '../support/action.js';
import { installControlPlane } from '../support/cluster-state.js';

describe('the committed dist/ runs under every Node a runner may put on PATH', () => {
  let harness: ActionHarness;
  const MAJORS: readonly NodeMajor[] = [22, 24];
  /** Per major: its binary, and a directory whose bin/node is it (put first on PATH). */
  const nodes = new Map<NodeMajor, { binary: string; pathDir: string }>();

  beforeAll(async () => {
    for (const major of MAJORS) {
      const binary = ensureNode(major);
      const pathDir = mkdtempSync(join(tmpdir(), `node${major}-path-`));
      mkdirSync(join(pathDir, 'bin'));
      symlinkSync(binary, join(pathDir, 'bin', 'node'));
      nodes.set(major, { binary, pathDir });
    }
    await installControlPlane();
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
    for (const { pathDir } of nodes.values()) rmSync(pathDir, { recursive: true, force: true });
  });

  it('node 20, 22 and 24 all load the bundle and print the CLI usage', () => {
    for (const node of [process.execPath, ...[...nodes.values()].map((n) => n.binary)]) {
      const out = execFileSync(node, [join(repoRoot, 'dist', 'index.js'), 'run', '--help']).toString();
      expect(out, node).toMatch(/--primary-kubeconfig/);
    }
    expect(execFileSync(process.execPath, ['--version']).toString()).toMatch(/^v(20|22|24)\./);
  });

  it('below the minimum (Node 18 on PATH) a step stops before anything else, saying which Node it needs', () => {
    const node18 = ensureNode(18);
    let output = '';
    let status = 0;
    try {
      execFileSync(node18, [join(repoRoot, 'dist', 'index.js'), 'step', 'credentials'], { encoding: 'utf8' });
    } catch (error: unknown) {
      const failed = error as { status: number; stdout: string; stderr: string };
      status = failed.status;
      output = `${failed.stdout}${failed.stderr}`;
    }
    expect(status).toBe(1);
    expect(output).toMatch(/^::error::istio-multicluster-action needs Node\.js 20 or newer on PATH, found v18\./);
    expect(output).toContain('Fix: add actions/setup-node (node-version: 22)');
  });

  for (const major of MAJORS) {
    it(`a render run of every composite step under Node ${major} talks to the real clusters`, async () => {
      const previousPath = process.env.PATH;
      process.env.PATH = [join(nodes.get(major)?.pathDir ?? '', 'bin'), previousPath].join(delimiter);
      try {
        const run = await harness.run(testbedInputs(['remote-1'], { mode: 'render' }));
        expect(run.success, run.log).toBe(true);
        expect(run.outputs['pilot-pod-ip']).toMatch(/^10\.10\./);
        const versions = execFileSync('bash', ['-c', 'node --version'], { env: process.env }).toString();
        expect(versions).toMatch(new RegExp(`^v${major}\\.`));
      } finally {
        process.env.PATH = previousPath;
      }
    });
  }
});
