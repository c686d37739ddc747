/**
 * The two ends of the step host (step-host.ts) a step's process deals with: the first step starts the
 * host and, once it listens, records its socket in the run state's directory; every later step finds
 * it there and has the host run the step, or runs the step itself when there is no host to ask.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readRunPath, runDirectory } from '../steps/run-files.js';
import { decodeFrames, encodeFrame, type HostFrame } from './step-host-protocol.js';

/** Set to `off` in a job's env to run every step in its own process (no step host). */
export const STEP_HOST_SWITCH = 'ISTIO_MULTICLUSTER_ACTION_STEP_HOST';
const POINTER_FILE = 'step-host.json';
/** How long the first step waits for the host it started to listen; without it, steps run alone. */
const START_WAIT_MS = 3_000;

export interface StartedHost {
  readonly socket: string;
  readonly pid: number;
}

const hostWanted = (): boolean =>
  process.env[STEP_HOST_SWITCH] !== 'off' && process.platform !== 'win32' && !!process.env.RUNNER_TEMP;

const ownedBy = (path: string, test: (mode: number) => boolean): boolean => {
  const stat = lstatSync(path);
  return stat.uid === process.getuid?.() && test(stat.mode);
};

/**
 * Starts the host in the background (first step). Its socket lies in a new directory only this user
 * can enter (mkdtemp: 0700), short enough for a socket path; it gets the step's environment without
 * the inputs (each later step sends its own).
 */
export function startStepHost(entry: string): StartedHost | undefined {
  if (!hostWanted()) return undefined;
  const socket = join(mkdtempSync(join(tmpdir(), 'imca-')), 'host.sock');
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('INPUT_')));
  const child = spawn(process.execPath, [entry, 'step-host', socket], {
    detached: true,
    stdio: 'ignore',
    env,
  });
  child.unref();
  if (child.pid === undefined) return undefined;
  return { socket, pid: child.pid };
}

function stop(host: StartedHost): void {
  try {
    // 0 and negative pids name process groups: only ever the host's own pid.
    if (host.pid > 1) process.kill(host.pid);
  } catch {
    // gone already
  }
  rmSync(dirname(host.socket), { recursive: true, force: true });
}

/**
 * Once the host listens, records its socket beside the run state (0600) for later steps. A host that
 * did not come up in time, or a run without a state, is stopped: every step then runs on its own.
 */
export async function announceStepHost(host: StartedHost): Promise<void> {
  const stateDir = runDirectory('state');
  const deadline = Date.now() + START_WAIT_MS;
  while (!existsSync(host.socket) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  if (!existsSync(host.socket) || !existsSync(stateDir)) {
    stop(host);
    return;
  }
  writeFileSync(join(stateDir, POINTER_FILE), JSON.stringify(host), { mode: 0o600 });
}

/**
 * The socket of this run's host: named by the pointer file in the run state's directory (a directory
 * of this run, found through the step's run-state input), both this user's, the socket's directory
 * closed to others. Anything else: no host.
 */
function hostSocket(): string | undefined {
  if (!hostWanted()) return undefined;
  const given = process.env['INPUT_RUN-STATE'] ?? '';
  if (given === '') return undefined;
  try {
    const pointer = join(dirname(readRunPath('run-state', given)), POINTER_FILE);
    if (!existsSync(pointer) || !ownedBy(pointer, (mode) => (mode & 0o077) === 0)) return undefined;
    const { socket } = JSON.parse(readFileSync(pointer, 'utf8')) as Partial<StartedHost>;
    if (typeof socket !== 'string' || !ownedBy(dirname(socket), (mode) => (mode & 0o777) === 0o700))
      return undefined;
    return socket;
  } catch {
    return undefined;
  }
}

function environment(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/**
 * Has this run's host run `step`, relaying its output; resolves to the step's exit code, or undefined
 * when there is no host to run it (the step then runs in this process, nothing of it having started).
 */
export function runThroughHost(
  step: string,
  output: { readonly stdout: NodeJS.WritableStream; readonly stderr: NodeJS.WritableStream } = process,
): Promise<number | undefined> {
  const socket = hostSocket();
  if (socket === undefined) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let sent = false;
    let settled = false;
    const settle = (code: number | undefined) => {
      if (settled) return;
      settled = true;
      resolve(code);
    };
    const onFrame = (text: string) => {
      const frame = JSON.parse(text) as HostFrame;
      if ('out' in frame) output.stdout.write(frame.out);
      else if ('err' in frame) output.stderr.write(frame.err);
      else if ('exit' in frame) settle(frame.exit);
      else settle(undefined);
    };
    const frames = decodeFrames(onFrame);
    const connection = connect(socket, () => {
      sent = true;
      connection.write(encodeFrame({ step, env: environment(), cwd: process.cwd() }));
    });
    connection.setEncoding('utf8');
    connection.on('data', (chunk: string) => frames.push(chunk));
    connection.on('error', () => undefined);
    connection.on('close', () => {
      if (!sent) return settle(undefined);
      if (settled) return;
      output.stdout.write(
        `::error::[${step}] the action's step host (${socket}) stopped while it ran this step. ` +
          `Fix: rerun the job; set ${STEP_HOST_SWITCH}: off in the job's env to run each step in its own process.\n`,
      );
      settle(1);
    });
  });
}
