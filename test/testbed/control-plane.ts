import { AppsV1Api, CoreV1Api, type KubeConfig, type V1Pod } from '@kubernetes/client-node';
import { deleteNamespaceAndWait, loadKubeConfig } from './cluster-api.js';
import { run } from './exec.js';
import { stopIstiod } from './istiod.js';
import { chartDir } from './layout.js';
import { progress, table } from './log.js';
import { readState, type ClusterState, type TestbedState } from './state.js';
import { waitFor } from './wait.js';

const RELEASE = 'istio';
export const DEFAULT_NAMESPACE = 'istio-system';
const PODS_TIMEOUT_MS = 180_000;

export interface ControlPlaneOptions {
  readonly namespace?: string;
  /** statsd-prom-bridge (values statsd.enabled); default true. */
  readonly statsd?: boolean;
  /** jaeger + zipkin/tracing services (values tracing.enabled); default true. */
  readonly tracing?: boolean;
  /** More chart values, passed as --set key=value (e.g. { 'services.type': 'LoadBalancer' }). */
  readonly values?: Readonly<Record<string, string>>;
}

export interface ControlPlanePod {
  readonly deployment: string;
  readonly name: string;
  readonly ip: string;
  readonly labels: Readonly<Record<string, string>>;
}

function primaryOf(): { state: TestbedState; primary: ClusterState } {
  const state = readState();
  const primary = state?.clusters.find((c) => c.name === 'primary');
  if (!state || !primary)
    throw new Error('the testbed is not up (no primary in .testbed/state.json); run `npm run testbed -- up`');
  return { state, primary };
}

const matches = (labels: Record<string, string> | undefined, selector: Record<string, string>) =>
  Object.entries(selector).every(([key, value]) => labels?.[key] === value);

const runningWithIp = (pod: V1Pod) => pod.status?.phase === 'Running' && Boolean(pod.status.podIP);

/** Waits until every Deployment of the release has its replicas Running with pod IPs, none pending. */
async function waitControlPlanePods(kc: KubeConfig, namespace: string): Promise<ControlPlanePod[]> {
  const apps = kc.makeApiClient(AppsV1Api);
  const core = kc.makeApiClient(CoreV1Api);
  return waitFor(
    `control-plane pods in ${namespace} on primary to be Running with IPs`,
    async () => {
      const deployments = await apps.listNamespacedDeployment({
        namespace,
        labelSelector: `release=${RELEASE}`,
      });
      const pods = (await core.listNamespacedPod({ namespace })).items.filter(
        (p) => !p.metadata?.deletionTimestamp,
      );
      const result: ControlPlanePod[] = [];
      for (const deployment of deployments.items) {
        const selector = deployment.spec?.selector.matchLabels ?? {};
        const own = pods.filter((p) => matches(p.metadata?.labels, selector));
        const running = own.filter(runningWithIp);
        if (running.length < (deployment.spec?.replicas ?? 1) || running.length !== own.length)
          return undefined;
        for (const pod of running) {
          result.push({
            deployment: deployment.metadata?.name ?? '',
            name: pod.metadata?.name ?? '',
            ip: pod.status?.podIP ?? '',
            labels: pod.metadata?.labels ?? {},
          });
        }
      }
      return deployments.items.length > 0 ? result : undefined;
    },
    { timeoutMs: PODS_TIMEOUT_MS },
  );
}

/**
 * Installs (or upgrades) the stand-in Istio 1.0 control plane on the primary with the testbed's
 * helm, then waits for its pods. No `helm --wait`: it would wait forever for the LoadBalancer
 * address of the ingress gateway, which nothing assigns in the testbed.
 */
/** The real current Istio (`testbed istio-primary`, `testbed istiod`) and the stand-in cannot share a namespace. */
async function removeCurrentIstio(
  state: TestbedState,
  primary: ClusterState,
  namespace: string,
): Promise<void> {
  const helm = (args: string[]) =>
    run(state.binaries.helm, [...args, '--namespace', namespace, '--kubeconfig', primary.kubeconfigPath]);
  const releases = (await helm(['list', '-q'])).split('\n');
  const current = ['istiod', 'istio-base'].filter((r) => releases.includes(r));
  if (current.length === 0) return;
  await stopIstiod();
  progress(`primary: removing the real Istio releases ${current.join(', ')} first`);
  for (const release of current) await helm(['uninstall', release, '--wait']);
  await deleteNamespaceAndWait(loadKubeConfig(primary.kubeconfigPath), namespace);
}

export async function installControlPlane(options: ControlPlaneOptions = {}): Promise<ControlPlanePod[]> {
  const { state, primary } = primaryOf();
  const namespace = options.namespace ?? DEFAULT_NAMESPACE;
  const values: Record<string, string> = {
    'statsd.enabled': String(options.statsd ?? true),
    'tracing.enabled': String(options.tracing ?? true),
    ...options.values,
  };
  await removeCurrentIstio(state, primary, namespace);
  progress(`primary: helm upgrade --install ${RELEASE} (${chartDir}) into ${namespace}`);
  await run(state.binaries.helm, [
    'upgrade',
    '--install',
    RELEASE,
    chartDir,
    '--namespace',
    namespace,
    '--create-namespace',
    '--kubeconfig',
    primary.kubeconfigPath,
    ...Object.entries(values).flatMap(([key, value]) => ['--set', `${key}=${value}`]),
  ]);
  progress('primary: waiting for the control-plane pods');
  return waitControlPlanePods(loadKubeConfig(primary.kubeconfigPath), namespace);
}

/** Uninstalls the release and deletes its namespace, waiting until the namespace is gone. */
export async function uninstallControlPlane(namespace = DEFAULT_NAMESPACE): Promise<void> {
  const { state, primary } = primaryOf();
  progress(`primary: helm uninstall ${RELEASE} from ${namespace}`);
  await run(state.binaries.helm, [
    'uninstall',
    RELEASE,
    '--namespace',
    namespace,
    '--kubeconfig',
    primary.kubeconfigPath,
    '--ignore-not-found',
  ]);
  await deleteNamespaceAndWait(loadKubeConfig(primary.kubeconfigPath), namespace);
}

export function podTable(pods: readonly ControlPlanePod[]): string {
  return table([['DEPLOYMENT', 'POD', 'IP'], ...pods.map((p) => [p.deployment, p.name, p.ip])]);
}
