import { spawn } from 'node:child_process';

export interface RunOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Stream the command's output to this process's stderr instead of capturing it. */
  readonly stream?: boolean;
  readonly timeoutMs?: number;
  /** Aborting kills the command; the rejection carries the abort reason. */
  readonly signal?: AbortSignal;
}

export class CommandError extends Error {
  readonly exitCode: number | null;
  readonly stderr: string;

  constructor(command: string, exitCode: number | null, stderr: string, cause?: unknown) {
    const tail = stderr.trim().split('\n').slice(-15).join('\n');
    super(`${command} failed (exit ${exitCode ?? 'signal'})${tail ? `:\n${tail}` : ''}`, { cause });
    this.name = 'CommandError';
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
}

/** Runs a command without a shell; resolves with stdout, rejects with a CommandError naming it. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<string> {
  const shown = [command, ...args].join(' ');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['ignore', options.stream ? process.stderr : 'pipe', options.stream ? process.stderr : 'pipe'],
      timeout: options.timeoutMs,
      killSignal: 'SIGTERM',
      signal: options.signal,
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => {
      const reason: unknown = options.signal?.aborted ? options.signal.reason : error;
      reject(
        new CommandError(shown, null, reason instanceof Error ? reason.message : String(reason), reason),
      );
    });
    child.on('close', (code, signal) => {
      if (code === 0) resolvePromise(stdout);
      else reject(new CommandError(shown, code, signal ? `${stderr}\nkilled by ${signal}` : stderr));
    });
  });
}
