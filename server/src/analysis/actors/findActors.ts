import type { Actor, ActorKind, Mention, Span } from '../types';
import { foldName, insideAny } from '../text';
import { countryOfDemonym, lookupName, longestGazetteerName, type GazetteerEntry } from './gazetteer';
import {
  ADJECTIVES, CUE_VERBS, DAYS, FUNCTION_WORDS, MONTHS, ORG_KEYWORDS, PLACE_KEYWORDS, TITLE_MODIFIERS, TITLE_WORDS,
} from './lexicon';
import { tokenize, type Token } from './tokens';
import { findRoles } from './roles';

export interface ActorOptions {
  /** Full names of people known from elsewhere (other articles of the workspace), e.g. "Vladimir Putin". */
  knownPeople?: readonly string[];
}

/** A stretch of capitalised words that may name an actor. */
interface Candidate extends Span {
  tokens: Token[];
  text: string;
  gazetteer?: GazetteerEntry;
  sentenceStart: boolean;
  titleBefore: boolean;
  cueAfter: boolean;
  placePrepBefore: boolean;
}

const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'del', 'bin', 'ibn', 'al', 'dos', 'das']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'into', 'toward', 'towards', 'throughout', 'outside', 'inside', 'around']);
/** Alternative spellings of places that the country data does not carry. */
const PLACE_VARIANTS: Record<string, string> = { Kiev: 'Kyiv', Peking: 'Beijing', Bombay: 'Mumbai', Burma: 'Myanmar' };

const lower = (t: Token): string => t.text.toLowerCase();
const isNonName = (t: Token): boolean => {
  const w = lower(t);
  return FUNCTION_WORDS.has(w) || MONTHS.has(w) || DAYS.has(w);
};
const isTitle = (t: Token): boolean => TITLE_WORDS.has(lower(t));
const isModifier = (t: Token): boolean => {
  const w = lower(t);
  return TITLE_MODIFIERS.has(w) || ADJECTIVES.has(t.text) || !!countryOfDemonym(t.text) || (lookupName(t.text)?.kind === 'place' && t.text.length <= 5);
};
const nameKey = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join(' ');
/** A name word without a particle prefix, folded: "al-Assad" → "assad". */
const core = (word: string): string => foldName(word).replace(/^(?:al|el|ad|ash|as|at|bin|ibn|abu|ben)[-']/, '');

/** Splits the tokens of one line into capitalised runs. */
function capitalRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && NAME_PARTICLES.has(run[run.length - 1].text)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const continues = run.length > 0 && t.joined && !run[run.length - 1].possessive && !t.sentenceStart;
    const particle = continues && NAME_PARTICLES.has(t.text) && tokens[i + 1]?.cap && tokens[i + 1].joined;
    if (t.cap && /\p{L}/u.test(t.text[0]) && !/^\d/.test(t.text)) {
      if (!continues) flush();
      run.push(t);
    } else if (particle) {
      run.push(t);
    } else flush();
  }
  flush();
  return runs;
}

/** Drops words that open a run without being part of a name, and titles before a person's name. */
function trimRun(run: Token[]): { name: Token[]; extras: Token[] } {
  let i = 0;
  while (i < run.length && isNonName(run[i])) i++;
  let name = run.slice(i);
  const extras: Token[] = [];
  // Titles and their qualifiers before a name: "Hungarian Prime Minister | Viktor Orban".
  let k = 0;
  let lastTitle = -1;
  while (k < name.length && (isTitle(name[k]) || isModifier(name[k]))) {
    if (isTitle(name[k])) lastTitle = k;
    k++;
  }
  if (lastTitle >= 0 && lastTitle + 1 < name.length) {
    const rest = name.slice(lastTitle + 1);
    if (!ORG_KEYWORDS.has(lower(rest[rest.length - 1]))) {
      // A country named inside the title ("US President-elect") is still a mention of that country.
      for (const t of name.slice(0, lastTitle + 1)) if (lookupName(t.text)?.kind === 'place') extras.push(t);
      name = rest;
    }
  } else if (lastTitle >= 0 && lastTitle + 1 === name.length) {
    for (const t of name) if (lookupName(t.text)?.kind === 'place') extras.push(t);
    name = [];
  }
  // A lone adjective of place or a demonym is not an actor ("Hungarian", "Western").
  if (name.length === 1 && (ADJECTIVES.has(name[0].text) || countryOfDemonym(name[0].text))) name = [];
  // Words of title alone ("President") are not actors either.
  if (name.length && name.every((t) => isTitle(t) || isNonName(t))) name = [];
  return { name, extras };
}

/** Splits a run into gazetteer names where the whole run is not one ("Moscow Kyiv" → two). */
function splitByGazetteer(name: Token[]): Token[][] {
  if (name.length < 2 || lookupName(nameKey(name))) return [name];
  const parts: Token[][] = [];
  let i = 0;
  const max = longestGazetteerName();
  let matchedAll = true;
  while (i < name.length) {
    let hit = 0;
    for (let n = Math.min(max, name.length - i); n >= 1; n--) {
      if (lookupName(nameKey(name.slice(i, i + n)))) { hit = n; break; }
    }
    if (!hit) { matchedAll = false; break; }
    parts.push(name.slice(i, i + hit));
    i += hit;
  }
  return matchedAll ? parts : [name];
}

function wordBefore(text: string, tokens: Token[], idx: number): string {
  const t = tokens[idx - 1];
  return t && /^\s+$/.test(text.slice(t.end + (t.possessive ? 2 : 0), tokens[idx].start)) ? t.text.toLowerCase() : '';
}

/** Finds the actors of an article body: people, organizations and places, one entry per real-world actor. */
export function findActors(text: string, regions: readonly Span[], skip: readonly Span[], options: ActorOptions = {}): Actor[] {
  const candidates: Candidate[] = [];
  const midSentence = new Set<string>();
  for (const region of regions) {
    const tokens = tokenize(text, region.start, region.end);
    const index = new Map(tokens.map((t, i) => [t, i]));
    for (const t of tokens) if (t.cap && !t.sentenceStart) midSentence.add(t.text);
    for (const run of capitalRuns(tokens)) {
      const { name, extras } = trimRun(run);
      for (const part of [...extras.map((e) => [e]), ...(name.length ? splitByGazetteer(name) : [])]) {
        const first = part[0];
        const last = part[part.length - 1];
        if (insideAny(skip, first.start)) continue;
        const i = index.get(first) ?? 0;
        const j = index.get(last) ?? 0;
        const next = tokens[j + 1];
        const named = nameKey(part);
        candidates.push({
          start: first.start,
          end: last.end,
          tokens: part,
          text: text.slice(first.start, last.end),
          gazetteer: lookupName(named) ?? (PLACE_VARIANTS[named] ? lookupName(PLACE_VARIANTS[named]) : undefined),
          sentenceStart: first.sentenceStart,
          titleBefore: i > 0 && isTitle(tokens[i - 1]) && tokens[i].joined,
          cueAfter: !!next && CUE_VERBS.has(next.text.toLowerCase()) && next.joined && !last.possessive,
          placePrepBefore: PLACE_PREPOSITIONS.has(wordBefore(text, tokens, i)),
        });
      }
    }
  }
  return linkCandidates(text, candidates, midSentence, options);
}

interface Draft {
  key: string;
  name: string;
  kind: ActorKind;
  tokens: string[];
  mentions: Mention[];
  votes: Record<ActorKind, number>;
}

function linkCandidates(text: string, candidates: Candidate[], midSentence: Set<string>, options: ActorOptions): Actor[] {
  const drafts = new Map<string, Draft>();
  const byAcronym = new Map<string, Draft>();
  const acronymOf = (d: Draft) => d.tokens.length >= 2 ? d.tokens.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('') : '';
  const order: Draft[] = [];
  const get = (key: string, name: string, kind: ActorKind, tokens: string[]): Draft => {
    let d = drafts.get(key);
    if (!d) {
      d = { key, name, kind, tokens, mentions: [], votes: { person: 0, organization: 0, place: 0 } };
      drafts.set(key, d);
      order.push(d);
      const acronym = acronymOf(d);
      if (acronym.length >= 2 && !byAcronym.has(acronym)) byAcronym.set(acronym, d);
    }
    return d;
  };
  const add = (d: Draft, c: Candidate, kind: ActorKind, weight = 1) => {
    d.mentions.push({ start: c.start, end: c.end, text: c.text });
    d.votes[kind] += weight;
    if (c.text.length > d.name.length && !c.gazetteer) d.name = c.text;
  };

  // 1. Multi-word names that are neither in the gazetteer nor organizations or places: people.
  const isPersonLike = (c: Candidate) =>
    !c.gazetteer && c.tokens.length >= 2 && c.tokens.length <= 5 &&
    !ORG_KEYWORDS.has(lower(c.tokens[c.tokens.length - 1])) && !PLACE_KEYWORDS.has(lower(c.tokens[c.tokens.length - 1])) &&
    c.tokens.every((t) => NAME_PARTICLES.has(t.text) || /^[\p{Lu}][\p{Ll}\p{M}’'-]/u.test(t.text) || /^\p{Ll}+-\p{Lu}/u.test(t.text)) &&
    !c.tokens.some((t) => isTitle(t) || isNonName(t)) && !ADJECTIVES.has(c.tokens[0].text);
  const people: Draft[] = [];
  // Index of people by the folded words of their names, so that linking stays linear in the text's length.
  const byWord = new Map<string, Draft[]>();
  const coreOf = new Map<string, string>();
  const coreWord = (w: string): string => {
    let c = coreOf.get(w);
    if (c === undefined) { c = core(w); coreOf.set(w, c); }
    return c;
  };
  const index = (d: Draft) => {
    for (const w of d.tokens) {
      const list = byWord.get(coreWord(w)) ?? [];
      if (!list.includes(d)) list.push(d);
      byWord.set(coreWord(w), list);
    }
  };
  const personByToken = (word: string): Draft[] => byWord.get(coreWord(word)) ?? [];
  const nameWords = (c: Candidate) => c.tokens.filter((t) => !NAME_PARTICLES.has(t.text));
  const draftOf = new Map<Candidate, Draft>();
  for (const c of candidates) {
    if (!isPersonLike(c)) continue;
    const key = 'person:' + foldName(nameKey(c.tokens));
    // A longer name that contains a known shorter one (or the reverse) is the same person; words count once each.
    const words = [...new Set(nameWords(c).map((t) => coreWord(t.text)))];
    const contains = (outer: string[], inner: string[]) => inner.every((w) => outer.includes(w));
    const same = words.flatMap((w) => personByToken(w)).find((p) => {
      const pw = [...new Set(p.tokens.map(coreWord))];
      return contains(pw, words) || (pw.length >= 2 && contains(words, pw));
    });
    const d = same ?? get(key, c.text, 'person', nameWords(c).map((t) => t.text));
    if (!same) people.push(d);
    else if (words.length > new Set(d.tokens.map(coreWord)).size) d.tokens = nameWords(c).map((t) => t.text);
    index(d);
    draftOf.set(c, d);
  }
  const known = (options.knownPeople ?? []).map((n) => ({ name: n, words: n.split(/\s+/).map(core) }));

  // 2. Every candidate, in text order, joins an actor.
  for (const c of candidates) {
    const last = c.tokens[c.tokens.length - 1];
    if (c.gazetteer) {
      const g = c.gazetteer;
      add(get(`${g.kind}:${g.canonical}`, c.text, g.kind, [g.canonical]), c, g.kind, 3);
      continue;
    }
    if (c.tokens.length >= 2) {
      if (isPersonLike(c)) {
        add(draftOf.get(c)!, c, 'person', 2);
      } else {
        const kind: ActorKind = PLACE_KEYWORDS.has(lower(last)) ? 'place' : 'organization';
        add(get(`${kind}:${foldName(c.text)}`, c.text, kind, c.tokens.map((t) => t.text)), c, kind, 2);
      }
      continue;
    }
    // A single word.
    const t = c.tokens[0];
    if (isNonName(t) || isTitle(t) || ADJECTIVES.has(t.text) || countryOfDemonym(t.text)) continue;
    const matches = personByToken(t.text);
    if (matches.length) {
      const best = matches.length === 1 ? matches[0] : mostRecent(matches, c.start) ?? matches[0];
      add(best, c, 'person', 2);
      continue;
    }
    const allCaps = /^[\p{Lu}\d&.]{2,8}$/u.test(t.text);
    if (allCaps) {
      const expanded = byAcronym.get(t.text.replace(/\./g, ''));
      if (expanded) { add(expanded, c, expanded.kind, 1); continue; }
    }
    const knownMatch = known.filter((k) => k.words.includes(coreWord(t.text)));
    if (knownMatch.length === 1) {
      const k = knownMatch[0];
      const d = get('person:' + foldName(k.name), k.name, 'person', k.name.split(/\s+/));
      if (!people.includes(d)) { people.push(d); index(d); }
      d.name = k.name;
      add(d, c, 'person', 2);
      continue;
    }
    // An unknown capitalised word that opens a sentence is only a name when the text also uses it mid-sentence.
    if (c.sentenceStart && !midSentence.has(t.text) && !c.cueAfter) continue;
    if (/ly$/.test(t.text) && !midSentence.has(t.text)) continue;
    let kind: ActorKind;
    if (allCaps) kind = 'organization';
    else if (c.titleBefore || c.cueAfter) kind = 'person';
    else if (c.placePrepBefore) kind = 'place';
    else kind = 'person';
    const key = 'single:' + foldName(t.text);
    const d = get(key, c.text, kind, [t.text]);
    if (c.titleBefore && !people.includes(d)) { people.push(d); index(d); }
    add(d, c, kind, c.titleBefore || c.cueAfter || allCaps ? 2 : 1);
  }
  // Single words that were later found to be part of a fuller name ("President Vladimir" … "Vladimir Putin").
  for (const d of order) {
    if (!d.key.startsWith('single:') || !d.mentions.length) continue;
    const fuller = personByToken(d.tokens[0]).filter((p) => p !== d && p.tokens.length > 1);
    if (fuller.length === 1) {
      fuller[0].mentions.push(...d.mentions);
      fuller[0].votes.person += d.votes.person + d.votes.organization + d.votes.place;
      d.mentions = [];
    }
  }
  return finish(text, order.filter((d) => d.mentions.length));
}

/** The draft mentioned last before `before` (mentions are added in text order, so the last one is the latest). */
function mostRecent(drafts: Draft[], before: number): Draft | undefined {
  let best: Draft | undefined;
  let at = -1;
  for (const d of drafts) {
    const m = d.mentions[d.mentions.length - 1];
    if (m && m.start < before && m.start > at) { at = m.start; best = d; }
  }
  return best;
}

function slug(name: string): string {
  return foldName(name).replace(/'s$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'actor';
}

function finish(text: string, drafts: Draft[]): Actor[] {
  const used = new Set<string>();
  const actors: Actor[] = [];
  for (const d of drafts) {
    d.mentions.sort((a, b) => a.start - b.start);
    const kind = (Object.entries(d.votes) as [ActorKind, number][]).sort((a, b) => b[1] - a[1])[0][0];
    let id = slug(d.name);
    for (let n = 2; used.has(id); n++) id = `${slug(d.name)}-${n}`;
    used.add(id);
    const mentions = d.mentions.filter((m, i, all) => i === 0 || m.start !== all[i - 1].start);
    actors.push({ id, name: d.name, kind, roles: kind === 'person' ? findRoles(text, mentions) : [], mentions });
  }
  actors.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return actors;
}
