// The step host on a real Unix socket, host and client in this process: a step run through the host
// gets exactly its own environment, its output and exit code come back in order, the last step makes
// the host leave, and a client that finds no trustworthy host runs the step itself.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runThroughHost, STEP_HOST_SWITCH } from '../../../src/cli/step-host-client.js';
import { decodeFrames, encodeFrame } from '../../../src/cli/step-host-protocol.js';
import { serveSteps, type StepRunner } from '../../../src/cli/step-host.js';
import { runDirectory } from '../../../src/steps/run-files.js';

const savedEnv = { ...process.env };
let temp: string;
let socket: string;

function collector() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text };
}

/** A run whose state directory names the host's socket, as the first step leaves it. */
function runWithHost(): void {
  process.env.RUNNER_TEMP = temp;
  const stateDir = runDirectory('state');
  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  writeFileSync(join(stateDir, 'run-state.json'), '{}', { mode: 0o600 });
  process.env['INPUT_RUN-STATE'] = join(stateDir, 'run-state.json');
  writeFileSync(join(stateDir, 'step-host.json'), JSON.stringify({ socket, pid: 0 }), { mode: 0o600 });
}

async function through(step: string) {
  const stdout = collector();
  const stderr = collector();
  const code = await runThroughHost(step, { stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

async function listening(path: string): Promise<void> {
  while (!existsSync(path)) await new Promise((r) => setTimeout(r, 5));
}

/** A host whose steps only record their names, listening, with the run pointing at it. */
async function recordingHost() {
  const ran: string[] = [];
  const served = serveSteps(socket, (step) => {
    ran.push(step);
    return Promise.resolve();
  });
  await listening(socket);
  runWithHost();
  return { ran, served };
}

describe('step host', () => {
  beforeEach(() => {
    temp = mkdtempSync(join(tmpdir(), 'step-host-'));
    socket = join(mkdtempSync(join(tmpdir(), 'imca-test-')), 'host.sock');
  });

  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    rmSync(temp, { recursive: true, force: true });
    rmSync(dirname(socket), { recursive: true, force: true });
  });

  it('serveSteps() - runs each step with exactly its own environment, relays its output in order and its exit code, and leaves after summary', async () => {
    const seen: { step: string; mine?: string; earlier?: string }[] = [];
    const run: StepRunner = (step) => {
      seen.push({ step, mine: process.env.STEP_VALUE, earlier: process.env.ONLY_IN_CREDENTIALS });
      process.stdout.write(`::add-mask::${step}-secret\n`);
      process.stderr.write(`${step} on stderr\n`);
      process.stdout.write(`${step} after the mask\n`);
      if (step === 'preflight') process.exitCode = 1;
      return Promise.resolve();
    };
    const served = serveSteps(socket, run);
    await listening(socket);
    runWithHost();

    process.env.STEP_VALUE = 'credentials value';
    process.env.ONLY_IN_CREDENTIALS = 'set';
    const credentials = await through('credentials');
    delete process.env.ONLY_IN_CREDENTIALS;
    process.env.STEP_VALUE = 'preflight value';
    const preflight = await through('preflight');
    const summary = await through('summary');
    await served;

    expect(seen).toEqual([
      { step: 'credentials', mine: 'credentials value', earlier: 'set' },
      { step: 'preflight', mine: 'preflight value', earlier: undefined },
      { step: 'summary', mine: 'preflight value', earlier: undefined },
    ]);
    expect(credentials).toEqual({
      code: 0,
      stdout: '::add-mask::credentials-secret\ncredentials after the mask\n',
      stderr: 'credentials on stderr\n',
    });
    expect(preflight.code).toBe(1);
    expect(summary.code).toBe(0);
    expect(existsSync(dirname(socket))).toBe(false);
  });

  it('serveSteps() - refuses the first step and unknown names: the client then runs the step itself', async () => {
    const { ran, served } = await recordingHost();
    expect((await through('setup-tools')).code).toBeUndefined();
    expect((await through('no-such-step')).code).toBeUndefined();
    expect((await through('summary')).code).toBe(0);
    await served;
    expect(ran).toEqual(['summary']);
  });

  it('serveSteps() - a step whose working directory is gone fails alone, and the next step still runs', async () => {
    const { ran, served } = await recordingHost();
    const frames = await new Promise<string>((resolve) => {
      let text = '';
      const connection = connect(socket, () =>
        connection.write(encodeFrame({ step: 'endpoints', env: {}, cwd: join(temp, 'gone') })),
      );
      connection.setEncoding('utf8');
      connection.on('data', (chunk: string) => (text += chunk));
      connection.on('close', () => resolve(text));
    });
    expect(frames).toMatch(/^\{"out":"::error::.*no such file or directory.*\n\{"exit":1\}\n$/s);
    // The host is this process: the request's empty environment replaced this test's.
    Object.assign(process.env, savedEnv);
    runWithHost();
    expect((await through('summary')).code).toBe(0);
    await served;
    expect(ran).toEqual(['summary']);
  });

  it('runThroughHost() - a host that stops during the step fails it, naming the switch that turns the host off', async () => {
    const served = serveSteps(socket, () => new Promise(() => process.emit('SIGTERM')));
    await listening(socket);
    runWithHost();
    const result = await through('register');
    await served;
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("::error::[register] the action's step host");
    expect(result.stdout).toContain(`${STEP_HOST_SWITCH}: off`);
  });

  it('runThroughHost() - no host without a pointer, with a pointer others may read, with a socket directory others may enter, or when switched off', async () => {
    const served = serveSteps(socket, () => Promise.resolve());
    await listening(socket);
    runWithHost();
    const pointer = join(dirname(process.env['INPUT_RUN-STATE'] ?? ''), 'step-host.json');

    process.env[STEP_HOST_SWITCH] = 'off';
    expect((await through('endpoints')).code).toBeUndefined();
    delete process.env[STEP_HOST_SWITCH];

    chmodSync(pointer, 0o644);
    expect((await through('endpoints')).code).toBeUndefined();
    chmodSync(pointer, 0o600);

    chmodSync(dirname(socket), 0o755);
    expect((await through('endpoints')).code).toBeUndefined();
    chmodSync(dirname(socket), 0o700);

    rmSync(pointer);
    expect((await through('endpoints')).code).toBeUndefined();

    writeFileSync(pointer, JSON.stringify({ socket, pid: 0 }), { mode: 0o600 });
    expect((await through('summary')).code).toBe(0);
    await served;
  });
});

describe('step host frames', () => {
  it('decodeFrames() - hands over whole lines however the stream is cut, and only the first with once', () => {
    const all: string[] = [];
    const frames = decodeFrames((line) => all.push(line));
    for (const chunk of ['{"out":"a', '"}\n{"ex', 'it":0}\n', '{"err":"b"}\n']) frames.push(chunk);
    expect(all).toEqual(['{"out":"a"}', '{"exit":0}', '{"err":"b"}']);
    const first: string[] = [];
    const once = decodeFrames((line) => first.push(line), { once: true });
    once.push('one\ntwo\n');
    expect(first).toEqual(['one']);
  });
});
