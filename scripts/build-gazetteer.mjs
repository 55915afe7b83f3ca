#!/usr/bin/env node
// Regenerates server/data/countries.json from the `world-countries` package (ODbL 1.0).
// Keeps only what recognition and hover cards use, so the bundle stays small.
//   node scripts/build-gazetteer.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const pkg = require('world-countries/package.json');

const rows = countries.map((c) => ({
  name: c.name.common,
  official: c.name.official,
  cca2: c.cca2,
  cca3: c.cca3,
  // Alternative spellings that read as names in English text (drop codes and non-Latin forms).
  alt: (c.altSpellings ?? []).filter((s) => /^[A-Z][\p{L} .'’-]+$/u.test(s) && s.length > 3 && s !== c.name.common),
  capital: c.capital ?? [],
  demonyms: [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean))],
  region: c.region,
  subregion: c.subregion ?? '',
  languages: Object.values(c.languages ?? {}),
  currencies: Object.values(c.currencies ?? {}).map((x) => x.name),
  un: !!c.unMember,
}));
const out = {
  source: `world-countries ${pkg.version} (https://github.com/mledoze/countries), ODbL 1.0; fields selected by scripts/build-gazetteer.mjs`,
  countries: rows,
};
writeFileSync('server/data/countries.json', JSON.stringify(out) + '\n');
console.log(`wrote server/data/countries.json: ${rows.length} countries, ${JSON.stringify(out).length} bytes`);
