/**
 * verify: asks every istiod (each Running istiod pod of every holder, through a port-forward to its
 * monitoring port) whether it synced every remote the action registered there, waiting up to a
 * timeout. Reads only; writes nothing anywhere.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type * as k8s from '@kubernetes/client-node';
import { apiMessage } from '../../kube/client.js';
import type { ProbeOutcome } from '../../kube/credential-probe.js';
import { secretObjectName } from '../../kube/cluster-kubeconfig.js';
import type { Profile } from '../../istio/profiles.js';
import {
  likelyCause,
  podStatusOf,
  remoteStatusOf,
  since,
  type PodAnswer,
  type PodStatus,
  type RemoteStatus,
} from '../../istio/verify-decision.js';
import type { FailedRemote } from '../../util/remote-failures.js';
import { isRegistrationOf } from '../secrets/registration-guard.js';
import type { VerifyCluster } from './istiod-views.js';

export interface VerifyInput {
  /** The clusters holding an istiod: the primary; with multi-primary every cluster. */
  readonly holders: readonly VerifyCluster[];
  /** The clusters registered on a holder (primary-remote: the remotes, on the primary). */
  readonly registeredOn: (holder: VerifyCluster) => readonly VerifyCluster[];
  /** Tries a registered kubeconfig (text, and the object it was read from) against its own server. */
  readonly probeKubeconfig: (text: string, object: string) => Promise<ProbeOutcome>;
  readonly namespace: string;
  readonly profile: Profile;
  readonly timeoutMs: number;
  readonly pollMs?: number;
}

export interface PodVerdict {
  readonly status: string;
  /** When this run first saw the pod report it (RFC 3339). */
  readonly since: string;
}

export interface VerifiedRemote {
  readonly remote: string;
  readonly holder: string;
  readonly secret: string;
  readonly status: RemoteStatus | 'unregistered';
  /** istiod pod -> its status of the remote, or `unreachable`. */
  readonly pods: Readonly<Record<string, PodVerdict>>;
  readonly cause?: string;
}

export interface VerifyResult {
  readonly remotes: readonly VerifiedRemote[];
  /** istiod pods that did not answer (reported; fatal only when no pod of a holder answered). */
  readonly unreachable: readonly { holder: string; pod: string; problem: string }[];
  readonly failures: readonly FailedRemote[];
  readonly seconds: number;
}

const STAGE = 'verify';

interface Registered {
  readonly holder: VerifyCluster;
  readonly cluster: VerifyCluster;
  readonly secret: string;
  readonly found: k8s.V1Secret | undefined;
}

async function registrations(input: VerifyInput): Promise<Registered[]> {
  const all = input.holders.flatMap((holder) =>
    input.registeredOn(holder).map((cluster) => ({ holder, cluster })),
  );
  return Promise.all(
    all.map(async ({ holder, cluster }) => {
      const secret = input.profile.secretName(cluster.name);
      const read = await holder.secrets.read(input.namespace, secret);
      return {
        holder,
        cluster,
        secret,
        found: read && isRegistrationOf(read, cluster.name) ? read : undefined,
      };
    }),
  );
}

async function serviceCounts(clusters: readonly VerifyCluster[]): Promise<Map<string, number | undefined>> {
  const unique = [...new Map(clusters.map((c) => [c.name, c])).values()];
  const counts = await Promise.all(unique.map((c) => c.servicesWithEndpoints().catch(() => undefined)));
  return new Map(unique.map((c, i) => [c.name, counts[i]]));
}

type Seen = Map<string, { status: string; since: string }>;

/** One round: every holder's istiod pods asked once; each registration's status and pods' verdicts. */
async function observe(
  input: VerifyInput,
  registered: readonly Registered[],
  services: Map<string, number | undefined>,
  seen: Seen,
) {
  const holders = [...new Set(registered.map((r) => r.holder))];
  const asked = await Promise.all(
    holders.map((h) =>
      h
        .askIstiods(input.namespace, 10_000)
        .catch((error: unknown): PodAnswer[] => [
          { pod: '(istiod pods)', ok: false, problem: `listing them failed: ${apiMessage(error)}` },
        ]),
    ),
  );
  const answersOf = new Map(holders.map((h, i) => [h.name, asked[i] ?? []]));
  const now = new Date().toISOString();
  return registered.map((r) => {
    const answers: PodAnswer[] = answersOf.get(r.holder.name) ?? [];
    const pods: Record<string, PodVerdict> = {};
    const statuses: PodStatus[] = [];
    for (const answer of answers) {
      const status = answer.ok
        ? podStatusOf(answer, r.cluster.name, services.get(r.cluster.name))
        : undefined;
      if (status) statuses.push(status);
      const key = `${r.holder.name}/${answer.pod}/${r.cluster.name}`;
      const verdict = since(seen, key, status ?? 'unreachable', now);
      pods[answer.pod] = verdict;
      seen.set(key, verdict);
    }
    return { registration: r, status: remoteStatusOf(statuses), pods, answers };
  });
}

async function probeRegistration(input: VerifyInput, r: Registered): Promise<ProbeOutcome> {
  const encoded = r.found?.data?.[r.cluster.name];
  if (encoded === undefined) return { kind: 'unreadable', problem: `it has no key "${r.cluster.name}"` };
  return input.probeKubeconfig(
    Buffer.from(encoded, 'base64').toString('utf8'),
    secretObjectName(input.namespace, r.secret, r.holder.name),
  );
}

/**
 * One failure per remote not synced. An istiod that does not answer at all is its holder's failure
 * when the holder is a remote (multi-primary), not that of every remote registered there.
 */
function failuresOf(remotes: readonly VerifiedRemote[], primary: string | undefined): FailedRemote[] {
  const failures = new Map<string, FailedRemote>();
  for (const r of remotes) {
    if (r.cause === undefined) continue;
    const holderFails = r.status === 'unanswered' && r.holder !== primary;
    const remote = holderFails ? r.holder : r.remote;
    if (failures.has(remote)) continue;
    const message = holderFails
      ? `[verify] the istiod of "${r.holder}" could not be asked: ${r.cause}`
      : `[verify] remote "${r.remote}" is not synced by istiod on ${r.holder} (${r.status}): ${r.cause}`;
    failures.set(remote, { remote, stage: STAGE, message });
  }
  return [...failures.values()];
}

const PROBED: readonly string[] = ['syncing', 'timeout', 'closed', 'unknown'];

/** Waits up to the timeout for every registration to be synced by every istiod pod that answers. */
export async function verifyRemotes(input: VerifyInput): Promise<VerifyResult> {
  const start = Date.now();
  const all = await registrations(input);
  const registered = all.filter((r) => r.found !== undefined);
  const services = await serviceCounts(registered.map((r) => r.cluster));
  const seen: Seen = new Map();
  let round = await observe(input, registered, services, seen);
  while (round.some((o) => o.status !== 'synced') && Date.now() - start < input.timeoutMs) {
    await sleep(Math.min(input.pollMs ?? 2_000, Math.max(0, input.timeoutMs - (Date.now() - start))));
    round = await observe(input, registered, services, seen);
  }
  const verified: VerifiedRemote[] = await Promise.all(
    round.map(async ({ registration: r, status, pods, answers }) => {
      const probe = PROBED.includes(status) ? await probeRegistration(input, r) : undefined;
      const cause = likelyCause({
        remote: r.cluster.name,
        status,
        secret: r.secret,
        namespace: input.namespace,
        holder: r.holder.name,
        ...(probe ? { probe } : {}),
        ...(services.get(r.cluster.name) !== undefined
          ? { servicesWithEndpoints: services.get(r.cluster.name) }
          : {}),
        unanswered: answers.flatMap((a) => (a.ok ? [] : [`${a.pod}: ${a.problem}`])),
      });
      return {
        remote: r.cluster.name,
        holder: r.holder.name,
        secret: r.secret,
        status,
        pods,
        ...(cause ? { cause } : {}),
      };
    }),
  );
  const unregistered: VerifiedRemote[] = all
    .filter((r) => r.found === undefined)
    .map((r) => ({
      remote: r.cluster.name,
      holder: r.holder.name,
      secret: r.secret,
      status: 'unregistered',
      pods: {},
      cause: `the action's registration ${input.namespace}/${r.secret} is not on ${r.holder.name}. Fix: run the action with mode: install (or resync).`,
    }));
  const remotes = [...verified, ...unregistered];
  const unreachable = round
    .flatMap((o) => o.answers.map((a) => ({ holder: o.registration.holder.name, answer: a })))
    .flatMap(({ holder, answer }) =>
      answer.ok ? [] : [{ holder, pod: answer.pod, problem: answer.problem }],
    )
    .filter((u, i, list) => list.findIndex((v) => v.holder === u.holder && v.pod === u.pod) === i);
  return {
    remotes,
    unreachable,
    failures: failuresOf(remotes, input.holders[0]?.name),
    seconds: (Date.now() - start) / 1000,
  };
}
