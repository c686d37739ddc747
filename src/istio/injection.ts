import yaml from 'js-yaml';
import type { ManifestObject } from '../util/manifest.js';
import { describeObject } from '../util/manifest.js';

/** Names of the ConfigMaps (and keys) `istioctl kube-inject` reads, as in the seed's manual-injection example. */
export const INJECTOR_CONFIGMAP = 'istio-sidecar-injector';
export const INJECTOR_CONFIG_KEY = 'config';
export const INJECTOR_VALUES_KEY = 'values';
export const MESH_CONFIGMAP = 'istio';
export const MESH_CONFIG_KEY = 'mesh';

/**
 * The two injector config formats: Istio 1.0's single `template` (Go template with `[[ ]]`
 * delimiters, no values) and current Istio's `templates` map (`{{ }}`, with a `values` JSON beside it).
 */
export type InjectorFormat = 'template' | 'templates';

export interface InjectionConfig {
  readonly config: string;
  readonly mesh: string;
  /** The `values` key of the injector ConfigMap (current Istio only). */
  readonly values?: string;
}

export function injectorFormat(config: string): InjectorFormat | undefined {
  let parsed: unknown;
  try {
    parsed = yaml.load(config);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const record = parsed as Record<string, unknown>;
  if (record.templates && typeof record.templates === 'object') return 'templates';
  if (typeof record.template === 'string') return 'template';
  return undefined;
}

interface PodSpecLike {
  containers?: { name?: string }[];
  initContainers?: { name?: string }[];
}

interface PodTemplateLike {
  metadata?: { annotations?: Record<string, string>; labels?: Record<string, string> };
  spec?: PodSpecLike;
}

/** The pod template of a workload (or the Pod itself); undefined for kinds without one. */
export function podTemplate(object: ManifestObject): PodTemplateLike | undefined {
  const spec = (object as { spec?: Record<string, unknown> }).spec;
  if (!spec) return undefined;
  switch (object.kind) {
    case 'Pod':
      return { metadata: object.metadata, spec: spec as PodSpecLike };
    case 'CronJob': {
      const job = spec.jobTemplate as { spec?: { template?: PodTemplateLike } } | undefined;
      return job?.spec?.template;
    }
    case 'Deployment':
    case 'DaemonSet':
    case 'StatefulSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
    case 'DeploymentConfig':
      return spec.template as PodTemplateLike | undefined;
    default:
      return undefined;
  }
}

function containerNames(template: PodTemplateLike): string[] {
  const spec = template.spec ?? {};
  return [...(spec.initContainers ?? []), ...(spec.containers ?? [])].map((c) => c.name ?? '');
}

function optedOut(object: ManifestObject, template: PodTemplateLike): boolean {
  const key = 'sidecar.istio.io/inject';
  const values = [
    template.metadata?.annotations?.[key],
    template.metadata?.labels?.[key],
    object.metadata.annotations?.[key],
  ];
  return values.some((v) => v === 'false');
}

export interface InjectionCheck {
  /** `Kind ns/name: +container, +container` for every workload that gained containers. */
  readonly injected: string[];
  /** Workloads with a pod template that gained nothing although they did not opt out. */
  readonly missed: string[];
}

/** Compares workloads before and after injection by kind and name. */
export function checkInjection(
  before: readonly ManifestObject[],
  after: readonly ManifestObject[],
): InjectionCheck {
  const injected: string[] = [];
  const missed: string[] = [];
  for (const object of after) {
    const template = podTemplate(object);
    if (!template) continue;
    const original = before.find((b) => b.kind === object.kind && b.metadata.name === object.metadata.name);
    const originalTemplate = original ? podTemplate(original) : undefined;
    const had = new Set(originalTemplate ? containerNames(originalTemplate) : []);
    const added = containerNames(template).filter((name) => !had.has(name));
    if (added.length > 0) injected.push(`${describeObject(object)}: +${added.join(', +')}`);
    else if (!optedOut(object, originalTemplate ?? template)) missed.push(describeObject(object));
  }
  return { injected, missed };
}

/** Why istioctl injected nothing, with what to change. */
export function missedInjectionProblem(
  format: InjectorFormat | undefined,
  missed: readonly string[],
): string {
  const hint =
    format === 'template'
      ? "the injector config is Istio 1.0's single `template` with [[ ]] delimiters, which current istioctl does not read (it takes the text as a template of its own and injects nothing): use an istioctl of the cluster's Istio version (istioctl-version, e.g. 1.0.6)"
      : 'the injector config and istioctl do not match: use an istioctl of the same Istio version as the cluster (istioctl-version)';
  return `istioctl kube-inject added no sidecar to ${missed.join(', ')}: ${hint}`;
}
