import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pathInputProblems, validateRunInputs } from '../../../src/steps/run-inputs.js';
import { ProblemsError } from '../../../src/util/errors.js';

let root: string;

function problems(): string[] {
  try {
    validateRunInputs('preflight');
  } catch (error: unknown) {
    if (error instanceof ProblemsError) {
      expect(error.message.startsWith('[preflight] ')).toBe(true);
      return [...error.problems];
    }
    throw error;
  }
  return [];
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'run-inputs-'));
  mkdirSync(join(root, 'workspace', 'k8s'), { recursive: true });
  vi.stubEnv('GITHUB_WORKSPACE', join(root, 'workspace'));
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

describe('validateRunInputs() - every input a writing step reads, before the first write', () => {
  it('accepts the defaults (every input empty)', () => {
    expect(problems()).toEqual([]);
  });

  it('chart provenance inputs: chart-digest, istio-sha256 and chart-keyring (inside the workspace)', () => {
    vi.stubEnv('INPUT_CHART-REPOSITORY', 'https://charts.example.com');
    vi.stubEnv('INPUT_CHART-DIGEST', 'istiod=abc');
    vi.stubEnv('INPUT_ISTIO-SHA256', 'f'.repeat(64));
    vi.stubEnv('INPUT_CHART-KEYRING', '../keys/pubring.gpg');
    expect(problems()).toEqual([
      // The chart inputs are reported together, as one problem.
      expect.stringMatching(
        /^chart-digest line "istiod=abc" is not <chart>=<sha256>.*; istio-sha256 pins the archive of istio-version: set istio-version, or drop istio-sha256$/,
      ),
      expect.stringMatching(
        /^input chart-keyring: "\.\.\/keys\/pubring\.gpg" is outside the workspace .* Fix:/,
      ),
    ]);
  });

  it('reports every bad input at once, each naming its input and a fix', () => {
    vi.stubEnv('INPUT_INSTALL-METHOD', 'tiller');
    vi.stubEnv('INPUT_ENDPOINT-MODE', 'dns');
    vi.stubEnv('INPUT_MTLS', 'perhaps');
    vi.stubEnv('INPUT_PRIMARY-VALUES', 'global.hub');
    vi.stubEnv('INPUT_ISTIO-MIRROR', 'https://u:secret@m.example.com');
    vi.stubEnv('INPUT_PRIMARY-CHART', '../charts');
    vi.stubEnv('INPUT_PARALLELISM', '0');
    const found = problems();
    expect(found).toEqual([
      expect.stringMatching(/^input parallelism: "0" is not a whole number from 1 to 64\. Fix:/),
      expect.stringMatching(/^primary-values line 1 "global\.hub" is not key=value/),
      expect.stringMatching(/^input mtls: "perhaps" is not a boolean: it must be true or false\. Fix:/),
      expect.stringMatching(/^input install-method: "tiller" is not one of kubectl, helm\. Fix:/),
      expect.stringMatching(
        /^input endpoint-mode: "dns" is not one of pod-ip, load-balancer, gateway, explicit\. Fix:/,
      ),
      expect.stringMatching(/^istio-mirror "https:\/\/\*\*\*@m\.example\.com" must not contain credentials/),
      expect.stringMatching(
        /^input primary-chart: "\.\.\/charts" is outside the workspace .* Fix: give a path inside/,
      ),
    ]);
    expect(found.join('\n')).not.toContain('secret');
  });
});

describe('validateRunInputs() - the topology, dataplane and credential inputs', () => {
  it('refuses each bad value, naming its input and a fix, before the first write', () => {
    vi.stubEnv('INPUT_CREDENTIAL-MODE', 'forever');
    vi.stubEnv('INPUT_TOKEN-LIFETIME', '5m');
    vi.stubEnv('INPUT_TOPOLOGY', 'mesh');
    vi.stubEnv('INPUT_EAST-WEST-GATEWAY', 'yes');
    vi.stubEnv('INPUT_DATAPLANE', '--set=x');
    vi.stubEnv('INPUT_GLOBAL-SERVICES', 'shop/cart, Shop/Checkout, cart');
    expect(problems()).toEqual([
      expect.stringMatching(
        /^input credential-mode: "forever" is not one of token-secret, token-request\. Fix:/,
      ),
      expect.stringMatching(
        /^input token-lifetime: "5m" is outside 10m\.\.8760h\. Fix: give a lifetime from 10m/,
      ),
      expect.stringMatching(/^input topology: "mesh" is not one of primary-remote, multi-primary\. Fix:/),
      expect.stringMatching(/^input east-west-gateway: "yes" is not one of auto, true, false\. Fix:/),
      expect.stringMatching(/^input dataplane: "--set=x" is not one of sidecar, ambient\. Fix:/),
      expect.stringMatching(/^input global-services: "Shop" is not .* Fix:/),
    ]);
  });

  it('refuses a global service that is not namespace/name', () => {
    vi.stubEnv('INPUT_GLOBAL-SERVICES', 'cart');
    expect(problems()).toEqual([
      expect.stringMatching(
        /^input global-services: "cart" is not namespace\/name\. Fix: give each shared Service/,
      ),
    ]);
  });
});

describe('pathInputProblems()', () => {
  it('checks the fixed part of each manifests pattern, and istioctl-path', () => {
    vi.stubEnv('INPUT_MANIFESTS', 'k8s/*.yaml, k8s/**/*.yml, ../other/*.yaml, /etc/*.conf');
    vi.stubEnv('INPUT_ISTIOCTL-PATH', '../bin/istioctl');
    expect(pathInputProblems()).toEqual([
      expect.stringMatching(/^input istioctl-path: "\.\.\/bin\/istioctl" is outside the workspace/),
      expect.stringMatching(/^input manifests: "\.\.\/other" is outside the workspace/),
      expect.stringMatching(/^input manifests: "\/etc" is outside the workspace/),
    ]);
  });

  it('follows symlinks: a workspace directory linking out of it is refused for every path input', () => {
    symlinkSync(root, join(root, 'workspace', 'up'));
    vi.stubEnv('INPUT_CHART', 'up/charts/istio-remote');
    vi.stubEnv('INPUT_MANIFESTS', 'up/*.yaml');
    expect(pathInputProblems()).toEqual([
      expect.stringMatching(
        /^input chart: "up\/charts\/istio-remote" is outside the workspace .*\(a symlink leads out of it\)/,
      ),
      expect.stringMatching(
        /^input manifests: "up" is outside the workspace .*\(a symlink leads out of it\)/,
      ),
    ]);
  });
});
