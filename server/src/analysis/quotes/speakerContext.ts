import type { Actor, Line, Span } from '../types';
import { foldName, insideAny, isBlank, lineIndexOf, sortByStart } from '../text';
import { FEMALE_WORDS, MALE_WORDS, NAME_TITLES, PREPOSITIONS, ROLE_ABBREVIATIONS } from './cues';
import type { QuoteMarks } from './findQuoteMarks';
import { isAsciiWordCode, isSpaceCode, lettersBefore, trimSpacesEnd, wordBeforeIn } from './chars';

export interface MentionRef extends Span {
  actor: Actor;
}

/** Who, in a sentence, is the subject of a cue: an actor, or explicitly nobody that the text names. */
export type Subject = { actor: Actor | null; at?: Span } | undefined;

type Gender = 'female' | 'male';

/** How far back a pronoun or a role may look for its actor: characters, and paragraphs. */
const LOOKBACK_CHARS = 2500;
const LOOKBACK_PARAGRAPHS = 2;
/** A role that an actor explicitly holds ("the governor" for "Gov. Mike Pence") may be found further back. */
const ROLE_LOOKBACK_CHARS = 8000;
const ROLE_LOOKBACK_PARAGRAPHS = 12;
/** At most this many mentions are looked at, however dense the text. */
const LOOKBACK_MENTIONS = 150;

/** What attribution needs to know about the article, with lookups that never scan the whole text. */
export interface SpeakerContext {
  text: string;
  /** The text with the words inside quotation marks masked (final punctuation kept), so their verbs do not count. */
  masked: string;
  lines: Line[];
  actors: Actor[];
  /** Paragraph number of each line (blank lines share the number of the paragraph before); made on first use. */
  paragraphOfLine: number[] | null;
  /** All mentions, by start (ties in the order of the actors and their mentions). */
  mentions: MentionRef[];
  /** Mentions by end, needed only when their ends are not in the order of their starts (mentions that overlap). */
  byEnd: Map<number, MentionRef> | null;
  marks: QuoteMarks[];
  /** The words inside each pair of marks, sorted and apart. */
  inners: Span[];
  /** Gender of each person the article's titles and roles tell (null: they do not); filled on first use. */
  gender: Map<string, Gender | null>;
  /** Actors by id, made on first use when there are many (see actorById). */
  actorsById: Map<string, Actor> | null;
  /**
   * Actors by the folded last word of their names ("king" → Charlie King), people first: for names the recogniser
   * missed. Made on first use.
   */
  byLastName: Map<string, Actor> | null;
  /** The words of each actor's roles, abbreviations spelled out; filled on first use. */
  roleWords: Map<string, ReadonlySet<string>>;
  /** The words of each actor's name in lower case; filled on first use. */
  nameWords: Map<string, readonly string[]>;
  /** The first colon of the text at or after colonFrom (Infinity: none), as last searched for (see hasColon). */
  colonFrom: number;
  colonAt: number;
}

/**
 * Prepares attribution: the mentions, in order. Everything else that is not needed for every quotation is made on
 * first use, so an article with a quotation or two costs little more than those quotations. The marks come next
 * (setMarks), once the unclosed ones have been looked at, which needs only the mentions.
 */
export function makeContext(text: string, lines: Line[], actors: Actor[]): SpeakerContext {
  const ctx: SpeakerContext = {
    text, masked: text, lines, actors, paragraphOfLine: null, mentions: [], byEnd: null,
    marks: [], inners: [], gender: new Map(), actorsById: null, byLastName: null, roleWords: new Map(), nameWords: new Map(),
    colonFrom: Infinity, colonAt: -1,
  };
  indexMentions(ctx, actors);
  return ctx;
}

/** Gives the context the marks to attribute: their inner spans, and the text with their words masked. */
export function setMarks(ctx: SpeakerContext, marks: QuoteMarks[]): void {
  ctx.marks = marks;
  ctx.inners = marks.map((q) => q.inner);
  ctx.masked = mask(ctx.text, marks);
}

/** Sorts all mentions by start (stably: the sort keeps the order of equal starts). */
function indexMentions(ctx: SpeakerContext, actors: Actor[]): void {
  const { mentions } = ctx;
  for (const a of actors) for (const m of a.mentions) mentions.push({ start: m.start, end: m.end, actor: a });
  sortByStart(mentions);
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i].end < mentions[i - 1].end) {
      // Ends out of order: a map, where a later mention takes the place of an earlier one with the same end.
      ctx.byEnd = new Map(mentions.map((m) => [m.end, m]));
      break;
    }
  }
}

/** The mention that starts at pos; of several, the last in `mentions`. */
export function mentionStartingAt(ctx: SpeakerContext, pos: number): MentionRef | undefined {
  const m = ctx.mentions[firstMentionFrom(ctx, pos + 1) - 1];
  return m && m.start === pos ? m : undefined;
}

/** The mention that ends at pos; of several, the last in `mentions`. */
export function mentionEndingAt(ctx: SpeakerContext, pos: number): MentionRef | undefined {
  if (ctx.byEnd) return ctx.byEnd.get(pos);
  // Ends in order: the last mention that ends by pos.
  let lo = 0;
  let hi = ctx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.mentions[mid].end <= pos) lo = mid + 1; else hi = mid;
  }
  const m = ctx.mentions[lo - 1];
  return m && m.end === pos ? m : undefined;
}

/** Punctuation a masked quotation keeps at its end (with spaces): .!?,;:… */
const isFinalPunct = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 44 || c === 59 || c === 58 || c === 0x2026;

/** n times "q": a part of one long string, made once, when that is long enough. */
const Q = 'q'.repeat(4096);
const qs = (n: number): string => (n <= Q.length ? Q.slice(0, n) : 'q'.repeat(n));

/** Masks the words inside quotation marks, keeping their final punctuation so that “… .” still ends a sentence. */
function mask(text: string, marks: readonly QuoteMarks[]): string {
  // Built from parts in one go: a flat string, which the scans that follow read faster than a chain of concatenations.
  const parts: string[] = [];
  let at = 0;
  for (const q of marks) {
    // The longest tail of spaces and final punctuation stays as it is.
    let keep = q.inner.end;
    while (keep > q.inner.start && (isSpaceCode(text.charCodeAt(keep - 1)) || isFinalPunct(text.charCodeAt(keep - 1)))) keep--;
    parts.push(text.slice(at, q.inner.start), qs(keep - q.inner.start), text.slice(keep, q.inner.end));
    at = q.inner.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Gender from the titles and role words the article puts next to a person: "Mrs. Clinton", "spokeswoman Jane Roe". */
function inferGender(text: string, a: Actor): Gender | null {
  if (a.kind !== 'person') return null;
  let female = 0;
  let male = 0;
  const count = (w: string): void => {
    if (FEMALE_WORDS.has(w) && w !== 'her' && w !== 'she') female++;
    if (MALE_WORDS.has(w) && w !== 'his' && w !== 'he' && w !== 'him') male++;
  };
  for (const r of a.roles) for (const w of r.toLowerCase().split(/\s+/)) count(w);
  for (const m of a.mentions) {
    const before = wordBeforeSpaces(text, Math.max(0, m.start - 16), m.start);
    if (before) count(before.toLowerCase());
  }
  return female > male ? 'female' : male > female ? 'male' : null;
}

/**
 * The word of letters that ends, maybe with a period, before the spaces that end from..end ("Mrs. " or "spokeswoman "),
 * or "": what /([\p{L}]+)\.?\s+$/u captures in text.slice(from, end). The spaces are all those before end, the
 * period is taken when there is one, and the word is all the letters before it.
 */
function wordBeforeSpaces(text: string, from: number, end: number): string {
  const spaces = trimSpacesEnd(text, from, end);
  if (spaces === end) return '';
  const wordEnd = spaces > from && text.charCodeAt(spaces - 1) === 46 ? spaces - 1 : spaces;
  return text.slice(lettersBefore(text, from, wordEnd), wordEnd);
}

function genderOf(ctx: SpeakerContext, a: Actor): Gender | undefined {
  let g = ctx.gender.get(a.id);
  if (g === undefined) {
    g = inferGender(ctx.text, a);
    ctx.gender.set(a.id, g);
  }
  return g ?? undefined;
}

/** The actor with that id (of several, the last). A few actors are searched; many get a map. */
export function actorById(ctx: SpeakerContext, id: string): Actor | undefined {
  if (ctx.actors.length <= 32) {
    for (let i = ctx.actors.length - 1; i >= 0; i--) if (ctx.actors[i].id === id) return ctx.actors[i];
    return undefined;
  }
  ctx.actorsById ??= new Map(ctx.actors.map((a) => [a.id, a]));
  return ctx.actorsById.get(id);
}

function lastNames(ctx: SpeakerContext): Map<string, Actor> {
  if (!ctx.byLastName) {
    const byLastName = new Map<string, Actor>();
    const add = (a: Actor): void => {
      // The last word: what follows the last space (nothing when the name ends with one).
      let i = a.name.length;
      while (i > 0 && !isSpaceCode(a.name.charCodeAt(i - 1))) i--;
      if (a.name.length - i < 2) return;
      const last = foldName(a.name.slice(i));
      if (!byLastName.has(last)) byLastName.set(last, a);
    };
    // People first, each group in the order of the actors.
    for (const a of ctx.actors) if (a.kind === 'person') add(a);
    for (const a of ctx.actors) if (a.kind !== 'person') add(a);
    ctx.byLastName = byLastName;
  }
  return ctx.byLastName;
}

function paragraphOfLine(ctx: SpeakerContext): number[] {
  if (!ctx.paragraphOfLine) {
    const out: number[] = [];
    let p = 0;
    let prevBlank = true;
    for (const l of ctx.lines) {
      const blank = isBlank(l.text);
      if (!blank && prevBlank) p++;
      out.push(p);
      prevBlank = blank;
    }
    ctx.paragraphOfLine = out;
  }
  return ctx.paragraphOfLine;
}

export const paragraphAt = (ctx: SpeakerContext, offset: number): number => paragraphOfLine(ctx)[lineIndexOf(ctx.lines, offset)] ?? 0;

/** Index of the first mention that starts at or after pos. */
export function firstMentionFrom(ctx: SpeakerContext, pos: number): number {
  let lo = 0;
  let hi = ctx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.mentions[mid].start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export const insideQuote = (ctx: SpeakerContext, pos: number): boolean => insideAny(ctx.inners, pos);

/**
 * The first of the mentions before pos, most recent first, outside quotations, within the bounded look-back, for
 * which `pick` says yes; null when there is none.
 */
function recentMention(ctx: SpeakerContext, pos: number, pick: (m: MentionRef) => boolean, chars = LOOKBACK_CHARS, paragraphs = LOOKBACK_PARAGRAPHS): MentionRef | null {
  const para = paragraphAt(ctx, pos);
  const first = firstMentionFrom(ctx, pos);
  for (let i = first - 1; i >= 0 && i >= first - LOOKBACK_MENTIONS; i--) {
    const m = ctx.mentions[i];
    if (m.start < pos - chars || para - paragraphAt(ctx, m.start) > paragraphs) return null;
    if (!insideQuote(ctx, m.start) && pick(m)) return m;
  }
  return null;
}

/**
 * The person a pronoun at pos stands for: the subject of its own sentence when that fits ("Clinton says she …"),
 * else the last person named before it whose known gender does not clash.
 */
export function resolvePronoun(ctx: SpeakerContext, pronoun: string, pos: number, sentenceFrom = pos): Actor | null {
  const p = pronoun.toLowerCase();
  if (p === 'they' || p === 'it') {
    return recentMention(ctx, pos, (m) => m.actor.kind === 'organization')?.actor ?? null;
  }
  const want: Gender | undefined = p === 'she' ? 'female' : p === 'he' ? 'male' : undefined;
  const fits = (a: Actor): boolean => {
    if (a.kind !== 'person' || !want) return a.kind === 'person';
    const g = genderOf(ctx, a);
    return !g || g === want;
  };
  if (sentenceFrom < pos) {
    const own = firstSubjectMention(ctx, sentenceFrom, pos);
    if (own && fits(own.actor)) return own.actor;
  }
  return recentMention(ctx, pos, (m) => fits(m.actor))?.actor ?? null;
}

/** The first actor in from..pos that is not governed by a preposition or a possessive. */
function firstSubjectMention(ctx: SpeakerContext, from: number, pos: number): MentionRef | null {
  for (let i = firstMentionFrom(ctx, from); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m.start >= pos) break;
    if (insideQuote(ctx, m.start)) continue;
    const w = wordBefore(ctx.masked, m.start);
    if (PREPOSITIONS.has(w) || /[’']s$/.test(w) || possessiveAt(ctx.masked, m.end)) continue;
    return m;
  }
  return null;
}

/** Does a possessive "’s" (or "'s") follow at pos, as /^[’']s\b/ tests on the three characters from pos? */
function possessiveAt(s: string, pos: number): boolean {
  const c = s.charCodeAt(pos);
  if ((c !== 0x2019 && c !== 39) || s.charCodeAt(pos + 1) !== 115) return false;
  return pos + 2 >= s.length || !isAsciiWordCode(s.charCodeAt(pos + 2));
}

/** An actor named by a capitalised word the recogniser did not mark here ("Mr. King added"): by its last name. */
export function actorByName(ctx: SpeakerContext, word: string): Actor | null {
  return lastNames(ctx).get(foldName(word.replace(/[’']s$/, ''))) ?? null;
}

/**
 * The actor a description names: "the minister" is the last person whose roles say minister, else the last
 * person named; "the ministry" is the last organization with that word in its name.
 */
export function resolveRole(ctx: SpeakerContext, noun: string, pos: number, person: boolean): Actor | null {
  const n = noun.toLowerCase();
  let fallback: Actor | null = null;
  const want: Gender | undefined = FEMALE_WORDS.has(n) ? 'female' : MALE_WORDS.has(n) ? 'male' : undefined;
  const holds = (a: Actor): boolean => roleWords(ctx, a).has(n);
  const para = paragraphAt(ctx, pos);
  const near = (m: MentionRef): boolean => m.start >= pos - LOOKBACK_CHARS && para - paragraphAt(ctx, m.start) <= LOOKBACK_PARAGRAPHS;
  const found = recentMention(ctx, pos, (m) => {
    const a = m.actor;
    if (person) {
      if (a.kind !== 'person') return false;
      const g = genderOf(ctx, a);
      if (want && g && g !== want) return false;
      if (holds(a)) return true;
      if (!fallback && near(m)) fallback = a;
      return false;
    }
    // (A name that is just the noun, "the Commission" for an organization named Commission, is one of these words.)
    return a.kind === 'organization' && nameWords(ctx, a).includes(n);
  }, ROLE_LOOKBACK_CHARS, ROLE_LOOKBACK_PARAGRAPHS);
  if (found) return found.actor;
  return person ? fallback : null;
}

/** The words of an actor's name in lower case, split at spaces; kept for the next look. */
function nameWords(ctx: SpeakerContext, a: Actor): readonly string[] {
  let words = ctx.nameWords.get(a.id);
  if (!words) {
    words = a.name.toLowerCase().split(/\s+/);
    ctx.nameWords.set(a.id, words);
  }
  return words;
}

function roleWords(ctx: SpeakerContext, a: Actor): ReadonlySet<string> {
  let words = ctx.roleWords.get(a.id);
  if (!words) {
    words = new Set(a.roles.flatMap((r) => r.toLowerCase().split(/[\s.]+/)).map((w) => ROLE_ABBREVIATIONS[w] ?? w));
    ctx.roleWords.set(a.id, words);
  }
  return words;
}

/** The word just before pos, lower case ("" when none). */
export function wordBefore(masked: string, pos: number): string {
  return wordBeforeIn(masked, Math.max(0, pos - 30), pos).toLowerCase();
}

/**
 * The subject of the clause that runs from `from` to `pos`: its first actor not governed by a preposition, or a
 * leading he/she. "During a speech, Trump attacked Clinton …, saying" → Trump.
 */
export function clauseSubject(ctx: SpeakerContext, from: number, pos: number): Subject {
  const seg = ctx.masked.slice(from, pos);
  const pron = /(?:^|[\s,])(he|she|He|She)\s+(?!\p{Lu})/u.exec(seg);
  const pronAt = pron ? from + pron.index + pron[0].indexOf(pron[1]) : Infinity;
  const m = firstSubjectMention(ctx, from, Math.min(pos, pronAt));
  if (m) return { actor: m.actor, at: { start: m.start, end: m.end } };
  if (pron) return { actor: resolvePronoun(ctx, pron[1], pronAt) };
  return undefined;
}

/** A mention that starts within a few words after pos ("said Sen. Claire McCaskill", "said 9/11 widow Terry Strada"). */
export function mentionAfter(ctx: SpeakerContext, pos: number, limit: number): MentionRef | null {
  const stop = Math.min(limit, pos + 60);
  for (let i = firstMentionFrom(ctx, pos); i < ctx.mentions.length && ctx.mentions[i].start < stop; i++) {
    const m = ctx.mentions[i];
    if (NAME_TITLES.has(m.actor.name.toLowerCase())) continue; // "Sen" taken for a name: the name follows
    const gap = ctx.masked.slice(pos, m.start);
    if (/[,;:“”"«»(]/.test(gap)) return null;
    const words = gap.match(/[\p{L}\d/’'.-]+/gu) ?? [];
    if (words.length > 4) return null;
    if (words.some((w) => PREPOSITIONS.has(w.toLowerCase()) && !NAME_TITLES.has(w.toLowerCase()))) return null;
    return m;
  }
  return null;
}
