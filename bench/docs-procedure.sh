#!/usr/bin/env bash
# istio.io's primary-remote procedure ("Install Primary-Remote", Helm tab) as a person types it, one
# remote after another: on each remote the Istio namespace annotated with its control-plane cluster,
# `helm install istio-base` and `helm install istiod` with profile=remote and the values the action
# gives (cluster name, network, mesh ID, injection path, config cluster, no pilot, the discovery
# address), then `istioctl create-remote-secret | kubectl apply -f -` on the primary.
# usage: docs-procedure.sh <kubectl> <helm> <istioctl> <base chart> <istiod chart> <primary kubeconfig>
#        <discovery address> <name>=<kubeconfig>...
set -euo pipefail
KUBECTL=$1 HELM=$2 ISTIOCTL=$3 BASE_CHART=$4 ISTIOD_CHART=$5 PRIMARY=$6 DISCOVERY_ADDRESS=$7
shift 7
NAMESPACE=istio-system
NETWORK=network1
MESH_ID=mesh1

for remote in "$@"; do
  CLUSTER_NAME=${remote%%=*}
  REMOTE=${remote#*=}
  "$KUBECTL" --kubeconfig "$REMOTE" create namespace "$NAMESPACE" >/dev/null
  "$KUBECTL" --kubeconfig "$REMOTE" annotate namespace "$NAMESPACE" \
    topology.istio.io/controlPlaneClusters=primary >/dev/null
  "$KUBECTL" --kubeconfig "$REMOTE" label namespace "$NAMESPACE" \
    topology.istio.io/network="$NETWORK" >/dev/null
  "$HELM" install istio-base "$BASE_CHART" -n "$NAMESPACE" --kubeconfig "$REMOTE" \
    --set profile=remote --set global.istioNamespace="$NAMESPACE" >/dev/null
  "$HELM" install istiod "$ISTIOD_CHART" -n "$NAMESPACE" --kubeconfig "$REMOTE" \
    --set profile=remote --set global.istioNamespace="$NAMESPACE" \
    --set global.remotePilotAddress="$DISCOVERY_ADDRESS" \
    --set global.multiCluster.clusterName="$CLUSTER_NAME" --set global.network="$NETWORK" \
    --set global.meshID="$MESH_ID" \
    --set istiodRemote.injectionPath="/inject/cluster/$CLUSTER_NAME/net/$NETWORK" \
    --set global.configCluster=true --set pilot.enabled=false >/dev/null
  "$ISTIOCTL" create-remote-secret --kubeconfig="$REMOTE" --name="$CLUSTER_NAME" \
    --istioNamespace="$NAMESPACE" |
    "$KUBECTL" --kubeconfig "$PRIMARY" apply -f - >/dev/null
done
