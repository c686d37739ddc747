import * as core from '@actions/core';
import { INPUT_NAMES, keyMaskValues, readPemInput, type CaField } from '../istio/ca.js';
import { securityProblems } from '../istio/security-values.js';
import { secretClusterOf } from '../kube/secret-port.js';
import { installCaCerts, type CaCertsResult, type CaSource } from '../stages/cacerts/cacerts.js';
import { problemsOf } from '../util/parsed.js';
import { ProblemsError } from '../util/errors.js';
import { parseBoolean } from '../util/parse.js';
import { readClusters, readMode, readNamespace, skippedFor, wiresRemotes, type Clusters } from './common.js';
import { readStepInputs } from './inputs.js';
import type { SecurityOptions } from '../istio/security-values.js';
import { readSecurityOptions } from './security-inputs.js';
import { runAsStep, type StepReport } from './step.js';

const STAGE = 'cacerts';
const CA_INPUTS: Readonly<Record<CaField, string>> = {
  caCert: 'ca-cert',
  caKey: 'ca-key',
  rootCert: 'root-cert',
  certChain: 'cert-chain',
};
const KEY_INPUTS = ['ca-key', 'root-key'] as const;

/**
 * Masks every private key input (raw, each line, the PEM, its base64 forms) before anything else
 * of this step runs or logs.
 */
function maskKeyInputs(): void {
  for (const name of KEY_INPUTS) {
    const raw = core.getInput(name);
    if (raw.trim() === '') continue;
    const parsed = readPemInput(name, raw);
    for (const value of keyMaskValues(raw, parsed.ok ? parsed.value : undefined)) core.setSecret(value);
  }
}

function given(name: string): boolean {
  return core.getInput(name).trim() !== '';
}

/** Reads PEM inputs by field; throws every problem at once. */
function pemInputs<K extends string>(names: Readonly<Record<K, string>>): Record<K, string> {
  const parsed = Object.entries<string>(names).map(
    ([field, name]) => [field, readPemInput(name, core.getInput(name))] as const,
  );
  const problems = problemsOf(parsed.map(([, result]) => result));
  if (problems.length > 0) throw new ProblemsError(STAGE, problems);
  return Object.fromEntries(
    parsed.map(([field, result]) => [field, result.ok ? result.value : '']),
  ) as Record<K, string>;
}

function sharedSource(): CaSource {
  const missing = Object.values(CA_INPUTS).filter((name) => !given(name));
  const problems =
    missing.length > 0
      ? [
          `ca-cert, ca-key, root-cert and cert-chain go together; missing: ${missing.join(', ')}. Fix: give all four (the files of Istio's plug-in CA), or root-cert and root-key with generate-intermediate-cas: true`,
        ]
      : [];
  if (given('root-key'))
    problems.push(
      'root-key is used only with generate-intermediate-cas: true: remove it, or set generate-intermediate-cas: true and give root-cert and root-key only',
    );
  if (problems.length > 0) throw new ProblemsError(STAGE, problems);
  return { kind: 'shared', material: pemInputs(CA_INPUTS), names: INPUT_NAMES };
}

function generateSource(): CaSource {
  const problems: string[] = [];
  const extra = ['ca-cert', 'ca-key', 'cert-chain'].filter(given);
  if (extra.length > 0)
    problems.push(
      `generate-intermediate-cas: true issues ca-cert, ca-key and cert-chain itself; remove ${extra.join(', ')} and give root-cert and root-key`,
    );
  const missing = ['root-cert', 'root-key'].filter((name) => !given(name));
  if (missing.length > 0)
    problems.push(
      `generate-intermediate-cas: true needs root-cert and root-key; missing: ${missing.join(', ')}`,
    );
  if (problems.length > 0) throw new ProblemsError(STAGE, problems);
  const root = pemInputs({ rootCert: 'root-cert', rootKey: 'root-key' });
  return { kind: 'generate', ...root, names: { rootCert: 'input root-cert', rootKey: 'input root-key' } };
}

/** Undefined when no CA input is given (the step is skipped). */
function readSource(): CaSource | undefined {
  const generate = parseBoolean(
    'generate-intermediate-cas',
    core.getInput('generate-intermediate-cas'),
    false,
  );
  if (generate) return generateSource();
  if (![...Object.values(CA_INPUTS), 'root-key'].some(given)) return undefined;
  return sharedSource();
}

function reportOf(result: CaCertsResult, namespace: string): StepReport {
  return {
    did: result.clusters.map(
      (c) =>
        `${c.cluster}: ${namespace}/cacerts ${c.outcome} (intermediate ${c.intermediate}, root "${result.root.subject}")`,
    ),
  };
}

/** Every input of the step, read and validated once at its top. */
interface CacertsInputs {
  /** Undefined when no CA input is given (the step is then skipped). */
  readonly source: ReturnType<typeof readSource>;
  readonly security: SecurityOptions;
  readonly namespace: string;
  readonly clusters: Clusters;
}

function readInputs(): CacertsInputs {
  return readStepInputs<CacertsInputs>(STAGE, {
    source: readSource,
    security: readSecurityOptions,
    namespace: () => readNamespace(STAGE),
    clusters: readClusters,
  });
}

export function run(): Promise<void> {
  return runAsStep(STAGE, async () => {
    maskKeyInputs();
    const mode = readMode();
    if (!wiresRemotes(mode)) return skippedFor(mode);
    const { source, security, namespace, clusters: all } = readInputs();
    if (!source) {
      // Without a CA every Citadel keeps its own root, which mtls / control-plane-security across clusters cannot use.
      const problems = securityProblems({ ...security, selfSigned: true });
      if (problems.length > 0) throw new ProblemsError(STAGE, problems);
      return {
        outputs: { 'cacerts-clusters': '[]', 'plugged-in-ca': 'false', 'root-fingerprint': '' },
        report: { did: [], skipped: 'no CA input given (Citadel keeps its self-signed root)' },
      };
    }
    const dryRun = mode === 'render';
    const clusters = [all.primary, ...all.remotes];
    const result = await core.group(
      `Put the ${namespace}/cacerts secret on ${clusters.map((c) => c.name).join(', ')}`,
      () =>
        installCaCerts({
          clusters: clusters.map(secretClusterOf),
          namespace,
          source,
          dryRun,
          onSecret: (value) => core.setSecret(value),
        }),
    );
    const placed = result.clusters
      .filter((c) => ['created', 'updated', 'unchanged'].includes(c.outcome))
      .map((c) => c.cluster);
    return {
      outputs: {
        'cacerts-clusters': JSON.stringify(placed),
        'plugged-in-ca': 'true',
        'root-fingerprint': result.root.fingerprint,
      },
      report: reportOf(result, namespace),
    };
  });
}
