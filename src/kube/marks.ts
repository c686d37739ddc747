/** How the action marks what it creates in a cluster, so that it only ever touches its own objects. */
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY_VALUE = 'istio-multicluster-action';
