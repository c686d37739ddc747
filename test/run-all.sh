#!/usr/bin/env bash
# The whole test run (npm test): lint, type check, dist reproducibility, unit and integration tests.
# Integration tests start the local clusters they need (test/integration/global-setup.ts).
set -euo pipefail
cd "$(dirname "$0")/.."

section() { printf '\n==> %s\n' "$*"; }

section "lint"
npm run --silent lint

section "type check"
npm run --silent typecheck

section "dist/ is what a fresh build produces"
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
bash scripts/bundle.sh "$fresh"
if ! diff -r dist "$fresh" >/dev/null; then
  diff -rq dist "$fresh" || true
  echo "dist/ is stale: run 'npm run build' and commit dist/." >&2
  exit 1
fi
echo "dist/ matches a fresh build"

section "unit and integration tests"
# The unit suite again under the newest Node major a runner may put on PATH, beside the main run and
# niced: it takes the CPU the integration files leave idle while they wait on istiod and the network
# (62 s when it ran after the main run). dist/ itself runs every step under 20, 22 and 24 in
# test/integration/dist. (Node 22 sits between the two majors the whole unit suite runs on; repeating
# it there cost 80 s of a CI that has 90 minutes.)
newest_node=24
beside_log="$fresh/unit-node-$newest_node.log"
UNIT_TEST_TIMEOUT_MS=180000 nice -n 10 bash test/on-node.sh "$newest_node" --project unit test/unit/ \
  >"$beside_log" 2>&1 &
beside_pid=$!
report="$fresh/vitest.json"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
if [[ -f "$report" ]]; then
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const skipped = r.numPendingTests + r.numTodoTests;
    console.log(`\nvitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
  ' "$report"
  cp "$report" "$fresh/vitest-main.json"
fi

section "unit tests on Node $newest_node (run beside the main run)"
wait "$beside_pid" || status=1
cat "$beside_log"
# A fast integration file (the action run against the testbed, refusing a hostile release name before
# helm runs) on that Node too; after the main run, which holds the testbed.
section "a fast integration file on Node $newest_node"
bash test/on-node.sh "$newest_node" --project integration test/integration/security/helm-arguments.test.ts ||
  status=1
# CI shows only the tail of the log: name the failed tests of the main run last.
if [[ -f "$fresh/vitest-main.json" ]]; then
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    // An assertion message may hold a whole action log: its error lines and the expectation tell more.
    const telling = (lines) => {
      const picked = lines.filter((l) => /::error::|Error\b|expected|✗|×/.test(l)).slice(0, 8);
      return picked.length > 0 ? picked : lines.slice(0, 4);
    };
    const failed = r.testResults.flatMap((file) => {
      const tests = file.assertionResults.filter((t) => t.status === "failed").map((t) => `  ${t.fullName}\n    ${telling((t.failureMessages[0] || "").split("\n")).join("\n    ")}`);
      return file.status === "failed" ? [file.name.replace(process.cwd() + "/", ""), ...(tests.length ? tests : [`  ${(file.message || "").split("\n")[0]}`])] : [];
    });
    console.log(`\n==> main run: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.testResults.filter((f) => f.status === "failed").length} failed file(s)`);
    for (const line of failed) console.log(line);
  ' "$fresh/vitest-main.json"
fi
exit "$status"
