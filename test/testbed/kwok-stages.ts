import { dump, loadAll } from 'js-yaml';

/**
 * How long kwok keeps a deleted pod Terminating (and its IP allocated). kwok hands a freed pod IP
 * to the next pod, and with its default (immediate) pod-delete stage a replacement pod usually got
 * the IP of the pod it replaced. Real kubelets take a moment to stop containers, and real IPAM
 * (host-local) does not reuse the address at once, so a restarted control-plane pod gets a new
 * IP: the behaviour the action must cope with. Holding deleted pods for 3 s reproduces it.
 */
const POD_DELETE_DELAY_MS = 3000;

interface StageDoc {
  kind?: unknown;
  metadata?: { name?: unknown };
  spec?: { delay?: { durationMilliseconds?: unknown } };
}

function podDeleteStage(docs: unknown[]): StageDoc | undefined {
  return docs.find((doc): doc is StageDoc => {
    const d = doc as StageDoc | null;
    return d?.kind === 'Stage' && d.metadata?.name === 'pod-delete';
  });
}

export function hasPodDeleteDelay(kwokYaml: string): boolean {
  return podDeleteStage(loadAll(kwokYaml))?.spec?.delay?.durationMilliseconds === POD_DELETE_DELAY_MS;
}

/** The cluster's saved kwok.yaml with the delay set on its pod-delete Stage. */
export function withPodDeleteDelay(kwokYaml: string): string {
  const docs = loadAll(kwokYaml).filter((doc) => doc !== null && doc !== undefined);
  const stage = podDeleteStage(docs);
  if (!stage?.spec) throw new Error('the cluster config (kwok.yaml) has no pod-delete Stage to patch');
  stage.spec.delay = { durationMilliseconds: POD_DELETE_DELAY_MS };
  return docs.map((doc) => dump(doc, { lineWidth: -1 })).join('---\n');
}
