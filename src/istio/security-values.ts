import { isIP } from 'node:net';
import type { ManifestObject } from '../util/manifest.js';
import { describeObject } from '../util/manifest.js';
import type { KindServed } from '../kube/served-kinds.js';

/** The seed's Security section, as the action's inputs select it. */
export interface SecurityOptions {
  /** `mtls`: mesh-wide mTLS between workloads (global.mtls.enabled). */
  readonly mtls: boolean;
  /** `control-plane-security`: sidecars reach pilot over mTLS (global.controlPlaneSecurityEnabled). */
  readonly controlPlaneSecurity: boolean;
  /** true when no CA is given: each Citadel generates its own root (security.selfSigned). */
  readonly selfSigned: boolean;
}

export type ChartRole = 'primary' | 'remote';

/**
 * Helm values for the primary chart or istio-remote. Nothing is emitted for a feature that is off, so
 * installs without these inputs render exactly as before (and their drift hash does not move).
 * Remotes with control-plane security also get `global.remotePilotCreateSvcEndpoint=true`: sidecars
 * verify pilot's certificate as `istio-pilot.<namespace>`, which must then resolve in the remote.
 */
export function securityValues(role: ChartRole, options: SecurityOptions): [string, string][] {
  const values: [string, string][] = [];
  if (options.mtls) values.push(['global.mtls.enabled', 'true']);
  if (options.controlPlaneSecurity) values.push(['global.controlPlaneSecurityEnabled', 'true']);
  if (!options.selfSigned) values.push(['security.selfSigned', 'false']);
  if (role === 'remote' && options.controlPlaneSecurity)
    values.push(['global.remotePilotCreateSvcEndpoint', 'true']);
  return values;
}

/**
 * What makes a security setting unusable, each with its fix. `pilotAddress` is the remote's pilot
 * address when known: the selector-less istio-pilot Endpoints need an IP.
 */
export function securityProblems(options: SecurityOptions, pilotAddress?: string): string[] {
  const problems: string[] = [];
  if ((options.mtls || options.controlPlaneSecurity) && options.selfSigned) {
    const enabled = [options.mtls ? 'mtls' : '', options.controlPlaneSecurity ? 'control-plane-security' : '']
      .filter(Boolean)
      .join(' and ');
    problems.push(
      `${enabled} across clusters needs one shared root: with self-signed Citadels every cluster has its own root and cross-cluster mTLS fails. Fix: give ca-cert, ca-key, root-cert and cert-chain, or root-cert and root-key with generate-intermediate-cas: true`,
    );
  }
  if (
    options.controlPlaneSecurity &&
    pilotAddress !== undefined &&
    pilotAddress !== '' &&
    isIP(pilotAddress) === 0
  ) {
    problems.push(
      `control-plane-security makes each remote resolve istio-pilot.<namespace> through a selector-less Service whose Endpoints need an IP, but the pilot address is "${pilotAddress}": give pilot's IP (pilot-pod-ip) or a LoadBalancer IP`,
    );
  }
  return problems;
}

/** API groups of the Istio CRD kinds istio-remote renders with global.mtls.enabled (MeshPolicy, DestinationRule). */
export const ISTIO_POLICY_GROUPS: readonly string[] = ['authentication.istio.io', 'networking.istio.io'];

export function isIstioPolicyObject(object: Pick<ManifestObject, 'apiVersion'>): boolean {
  const group = object.apiVersion.includes('/')
    ? object.apiVersion.slice(0, object.apiVersion.indexOf('/'))
    : '';
  return ISTIO_POLICY_GROUPS.includes(group);
}

/** Whether a cluster serves a kind (discovery), e.g. `kindServedOn(remote)` from src/kube/served-kinds.ts. */

export interface IstioPolicyFilter {
  readonly objects: ManifestObject[];
  /** `Kind ns/name (apiVersion)` of every object left out. */
  readonly dropped: string[];
}

/**
 * Leaves out the MeshPolicy/DestinationRule objects (only those Istio CRD groups) whose kinds the
 * remote does not serve. Pilot reads Istio config from the primary only, so the mesh-wide policy
 * takes effect through the primary's copy (render the primary with the same `mtls` input). Any other
 * unserved kind is kept, so applying it still fails loudly.
 */
export async function dropUnservedIstioPolicy(
  objects: readonly ManifestObject[],
  served: KindServed,
): Promise<IstioPolicyFilter> {
  const kept: ManifestObject[] = [];
  const dropped: string[] = [];
  const cache = new Map<string, boolean>();
  for (const object of objects) {
    if (!isIstioPolicyObject(object)) {
      kept.push(object);
      continue;
    }
    const key = `${object.apiVersion}/${object.kind}`;
    const isServed = cache.get(key) ?? (await served(object.apiVersion, object.kind));
    cache.set(key, isServed);
    if (isServed) kept.push(object);
    else dropped.push(`${describeObject(object)} (${object.apiVersion})`);
  }
  return { objects: kept, dropped };
}

/** The warning for dropped objects, naming each of them and why that is safe. */
export function istioPolicyWarning(cluster: string, dropped: readonly string[]): string {
  return (
    `remote "${cluster}" does not serve the Istio CRDs of ${dropped.join(', ')}: these objects were not applied there. ` +
    'Pilot reads mesh policy from the primary only; install the primary with the same mtls input so the policy exists there.'
  );
}
