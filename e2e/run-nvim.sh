#!/usr/bin/env bash
# Second editor: Debian's Neovim (0.7.2, built-in LSP client, headless) against the bundled
# language server (node server/out/server.js --stdio): hover, document symbols, diagnostics.
#   bash e2e/run-nvim.sh        closing line: "nvim: N passed, N failed"
# env: NEWS_E2E_SKIP_BUILD=1 (do not build first), NVIM=/path/to/nvim,
#      NEWS_NVIM_SERVER=/path/to/server.js (default: server/out/server.js of this repo)
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
NVIM=${NVIM:-nvim}
finish() { echo "nvim: $1 passed, $2 failed"; exit $(( $2 > 0 ? 1 : 0 )); }

if ! command -v "$NVIM" >/dev/null 2>&1; then
  echo "[nvim] installing neovim (apt)"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq neovim >/dev/null; } \
    || { echo "[nvim] could not install neovim"; finish 0 1; }
fi
echo "[nvim] $("$NVIM" --version | head -1)"
if [ "${NEWS_E2E_SKIP_BUILD:-}" != 1 ]; then
  node scripts/build.mjs --quiet || { echo "[nvim] build failed"; finish 0 1; }
fi
SERVER=${NEWS_NVIM_SERVER:-$ROOT/server/out/server.js}
[ -f "$SERVER" ] || { echo "[nvim] $SERVER missing (npm run build)"; finish 0 1; }

SEEDS=$(mktemp -d "${TMPDIR:-/tmp}/news-e2e-nvim-XXXXXX")
trap 'rm -rf "$SEEDS"' EXIT
cp -r test-fixtures/. "$SEEDS/"
OUT="$SEEDS/.nvim-output"
start=$(date +%s%N)
# `timeout`: a Lua error inside -c could otherwise leave headless nvim waiting forever
NEWS_SERVER="$SERVER" NEWS_SEEDS="$SEEDS" HOME="$SEEDS" XDG_STATE_HOME="$SEEDS/.state" \
  timeout -k 5 60 "$NVIM" --headless -u NONE -i NONE -n -c "luafile $ROOT/e2e/nvim/lsp-check.lua" </dev/null >"$OUT" 2>"$OUT.err"
rc=$?
cat "$OUT"
passed=$(grep -c '^PASS ' "$OUT")
failed=$(grep -c '^FAIL ' "$OUT")
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "[nvim] nvim exited with $rc without reporting a failure; stderr:"; tail -20 "$OUT.err"
  failed=1
fi
echo "[nvim] $(( ($(date +%s%N) - start) / 1000000 )) ms"
finish "$passed" "$failed"
