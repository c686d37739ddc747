#!/usr/bin/env bash
# Builds the real Istio binaries the tests need from the istio.io/istio Go module into the testbed
# binary cache (`build.sh --print-dir`): istioctl-<module version> (manual injection, create-remote-secret)
# and pilot-discovery-<module version> (a real istiod, run out of cluster by `testbed istiod`).
# Both come from one scratch module, so the second build reuses the first one's build cache
# (pilot-discovery after istioctl: about 3 minutes on 2 cores). Only missing binaries are built.
#
# Istio tags its releases "1.28.0" (no leading "v"), which Go does not treat as module versions:
# the proxy serves only pseudo-versions of istio.io/istio. v0.0.0-20260827124520-eed52ebb66ad
# (istio.io/api v1.31.0-rc, i.e. Istio 1.31 in development) is pinned in versions.env; set
# ISTIO_MODULE_VERSION to another pseudo-version, or to "latest".
#
# Usage: build-istio.sh [--print-path istioctl|pilot-discovery] [--print-module-dir] [istioctl|pilot-discovery ...]
# With no binary named, builds both. Prints each binary's path.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=versions.env
source "$here/versions.env"
bin="$(bash "$here/build.sh" --print-dir)"
cache="$(dirname "$bin")"
module="istio.io/istio"
query="${ISTIO_MODULE_VERSION:-${ISTIOCTL_MODULE_VERSION:-$ISTIO_MODULE_PIN}}"

started=$(date +%s)
log() { printf '[istio-build %4ss] %s\n' "$(( $(date +%s) - started ))" "$*" >&2; }

# A query such as "latest" becomes the concrete pseudo-version, so the file name pins what was built.
resolve_version() {
  if [[ "$query" =~ ^v[0-9]+\.[0-9]+\.[0-9]+ ]]; then echo "$query"; return; fi
  go list -m -json "$module@$query" | sed -n 's/^[[:space:]]*"Version": "\(.*\)",*$/\1/p' | head -n1
}

version="$(resolve_version)"
[[ -n "$version" ]] || { log "could not resolve $module@$query on the Go module proxy"; exit 1; }

case "${1:-}" in
  --print-path) echo "$bin/${2:?binary name}-$version"; exit 0 ;;
  --print-module-dir)
    # The module in the Go module cache (downloaded when missing): its manifests/charts are the real charts.
    dir="$(GOFLAGS=-mod=mod go mod download -json "$module@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",*$/\1/p')"
    [[ -d "$dir/manifests/charts" ]] || { log "no manifests/charts in $module@$version ($dir)"; exit 1; }
    echo "$dir"; exit 0 ;;
esac

wanted=("$@")
[[ ${#wanted[@]} -gt 0 ]] || wanted=(istioctl pilot-discovery)
declare -A package=([istioctl]="istioctl/cmd/istioctl" [pilot-discovery]="pilot/cmd/pilot-discovery")

mod="$cache/src/istio-$version"
export CGO_ENABLED=0 GOFLAGS="-trimpath -buildvcs=false -mod=mod"
( while sleep 60; do log "  ... still building ($version)"; done ) &
beat=$!
trap 'kill "$beat" 2>/dev/null || true' EXIT

for name in "${wanted[@]}"; do
  pkg="${package[$name]:-}"
  [[ -n "$pkg" ]] || { log "unknown binary $name (istioctl or pilot-discovery)"; exit 2; }
  target="$bin/$name-$version"
  if [[ -x "$target" ]]; then log "$name $version: cached"; echo "$target"; continue; fi
  if [[ ! -f "$mod/go.mod" ]]; then
    mkdir -p "$mod"
    printf 'module testbed/istio\n\ngo 1.26\n\nrequire %s %s\n' "$module" "$version" >"$mod/go.mod"
    printf '//go:build tools\n\npackage tools\n\nimport (\n\t_ "%s/istioctl/cmd/istioctl"\n\t_ "%s/pilot/cmd/pilot-discovery"\n)\n' "$module" "$module" >"$mod/tools.go"
    log "resolving dependencies of $module $version"
    (cd "$mod" && go mod tidy >/dev/null 2>&1 || go mod download "$module")
  fi
  log "$name $version: go build (GOMAXPROCS=${GOMAXPROCS:-unset})"
  ld="-s -w -X istio.io/istio/pkg/version.buildVersion=$version -X istio.io/istio/pkg/version.buildStatus=Clean"
  (cd "$mod" && go build -p "${GOMAXPROCS:-2}" -ldflags "$ld" -o "$target.tmp" "$module/$pkg")
  mv "$target.tmp" "$target"
  log "$name $version: built"
  echo "$target"
done
