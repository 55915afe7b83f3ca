#!/usr/bin/env node
// Runs the in-host mocha suite (e2e/suite -> e2e/out) inside VS Code's extension host,
// offline: code-server serves VS Code, headless Chromium opens the workbench with a
// `payload` carrying extensionDevelopmentPath + extensionTestsPath, and the workbench
// reports the result through window.codeAutomationExit(code).
//
//   node e2e/run-api-tests.js            closing line: "e2e-api: N passed, N failed"
// env: NEWS_E2E_EXTENSION_PATH  extension folder to load (default: the repo)
//      NEWS_E2E_GREP            only tests whose title matches
//      NEWS_E2E_TIMEOUT_MS      overall limit (default 180000)
//      NEWS_E2E_SKIP_BUILD=1    do not run scripts/build.mjs --tests first
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const h = require('./lib/harness');

const LABEL = 'e2e-api';
const TOTAL_TIMEOUT = Number(process.env.NEWS_E2E_TIMEOUT_MS || 180000);

async function main() {
  const t0 = Date.now();
  const since = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
  h.ensureCodeServer();
  const extensionPath = path.resolve(process.env.NEWS_E2E_EXTENSION_PATH || h.ROOT);
  h.ensureBuilt({ tests: true, extension: extensionPath === h.ROOT });
  const testsPath = path.join(h.ROOT, 'e2e', 'out', 'index.js');
  const run = h.makeRunDir('api');
  const resultFile = path.join(run.dir, 'result.json');
  const logFile = path.join(h.LOG_DIR, 'api-server.log');
  const env = { NEWS_E2E_RESULT: resultFile };
  if (process.env.NEWS_E2E_GREP) env.NEWS_E2E_GREP = process.env.NEWS_E2E_GREP;

  let server;
  let browser;
  let exitCode = 1;
  let reason = '';
  try {
    server = await h.startCodeServer(run, { env, logFile });
    h.log(LABEL, `code-server at ${server.base} (${since()}); workspace ${run.ws}`);
    browser = await h.launchBrowser();
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    const finished = new Promise((resolve) => {
      // Both must exist before the workbench loads: it looks them up when tests start/end.
      page.exposeFunction('codeAutomationLog', (level, args) => {
        const line = Array.isArray(args) ? util.format(...args) : String(args);
        process.stdout.write(`${line}\n`);
      });
      page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    const payload = [
      ['extensionDevelopmentPath', h.remoteUri(server, h.devExtensionPath(run, extensionPath))],
      ['extensionTestsPath', h.remoteUri(server, testsPath)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    await page.goto(h.workbenchUrl(server, run.ws, payload));
    h.log(LABEL, `workbench loading (${since()}); waiting for the suite to report`);
    exitCode = await h.withTimeout(finished, TOTAL_TIMEOUT,
      `the in-host suite never reported back (workbench errors: ${pageErrors.slice(0, 3).join(' | ') || 'none'})`);
    h.log(LABEL, `suite finished with exit code ${exitCode} (${since()})`);
  } catch (err) {
    reason = err && err.message ? err.message : String(err);
    h.log(LABEL, `ERROR: ${reason}`);
    h.log(LABEL, `server log tail (${logFile}):\n${h.tail(logFile)}`);
    exitCode = 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
  }

  let result;
  try { result = JSON.parse(fs.readFileSync(resultFile, 'utf8')); } catch { result = undefined; }
  h.removeRunDir(run);
  let passed = result ? result.passed : 0;
  let failed = result ? result.failed : 0;
  if (exitCode !== 0 && failed === 0) failed = 1; // the run itself failed (no result or host error)
  if (result && result.failures.length) {
    process.stdout.write(`\nFailures:\n${result.failures.map((f, i) => `  ${i + 1}) ${f.title}\n     ${f.message.replace(/\n/g, '\n     ')}`).join('\n')}\n\n`);
  }
  h.log(LABEL, `total ${since()}`);
  process.stdout.write(`${LABEL}: ${passed} passed, ${failed} failed\n`);
  process.exitCode = failed === 0 && exitCode === 0 ? 0 : 1;
}

main().catch((err) => {
  process.stdout.write(`${LABEL}: harness error: ${err && err.stack ? err.stack : err}\n${LABEL}: 0 passed, 1 failed\n`);
  process.exitCode = 1;
});
