// Shared pieces of the offline e2e harness: a temp copy of test-fixtures/, a code-server
// (real VS Code 1.100 served to a browser) on a free loopback port, headless Debian Chromium
// via playwright-core, and the workbench URL with a `payload` (how VS Code's web workbench
// receives extensionDevelopmentPath / extensionTestsPath).
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const CS_DIR = process.env.CODE_SERVER_DIR || path.join(ROOT, '.e2e', 'code-server');
const CS_ENTRY = path.join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LOG_DIR = path.join(ROOT, '.e2e', 'logs');
const SCREENSHOT_DIR = path.join(ROOT, 'e2e', 'screenshots');

function log(prefix, msg) {
  process.stdout.write(`[${prefix}] ${msg}\n`);
}

/** Runs a command synchronously with inherited output; throws when it fails. */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function ensureCodeServer() {
  if (!fs.existsSync(CS_ENTRY)) run('bash', [path.join(ROOT, 'e2e', 'install-code-server.sh'), CS_DIR]);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
}

/** Builds the extension (and, with tests, e2e/suite -> e2e/out) unless NEWS_E2E_SKIP_BUILD=1. */
function ensureBuilt({ tests = false, extension = true } = {}) {
  if (process.env.NEWS_E2E_SKIP_BUILD !== '1') run(process.execPath, ['scripts/build.mjs', '--quiet', ...(tests ? ['--tests'] : [])]);
  const need = [...(extension ? ['client/out/extension.js', 'server/out/server.js'] : []), ...(tests ? ['e2e/out/index.js'] : [])];
  const missing = need.filter((f) => !fs.existsSync(path.join(ROOT, f)));
  if (missing.length) throw new Error(`build output missing: ${missing.join(', ')} (run npm run build)`);
}

/**
 * A fresh temp dir with a copy of test-fixtures/ (including .vscode/settings.json) in ws/, so a
 * run never touches the committed fixtures. NEWS_E2E_FIXTURES replaces test-fixtures/ (scratch runs).
 */
function makeRunDir(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `news-e2e-${name}-`));
  const ws = path.join(dir, 'ws');
  fs.cpSync(path.resolve(process.env.NEWS_E2E_FIXTURES || path.join(ROOT, 'test-fixtures')), ws, { recursive: true });
  // Quiet, deterministic editor settings. Desktop VS Code reads them from the user settings;
  // code-server keeps user settings in the browser, so they also go into the copy's
  // workspace settings (the fixture's own settings, e.g. newsArticle.files, win).
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.colorTheme': 'Default Dark Modern',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'files.autoSave': 'off', // the strip test edits a seed in memory only
    'git.enabled': false,
    'outline.collapseItems': 'alwaysExpand',
    'chat.commandCenter.enabled': false,
    'window.commandCenter': false,
    'workbench.layoutControl.enabled': false,
    'editor.minimap.enabled': false,
  };
  const user = path.join(dir, 'ud', 'User');
  fs.mkdirSync(user, { recursive: true });
  fs.mkdirSync(path.join(dir, 'ext'), { recursive: true });
  fs.writeFileSync(path.join(user, 'settings.json'), JSON.stringify(settings, null, 2));
  const wsSettings = path.join(ws, '.vscode', 'settings.json');
  let own = {};
  try { own = JSON.parse(fs.readFileSync(wsSettings, 'utf8')); } catch { /* none, or JSON with comments: keep ours only */ }
  fs.mkdirSync(path.dirname(wsSettings), { recursive: true });
  if (!fs.existsSync(wsSettings) || Object.keys(own).length) {
    fs.writeFileSync(wsSettings, JSON.stringify({ ...settings, ...own }, null, 2));
  }
  fs.writeFileSync(path.join(dir, 'config.yaml'), 'auth: none\n');
  return { dir, ws, userDataDir: path.join(dir, 'ud'), extensionsDir: path.join(dir, 'ext') };
}

function removeRunDir(run) {
  if (process.env.NEWS_E2E_KEEP_TMP === '1') return;
  try { fs.rmSync(run.dir, { recursive: true, force: true }); } catch { /* best effort */ }
}

function codeServerArgs(run, extra = []) {
  return [
    CS_ENTRY,
    '--config', path.join(run.dir, 'config.yaml'),
    '--user-data-dir', run.userDataDir,
    '--extensions-dir', run.extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...extra,
  ];
}

/** Installs a .vsix into the run's extensions dir with code-server's CLI. */
function installVsix(run, vsix) {
  const r = spawnSync(process.execPath, [...codeServerArgs(run), '--install-extension', vsix], {
    encoding: 'utf8', env: { ...process.env, EXTENSIONS_GALLERY: '{}' }, timeout: 60000,
  });
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${out}`);
  }
  const dirs = fs.readdirSync(run.extensionsDir).filter((n) => !n.startsWith('.') && n !== 'extensions.json');
  return { output: out.trim(), dirs };
}

/**
 * Starts code-server on 127.0.0.1 (free port, no auth) in its own process group.
 * Resolves with { base, stop() } once it logs its URL. Server output goes to logFile.
 */
function startCodeServer(run, { env = {}, logFile, timeoutMs = 30000 } = {}) {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.createWriteStream(logFile);
  const child = spawn(process.execPath, [...codeServerArgs(run, ['--auth', 'none', '--bind-addr', '127.0.0.1:0']), run.ws], {
    cwd: run.dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, EXTENSIONS_GALLERY: '{}', ...env },
  });
  let exited = false;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => { exited = true; resolve({ code, signal }); }));

  const stop = async () => {
    if (exited) { out.end(); return; }
    const signalGroup = (sig) => { try { process.kill(-child.pid, sig); } catch { /* already gone */ } };
    signalGroup('SIGTERM');
    const timer = setTimeout(() => signalGroup('SIGKILL'), 1500);
    await exitPromise;
    clearTimeout(timer);
    signalGroup('SIGKILL'); // the extension host / language server share the group
    out.end();
  };

  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => {
      stop().then(() => reject(new Error(`code-server did not report its URL within ${timeoutMs / 1000}s; see ${logFile}`)));
    }, timeoutMs);
    const onData = (chunk) => {
      out.write(chunk);
      buffer += chunk.toString();
      const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+))\/?/.exec(buffer);
      if (m && timer) {
        clearTimeout(timer);
        buffer = '';
        resolve({ base: m[1], authority: `127.0.0.1:${m[2]}`, stop, child, exited: () => exited });
      }
      if (buffer.length > 100000) buffer = buffer.slice(-2000);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exitPromise.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited early (code ${code}, signal ${signal}); see ${logFile}`));
    });
  });
}

/**
 * The path to give VS Code as extensionDevelopmentPath. code-server lives in <repo>/.e2e, so the
 * repo folder is an ancestor of VS Code's built-in extensions; VS Code then drops those built-ins
 * as if they were under development (no default themes: the workbench falls back to Light+).
 * A symlink outside the repo keeps the two apart.
 */
function devExtensionPath(run, extensionPath) {
  const link = path.join(run.dir, 'extension');
  if (!fs.existsSync(link)) fs.symlinkSync(path.resolve(extensionPath), link, 'dir');
  return link;
}

/** A `vscode-remote://` URI for a path on the server (what the payload values must be). */
function remoteUri(server, p) {
  return `vscode-remote://${server.authority}${path.resolve(p).split(path.sep).map(encodeURIComponent).join('/')}`;
}

function workbenchUrl(server, folder, payload) {
  const q = new URLSearchParams({ folder });
  if (payload && payload.length) q.set('payload', JSON.stringify(payload));
  return `${server.base}/?${q.toString()}`;
}

async function launchBrowser() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
}

/** Rejects after ms with a readable message (the promise itself is not cancelled). */
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`Timed out after ${ms / 1000}s: ${what}`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch { return '(no log)'; }
}

module.exports = {
  ROOT, CS_DIR, CS_ENTRY, CHROMIUM, LOG_DIR, SCREENSHOT_DIR,
  log, run, ensureCodeServer, ensureBuilt, makeRunDir, removeRunDir, installVsix,
  startCodeServer, devExtensionPath, remoteUri, workbenchUrl, launchBrowser, withTimeout, tail,
};
