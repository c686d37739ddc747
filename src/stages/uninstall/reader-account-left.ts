/**
 * Uninstall and TokenRequest tokens: such a token stays valid until it expires unless its service
 * account is deleted. The reader account comes with the charts the action installs (the base chart
 * renders it), so uninstall deletes it with the release and every token issued for it stops working.
 * The action creates no service account of its own. An account that is still there after uninstall
 * (the primary's with multi-primary, which comes from the user's own Istio, or one the action did not
 * create) is left, and the tokens the action requested for it are named with their lifetime.
 */
import { formatSeconds } from '../secrets/token-renewal.js';
import type { UninstallCluster } from './uninstall-cluster.js';

export interface ReaderAccountCheck {
  readonly cluster: UninstallCluster;
  readonly namespace: string;
  readonly serviceAccount: string;
  /** The registration Secrets that held the tokens issued for the account. */
  readonly registeredAs: string;
  /** token-lifetime of credential-mode token-request. */
  readonly lifetimeSeconds: number;
}

/** A warning when the reader account outlived the uninstall, naming the tokens that stay valid. */
export async function readerAccountLeftWarning(check: ReaderAccountCheck): Promise<string | undefined> {
  if (!(await check.cluster.serviceAccountExists(check.namespace, check.serviceAccount))) return undefined;
  const account = `${check.namespace}/${check.serviceAccount}`;
  return `${check.cluster.name}: ServiceAccount ${account} was not created by this action and was left in place, so the TokenRequest tokens the action issued for it (registered as ${check.registeredAs}) stay valid until they expire (each one token-lifetime after it was issued; ${formatSeconds(check.lifetimeSeconds)} in this run). To revoke them now, delete the account (kubectl -n ${check.namespace} delete serviceaccount ${check.serviceAccount}) and let the install that created it create it again.`;
}
