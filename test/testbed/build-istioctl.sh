#!/usr/bin/env bash
# OPTIONAL: builds istioctl from the Go module proxy into the testbed binary cache
# (`build.sh --print-dir`), named istioctl-<module version>, for the kube-inject integration test
# (test/integration/security/inject.test.ts), which needs it.
#
# Istio tags its releases "1.28.0" (no leading "v"), which Go does not treat as module versions:
# the proxy serves only pseudo-versions of istio.io/istio (`go list -m -versions` prints none; on
# 2026-11-26 it listed three master commits, the newest v0.0.0-20260827124520-eed52ebb66ad, whose
# istio.io/api is v1.31.0-rc, i.e. Istio 1.31 in development). That commit is pinned here; set
# ISTIOCTL_MODULE_VERSION to another pseudo-version, or to "latest".
#
# The build is heavy (roughly 1,200 packages): on a 2-core machine run it niced, single-threaded,
# in the background, e.g.
#   nohup nice -n 19 env GOMAXPROCS=1 bash test/testbed/build-istioctl.sh >/tmp/istioctl-build.log 2>&1 &
# Prints the binary's path on its last line. Usage: build-istioctl.sh [--print-path]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="$(bash "$here/build.sh" --print-dir)"
cache="$(dirname "$bin")"
module="istio.io/istio"
query="${ISTIOCTL_MODULE_VERSION:-v0.0.0-20260827124520-eed52ebb66ad}"

started=$(date +%s)
log() { printf '[istioctl-build %4ss] %s\n' "$(( $(date +%s) - started ))" "$*" >&2; }

# A query such as "latest" becomes the concrete pseudo-version, so the file name pins what was built.
resolve_version() {
  if [[ "$query" =~ ^v[0-9]+\.[0-9]+\.[0-9]+ ]]; then echo "$query"; return; fi
  go list -m -json "$module@$query" | sed -n 's/^[[:space:]]*"Version": "\(.*\)",*$/\1/p' | head -n1
}

version="$(resolve_version)"
[[ -n "$version" ]] || { log "could not resolve $module@$query on the Go module proxy"; exit 1; }
target="$bin/istioctl-$version"

if [[ "${1:-}" == "--print-path" ]]; then echo "$target"; exit 0; fi
if [[ -x "$target" ]]; then log "istioctl $version: cached"; echo "$target"; exit 0; fi

# Scratch module: istio.io/istio's go.mod has no replace directives today, but a scratch module keeps
# working if it gains some (they are ignored for dependencies) and lets us pass -o.
mod="$cache/src/istioctl-$version"
mkdir -p "$mod"
printf 'module testbed/istioctl\n\ngo 1.26\n\nrequire %s %s\n' "$module" "$version" >"$mod/go.mod"
printf '//go:build tools\n\npackage tools\n\nimport _ "%s/istioctl/cmd/istioctl"\n' "$module" >"$mod/tools.go"

export CGO_ENABLED=0 GOFLAGS="-trimpath -buildvcs=false -mod=mod"
( while sleep 60; do log "  ... still building istioctl $version"; done ) &
beat=$!
trap 'kill "$beat" 2>/dev/null || true' EXIT

log "istioctl $version: resolving dependencies"
(cd "$mod" && go mod tidy >/dev/null 2>&1 || go mod download "$module")
log "istioctl $version: go build (GOMAXPROCS=${GOMAXPROCS:-unset})"
ld="-s -w -X istio.io/istio/pkg/version.buildVersion=$version -X istio.io/istio/pkg/version.buildStatus=Clean"
(cd "$mod" && go build -p "${GOMAXPROCS:-2}" -ldflags "$ld" -o "$target.tmp" "$module/istioctl/cmd/istioctl")
mv "$target.tmp" "$target"
log "istioctl $version: built"
echo "$target"
