#!/usr/bin/env node
// Bundles the extension client, the language server and the news-annotate CLI with esbuild.
//   node scripts/build.mjs [--production] [--tests] [--watch]
// --tests also bundles every test file (server/test/**, e2e/suite/**) into out/test/ for mocha.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
};

function walk(dir, out = []) {
  let names;
  try { names = readdirSync(dir); } catch { return out; }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

function walkAll(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walkAll(p, out); else out.push(p);
  }
  return out;
}

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js' },
];
if (args.has('--bench')) {
  builds.push({ ...common, sourcemap: false, entryPoints: ['server/bench/bench.ts'], outfile: 'out/bench/bench.js', external: ['compromise'] });
  builds.push({ ...common, sourcemap: false, entryPoints: ['server/bench/snapshot.ts'], outfile: 'out/bench/snapshot.js' });
  builds.push({ ...common, sourcemap: false, entryPoints: ['server/bench/stages.ts'], outfile: 'out/bench/stages.js' });
}
if (args.has('--tests')) {
  const tests = walk('server/test');
  if (tests.length) builds.push({ ...common, sourcemap: 'inline', entryPoints: tests, outdir: 'out/test', outbase: 'server/test', external: ['mocha', 'vscode'] });
  const suite = walk('e2e/suite');
  if (suite.length) builds.push({ ...common, sourcemap: 'inline', entryPoints: suite, outdir: 'e2e/out', outbase: 'e2e/suite', external: ['mocha', 'vscode'] });
}

// --if-stale: skip when every bundle is newer than every source (npm runs `prepare` again when npx links the package).
if (args.has('--if-stale')) {
  const sources = ['client/src', 'server/src', 'server/data'].flatMap((d) => walkAll(d));
  const newest = Math.max(0, ...sources.map((f) => statSync(f).mtimeMs), statSync('package.json').mtimeMs);
  const outputs = builds.slice(0, 3).map((b) => b.outfile);
  if (outputs.every((o) => existsSync(o) && statSync(o).mtimeMs >= newest)) process.exit(0);
}

const t = Date.now();
if (args.has('--watch')) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('watching for changes…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  if (!args.has('--quiet')) console.log(`built ${builds.length} bundles in ${Date.now() - t} ms${production ? ' (production)' : ''}`);
}
