import { createHash } from 'node:crypto';
import { ProblemsError, errorMessage } from './errors.js';

/** Kubernetes' limit for a DNS-1123 label (namespace names, istioctl `--name`, cluster IDs here). */
export const DNS1123_LABEL_MAX_LENGTH = 63;
/** Kubernetes' limit for a DNS-1123 subdomain (object names such as Secrets). */
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;

const LABEL_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const HASH_SUFFIX_LENGTH = 8;

export function isDns1123Label(name: string): boolean {
  return name.length <= DNS1123_LABEL_MAX_LENGTH && LABEL_PATTERN.test(name);
}

export function isDns1123Subdomain(name: string): boolean {
  return name.length <= DNS1123_SUBDOMAIN_MAX_LENGTH && SUBDOMAIN_PATTERN.test(name);
}

/**
 * Turns any name (a kubeconfig cluster name such as `gke_project_zone_name`) into a DNS-1123 label:
 * lower case, every other character becomes `-`, runs of `-` collapse, both ends are trimmed.
 * A name longer than 63 characters is cut and ends with a hash of the whole sanitised name, so two
 * long names sharing a prefix stay distinct. Throws when nothing usable is left.
 */
export function sanitizeDns1123Label(name: string): string {
  const sanitized = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (sanitized === '') {
    throw new Error(
      `cannot make a DNS-1123 name from ${JSON.stringify(name)}: it has no letters or digits. ` +
        'Use a name such as "east-1".',
    );
  }
  return sanitized.length <= DNS1123_LABEL_MAX_LENGTH ? sanitized : truncateWithHash(sanitized);
}

function truncateWithHash(sanitized: string): string {
  const hash = createHash('sha256').update(sanitized).digest('hex').slice(0, HASH_SUFFIX_LENGTH);
  const prefix = sanitized.slice(0, DNS1123_LABEL_MAX_LENGTH - HASH_SUFFIX_LENGTH - 1).replace(/-+$/, '');
  return `${prefix}-${hash}`;
}

export interface NameCandidate {
  /** Where the name comes from, for messages: `remote-kubeconfigs[1] (cluster "gke_p_z_a")`. */
  readonly source: string;
  readonly name: string;
}

export type NameAssignment =
  | { readonly ok: true; readonly names: readonly string[] }
  | { readonly ok: false; readonly error: ProblemsError };

/**
 * Sanitises every candidate name and refuses clashes: each clash (two or more inputs becoming the
 * same DNS-1123 label) and each name that cannot be sanitised is one problem, all reported at once.
 * The names come back in the order of the candidates.
 */
export function assignRemoteNames(candidates: readonly NameCandidate[]): NameAssignment {
  const problems: string[] = [];
  const names: string[] = [];
  const sourcesByName = new Map<string, string[]>();
  for (const candidate of candidates) {
    const name = trySanitize(candidate, problems);
    names.push(name ?? '');
    if (name === undefined) continue;
    const sources = sourcesByName.get(name) ?? [];
    sources.push(candidate.source);
    sourcesByName.set(name, sources);
  }
  for (const [name, sources] of sourcesByName) {
    if (sources.length > 1) problems.push(clashProblem(name, sources));
  }
  return problems.length === 0
    ? { ok: true, names }
    : { ok: false, error: new ProblemsError('credentials', problems) };
}

function trySanitize(candidate: NameCandidate, problems: string[]): string | undefined {
  try {
    return sanitizeDns1123Label(candidate.name);
  } catch (error: unknown) {
    problems.push(
      `${candidate.source}: ${errorMessage(error)} Fix: set remote-names, one DNS-1123 name per remote.`,
    );
    return undefined;
  }
}

function clashProblem(name: string, sources: readonly string[]): string {
  const subject = sources.length === 2 ? `${sources.join(' and ')} both` : `${sources.join(', ')} all`;
  return (
    `${subject} become the cluster name "${name}" after sanitising to DNS-1123. ` +
    'Fix: set remote-names to give each remote its own name, in the order of the remotes ' +
    `(e.g. remote-names: ${name}-a, ${name}-b).`
  );
}
