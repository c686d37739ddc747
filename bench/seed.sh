#!/usr/bin/env bash
# The seed procedure (shared seed doc istio-multicluster-1.0.md, "Use kubectl with Helm") as a person
# types it, one remote after another: capture the control-plane pod IPs on the primary, then per
# remote helm template + kubectl create, label the injection namespace, build the istio-multi
# reader kubeconfig, and create + label its Secret on the primary.
# Kubernetes >= 1.24 no longer creates a token Secret for a ServiceAccount, so the script creates
# one (type kubernetes.io/service-account-token) and waits for the token controller to fill it.
# usage: seed.sh <kubectl> <helm> <chart dir> <primary kubeconfig> <work dir> <name>=<kubeconfig>...
set -euo pipefail
KUBECTL=$1 HELM=$2 CHART=$3 PRIMARY=$4 WORK_DIR=$5
shift 5
NAMESPACE=istio-system
SERVICE_ACCOUNT=istio-multi

pod_ip() {
  "$KUBECTL" --kubeconfig "$PRIMARY" -n "$NAMESPACE" get pod -l "$1" -o jsonpath='{.items[0].status.podIP}'
}
PILOT_POD_IP=$(pod_ip istio=pilot)
POLICY_POD_IP=$(pod_ip istio-mixer-type=policy)
STATSD_POD_IP=$(pod_ip istio=statsd-prom-bridge)
TELEMETRY_POD_IP=$(pod_ip istio-mixer-type=telemetry)
ZIPKIN_POD_IP=$(pod_ip app=jaeger)

for remote in "$@"; do
  CLUSTER_NAME=${remote%%=*}
  export KUBECONFIG=${remote#*=}
  "$HELM" template istio-remote "$CHART" --namespace "$NAMESPACE" \
    --set global.remotePilotAddress="$PILOT_POD_IP" --set global.remotePolicyAddress="$POLICY_POD_IP" \
    --set global.remoteTelemetryAddress="$TELEMETRY_POD_IP" --set global.proxy.envoyStatsd.enabled=true \
    --set global.proxy.envoyStatsd.host="$STATSD_POD_IP" --set global.proxy.envoyStatsd.port=9125 \
    --set global.remoteZipkinAddress="$ZIPKIN_POD_IP" >"$WORK_DIR/istio-remote-$CLUSTER_NAME.yaml"
  "$KUBECTL" create ns "$NAMESPACE" >/dev/null
  "$KUBECTL" create -f "$WORK_DIR/istio-remote-$CLUSTER_NAME.yaml" >/dev/null
  "$KUBECTL" label namespace default istio-injection=enabled >/dev/null

  KUBECFG_FILE=$WORK_DIR/$CLUSTER_NAME
  SERVER=$("$KUBECTL" config view --minify=true -o "jsonpath={.clusters[].cluster.server}")
  SECRET_NAME=$SERVICE_ACCOUNT-token
  "$KUBECTL" -n "$NAMESPACE" create -f - >/dev/null <<YAML
apiVersion: v1
kind: Secret
type: kubernetes.io/service-account-token
metadata:
  name: $SECRET_NAME
  annotations:
    kubernetes.io/service-account.name: $SERVICE_ACCOUNT
YAML
  TOKEN=''
  until [[ -n $TOKEN ]]; do
    TOKEN=$("$KUBECTL" get secret "$SECRET_NAME" -n "$NAMESPACE" -o "jsonpath={.data['token']}")
    [[ -n $TOKEN ]] || sleep 0.1
  done
  TOKEN=$(base64 --decode <<<"$TOKEN")
  CA_DATA=$("$KUBECTL" get secret "$SECRET_NAME" -n "$NAMESPACE" -o "jsonpath={.data['ca\.crt']}")
  cat <<YAML >"$KUBECFG_FILE"
apiVersion: v1
clusters:
   - cluster:
       certificate-authority-data: ${CA_DATA}
       server: ${SERVER}
     name: ${CLUSTER_NAME}
contexts:
   - context:
       cluster: ${CLUSTER_NAME}
       user: ${CLUSTER_NAME}
     name: ${CLUSTER_NAME}
current-context: ${CLUSTER_NAME}
kind: Config
preferences: {}
users:
   - name: ${CLUSTER_NAME}
     user:
       token: ${TOKEN}
YAML

  unset KUBECONFIG
  # bench=seed marks what the bench removes again (the seed's own name carries no marker).
  "$KUBECTL" --kubeconfig "$PRIMARY" create secret generic "$CLUSTER_NAME" --from-file "$KUBECFG_FILE" -n "$NAMESPACE" >/dev/null
  "$KUBECTL" --kubeconfig "$PRIMARY" label secret "$CLUSTER_NAME" istio/multiCluster=true bench=seed -n "$NAMESPACE" >/dev/null
done
