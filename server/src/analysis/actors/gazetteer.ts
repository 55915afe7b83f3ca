import countriesData from '../../../data/countries.json';
import {
  COUNTRY_ABBREVIATIONS, INSTITUTIONS, MULTIWORD_REGIONS, REGIONS, SUBNATIONAL,
} from './lexicon';
import type { ActorKind } from '../types';

export interface CountryFacts {
  name: string;
  official: string;
  capital: string[];
  region: string;
  subregion: string;
  languages: string[];
  currencies: string[];
}

export interface GazetteerEntry {
  /** The canonical name, e.g. "United States" for "U.S.". */
  canonical: string;
  kind: ActorKind;
  /** For countries: facts for the hover card; for capitals: the country's. */
  country?: CountryFacts;
  /** "capital of Hungary", "US state", "region". */
  note?: string;
}

interface CountryRow extends CountryFacts {
  cca2: string;
  cca3: string;
  alt: string[];
  demonyms: string[];
  un: boolean;
}

const byName = new Map<string, GazetteerEntry>();
const demonyms = new Map<string, string>();
let longest = 1;


function put(name: string, entry: GazetteerEntry): void {
  if (!byName.has(name)) byName.set(name, entry);
  const words = name.split(' ');
  longest = Math.max(longest, words.length);
}

for (const c of (countriesData as { countries: CountryRow[] }).countries) {
  const facts: CountryFacts = {
    name: c.name, official: c.official, capital: c.capital, region: c.region, subregion: c.subregion,
    languages: c.languages, currencies: c.currencies,
  };
  const entry: GazetteerEntry = { canonical: c.name, kind: 'place', country: facts, note: 'country' };
  put(c.name, entry);
  if (/^[A-Z]/.test(c.official) && c.official.split(' ').length <= 6) put(c.official, entry);
  for (const a of c.alt) put(a, entry);
  for (const cap of c.capital) {
    const city = cap.replace(/ D\.C\.$/, '');
    put(city, { canonical: city, kind: 'place', country: facts, note: `capital of ${c.name}` });
  }
  for (const d of c.demonyms) demonyms.set(d, c.name);
}
for (const [abbr, full] of Object.entries(COUNTRY_ABBREVIATIONS)) {
  const target = byName.get(full);
  if (target) put(abbr, target);
}
for (const r of [...REGIONS, ...MULTIWORD_REGIONS]) put(r, { canonical: r, kind: 'place', note: 'region' });
for (const s of SUBNATIONAL) put(s, { canonical: s, kind: 'place', note: 'state or province' });
for (const [name, aliases] of INSTITUTIONS) {
  const entry: GazetteerEntry = { canonical: name, kind: 'organization' };
  put(name, entry);
  for (const a of aliases) put(a, entry);
}

/** One word along the gazetteer's names of two words or more: the name that ends here, if any, and the words that go on. */
export interface NameNode {
  entry?: GazetteerEntry;
  next?: Map<string, NameNode>;
}

/**
 * The names of two words or more as a tree of words, by first word. Walking it word by word asks the maps about the
 * words as they are (strings whose hash the engine keeps) instead of about a new "A B C" string at every step.
 */
const longerNames = new Map<string, NameNode>();
for (const [name, entry] of byName) {
  const words = name.split(' ');
  if (words.length < 2) continue;
  let node: NameNode | undefined = longerNames.get(words[0]);
  if (!node) longerNames.set(words[0], node = {});
  for (let i = 1; i < words.length; i++) {
    const next: Map<string, NameNode> = node.next ??= new Map();
    let child: NameNode | undefined = next.get(words[i]);
    if (!child) next.set(words[i], child = {});
    node = child;
  }
  node.entry = entry;
}

/** The start of the gazetteer names of two words or more that begin with this word (see NameNode). */
export const longerNamesFrom = (word: string): NameNode | undefined => longerNames.get(word);

/** Looks a name up exactly as written (case-sensitive: "US" is a country, "us" is not). */
export function lookupName(name: string): GazetteerEntry | undefined {
  return byName.get(name);
}

/** The country a demonym or national adjective belongs to ("Hungarian" → "Hungary"). */
export function countryOfDemonym(word: string): string | undefined {
  return demonyms.get(word);
}

/** Every name the gazetteer knows, with its entry (to build tables over them). */
export const allGazetteerNames = (): Iterable<[string, GazetteerEntry]> => byName.entries();

/** Every demonym or national adjective the gazetteer knows. */
export const allDemonyms = (): Iterable<string> => demonyms.keys();

/** How many words the longest gazetteer name has. */
export const longestGazetteerName = (): number => longest;

