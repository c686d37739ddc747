#!/usr/bin/env bash
# Builds the testbed binaries from the Go module proxy into a cache outside the repository,
# keyed by version. Only missing binaries are built. Prints progress so a cold build never
# looks hung. Usage: build.sh [--print-dir | toxiproxy]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=versions.env
source "$here/versions.env"

cache="${TESTBED_CACHE:-$HOME/.cache/istio-multicluster-testbed}"
bin="$cache/bin"
mkdir -p "$bin" "$cache/src"

if [[ "${1:-}" == "--print-dir" ]]; then echo "$bin"; exit 0; fi

export CGO_ENABLED=0 GOFLAGS="-trimpath -buildvcs=false"
started=$(date +%s)
log() { printf '[testbed-build %4ss] %s\n' "$(( $(date +%s) - started ))" "$*"; }

# One build at a time per cache: a second run (CI step, `testbed up`, a developer) waits for the
# first instead of writing the same files, then finds the binaries cached.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$cache/build.lock"
  if ! flock -n 9; then
    log "another build.sh is running on $cache; waiting for it"
    flock 9
  fi
fi

# Emits a dot every 20 s while a long command runs, so CI logs show life.
with_heartbeat() {
  local what="$1"; shift
  ( while sleep 20; do log "  ... still building $what"; done ) &
  local beat=$!
  local rc=0
  "$@" || rc=$?
  kill "$beat" 2>/dev/null || true
  wait "$beat" 2>/dev/null || true
  return "$rc"
}

have() { [[ -x "$bin/$1" ]]; }

build_kubernetes() {
  local v="$KUBERNETES_VERSION" minor="${KUBERNETES_VERSION#v1.}"
  local names=(kube-apiserver kube-controller-manager kube-scheduler kubectl)
  local missing=()
  for n in "${names[@]}"; do have "$n-$v" || missing+=("$n"); done
  [[ ${#missing[@]} -eq 0 ]] && { log "kubernetes $v: cached"; return; }
  log "kubernetes $v: building ${missing[*]}"
  local mod="$cache/src/kubernetes-$v"
  mkdir -p "$mod"
  local gomod
  gomod=$(cd "$mod" && GOFLAGS=-mod=mod go mod download -json "k8s.io/kubernetes@$v" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')
  local staging_minor="v0.${minor}"
  {
    echo "module testbed/kubernetes"
    grep -E '^go [0-9.]+$' "$gomod"
    grep -E '^godebug ' "$gomod" || true
    if grep -q '^godebug ($' "$gomod"; then sed -n '/^godebug ($/,/^)$/p' "$gomod"; fi
    echo "require k8s.io/kubernetes $v"
    echo "replace ("
    grep -E '^\s+k8s\.io/[a-z0-9-]+ v0\.0\.0$' "$gomod" | awk -v sv="$staging_minor" '{print "\t" $1 " => " $1 " " sv}'
    echo ")"
  } >"$mod/go.mod"
  cat >"$mod/tools.go" <<'GO'
//go:build tools

package tools

import (
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
	_ "k8s.io/kubernetes/cmd/kube-controller-manager"
	_ "k8s.io/kubernetes/cmd/kube-scheduler"
	_ "k8s.io/kubernetes/cmd/kubectl"
)
GO
  (cd "$mod" && with_heartbeat "kubernetes module graph" go mod tidy -e >/dev/null 2>&1 || true)
  (cd "$mod" && GOFLAGS="$GOFLAGS -mod=mod" with_heartbeat "kubernetes go.sum" go mod download k8s.io/kubernetes)
  local major="1" date_built
  date_built="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  local ld=""
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ld+=" -X $pkg.gitVersion=$v -X $pkg.gitMajor=$major -X $pkg.gitMinor=${minor%%.*}"
    ld+=" -X $pkg.gitTreeState=clean -X $pkg.buildDate=$date_built -X $pkg.gitCommit=0000000000000000000000000000000000000000"
  done
  for n in "${missing[@]}"; do
    log "kubernetes $v: go build $n"
    (cd "$mod" && GOFLAGS="$GOFLAGS -mod=mod" with_heartbeat "$n" go build -ldflags "-s -w $ld" -o "$bin/$n-$v.tmp" "k8s.io/kubernetes/cmd/$n")
    mv "$bin/$n-$v.tmp" "$bin/$n-$v"
  done
}

build_etcd() {
  local v="$ETCD_VERSION"
  have "etcd-$v" && { log "etcd $v: cached"; return; }
  log "etcd $v: building"
  local mod="$cache/src/etcd-$v"
  mkdir -p "$mod"
  printf 'module testbed/etcd\n\ngo 1.26\n\nrequire go.etcd.io/etcd/server/v3 %s\n' "$v" >"$mod/go.mod"
  printf '//go:build tools\n\npackage tools\n\nimport _ "go.etcd.io/etcd/server/v3"\n' >"$mod/tools.go"
  (cd "$mod" && GOFLAGS="$GOFLAGS -mod=mod" with_heartbeat "etcd" go build -ldflags "-s -w" -o "$bin/etcd-$v.tmp" go.etcd.io/etcd/server/v3)
  mv "$bin/etcd-$v.tmp" "$bin/etcd-$v"
}

build_go_install() { # name module version
  local name="$1" module="$2" v="$3"
  have "$name-$v" && { log "$name $v: cached"; return; }
  log "$name $v: building"
  local gobin="$cache/src/gobin-$name-$v"
  mkdir -p "$gobin"
  GOBIN="$gobin" with_heartbeat "$name" go install -ldflags "-s -w" "$module@$v"
  mv "$gobin/$(basename "$module")" "$bin/$name-$v"
}

build_helm() { # version major
  local v="$1" major="$2"
  have "helm-$v" && { log "helm $v: cached"; return; }
  log "helm $v: building"
  local mod="$cache/src/helm-$v" module="helm.sh/helm/$major"
  mkdir -p "$mod"
  printf 'module testbed/helm\n\ngo 1.26\n\nrequire %s %s\n' "$module" "$v" >"$mod/go.mod"
  printf '//go:build tools\n\npackage tools\n\nimport _ "%s/cmd/helm"\n' "$module" >"$mod/tools.go"
  local ld="-s -w -X $module/internal/version.version=$v -X $module/internal/version.gitTreeState=clean"
  (cd "$mod" && GOFLAGS="$GOFLAGS -mod=mod" with_heartbeat "helm $v" go build -ldflags "$ld" -o "$bin/helm-$v.tmp" "$module/cmd/helm")
  mv "$bin/helm-$v.tmp" "$bin/helm-$v"
}

# Toxiproxy (the testbed's network between the action and the API servers); small, so niced even
# when the rest is not: it is built lazily while other work may be running.
build_toxiproxy() {
  local v="$TOXIPROXY_VERSION" module="github.com/Shopify/toxiproxy/v2"
  have "toxiproxy-server-$v" && { log "toxiproxy $v: cached"; return; }
  log "toxiproxy $v: building"
  local gobin="$cache/src/gobin-toxiproxy-$v"
  mkdir -p "$gobin"
  GOBIN="$gobin" with_heartbeat "toxiproxy" nice -n 10 go install -ldflags "-s -w -X $module.Version=$v" "$module/cmd/server@$v"
  mv "$gobin/server" "$bin/toxiproxy-server-$v"
}
# `build.sh toxiproxy`: only that one (test/testbed/toxiproxy.ts builds it lazily).
if [[ "${1:-}" == "toxiproxy" ]]; then build_toxiproxy; exit 0; fi

build_helm "$HELM_VERSION" v3
build_helm "$HELM4_VERSION" v4
build_go_install kwokctl sigs.k8s.io/kwok/cmd/kwokctl "$KWOK_VERSION"
build_go_install kwok sigs.k8s.io/kwok/cmd/kwok "$KWOK_VERSION"
build_etcd
build_kubernetes
build_toxiproxy
log "all testbed binaries present in $bin"
