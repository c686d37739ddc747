import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readRunPath, readRunPaths, runDirectory } from '../../../src/steps/common.js';
import { resolveWorkspacePath, workspacePathProblem } from '../../../src/steps/paths.js';
import { InputError } from '../../../src/util/errors.js';

let root: string;
let workspace: string;
let temp: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'paths-'));
  workspace = join(root, 'workspace');
  temp = join(root, 'runner-temp');
  mkdirSync(join(workspace, 'charts', 'istio-remote'), { recursive: true });
  mkdirSync(join(root, 'outside'), { recursive: true });
  writeFileSync(join(root, 'outside', 'secret.yaml'), 'kind: Secret\n');
  mkdirSync(temp);
  vi.stubEnv('GITHUB_WORKSPACE', workspace);
  vi.stubEnv('RUNNER_TEMP', temp);
  vi.stubEnv('GITHUB_RUN_ID', '42');
  vi.stubEnv('GITHUB_RUN_ATTEMPT', '1');
  vi.stubEnv('GITHUB_JOB', 'mesh');
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

describe('workspace path inputs', () => {
  it('resolveWorkspacePath() - resolves relative and absolute paths inside the workspace', () => {
    expect(resolveWorkspacePath('charts/istio-remote', 'chart')).toBe(
      join(workspace, 'charts', 'istio-remote'),
    );
    expect(resolveWorkspacePath(join(workspace, 'charts'), 'chart')).toBe(join(workspace, 'charts'));
    expect(resolveWorkspacePath('charts/../charts/new', 'chart')).toBe(join(workspace, 'charts', 'new'));
  });

  it('resolveWorkspacePath() - refuses .. and absolute paths leading out, naming the input and a fix', () => {
    for (const path of ['../outside', 'charts/../../outside', '/etc/passwd', join(root, 'outside')]) {
      let thrown: unknown;
      try {
        resolveWorkspacePath(path, 'chart');
      } catch (error: unknown) {
        thrown = error;
      }
      expect(thrown, path).toBeInstanceOf(InputError);
      const message = (thrown as InputError).inStage('preflight').message;
      expect(message, path).toMatch(/^\[preflight\] input chart: ".*" is outside the workspace /);
      expect(message, path).toMatch(/Fix: give a path inside the workspace, relative to GITHUB_WORKSPACE/);
    }
  });

  it('resolveWorkspacePath() - refuses a symlink inside the workspace that leads out of it', () => {
    symlinkSync(join(root, 'outside'), join(workspace, 'escape'));
    expect(() => resolveWorkspacePath('escape/secret.yaml', 'manifests')).toThrow(
      /input manifests: "escape\/secret.yaml" is outside the workspace .* \(a symlink leads out of it\)/,
    );
    // Not yet existing below the link: still followed through the existing ancestor.
    expect(workspacePathProblem('escape/not-yet/x', 'chart')).toMatch(/a symlink leads out of it/);
    symlinkSync(join(workspace, 'charts'), join(workspace, 'inner'));
    expect(resolveWorkspacePath('inner/istio-remote', 'chart')).toBe(
      join(workspace, 'inner', 'istio-remote'),
    );
  });

  it('resolveWorkspacePath() - a workspace that is itself a symlink keeps its own paths inside', () => {
    const linked = join(root, 'linked-workspace');
    symlinkSync(workspace, linked);
    vi.stubEnv('GITHUB_WORKSPACE', linked);
    expect(resolveWorkspacePath('charts', 'chart')).toBe(join(linked, 'charts'));
    expect(workspacePathProblem('../outside', 'chart')).toMatch(/outside the workspace/);
  });
});

describe('step path inputs', () => {
  it('readRunPath() - accepts files in the run directories under RUNNER_TEMP', () => {
    const file = join(runDirectory('credentials'), 'inputs', 'primary.kubeconfig');
    expect(readRunPath('primary-kubeconfig-path', file)).toBe(file);
    expect(readRunPath('manifest-path', join(runDirectory('manifests'), 'east.yaml'))).toBe(
      join(runDirectory('manifests'), 'east.yaml'),
    );
  });

  it('readRunPath() - refuses other files, other runs, the run directory itself and .. escapes', () => {
    const refused = [
      '/etc/passwd',
      join(temp, 'other.kubeconfig'),
      join(temp, 'istio-multicluster-41-1-mesh-credentials', 'primary.kubeconfig'),
      runDirectory('credentials'),
      join(runDirectory('credentials'), '..', '..', 'x'),
      'relative.kubeconfig',
    ];
    for (const path of refused)
      expect(() => readRunPath('primary-kubeconfig-path', path), path).toThrow(
        /input primary-kubeconfig-path: ".*" is not a file of this run: step paths must lie in the run's own directories, .*istio-multicluster-42-1-mesh-\*\. Fix: pass the output of this action's earlier step unchanged/,
      );
  });

  it('readRunPath() - refuses a symlink in the run directory that leads elsewhere', () => {
    const dir = runDirectory('credentials');
    mkdirSync(dir, { recursive: true });
    symlinkSync(join(root, 'outside'), join(dir, 'link'));
    expect(() => readRunPath('generated-kubeconfig-paths', join(dir, 'link', 'secret.yaml'))).toThrow(
      /is not a file of this run/,
    );
  });

  it('readRunPaths() - checks every path of a JSON record and refuses what is not one', () => {
    const good = join(runDirectory('credentials'), 'east.kubeconfig');
    vi.stubEnv('INPUT_REMOTE-KUBECONFIG-PATHS', JSON.stringify({ east: good }));
    expect(
      readRunPaths('remote-kubeconfig-paths', process.env['INPUT_REMOTE-KUBECONFIG-PATHS'] ?? ''),
    ).toEqual({ east: good });
    vi.stubEnv(
      'INPUT_REMOTE-KUBECONFIG-PATHS',
      JSON.stringify({ east: good, west: '/etc/kubernetes/admin.conf' }),
    );
    expect(() =>
      readRunPaths('remote-kubeconfig-paths', process.env['INPUT_REMOTE-KUBECONFIG-PATHS'] ?? ''),
    ).toThrow(/"\/etc\/kubernetes\/admin\.conf" is not a file of this run/);
    vi.stubEnv('INPUT_REMOTE-KUBECONFIG-PATHS', '{not json');
    expect(() =>
      readRunPaths('remote-kubeconfig-paths', process.env['INPUT_REMOTE-KUBECONFIG-PATHS'] ?? ''),
    ).toThrow(/input remote-kubeconfig-paths: is not a JSON object of names to paths\. Fix:/);
  });
});
