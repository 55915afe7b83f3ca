#!/usr/bin/env node
// Runs the same in-host suite (e2e/suite -> e2e/out) in desktop VS Code with
// @vscode/test-electron 2.5.2 (the last line that runs on Node 20). Needs either a VS Code it
// may download (update.code.visualstudio.com, cached in .vscode-test/) or VSCODE_EXECUTABLE
// pointing at an installed `code` binary. On a Linux machine without a display, run it under
// `xvfb-run -a node e2e/run-desktop.js`. This machine is offline: the code-server runner
// (e2e/run-api-tests.js) is the one used here and in CI.
//
//   node e2e/run-desktop.js        closing line: "e2e-desktop: N passed, N failed"
// env: VSCODE_EXECUTABLE   VS Code binary to use instead of downloading
//      VSCODE_VERSION      version to download (default 1.100.3, the same as the offline host)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const h = require('./lib/harness');

const LABEL = 'e2e-desktop';

async function main() {
  const { runTests } = require('@vscode/test-electron');
  h.ensureBuilt({ tests: true });
  const run = h.makeRunDir('desktop');
  const resultFile = path.join(run.dir, 'result.json');
  let exitCode = 0;
  try {
    exitCode = await runTests({
      ...(process.env.VSCODE_EXECUTABLE
        ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE }
        : { version: process.env.VSCODE_VERSION || '1.100.3' }),
      extensionDevelopmentPath: h.ROOT,
      extensionTestsPath: path.join(h.ROOT, 'e2e', 'out', 'index.js'),
      extensionTestsEnv: { NEWS_E2E_RESULT: resultFile },
      launchArgs: [
        run.ws, // the copy of test-fixtures/ (with .vscode/settings.json) is the workspace folder
        `--user-data-dir=${run.userDataDir}`,
        `--extensions-dir=${run.extensionsDir}`,
        '--disable-extensions', // other installed extensions; the one under development still loads
        '--disable-telemetry',
      ],
    });
  } catch (err) {
    process.stdout.write(`[${LABEL}] ${err && err.message ? err.message : err}\n`);
    exitCode = typeof err.code === 'number' ? err.code : 1;
  }
  let result;
  try { result = JSON.parse(fs.readFileSync(resultFile, 'utf8')); } catch { result = undefined; }
  h.removeRunDir(run);
  const passed = result ? result.passed : 0;
  let failed = result ? result.failed : 0;
  if (!result) process.stdout.write(`[${LABEL}] the suite wrote no result (VS Code exit code ${exitCode}): it did not run\n`);
  if (!result || (exitCode !== 0 && failed === 0)) failed = Math.max(failed, 1);
  process.stdout.write(`${LABEL}: ${passed} passed, ${failed} failed\n`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((err) => {
  process.stdout.write(`${LABEL}: harness error: ${err && err.stack ? err.stack : err}\n${LABEL}: 0 passed, 1 failed\n`);
  process.exitCode = 1;
});
