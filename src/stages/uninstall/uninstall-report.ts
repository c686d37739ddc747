/** What uninstall did on each remote, and how it is reported. */
import type { InstallMethod } from '../deploy/deploy-chart.js';
import { REGISTRATION_LABEL } from '../../istio/labels.js';

export type SecretOutcome = 'deleted' | 'absent' | 'kept-unmanaged';
/** `kept`: the label is there but another field manager set it too (it was there before install): left alone. */
export type InjectionOutcome = 'unlabelled' | 'kept' | 'absent';
/** `unannotated`: the namespace existed before install and stays; the annotations the action set are removed. */
export type NamespaceOutcome = 'deleted' | 'kept' | 'unannotated' | 'absent';

export interface RegistrationOutcome {
  readonly remote: string;
  readonly secret: string;
  readonly outcome: SecretOutcome;
  /** The cluster holding the registration (the primary; with multi-primary any cluster). */
  readonly on: string;
}

export interface RemoteUninstallOutcome {
  readonly remote: string;
  readonly method: InstallMethod;
  /** Objects (kubectl) or helm releases deleted, those found already gone, and those kept on purpose (CRDs). */
  readonly deleted: readonly string[];
  readonly absent: readonly string[];
  readonly kept: readonly string[];
  readonly tokenSecret: { readonly name: string; readonly outcome: SecretOutcome };
  readonly injection: readonly { readonly namespace: string; readonly outcome: InjectionOutcome }[];
  readonly namespace: { readonly name: string; readonly outcome: NamespaceOutcome };
  /** token-request: the Secret its TokenRequest tokens were bound to was deleted, so they stopped working. */
  readonly tokensRevoked?: boolean;
  readonly warnings: readonly string[];
}

/** Whether the remote had nothing left of the install (a repeated uninstall). */
export function alreadyAbsent(outcome: RemoteUninstallOutcome): boolean {
  return (
    outcome.deleted.length === 0 &&
    outcome.tokenSecret.outcome !== 'deleted' &&
    outcome.tokensRevoked !== true &&
    outcome.injection.every((i) => i.outcome !== 'unlabelled') &&
    outcome.namespace.outcome !== 'deleted' &&
    outcome.namespace.outcome !== 'unannotated'
  );
}

/** One report line per remote. */
export function describeRemote(outcome: RemoteUninstallOutcome): string {
  const injection = outcome.injection.map((i) => `${i.namespace}:${i.outcome}`).join(', ') || 'none';
  const release =
    outcome.method === 'helm'
      ? `helm release(s) uninstalled: ${outcome.deleted.length}, already absent: ${outcome.absent.length}`
      : `${outcome.deleted.length} object(s) deleted, ${outcome.absent.length} already gone`;
  const parts = [
    outcome.kept.length > 0 ? `${release}, ${outcome.kept.length} kept (CRDs in use, or adopted)` : release,
    `token Secret ${outcome.tokenSecret.name} ${outcome.tokenSecret.outcome}`,
    ...(outcome.tokensRevoked ? ['TokenRequest tokens revoked (their binding Secret deleted)'] : []),
    `injection label ${injection}`,
    `namespace ${outcome.namespace.name} ${outcome.namespace.outcome}`,
  ];
  const prefix = alreadyAbsent(outcome) ? 'already absent: ' : '';
  return `${outcome.remote}: ${prefix}${parts.join('; ')}`;
}

/** A warning for each registration Secret uninstall left in place because the action did not create it. */
export function registrationWarnings(
  namespace: string,
  registrations: readonly RegistrationOutcome[],
): string[] {
  return registrations
    .filter((r) => r.outcome === 'kept-unmanaged')
    .map(
      (r) =>
        `${r.on}: Secret ${namespace}/${r.secret} was not created by this action as the registration of ${r.remote} (it has no ${REGISTRATION_LABEL}=${r.remote} label) and was left in place; if it is a stale registration of ${r.remote}, delete it: kubectl -n ${namespace} delete secret ${r.secret}.`,
    );
}
