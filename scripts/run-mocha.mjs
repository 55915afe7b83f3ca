#!/usr/bin/env node
// Runs the mocha test files under a folder and ends with a plain closing line
// "<label>: N passed, N failed[, N skipped]" (what CI reads).
//   node scripts/run-mocha.mjs LABEL DIR [--timeout MS]
import Mocha from 'mocha';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [label, dir, ...rest] = process.argv.slice(2);
const timeout = rest[0] === '--timeout' ? Number(rest[1]) : 2000;
const walk = (d) => readdirSync(d).flatMap((n) => {
  const p = join(d, n);
  return statSync(p).isDirectory() ? walk(p) : p.endsWith('.test.js') ? [resolve(p)] : [];
});
const files = existsSync(dir) ? walk(dir).sort() : [];
if (!files.length) {
  console.error(`${label}: no test files under ${dir} (run the build with --tests first)`);
  console.log(`${label}: 0 passed, 1 failed`);
  process.exit(1);
}
const mocha = new Mocha({ reporter: 'spec', timeout });
for (const f of files) mocha.addFile(f);
const runner = mocha.run();
runner.on('end', () => {
  const s = runner.stats;
  console.log(`${label}: ${s.passes} passed, ${s.failures} failed${s.pending ? `, ${s.pending} skipped` : ''}`);
  process.exitCode = s.failures > 0 || s.passes === 0 ? 1 : 0;
});
