#!/usr/bin/env bash
# Kept for older scripts: builds (or prints, with --print-path) istioctl only. See build-istio.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ "${1:-}" == "--print-path" ]]; then exec bash "$here/build-istio.sh" --print-path istioctl; fi
bash "$here/build-istio.sh" istioctl | tail -n1
