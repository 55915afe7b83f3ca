#!/usr/bin/env node
// Trains the name tagger and writes server/data/ner-model.json (see README.md, "Name recognition").
//   node scripts/train-ner.mjs [--train wikigold,btc,conll] [--epochs N] [--seed N] [--prune W] [--out FILE] [--data DIR]
// Reproducible: a fixed seed orders the documents; the dev figures (CoNLL-2003 valid) are printed after each epoch.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';

await esbuild.build({
  entryPoints: ['server/src/training/trainNer.ts'], bundle: true, platform: 'node', target: 'node18', format: 'cjs',
  outfile: 'out/train/trainNer.js', logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['out/train/trainNer.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
