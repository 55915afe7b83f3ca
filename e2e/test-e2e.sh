#!/usr/bin/env bash
# All editor-level tests, one after the other (CI has 2 cores):
#   e2e-api   the in-host mocha suite inside VS Code's extension host (code-server, offline)
#   e2e-ui    Playwright UI checks + screenshots, extension loaded from the repo
#   e2e-vsix  the same UI checks against the packaged .vsix installed with --install-extension
#   nvim      Neovim 0.7.2's built-in LSP client against server/out/server.js --stdio
# Each suite prints its closing line "<suite>: N passed, N failed". Exit status: 0 only if all pass.
# Installs what is missing first (code-server into .e2e/code-server, Debian chromium, neovim).
# env: E2E_SUITES="api ui vsix nvim" (subset to run), E2E_FORCE_PACKAGE=1 (always rebuild the .vsix)
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SUITES=${E2E_SUITES:-api ui vsix nvim}
wants() { [[ " $SUITES " == *" $1 "* ]]; }
start=$SECONDS
failed=()

if wants api || wants ui || wants vsix; then
  bash e2e/install-code-server.sh || { echo "[e2e] installing code-server/chromium failed"; exit 1; }
fi
echo "[e2e] building (extension + e2e/suite)"
node scripts/build.mjs --tests --quiet || { echo "[e2e] build failed"; exit 1; }
export NEWS_E2E_SKIP_BUILD=1

run_suite() {
  local name=$1; shift
  local t=$SECONDS
  echo
  echo "[e2e] ---- $name: $*"
  "$@" || failed+=("$name")
  echo "[e2e] ---- $name took $((SECONDS - t))s"
}

# The .vsix is rebuilt when missing or older than anything that goes into it.
package_if_stale() {
  local vsix=news-article-tools.vsix
  if [ "${E2E_FORCE_PACKAGE:-}" = 1 ] || [ ! -f "$vsix" ] || \
     [ -n "$(find package.json README.md LICENSE .vscodeignore client/src server/src server/data syntaxes scripts/build.mjs \
               -newer "$vsix" -print -quit 2>/dev/null)" ]; then
    echo "[e2e] npm run package"
    npm run --silent package >/dev/null || { echo "[e2e] npm run package failed"; return 1; }
  else
    echo "[e2e] $vsix is up to date"
  fi
}

wants api && run_suite e2e-api node e2e/run-api-tests.js
wants ui && run_suite e2e-ui node e2e/ui-check.js
if wants vsix; then
  if package_if_stale; then
    run_suite e2e-vsix node e2e/ui-check.js --vsix "$ROOT/news-article-tools.vsix"
  else
    echo "e2e-vsix: 0 passed, 1 failed"; failed+=(e2e-vsix)
  fi
fi
wants nvim && run_suite nvim bash e2e/run-nvim.sh

echo
if [ ${#failed[@]} -eq 0 ]; then
  echo "[e2e] all suites passed ($SUITES) in $((SECONDS - start))s"
else
  echo "[e2e] FAILED: ${failed[*]} ($((SECONDS - start))s)"
  exit 1
fi
