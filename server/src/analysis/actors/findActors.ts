import type { Actor, ActorKind, Mention, Span } from '../types';
import { foldName, insideAny, isSpaceCode } from '../text';
import { allDemonyms, allGazetteerNames, longerNamesFrom, lookupName, type GazetteerEntry } from './gazetteer';
import {
  ADJECTIVES, CUE_VERBS, DAYS, FUNCTION_WORDS, MONTHS, ORG_KEYWORDS, PLACE_KEYWORDS, TITLE_MODIFIERS, TITLE_WORDS,
} from './lexicon';
import type { Token } from './tokens';
import type { AnalysisMemo } from '../memo';
import { findRoles } from './roles';
import { tagRegions, type NameSpan } from './ner/tagNames';
import { lowerCaseWordsOf } from './lowerCase';

export interface ActorOptions {
  /** Full names of people known from elsewhere (other articles of the workspace), e.g. "Vladimir Putin". */
  knownPeople?: readonly string[];
  /** What the last analysis of the same document kept (see AnalysisMemo): unchanged lines are not tagged again. */
  memo?: AnalysisMemo;
}

/** A name the tagger found (titles trimmed), before linking into actors. */
interface Candidate extends Span {
  tokens: Token[];
  text: string;
  gazetteer?: GazetteerEntry;
  sentenceStart: boolean;
  titleBefore: boolean;
  cueAfter: boolean;
  placePrepBefore: boolean;
  /** The kind the name tagger gave the span. */
  kind: ActorKind;
}

const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'del', 'bin', 'ibn', 'al', 'dos', 'das']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'into', 'toward', 'towards', 'throughout', 'outside', 'inside', 'around']);
/** Alternative spellings of places that the country data does not carry. */
const PLACE_VARIANTS = new Map([['Kiev', 'Kyiv'], ['Peking', 'Beijing'], ['Bombay', 'Mumbai'], ['Burma', 'Myanmar']]);

const lower = (t: Token): string => t.lower;
/**
 * The word lists a word is on, as bits, so that one map lookup answers what took one set lookup per list: by the
 * lower-case word (function words, months and days; titles; title modifiers) and by the word as written
 * (adjectives of place, demonyms, places of five letters or fewer).
 */
const NON_NAME = 1, TITLE = 2, TITLE_MODIFIER = 4;
const ADJECTIVE = 1, DEMONYM = 2, SHORT_PLACE = 4;
const byLower = new Map<string, number>();
const byText = new Map<string, number>();
const mark = (table: Map<string, number>, words: Iterable<string>, bit: number): void => {
  for (const w of words) table.set(w, (table.get(w) ?? 0) | bit);
};
mark(byLower, FUNCTION_WORDS, NON_NAME);
mark(byLower, MONTHS, NON_NAME);
mark(byLower, DAYS, NON_NAME);
mark(byLower, TITLE_WORDS, TITLE);
mark(byLower, TITLE_MODIFIERS, TITLE_MODIFIER);
mark(byText, ADJECTIVES, ADJECTIVE);
mark(byText, allDemonyms(), DEMONYM);
for (const [name, entry] of allGazetteerNames()) if (entry.kind === 'place' && name.length <= 5) mark(byText, [name], SHORT_PLACE);
const lowerClass = (t: Token): number => byLower.get(t.lower) ?? 0;
const textClass = (t: Token): number => byText.get(t.text) ?? 0;

const isNonName = (t: Token): boolean => (lowerClass(t) & NON_NAME) !== 0;
const isTitle = (t: Token): boolean => (lowerClass(t) & TITLE) !== 0;
/** A word that may qualify a title before a name: "former", "Hungarian", "US". */
const isModifier = (t: Token): boolean => (lowerClass(t) & TITLE_MODIFIER) !== 0 || (textClass(t) & (ADJECTIVE | DEMONYM | SHORT_PLACE)) !== 0;
/** An adjective of place or a demonym ("Western", "Hungarian"): not an actor by itself. */
const isAdjectiveOfPlace = (t: Token): boolean => (textClass(t) & (ADJECTIVE | DEMONYM)) !== 0;
const nameKey = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join(' ');
/** A name word without a particle prefix, folded: "al-Assad" → "assad". */
const core = (word: string): string => {
  const f = foldName(word);
  // Every prefix starts with a, e or b or i: most words need no regex.
  const c = f.charCodeAt(0);
  return c === 97 || c === 101 || c === 98 || c === 105 ? f.replace(/^(?:al|el|ad|ash|as|at|bin|ibn|abu|ben)[-']/, '') : f;
};

/** Whether the word after t (next, in the same region, only white space between) is a speech verb: "Merkel said". */
const speechVerbAfter = (t: Token, next: Token | undefined): boolean => !!next && next.joined && !t.possessive && CUE_VERBS.has(next.lower);

/** What trimRun keeps of a run of words: the name as the word range [a, b) (empty when a === b), and extras. */
interface Trimmed {
  a: number;
  b: number;
  /** Countries named inside a title before the name ("US President-elect"), by word index. */
  extras: number[];
}

const NO_EXTRAS: number[] = [];

/** Words [from, to) for which the gazetteer knows a place, by index (countries named in a title). */
function placesIn(tokens: readonly Token[], from: number, to: number): number[] {
  let out = NO_EXTRAS;
  for (let i = from; i < to; i++) {
    if (lookupName(tokens[i].text)?.kind !== 'place') continue;
    if (out === NO_EXTRAS) out = [];
    out.push(i);
  }
  return out;
}

/** Drops words that open the run tokens[from, to) without being part of a name, and titles before a person's name. */
function trimRun(tokens: readonly Token[], from: number, to: number): Trimmed {
  let a = from;
  let b = to;
  // Only words that are never part of a name open the run off ("Monday", "Mr"); "New York" keeps its "New".
  while (a < to && isNonName(tokens[a]) && !(to - from > 1 && tokens[a].cap && tokens[a].lower === 'new')) a++;
  let extras = NO_EXTRAS;
  // Titles and their qualifiers before a name: "Hungarian Prime Minister | Viktor Orban".
  let k = a;
  let lastTitle = -1;
  while (k < b) {
    const title = isTitle(tokens[k]);
    if (!title && !isModifier(tokens[k])) break;
    if (title) lastTitle = k;
    k++;
  }
  if (lastTitle >= 0 && lastTitle + 1 < b) {
    if (!ORG_KEYWORDS.has(tokens[b - 1].lower)) {
      // A country named inside the title ("US President-elect") is still a mention of that country.
      extras = placesIn(tokens, a, lastTitle + 1);
      a = lastTitle + 1;
    }
  } else if (lastTitle >= 0 && lastTitle + 1 === b) {
    extras = placesIn(tokens, a, b);
    a = b;
  }
  // A lone adjective of place or a demonym is not an actor ("Hungarian", "Western").
  if (b - a === 1 && isAdjectiveOfPlace(tokens[a])) a = b;
  // Words of title alone ("President") are not actors either.
  if (a < b) {
    let allTitle = true;
    for (let i = a; i < b && allTitle; i++) allTitle = (lowerClass(tokens[i]) & (TITLE | NON_NAME)) !== 0;
    if (allTitle) a = b;
  }
  return { a, b, extras };
}

/** What the gazetteer knows of the words [a, b) read as one name (lookupName of the words joined by spaces). */
function gazetteerEntryOf(tokens: readonly Token[], a: number, b: number): GazetteerEntry | undefined {
  if (b - a === 1) return lookupName(tokens[a].text);
  let node = longerNamesFrom(tokens[a].text);
  for (let i = a + 1; node && i < b; i++) node = node.next?.get(tokens[i].text);
  return node?.entry;
}

/** Names of two words or more that the gazetteer knows ("European Parliament"), as token ranges [a, b). */
function gazetteerNames(tokens: Token[]): Array<{ a: number; b: number; entry: GazetteerEntry }> {
  let out: Array<{ a: number; b: number; entry: GazetteerEntry }> | undefined;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!tokens[i].cap || !tokens[i + 1].joined) continue;
    let node = longerNamesFrom(tokens[i].text);
    if (!node) continue;
    // The longest name that starts here, followed word by word down the gazetteer's tree.
    let end = -1;
    let entry: GazetteerEntry | undefined;
    for (let j = i + 1; j < tokens.length && tokens[j].joined && !tokens[j - 1].possessive; j++) {
      node = node.next?.get(tokens[j].text);
      if (!node) break;
      if (node.entry) { end = j + 1; entry = node.entry; }
    }
    if (entry) { (out ??= []).push({ a: i, b: end, entry }); i = end - 1; }
  }
  return out ?? [];
}

/** A capital letter with a full stop right before the next word of a name: "D. Blenkiron", "J. R. Smith". */
const isInitial = (text: string, t: Token, next: Token): boolean =>
  t.text.length === 1 && t.cap && text.charCodeAt(t.end) === 46 && next.start === t.end + 2 && text.charCodeAt(t.end + 1) === 32;

const PARTICLE_START = /^(?:al|el|bin|ibn|abu)[-’']\p{Lu}|^(?:von|van|de|da|di|del|bin|ibn)$/u;

/** A name with a particle inside ("Bashar al-Assad", "Ursula von der Leyen") is a person's: words [a, b). */
function hasParticle(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) {
    const w = tokens[i].text;
    if (NAME_PARTICLES.has(w) || PARTICLE_PREFIX.test(w)) return true;
  }
  return false;
}

const PARTICLE_PREFIX = /^(?:al|el|bin|ibn|von|van|de|di|da)[-’']\p{Lu}/u;

/** Whether the word before t (prev, in the same region), with only white space between, is a preposition of place ("in", "from"). */
function placePrepositionBefore(text: string, prev: Token | undefined, t: Token): boolean {
  if (!prev || !PLACE_PREPOSITIONS.has(prev.lower)) return false;
  const from = prev.end + (prev.possessive ? 2 : 0);
  const to = t.start;
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

const KIND_OF_TYPE: Record<string, ActorKind | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** Finds the actors of an article body: people, organizations and places, one entry per real-world actor. */
export function findActors(text: string, regions: readonly Span[], skip: readonly Span[], options: ActorOptions = {}): Actor[] {
  const candidates: Candidate[] = [];
  const open: OpenWord[] = [];
  // Regions come in text order (lines) unless a caller passes them otherwise; addRepeatedNames needs to know.
  let inOrder = true;
  let lastEnd = -1;
  // Regions entirely inside boilerplate are not tagged at all.
  const live = regions.filter((r) => !(insideAny(skip, r.start) && insideAny(skip, r.end - 1)));
  // Each region's words are read here and let go (unless a memo keeps them): only candidates' and open words are kept.
  tagRegions(text, live, options.memo, (region) => {
    const tokens = region.words;
    if (tokens.length) {
      inOrder &&= tokens[0].start >= lastEnd;
      lastEnd = tokens[tokens.length - 1].end;
    }
    for (const i of (region.derived.open ??= openWords(tokens)) as number[]) open.push(openWord(tokens, i));
    // What a region's names make depends only on its words and names, which the memo keeps together with this.
    const found = (region.derived.candidates ??= regionCandidates(text, tokens, region.names)) as RegionCandidate[];
    for (const c of found) {
      const first = tokens[c.a];
      if (insideAny(skip, first.start)) continue;
      const last = tokens[c.b - 1];
      // A word's text is the text between its offsets: a one-word candidate shares it (and the hash the maps keep of it).
      candidates.push({
        start: first.start, end: last.end, tokens: tokens.slice(c.a, c.b), text: c.b - c.a === 1 ? first.text : text.slice(first.start, last.end), gazetteer: c.gazetteer,
        sentenceStart: c.sentenceStart, titleBefore: c.titleBefore, cueAfter: c.cueAfter, placePrepBefore: c.placePrepBefore, kind: c.kind,
      });
    }
  });
  addRepeatedNames(text, open, inOrder, candidates, skip, options.knownPeople ?? NO_PEOPLE);
  return linkCandidates(text, candidates, options);
}

/** A candidate as word indices [a, b) into its region, without offsets (which change when an edit moves the region). */
type RegionCandidate = Omit<Candidate, 'start' | 'end' | 'tokens' | 'text'> & { a: number; b: number };

/** The candidates of one region, from its words and the tagger's names there (titles trimmed, gazetteer names first). */
function regionCandidates(text: string, tokens: Token[], names: readonly NameSpan[]): RegionCandidate[] {
  const out: RegionCandidate[] = [];
  // The tagger's names as token ranges; kind null for names that are not actors (MISC: "Hungarian", "Olympics").
  const spans: Array<{ a: number; b: number; kind: ActorKind | null }> = [];
  let k = 0;
  for (const span of names) {
    while (k < tokens.length && tokens[k].end <= span.start) k++;
    let b = k;
    while (b < tokens.length && tokens[b].start < span.end) b++;
    if (b > k) spans.push({ a: k, b, kind: KIND_OF_TYPE[span.type] ?? null });
  }
  // Gazetteer names of several words win over what the tagger made of them ("European | Parliament").
  for (const g of gazetteerNames(tokens)) {
    const overlapping = spans.filter((s) => s.a < g.b && s.b > g.a);
    if (overlapping.some((s) => s.a < g.a || s.b > g.b)) continue;
    for (const s of overlapping) spans.splice(spans.indexOf(s), 1);
    spans.push({ a: g.a, b: g.b, kind: g.entry.kind });
  }
  // The tagger's names come in order: only a gazetteer name put at the end can need sorting in.
  let sorted = true;
  for (let i = 1; i < spans.length && sorted; i++) sorted = spans[i - 1].a <= spans[i].a;
  if (!sorted) spans.sort((x, y) => x.a - y.a);
  /** Whether some other name ends right where this one starts (then it keeps the word before it). */
  const abutted = (span: { a: number }): boolean => {
    for (const o of spans) if (o !== span && o.b === span.a) return true;
    return false;
  };
  for (const span of spans) {
    // "D. | Blenkiron": initials before a name are part of it, and make it a person's.
    while (span.a > 0 && isInitial(text, tokens[span.a - 1], tokens[span.a]) && !abutted(span)) { span.a--; span.kind = 'person'; }
    // "Ayman | al-Zawahiri": a name that opens with a particle takes the capitalised word just before it.
    const before = tokens[span.a - 1];
    if (before && before.cap && tokens[span.a].joined && PARTICLE_START.test(tokens[span.a].text) && (lowerClass(before) & (TITLE | NON_NAME)) === 0 &&
      !abutted(span)) { span.a--; span.kind = 'person'; }
    const name = trimRun(tokens, span.a, span.b);
    let kind = span.kind;
    // A title before a lone name: the tagger may take "President-elect Donald" for one name of another kind.
    if (name.a < name.b && name.a > span.a && someTitle(tokens, span.a, name.a)) kind = kind === 'place' || kind === 'organization' ? kind : 'person';
    if (kind && kind !== 'person' && hasParticle(tokens, name.a, name.b) && !gazetteerEntryOf(tokens, name.a, name.b)) kind = 'person';
    // Countries named in a title, each a place of its own; then the name itself.
    for (const e of name.extras) out.push(regionCandidate(text, tokens, e, e + 1, 'place'));
    if (name.a < name.b && kind) out.push(regionCandidate(text, tokens, name.a, name.b, kind));
  }
  return out;
}

function someTitle(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isTitle(tokens[i])) return true;
  return false;
}

/** The candidate made of the words [i, j) of a region. */
function regionCandidate(text: string, tokens: readonly Token[], i: number, j: number, kind: ActorKind): RegionCandidate {
  const first = tokens[i];
  const last = tokens[j - 1];
  const after = tokens[j];
  // Spelling variants are single words ("Kiev"); a name of several words is looked up as a whole only.
  const gazetteer = j - i === 1
    ? lookupName(first.text) ?? lookupName(PLACE_VARIANTS.get(first.text) ?? '')
    : gazetteerEntryOf(tokens, i, j);
  return {
    a: i,
    b: j,
    gazetteer,
    sentenceStart: first.sentenceStart,
    titleBefore: i > 0 && isTitle(tokens[i - 1]) && tokens[i].joined,
    cueAfter: speechVerbAfter(last, after),
    placePrepBefore: placePrepositionBefore(text, tokens[i - 1], first),
    kind,
  };
}

/**
 * The capitalised words of a region (by index) that may be a lone name: two letters or more, not a sentence opener
 * unless a speech verb follows, and standing alone (not the first or last word of a longer capitalised run).
 */
function openWords(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || t.text.length < 2) continue;
    const next = tokens[i + 1];
    if (t.sentenceStart && !speechVerbAfter(t, next)) continue;
    if ((tokens[i - 1]?.cap && t.joined) || (next?.cap && next.joined && !t.possessive)) continue;
    out.push(i);
  }
  return out;
}

/** An open word (see openWords) with what addRepeatedNames reads of the words around it, which it does not keep. */
interface OpenWord {
  t: Token;
  /** The word before it in its region. */
  prev: Token | undefined;
  /** A speech verb follows: "Merkel said". */
  cue: boolean;
}

function openWord(tokens: readonly Token[], i: number): OpenWord {
  const t = tokens[i];
  return { t, prev: tokens[i - 1], cue: speechVerbAfter(t, tokens[i + 1]) };
}

/** What the actor finder reads from a list of people known in full, made once per list (see knownIndex). */
interface KnownIndex {
  /** The last word of each name of two words or more ("Putin"), as the name of a person. */
  familyNames: ReadonlyMap<string, ActorKind>;
  /** Known people by each of their core words (in the order given), so a lone word finds them without a scan. */
  byCoreWord: ReadonlyMap<string, ReadonlyArray<{ name: string }>>;
}

const knownIndexes = new WeakMap<readonly string[], KnownIndex>();
/** No known people: one list for every article without any, so that its (empty) index is made once, not per call. */
const NO_PEOPLE: readonly string[] = [];

/**
 * The index of a list of known people. The batch command passes one list of the whole corpus's names (thousands)
 * to every article: it is read once, not once per article.
 */
function knownIndex(knownPeople: readonly string[]): KnownIndex {
  let index = knownIndexes.get(knownPeople);
  if (!index) {
    const familyNames = new Map<string, ActorKind>();
    const byCoreWord = new Map<string, Array<{ name: string }>>();
    for (const name of knownPeople) {
      const words = name.split(/\s+/);
      if (words.length > 1) familyNames.set(words[words.length - 1], 'person');
      for (const w of new Set(words.map(core))) {
        const list = byCoreWord.get(w);
        if (list) list.push({ name }); else byCoreWord.set(w, [{ name }]);
      }
    }
    index = { familyNames, byCoreWord };
    knownIndexes.set(knownPeople, index);
  }
  return index;
}

/** The words one article knows as names, over those known from elsewhere (which it reads but never changes). */
class KnownWords {
  private readonly own = new Map<string, ActorKind>();
  constructor(private readonly elsewhere: ReadonlyMap<string, ActorKind>) {}
  has(word: string): boolean { return this.own.has(word) || this.elsewhere.has(word); }
  get(word: string): ActorKind | undefined { return this.own.get(word) ?? this.elsewhere.get(word); }
  set(word: string, kind: ActorKind): void { this.own.set(word, kind); }
}

/**
 * One name, one reading per document: a capitalised word the tagger passed over somewhere ("messages from Trump")
 * is still a mention when the document names the same word elsewhere as an actor. And a lone capitalised word right
 * before a speech verb ("Merkel said") is a person even where the tagger does not look (sentence openers), unless
 * the text also writes it in lower case ("Police said" … "the police") or it reads like a plural noun.
 */
function addRepeatedNames(text: string, open: readonly OpenWord[], wordsInOrder: boolean, candidates: Candidate[], skip: readonly Span[], knownPeople: readonly string[]): void {
  // The family names of people the workspace knows in full count as names seen before.
  const known = new KnownWords(knownIndex(knownPeople).familyNames);
  // When the words and the candidates come in text order without overlaps (regions are lines, in order), a word
  // belongs to a candidate exactly when it starts inside one, found by binary search. Otherwise (regions given out
  // of order or overlapping) the start of every candidate word goes into a set.
  let inOrder = wordsInOrder;
  for (let i = 1; i < candidates.length && inOrder; i++) inOrder = candidates[i - 1].end <= candidates[i].start;
  const coveredStarts = inOrder ? undefined : new Set<number>();
  const covered = (t: Token): boolean => coveredStarts ? coveredStarts.has(t.start) : insideAny(candidates, t.start);
  for (const c of candidates) {
    if (coveredStarts) for (const t of c.tokens) coveredStarts.add(t.start);
    if (c.tokens.length === 1 && (!known.has(c.text) || c.kind === 'person')) known.set(c.text, c.kind);
    else if (c.kind === 'person') for (const t of c.tokens) if (!NAME_PARTICLES.has(t.text) && !known.has(t.text)) known.set(t.text, 'person');
  }
  // Anywhere in the text, the header and boilerplate included.
  const writtenLower = lowerCaseWordsOf(text);
  const added: Candidate[] = [];
  for (const { t, prev, cue } of open) {
    const knownKind = known.get(t.text);
    // Most capitalised words are neither before a speech verb nor a name seen elsewhere: decided here, cheaply.
    if (!cue && (t.sentenceStart || !knownKind)) continue;
    if (covered(t) || (lowerClass(t) & (NON_NAME | TITLE)) !== 0 || insideAny(skip, t.start)) continue;
    // A sentence opener, or a word not known as a name, must read as a person who speaks; of that test, the search
    // of the whole text for the word in lower case comes last.
    if ((t.sentenceStart || !knownKind) && !(cue && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isAdjectiveOfPlace(t) && !/[^s]s$/.test(t.text)
      && !ORG_KEYWORDS.has(lower(t)) && !PLACE_KEYWORDS.has(lower(t)) && !TITLE_MODIFIERS.has(lower(t)) && !writtenLower(t.text))) continue;
    added.push({
      start: t.start, end: t.end, tokens: [t], text: t.text, gazetteer: lookupName(t.text), sentenceStart: false,
      titleBefore: !!prev && isTitle(prev), cueAfter: cue, placePrepBefore: placePrepositionBefore(text, prev, t), kind: knownKind ?? 'person',
    });
  }
  if (!added.length) return;
  candidates.push(...added);
  candidates.sort((a, b) => a.start - b.start);
}

interface Draft {
  /** Made from a name as written ("name:" drafts), not from the gazetteer or a person's full name. */
  asWritten: boolean;
  name: string;
  kind: ActorKind;
  tokens: string[];
  mentions: Mention[];
  votes: Record<ActorKind, number>;
}

const NO_DRAFTS: Draft[] = [];
const NO_KNOWN: Array<{ name: string }> = [];

/** Whether every word of `inner` is in `outer` (both a handful of words). */
function containsAll(outer: readonly string[], inner: readonly string[]): boolean {
  for (const w of inner) if (!outer.includes(w)) return false;
  return true;
}

/** Whether a string starts with an upper-case letter (a char-code test for ASCII, the regex otherwise). */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
}

/** Whether a string reads the same in capitals (s === s.toUpperCase() without making the copy for ASCII). */
function inCapitals(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s === s.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** The words of a name that are not particles ("Ursula von der Leyen" → Ursula, Leyen). */
function nameWords(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) if (!NAME_PARTICLES.has(t.text)) out.push(t);
  return out;
}

const textsOf = (tokens: readonly Token[]): string[] => tokens.map((t) => t.text);

function linkCandidates(text: string, candidates: Candidate[], options: ActorOptions): Actor[] {
  // Folding (Unicode normalisation) is the costly part of comparing names: once per distinct string.
  const folded = new Map<string, string>();
  const fold = (s: string): string => {
    let f = folded.get(s);
    if (f === undefined) { f = foldName(s); folded.set(s, f); }
    return f;
  };
  // Drafts by key, one map per kind of key ("person:…", "organization:…", "place:…", "name:…"), so that the
  // key is the folded or canonical string itself (whose hash the engine keeps) rather than a new concatenation.
  const draftMaps: Record<ActorKind | 'name', Map<string, Draft>> = { person: new Map(), organization: new Map(), place: new Map(), name: new Map() };
  const byAcronym = new Map<string, Draft>();
  const acronymOf = (d: Draft): string => {
    if (d.tokens.length < 2) return '';
    let acronym = '';
    for (const w of d.tokens) if (startsUpper(w)) acronym += w[0];
    return acronym;
  };
  const order: Draft[] = [];
  /** A new draft under `key` in `map` (the caller has looked it up and not found it). */
  const make = (map: Map<string, Draft>, key: string, name: string, kind: ActorKind, tokens: string[]): Draft => {
    const d: Draft = { asWritten: map === draftMaps.name, name, kind, tokens, mentions: [], votes: { person: 0, organization: 0, place: 0 } };
    map.set(key, d);
    order.push(d);
    const acronym = acronymOf(d);
    if (acronym.length >= 2 && !byAcronym.has(acronym)) byAcronym.set(acronym, d);
    return d;
  };
  const add = (d: Draft, c: Candidate, kind: ActorKind, weight: number) => {
    d.mentions.push({ start: c.start, end: c.end, text: c.text });
    // (By name, not d.votes[kind]: a store under a key that varies is much slower than one under a known name.)
    if (kind === 'person') d.votes.person += weight;
    else if (kind === 'organization') d.votes.organization += weight;
    else d.votes.place += weight;
    if (c.text.length > d.name.length && !c.gazetteer) d.name = c.text;
  };

  // 1. Names of two words or more that the tagger calls a person (and the gazetteer knows not as a place).
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
      const key = coreWord(w);
      const list = byWord.get(key);
      if (!list) byWord.set(key, [d]);
      else if (!list.includes(d)) list.push(d);
    }
  };
  const personByToken = (word: string): Draft[] => byWord.get(coreWord(word)) ?? NO_DRAFTS;
  // The distinct core words of a draft's name words (by the array: a draft's words are replaced, never changed).
  const coreSets = new Map<string[], string[]>();
  const coreWordsOf = (tokens: string[]): string[] => {
    let set = coreSets.get(tokens);
    if (!set) { set = [...new Set(tokens.map(coreWord))]; coreSets.set(tokens, set); }
    return set;
  };
  // The person draft of each candidate that reads as a person's name of two words or more, by candidate index.
  const personDraft: Array<Draft | undefined> = new Array(candidates.length);
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci];
    if (c.kind !== 'person' || c.gazetteer || c.tokens.length > 6) continue;
    const named = nameWords(c.tokens);
    if (named.length < 2 || c.tokens.some(isTitle)) continue;
    // A longer name that contains a known shorter one (or the reverse) is the same person; words count once each.
    const words: string[] = [];
    for (const t of named) {
      const w = coreWord(t.text);
      if (!words.includes(w)) words.push(w);
    }
    let same: Draft | undefined;
    search: for (const w of words) {
      for (const p of personByToken(w)) {
        const pw = coreWordsOf(p.tokens);
        if (containsAll(pw, words) || (pw.length >= 2 && containsAll(words, pw))) { same = p; break search; }
      }
    }
    let d = same;
    if (!d) {
      const key = fold(nameKey(c.tokens));
      d = draftMaps.person.get(key) ?? make(draftMaps.person, key, c.text, 'person', textsOf(named));
      people.push(d);
    } else if (words.length > coreWordsOf(d.tokens).length) d.tokens = textsOf(named);
    index(d);
    personDraft[ci] = d;
  }
  const knownByWord = knownIndex(options.knownPeople ?? NO_PEOPLE).byCoreWord;
  // How the tagger read each lone word across the document: a word it mostly calls a place or an organization is
  // not linked to a person who happens to share it ("Chechnya" after a mis-tagged "Lebed Chechnya").
  const personVotes = new Map<string, number>();
  // The folded text of each one-word candidate, by candidate index, for step 2 (one look-up fewer each).
  const foldedWord: string[] = new Array(candidates.length);
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci];
    if (c.tokens.length !== 1) continue;
    const w = foldedWord[ci] = fold(c.text);
    personVotes.set(w, (personVotes.get(w) ?? 0) + (c.kind === 'person' ? 1 : -1));
  }

  // 2. Every candidate, in text order, joins an actor.
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci];
    const last = c.tokens[c.tokens.length - 1];
    if (c.gazetteer) {
      const g = c.gazetteer;
      const map = draftMaps[g.kind];
      add(map.get(g.canonical) ?? make(map, g.canonical, c.text, g.kind, [g.canonical]), c, g.kind, 3);
      continue;
    }
    if (c.tokens.length >= 2) {
      const person = personDraft[ci];
      if (person) {
        add(person, c, 'person', 2);
      } else {
        // The tagger's kind, unless the last word says otherwise ("… Party", "… Island").
        const kind: ActorKind = c.kind !== 'person' && PLACE_KEYWORDS.has(lower(last)) ? 'place' : c.kind !== 'person' && ORG_KEYWORDS.has(lower(last)) ? 'organization' : c.kind;
        const key = c.text.length > 4 && inCapitals(c.text) ? fold(c.text) + ':caps' : fold(c.text);
        add(draftMaps.name.get(key) ?? make(draftMaps.name, key, c.text, kind, textsOf(c.tokens)), c, kind, 2);
      }
      continue;
    }
    // A single word (whose text is the candidate's).
    const t = c.tokens[0];
    if ((lowerClass(t) & (NON_NAME | TITLE)) !== 0 || isAdjectiveOfPlace(t)) continue;
    const folded = foldedWord[ci];
    const cw = coreWord(t.text);
    // The family name of a person named in full, unless the tagger is sure it is something else here.
    const matches = byWord.get(cw) ?? NO_DRAFTS;
    if (matches.length && (c.kind === 'person' || (personVotes.get(folded) ?? 0) >= 0)) {
      const best = matches.length === 1 ? matches[0] : mostRecent(matches, c.start) ?? matches[0];
      add(best, c, 'person', 2);
      continue;
    }
    // An acronym ("EU", "U.N.") may stand for a name of several words; a lower-case letter second, as in most names, rules that out without the regex.
    const second = t.text.charCodeAt(1);
    const allCaps = !(second >= 97 && second <= 122) && /^[\p{Lu}\d&.]{2,8}$/u.test(t.text);
    if (allCaps) {
      const expanded = byAcronym.get(t.text.replace(/\./g, ''));
      if (expanded) { add(expanded, c, expanded.kind, 1); continue; }
    }
    const knownMatch = knownByWord.get(cw) ?? NO_KNOWN;
    if (knownMatch.length === 1) {
      const k = knownMatch[0];
      const key = fold(k.name);
      const d = draftMaps.person.get(key) ?? make(draftMaps.person, key, k.name, 'person', k.name.split(/\s+/));
      if (!people.includes(d)) { people.push(d); index(d); }
      d.name = k.name;
      add(d, c, 'person', 2);
      continue;
    }
    // A word in capitals ("CHICAGO" in a dateline) is kept apart from the same word in running text ("Chicago" the team).
    const key = t.text.length > 4 && inCapitals(t.text) ? folded + ':caps' : folded;
    const d = draftMaps.name.get(key) ?? make(draftMaps.name, key, c.text, c.kind, [t.text]);
    add(d, c, c.kind, c.titleBefore || c.cueAfter ? 2 : 1);
  }
  // Single words that were later found to be part of a fuller name ("President Vladimir" … "Vladimir Putin").
  for (const d of order) {
    if (d.tokens.length !== 1 || !d.asWritten || !d.mentions.length) continue;
    let fuller: Draft | undefined;
    let n = 0;
    for (const p of personByToken(d.tokens[0])) if (p !== d && p.tokens.length > 1) { fuller = p; n++; }
    if (n === 1 && d.votes.person >= d.votes.organization + d.votes.place) {
      fuller!.mentions.push(...d.mentions);
      fuller!.votes.person += d.votes.person + d.votes.organization + d.votes.place;
      d.mentions = [];
    }
  }
  const live: Draft[] = [];
  for (const d of order) if (d.mentions.length) live.push(d);
  return finish(text, live);
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

const isSlugChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** An id made of the name's letters and digits: "Viktor Orbán's" → "viktor-orban". */
function slug(name: string): string {
  const f = foldName(name);
  // One pass over the folded name: a trailing "'s" is dropped, every run of other characters becomes one dash
  // (runs of letters and digits are copied whole, not a character at a time).
  const end = f.endsWith("'s") ? f.length - 2 : f.length;
  let out = '';
  let i = 0;
  while (i < end) {
    while (i < end && !isSlugChar(f.charCodeAt(i))) i++;
    const from = i;
    while (i < end && isSlugChar(f.charCodeAt(i))) i++;
    if (i > from) out = out ? out + '-' + f.slice(from, i) : f.slice(from, i);
  }
  return out || 'actor';
}

/** The kind with the most votes; on a tie the first of person, organization, place. */
function winningKind(v: Record<ActorKind, number>): ActorKind {
  let kind: ActorKind = 'person';
  let best = v.person;
  if (v.organization > best) { kind = 'organization'; best = v.organization; }
  if (v.place > best) kind = 'place';
  return kind;
}

function finish(text: string, drafts: Draft[]): Actor[] {
  const used = new Set<string>();
  const actors: Actor[] = [];
  for (const d of drafts) {
    const all = d.mentions;
    // Mentions arrive in text order except where a single word joined a fuller name: sort only then.
    let sorted = true;
    for (let i = 1; i < all.length && sorted; i++) sorted = all[i - 1].start <= all[i].start;
    if (!sorted) all.sort((a, b) => a.start - b.start);
    const kind = winningKind(d.votes);
    const base = slug(d.name);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    // Two candidates at the same offset make one mention (mostly there are none such: the list is kept as it is).
    let mentions = all;
    for (let i = 1; i < all.length; i++) {
      if (all[i].start !== all[i - 1].start) continue;
      mentions = [];
      for (let j = 0; j < all.length; j++) if (j === 0 || all[j].start !== all[j - 1].start) mentions.push(all[j]);
      break;
    }
    actors.push({ id, name: d.name, kind, roles: kind === 'person' ? findRoles(text, mentions) : [], mentions });
  }
  // Drafts are mostly made at their first mention, so the actors are mostly in order already.
  let sorted = true;
  for (let i = 1; i < actors.length && sorted; i++) sorted = actors[i - 1].mentions[0].start <= actors[i].mentions[0].start;
  if (!sorted) actors.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return actors;
}
