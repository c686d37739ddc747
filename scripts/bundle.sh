#!/usr/bin/env bash
# Builds the action's bundle into the directory given (dist/ for `npm run build`; test/run-all.sh
# builds a fresh copy the same way and compares). esbuild bundles src/main.ts as ES modules split
# by dynamic import, so each step loads only the code it reaches: summary and setup-tools never load
# the Kubernetes client, and the client's unused API classes are left out (tree shaking). The banner
# gives the bundled CommonJS dependencies a `require` for Node's built-in modules. --keep-names keeps
# function and class names in stack traces and error names. licenses.txt lists every bundled package.
set -euo pipefail
out="${1:?usage: scripts/bundle.sh <output directory>}"
cd "$(dirname "$0")/.."
meta="$(mktemp)"
trap 'rm -f "$meta"' EXIT
mkdir -p "$out"
npx esbuild src/main.ts --bundle --splitting --format=esm --platform=node --target=es2022 \
  --minify --keep-names --outdir="$out" --entry-names=index --chunk-names='[name]-[hash]' \
  --banner:js="import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" \
  --metafile="$meta" --log-level=error
npx tsx scripts/licenses.ts "$meta" "$out/licenses.txt"
printf '{\n  "type": "module"\n}\n' > "$out/package.json"
