#!/usr/bin/env bash
# The contract job of docs/ci.md, exactly as this repository runs it (test/contract/ci-job.test.ts,
# in `npm test`): start the backend under test in the background (here the mock, as a stand-in,
# through its CLI), wait until it answers, verify it with modulex-contract writing JUnit XML and
# the Markdown report, and fail the job on a failing check (modulex-contract's exit code).
set -euo pipefail
PORT="${PORT:-4010}"
OUT="${OUT:-contract-results}"
mkdir -p "$OUT"

npx modulex-mock --port "$PORT" > "$OUT/backend.log" 2>&1 &
BACKEND=$!
# npx runs the bin as a child of its own: stop the whole tree, not just npx.
stop_tree() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do stop_tree "$child"; done
  kill "$1" 2>/dev/null || true
}
trap 'stop_tree "$BACKEND"' EXIT
for _ in $(seq 1 150); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/me" || true)" != "000" ] && break
  sleep 0.2
done

# The demo seed's owner of Acme; against a real backend this comes from the CI's secret store.
export MODULEX_CONTRACT_API_KEY="${MODULEX_CONTRACT_API_KEY:-mx_live_DemoOwnerKey0000000000000000000000000000}"
npx modulex-contract --base-url "http://127.0.0.1:$PORT" --org "${MODULEX_CONTRACT_ORG:-9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60}" \
  --junit "$OUT/junit.xml" --report "$OUT/report.md" --max-duration 10m > "$OUT/report.txt"
