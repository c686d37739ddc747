import * as core from '@actions/core';
import { runPreflight } from '../stages/preflight/preflight.js';
import { factsClusterOf } from '../kube/cluster-facts-port.js';
import { helmVersion } from '../tools/helm-cli.js';
import { parseBoolean } from '../util/parse.js';
import {
  readClusters,
  readInjectionNamespaces,
  readInstallMethod,
  readNetworks,
  readMode,
  readNamespace,
  readProfile,
  readVerifyTimeoutMs,
  skippedFor,
  verifies,
  wiresRemotes,
  type Clusters,
} from './common.js';
import { readStepInputs } from './inputs.js';
import type { Profile } from '../istio/profiles.js';
import { readApiServerOverrides } from './api-servers.js';
import { runAsStep } from './step.js';
import { eastWestTargetsOf, readEastWestChoice } from './east-west-inputs.js';
import type { EastWestChoice } from '../istio/east-west.js';
import { readDataplane, readTopology } from './topology-input.js';
import type { Dataplane } from '../istio/ambient.js';
import type { Topology } from '../istio/remote-plan.js';
import { validateRunInputs } from './run-inputs.js';
import { readOptionalChartSource } from './chart-inputs.js';
import { readCredentialMode } from './credential-inputs.js';
import { profileReport, settleProfile } from './profile-input.js';
import type { CredentialMode } from '../stages/remote-kubeconfig/remote-kubeconfig.js';

/** Every input of the step, read and validated once at its top (with every input later steps write with). */
interface PreflightInputs {
  readonly runInputs: true;
  readonly clusters: Clusters;
  readonly helmPath: string;
  readonly apiServerOverrides: Readonly<Record<string, string>>;
  readonly profile: Profile;
  readonly istioNamespace: string;
  readonly injectionNamespaces: readonly string[];
  readonly installPrimary: boolean;
  readonly sidecarInjector: boolean;
  readonly credentialMode: CredentialMode;
  readonly topology: Topology;
  readonly dataplane: Dataplane;
  /** ca-cert, or generate-intermediate-cas with root-cert (the certificates only: keys are not read here). */
  readonly caProvided: boolean;
  readonly installMethod: 'kubectl' | 'helm';
  readonly network: (cluster: string) => string;
  readonly eastWest: EastWestChoice;
  readonly verifyTimeoutMs: number;
}

function readInputs(): PreflightInputs {
  return readStepInputs<PreflightInputs>('preflight', {
    runInputs: () => {
      validateRunInputs('preflight');
      return true;
    },
    clusters: readClusters,
    helmPath: () => core.getInput('helm-path'),
    apiServerOverrides: () => readApiServerOverrides('preflight'),
    profile: readProfile,
    istioNamespace: () => readNamespace('preflight'),
    injectionNamespaces: () => readInjectionNamespaces('preflight'),
    installPrimary: () => parseBoolean('install-primary', core.getInput('install-primary'), false),
    sidecarInjector: () => parseBoolean('sidecar-injector', core.getInput('sidecar-injector'), true),
    credentialMode: () => readCredentialMode('preflight'),
    topology: () => readTopology('preflight'),
    dataplane: () => readDataplane('preflight'),
    installMethod: readInstallMethod,
    network: () => readNetworks('preflight'),
    eastWest: () => readEastWestChoice('preflight'),
    verifyTimeoutMs: () => readVerifyTimeoutMs('preflight'),
    caProvided: () =>
      core.getInput('ca-cert').trim() !== '' ||
      (parseBoolean('generate-intermediate-cas', core.getInput('generate-intermediate-cas'), false) &&
        core.getInput('root-cert').trim() !== ''),
  });
}

/** The remotes' east-west Gateway objects belong to no chart: helm could not own them. */
function refuseEastWestWithHelm(inputs: PreflightInputs): void {
  if (inputs.profile.name !== 'istio-current' || inputs.installMethod !== 'helm') return;
  const targets = eastWestTargetsOf(inputs.clusters, inputs.topology, inputs.network, inputs.eastWest);
  if (targets.some((t) => t.cluster !== inputs.clusters.primary.name))
    throw new Error(
      `[preflight] install-method helm cannot install the east-west gateways of ${targets.map((t) => t.cluster).join(', ')} (their Gateway objects are not part of a chart). Fix: set install-method: kubectl, or east-west-gateway: false and expose the networks yourself.`,
    );
}

export function run(): Promise<void> {
  return runAsStep('preflight', async () => {
    const mode = readMode();
    if (!wiresRemotes(mode) && mode !== 'verify') return skippedFor(mode);
    // First, so every input check below (and every later step) judges by the settled profile.
    const settled = await settleProfile('preflight');
    const inputs = readInputs();
    const verify = verifies(mode, inputs.profile);
    refuseEastWestWithHelm(inputs);
    // Downloads and verifies the remote charts (chart-digest, release checksum, archive links) now, so
    // that a chart refused for its provenance stops the run before any step writes.
    if (mode !== 'verify') await readOptionalChartSource('preflight', inputs.profile);
    const { primary, remotes } = inputs.clusters;
    const result = await core.group('Preflight checks', async () =>
      runPreflight({
        primary: factsClusterOf(primary),
        remotes: remotes.map(factsClusterOf),
        helmVersion: inputs.helmPath ? await helmVersion(inputs.helmPath) : undefined,
        apiServerOverrides: inputs.apiServerOverrides,
        profile: inputs.profile,
        credentialMode: inputs.credentialMode,
        multiPrimary: inputs.topology === 'multi-primary' ? { caProvided: inputs.caProvided } : undefined,
        ambient: inputs.dataplane === 'ambient' ? { caProvided: inputs.caProvided } : undefined,
        plan: {
          mode: mode === 'render' || mode === 'verify' ? 'render' : 'install',
          istioNamespace: inputs.istioNamespace,
          injectionNamespaces: inputs.injectionNamespaces,
          installPrimary: inputs.installPrimary,
          sidecarInjector: inputs.sidecarInjector,
          ...(verify ? { verify: inputs.topology === 'multi-primary' ? 'every-cluster' : 'primary' } : {}),
        },
      }),
    );
    return {
      outputs: {
        profile: settled.profile.name,
        clusters: JSON.stringify(
          result.clusters.map((c) => ({
            name: c.name,
            role: c.role,
            version: c.version,
            podCidrs: c.podCidrs,
            serviceCidrs: c.serviceCidrs,
          })),
        ),
      },
      report: {
        did: [
          profileReport(settled),
          ...result.clusters.map(
            (c) =>
              `${c.name} (${c.role}): Kubernetes ${c.version ?? '?'}, pods ${c.podCidrs.join(' ') || '?'}, services ${c.serviceCidrs.join(' ') || '?'}`,
          ),
        ],
        warnings: result.warnings,
      },
      failures: result.failures,
    };
  });
}
