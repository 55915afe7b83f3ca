#!/usr/bin/env bash
# Installs an offline-capable VS Code (code-server, from the npm registry) plus the
# system tools the e2e suites need (Debian chromium, ripgrep, a C++ toolchain for the
# few native modules).  Idempotent: a stamp file marks a finished install.
#
#   bash e2e/install-code-server.sh [--no-browser] [DIR]   (default DIR: <repo>/.e2e/code-server)
#   --no-browser: skip Chromium (npm start needs only the server)
#   CODE_SERVER_VERSION=4.100.3 overrides the version (4.100.x is the last one for Node 20).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BROWSER=1
if [ "${1:-}" = --no-browser ]; then BROWSER=0; shift; fi
DIR=${1:-$ROOT/.e2e/code-server}
VERSION=${CODE_SERVER_VERSION:-4.100.3}
STAMP="$DIR/.installed-$VERSION"

missing=()
[ "$BROWSER" = 0 ] || command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
{ command -v g++ >/dev/null 2>&1 && command -v make >/dev/null 2>&1; } || missing+=(build-essential)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[install] apt-get install ${missing[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f "$STAMP" ] && [ -f "$DIR/node_modules/code-server/out/node/entry.js" ]; then
  echo "[install] code-server $VERSION already installed in $DIR"
  exit 0
fi

start=$SECONDS
mkdir -p "$DIR"
cd "$DIR"
[ -f package.json ] || printf '{ "name": "news-article-e2e-host", "private": true }\n' > package.json
npmi() { npm install --no-audit --no-fund --loglevel=error "$@"; }

# code-server's postinstall fetches ripgrep from GitHub: skip lifecycle scripts and do
# the necessary parts by hand.
echo "[install] npm install code-server@$VERSION (this takes about a minute)"
npmi --ignore-scripts "code-server@$VERSION"
npm rebuild --loglevel=error argon2          # loaded by code-server at start-up

VSC="$DIR/node_modules/code-server/lib/vscode"
echo "[install] VS Code server dependencies"
(cd "$VSC" && npmi --omit=dev --ignore-scripts && npm rebuild --loglevel=error @vscode/spdlog native-watchdog)
mkdir -p "$VSC/node_modules/@vscode/ripgrep/bin"
ln -sf "$(command -v rg)" "$VSC/node_modules/@vscode/ripgrep/bin/rg"
ln -sfn node_modules "$VSC/node_modules.asar"   # the server resolves modules through this name
echo "[install] built-in extensions' dependencies"
(cd "$VSC/extensions" && npmi --omit=dev --ignore-scripts)

rm -f "$DIR"/.installed-*
touch "$STAMP"
echo "[install] code-server $VERSION installed in $DIR in $((SECONDS - start))s"
