// Entry point that VS Code's extension host calls (`extensionTestsPath`): runs every
// *.test.js bundled next to this file with mocha and reports the outcome.
// - resolves when all tests pass, rejects otherwise (the host turns that into the exit code);
// - if NEWS_E2E_RESULT names a file, writes { passed, failed, pending, failures } there so a
//   runner that only sees the exit code can still print "N passed, N failed".
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface SuiteResult {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; message: string }[];
}

function writeResult(result: SuiteResult): void {
  const file = process.env.NEWS_E2E_RESULT;
  if (file) fs.writeFileSync(file, JSON.stringify(result, null, 2));
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.NEWS_E2E_TEST_TIMEOUT ?? 30000),
    grep: process.env.NEWS_E2E_GREP || undefined,
  });
  const here = __dirname;
  for (const name of fs.readdirSync(here).sort()) {
    if (name.endsWith('.test.js')) mocha.addFile(path.join(here, name));
  }
  return new Promise<void>((resolve, reject) => {
    const failures: SuiteResult['failures'] = [];
    let passed = 0;
    let pending = 0;
    try {
      const runner = mocha.run((failed) => {
        writeResult({ passed, failed, pending, failures });
        if (failed > 0) reject(new Error(`${failed} e2e test(s) failed`));
        else resolve();
      });
      runner.on('pass', () => { passed += 1; });
      runner.on('pending', () => { pending += 1; });
      runner.on('fail', (test, err: Error) => {
        failures.push({ title: test.fullTitle(), message: String(err && err.message ? err.message : err) });
      });
    } catch (err) {
      writeResult({ passed, failed: 1, pending, failures: [{ title: 'loading the suite', message: String(err) }] });
      reject(err);
    }
  });
}
