/** Labels and annotations Istio reads, and the ones this action writes so it can find its work again. */
export const MULTICLUSTER_SECRET_LABEL = 'istio/multiCluster';
export const INJECTION_LABEL = 'istio-injection';
export const INJECTION_ENABLED = 'enabled';

/** The remote cluster a registration secret or token secret belongs to. */
export const REMOTE_NAME_LABEL = 'istio-multicluster-action/remote';
/**
 * On a registration Secret only, valued with its remote: register replaces and uninstall deletes a
 * Secret only when it carries this marker, never on the managed-by label alone.
 */
export const REGISTRATION_LABEL = 'istio-multicluster-action/registration';
/** Hash of all chart values a remote was rendered with; resync compares it. */
export const VALUES_HASH_ANNOTATION = 'istio-multicluster-action/values-hash';
/** The control-plane addresses a remote was rendered with (JSON), so resync can say what moved. */
export const ADDRESSES_ANNOTATION = 'istio-multicluster-action/addresses';
