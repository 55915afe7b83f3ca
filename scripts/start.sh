#!/usr/bin/env bash
# npm start: build the extension, then open test-fixtures/ in VS Code with it loaded.
#  - desktop VS Code when `code` is on PATH: code --extensionDevelopmentPath=<repo> test-fixtures
#  - otherwise (or with NEWS_START_MODE=code-server) the offline VS Code, code-server 4.100.3
#    (installed into .e2e/code-server on first use, from the npm registry), served on
#    127.0.0.1 only without a password; the URL to open is printed. Ctrl+C stops it.
# env: NEWS_START_PORT (default 0 = any free port), NEWS_START_FOLDER (default test-fixtures)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
FOLDER=$(cd "${NEWS_START_FOLDER:-$ROOT/test-fixtures}" && pwd)

echo "[start] building the extension"
npm run --silent build

if [ "${NEWS_START_MODE:-}" != code-server ] && command -v code >/dev/null 2>&1; then
  echo "[start] opening $FOLDER in VS Code (Extension Development Host)"
  exec code --new-window --extensionDevelopmentPath="$ROOT" "$FOLDER"
fi

CS_DIR="$ROOT/.e2e/code-server"
bash e2e/install-code-server.sh --no-browser "$CS_DIR"
STATE="$ROOT/.e2e/start"
mkdir -p "$STATE/user-data/Machine" "$STATE/extensions"
# code-server saves edits automatically by default (web default): keep the fixtures untouched
# unless the user saves explicitly.
[ -f "$STATE/user-data/Machine/settings.json" ] || cat > "$STATE/user-data/Machine/settings.json" <<'JSON'
{
  "files.autoSave": "off",
  "workbench.startupEditor": "none",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off"
}
JSON
printf 'auth: none\n' > "$STATE/config.yaml"
# The extension is loaded through a symlink: code-server lives under the repo, and a development
# folder that contains VS Code's built-in extensions would hide them (no default theme).
ln -sfn "$ROOT" "$STATE/extension"
LOG="$STATE/code-server.log"
: > "$LOG"

# own session/process group, so Ctrl+C can stop the server, extension host and language server
setsid env EXTENSIONS_GALLERY='{}' node "$CS_DIR/node_modules/code-server/out/node/entry.js" \
  --config "$STATE/config.yaml" --user-data-dir "$STATE/user-data" --extensions-dir "$STATE/extensions" \
  --auth none --bind-addr "127.0.0.1:${NEWS_START_PORT:-0}" \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  "$FOLDER" >>"$LOG" 2>&1 &
PID=$!

stopping=0
stop() {
  [ "$stopping" = 1 ] && return
  stopping=1
  echo
  echo "[start] stopping code-server"
  kill -TERM -- "-$PID" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$PID" 2>/dev/null || true
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT

# wait (up to 30 s) for the URL in the log
BASE=
for _ in $(seq 1 300); do
  BASE=$(grep -o 'HTTP server listening on http://127\.0\.0\.1:[0-9]*' "$LOG" | head -1 | sed 's/.* on //') || true
  [ -n "$BASE" ] && break
  kill -0 "$PID" 2>/dev/null || { echo "[start] code-server exited:"; tail -20 "$LOG"; exit 1; }
  sleep 0.1
done
[ -n "$BASE" ] || { echo "[start] code-server did not start within 30 s; log: $LOG"; tail -20 "$LOG"; exit 1; }

URL=$(node -e '
  const [base, folder, ext] = process.argv.slice(1);
  const authority = new URL(base).host;
  const payload = [["extensionDevelopmentPath", `vscode-remote://${authority}${ext}`], ["skipWelcome", "true"]];
  const q = new URLSearchParams({ folder, payload: JSON.stringify(payload) });
  console.log(`${base}/?${q}`);' "$BASE" "$FOLDER" "$STATE/extension")

cat <<MSG

  VS Code (code-server, offline) with News Article Tools is running on the loopback interface,
  no password. Open this URL in a browser on this machine (use it as is: it loads the extension):

    $URL

  Log: ${LOG#$ROOT/}     Stop: Ctrl+C

MSG
echo "$URL" > "$STATE/url"
wait "$PID" || true
