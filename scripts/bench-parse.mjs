#!/usr/bin/env node
// Throughput of parseArticle over the BBC news texts (../shared/data/bbc-news): prints MB/s.
//   node scripts/bench-parse.mjs [DIR] [--rounds N]
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const ri = args.indexOf('--rounds');
const dir = args.find((a, i) => !a.startsWith('--') && !(ri >= 0 && i === ri + 1)) ?? '../shared/data/bbc-news';
const rounds = ri >= 0 ? Number(args[ri + 1]) : 3;
const tmp = mkdtempSync(join(tmpdir(), 'bench-'));
const out = join(tmp, 'parse.cjs');
await esbuild.build({ entryPoints: [process.env.PARSE_ENTRY ?? 'server/src/analysis/parseArticle.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning' });
const t0 = performance.now();
const { parseArticle } = createRequire(import.meta.url)(out);
const loadMs = performance.now() - t0;
rmSync(tmp, { recursive: true, force: true });
const files = [];
const walk = (d) => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.txt') && !n.startsWith('DEV')) files.push(p); } };
walk(dir);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const chars = texts.reduce((n, t) => n + t.length, 0);
for (const t of texts.slice(0, 50)) parseArticle(t); // warm-up
// Wall time and CPU time (the machine may be shared; CPU time is the steadier of the two).
let best = Infinity;
let bestCpu = Infinity;
for (let r = 0; r < rounds; r++) {
  const s = performance.now();
  const c = process.cpuUsage();
  for (const t of texts) parseArticle(t);
  best = Math.min(best, performance.now() - s);
  const u = process.cpuUsage(c);
  bestCpu = Math.min(bestCpu, (u.user + u.system) / 1000);
}
const rate = (ms) => (chars / 1e6 / (ms / 1000)).toFixed(2);
console.log(`bundle load ${loadMs.toFixed(1)} ms; ${files.length} files, ${(chars / 1e6).toFixed(2)} M chars; best of ${rounds}: ${best.toFixed(0)} ms wall = ${rate(best)} MB/s, ${bestCpu.toFixed(0)} ms CPU = ${rate(bestCpu)} MB/s`);
