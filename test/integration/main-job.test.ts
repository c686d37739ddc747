import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { repoRoot } from './support/action.js';

function runMainJob(): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'main-job'], {
      cwd: repoRoot,
      env: { ...process.env, ISTIO_MC_TEST_RUN_LOCK_HELD: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

describe('the README main-job command', () => {
  it('npm run main-job connects both remotes with the real charts and the real istiod reports them synced', async () => {
    const { code, stdout, stderr } = await runMainJob();
    expect(code, stderr).toBe(0);
    // The testbed's table comes first on stdout; the action's outputs are the JSON object at the end.
    const outputs = JSON.parse(stdout.slice(stdout.lastIndexOf('\n{') + 1)) as Record<string, string>;
    expect(outputs['pilot-pod-ip']).toMatch(/^10\.10\.\d+\.\d+$/);
    expect(JSON.parse(outputs['secret-names'] ?? '[]')).toEqual([
      'istio-remote-secret-remote-1',
      'istio-remote-secret-remote-2',
    ]);
    expect(stderr).toMatch(/summary\s+success/);
    expect(stderr).toMatch(/checksum verified/);
    // The job describes the mesh with the mesh input: no older input is used, so nothing is deprecated.
    expect(stderr + stdout).not.toMatch(/is deprecated/);
    // The real istiod's view, printed last: both remotes synced from the action's registrations.
    const view = stderr.slice(stderr.lastIndexOf("The real istiod's view"));
    expect(view).toMatch(/remote-1\s+istio-system\/istio-remote-secret-remote-1\s+synced/);
    expect(view).toMatch(/remote-2\s+istio-system\/istio-remote-secret-remote-2\s+synced/);
  });
});
