/**
 * The step host: one Node process that runs the composite steps after the first one, so a job starts
 * Node, loads the Kubernetes client and opens its connections once instead of once per step. Each
 * step is still its own `node dist/index.js step <name>` process for the runner: that process
 * (step-host-client.ts) hands its environment and working directory to the host over a Unix socket
 * in a private directory, relays what the host writes, and exits with the step's code. Steps run one
 * at a time, each with exactly the environment its own process was given, so what a step reads (its
 * inputs, GITHUB_OUTPUT, RUNNER_TEMP) is what it would have read alone; only the process (loaded
 * modules, TLS sessions and kept-alive connections) is shared.
 */
import { createServer, type Socket } from 'node:net';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { isStepName, loadSteps, runStep, type StepName } from '../steps/registry.js';
import { FIRST_STEP } from '../steps/run-state.js';
import { errorLine } from './error-line.js';
import { decodeFrames, encodeFrame, type HostFrame, type StepRequest } from './step-host-protocol.js';

/** The host leaves when no step asked for it for this long (a job cancelled before summary ran). */
const IDLE_EXIT_MS = 15 * 60_000;
/** The step after which the run has no more steps: the host leaves once it is done. */
const LAST_STEP: StepName = 'summary';

type Write = typeof process.stdout.write;

/** Sends everything the step writes to stdout and stderr to its client, until the returned undo. */
function redirectOutput(send: (frame: HostFrame) => void): () => void {
  const stdout = process.stdout.write;
  const stderr = process.stderr.write;
  const to = (stream: 'out' | 'err'): Write =>
    ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      send(stream === 'out' ? { out: text } : { err: text });
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') (done as () => void)();
      return true;
    }) as Write;
  process.stdout.write = to('out');
  process.stderr.write = to('err');
  return () => {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  };
}

/** The step's environment is the one its own process was given: nothing of an earlier step stays. */
function useEnvironment(env: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (!Object.hasOwn(env, key)) delete process.env[key];
  Object.assign(process.env, env);
}

/** Runs one step in this process (the registry's runStep; a test gives its own). */
export type StepRunner = (step: StepName) => Promise<void>;

async function runRequested(
  request: StepRequest,
  send: (frame: HostFrame) => void,
  run: StepRunner,
): Promise<number> {
  process.exitCode = 0;
  const restore = redirectOutput(send);
  try {
    useEnvironment(request.env);
    process.chdir(request.cwd);
    await run(request.step as StepName);
  } catch (error: unknown) {
    process.stdout.write(errorLine(error));
    process.exitCode = 1;
  } finally {
    restore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return code;
}

function parseRequest(text: string): StepRequest | string {
  let value: Partial<StepRequest>;
  try {
    value = JSON.parse(text) as Partial<StepRequest>;
  } catch {
    return 'the request is not JSON';
  }
  if (typeof value.step !== 'string' || !isStepName(value.step) || value.step === FIRST_STEP)
    return `no step "${String(value.step)}" runs in the step host`;
  if (typeof value.cwd !== 'string' || typeof value.env !== 'object' || value.env === null)
    return 'the request has no environment or working directory';
  return value as StepRequest;
}

/**
 * Serves steps on `socketPath` (inside a directory only this user can enter, removed on exit) until
 * the last step has run or no step came for IDLE_EXIT_MS.
 */
export function serveSteps(socketPath: string, run: StepRunner = runStep): Promise<void> {
  let queue = Promise.resolve();
  let idle: NodeJS.Timeout | undefined;
  return new Promise((resolve) => {
    const server = createServer();
    const clients = new Set<Socket>();
    const leave = () => {
      process.off('SIGTERM', leave);
      if (idle) clearTimeout(idle);
      server.close();
      // A step still running when the host is told to stop: its process sees the host gone.
      for (const client of clients) client.destroy();
      rmSync(dirname(socketPath), { recursive: true, force: true });
      resolve();
    };
    const armIdle = () => {
      if (idle) clearTimeout(idle);
      idle = setTimeout(leave, IDLE_EXIT_MS);
    };
    const serve = (socket: Socket, text: string) => {
      if (idle) clearTimeout(idle);
      const send = (frame: HostFrame) => {
        if (!socket.destroyed) socket.write(encodeFrame(frame));
      };
      const request = parseRequest(text);
      queue = queue.then(async () => {
        if (typeof request === 'string') {
          send({ refused: request });
          socket.end();
          armIdle();
          return;
        }
        const exit = await runRequested(request, send, run);
        // The client exits on this frame: the host leaves only after it is written (or the client is gone).
        if (!socket.destroyed) await new Promise<void>((done) => socket.end(encodeFrame({ exit }), done));
        if (request.step === LAST_STEP) leave();
        else armIdle();
      });
      // One request's own failure never holds the ones after it.
      queue = queue.catch(() => undefined);
    };
    server.on('connection', (socket) => {
      clients.add(socket);
      socket.on('close', () => clients.delete(socket));
      const frames = decodeFrames((text) => serve(socket, text), { once: true });
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => frames.push(chunk));
      socket.on('error', () => socket.destroy());
    });
    process.once('SIGTERM', leave);
    server.listen(socketPath, () => {
      armIdle();
      // A module that fails to load fails its step when it runs, with the step's own error.
      if (run === runStep) loadSteps().catch(() => undefined);
    });
  });
}
