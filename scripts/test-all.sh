#!/usr/bin/env bash
# Runs every suite: type check, unit, protocol, then the editor suites (VS Code offline host, packaged VSIX, Neovim).
# Each suite ends with "<suite>: N passed, N failed"; the last line adds them up. Exit status 1 if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
step() { # name, command...
  local name=$1; shift
  echo "=== $name"
  "$@" 2>&1 | tee -a "$log"
  local rc=${PIPESTATUS[0]}
  if [ "$rc" -ne 0 ]; then echo "!!! $name failed (exit $rc)"; status=1; fi
}
step build node scripts/build.mjs --tests
step typecheck bash -c 'npx --no-install tsc -p . --noEmit && echo "typecheck: 1 passed, 0 failed" || { echo "typecheck: 0 passed, 1 failed"; exit 1; }'
step unit node scripts/run-mocha.mjs unit out/test/unit
step protocol node scripts/run-mocha.mjs protocol out/test/protocol --timeout 20000
if [ "${NEWS_SKIP_E2E:-}" = 1 ]; then
  echo "=== editor suites skipped (NEWS_SKIP_E2E=1)"
elif [ -f e2e/test-e2e.sh ]; then
  step e2e bash e2e/test-e2e.sh
fi
read -r passed failed < <(grep -E '^[A-Za-z0-9_-]+: [0-9]+ passed, [0-9]+ failed' "$log" | grep -v '^all:' \
  | sed -E 's/^[^:]+: ([0-9]+) passed, ([0-9]+) failed.*/\1 \2/' | awk '{p+=$1; f+=$2} END {print p+0, f+0}')
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "all: $passed passed, $failed failed"
exit $status
