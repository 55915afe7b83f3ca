import type { Actor, Line, Span } from '../types';
import { foldName, insideAny, isBlank, lineIndexOf } from '../text';
import { FEMALE_WORDS, MALE_WORDS, NAME_TITLES, ORG_NOUNS, PREPOSITIONS, ROLE_ABBREVIATIONS } from './cues';
import type { QuoteMarks } from './findQuoteMarks';

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
  /** Paragraph number of each line (blank lines share the number of the paragraph before). */
  paragraphOfLine: number[];
  mentions: MentionRef[];
  byEnd: Map<number, MentionRef>;
  byStart: Map<number, MentionRef>;
  marks: QuoteMarks[];
  /** The words inside each pair of marks, sorted and apart. */
  inners: Span[];
  gender: Map<string, Gender>;
  actorsById: Map<string, Actor>;
  /** Actors by the folded last word of their names ("king" → Charlie King), people first: for names the recogniser missed. */
  byLastName: Map<string, Actor>;
  /** The words of each actor's roles, abbreviations spelled out; filled on first use. */
  roleWords: Map<string, ReadonlySet<string>>;
}

export function makeContext(text: string, lines: Line[], marks: QuoteMarks[], actors: Actor[]): SpeakerContext {
  const mentions: MentionRef[] = actors.flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end, actor: a })))
    .sort((x, y) => x.start - y.start);
  const paragraphOfLine: number[] = [];
  let p = 0;
  let prevBlank = true;
  for (const l of lines) {
    const blank = isBlank(l.text);
    if (!blank && prevBlank) p++;
    paragraphOfLine.push(p);
    prevBlank = blank;
  }
  const ctx: SpeakerContext = {
    text, masked: mask(text, marks), lines, paragraphOfLine, mentions, marks, inners: marks.map((q) => q.inner),
    byEnd: new Map(mentions.map((m) => [m.end, m])),
    byStart: new Map(mentions.map((m) => [m.start, m])),
    gender: new Map(),
    actorsById: new Map(actors.map((a) => [a.id, a])),
    byLastName: new Map(),
    roleWords: new Map(),
  };
  for (const a of [...actors].sort((x, y) => Number(y.kind === 'person') - Number(x.kind === 'person'))) {
    const last = a.name.split(/\s+/).pop();
    if (last && last.length > 1 && !ctx.byLastName.has(foldName(last))) ctx.byLastName.set(foldName(last), a);
  }
  inferGenders(ctx, actors);
  return ctx;
}

/** Masks the words inside quotation marks, keeping their final punctuation so that “… .” still ends a sentence. */
function mask(text: string, marks: readonly QuoteMarks[]): string {
  let out = '';
  let at = 0;
  for (const q of marks) {
    const inner = text.slice(q.inner.start, q.inner.end);
    const tail = /[\s.!?,;:…]*$/.exec(inner)?.[0] ?? '';
    out += text.slice(at, q.inner.start) + 'q'.repeat(inner.length - tail.length) + tail;
    at = q.inner.end;
  }
  return out + text.slice(at);
}

/** Gender from the titles and role words the article puts next to a person: "Mrs. Clinton", "spokeswoman Jane Roe". */
function inferGenders(ctx: SpeakerContext, actors: Actor[]): void {
  for (const a of actors) {
    if (a.kind !== 'person') continue;
    let female = 0;
    let male = 0;
    const words = [...a.roles.flatMap((r) => r.toLowerCase().split(/\s+/))];
    for (const m of a.mentions) {
      const before = /([\p{L}]+)\.?\s+$/u.exec(ctx.text.slice(Math.max(0, m.start - 16), m.start))?.[1]?.toLowerCase();
      if (before) words.push(before);
    }
    for (const w of words) {
      if (FEMALE_WORDS.has(w) && w !== 'her' && w !== 'she') female++;
      if (MALE_WORDS.has(w) && w !== 'his' && w !== 'he' && w !== 'him') male++;
    }
    if (female > male) ctx.gender.set(a.id, 'female');
    else if (male > female) ctx.gender.set(a.id, 'male');
  }
}

export const paragraphAt = (ctx: SpeakerContext, offset: number): number => ctx.paragraphOfLine[lineIndexOf(ctx.lines, offset)] ?? 0;

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

/** Mentions before pos, most recent first, outside quotations, within the bounded look-back. */
function* recentMentions(ctx: SpeakerContext, pos: number, chars = LOOKBACK_CHARS, paragraphs = LOOKBACK_PARAGRAPHS): Generator<MentionRef> {
  const para = paragraphAt(ctx, pos);
  const first = firstMentionFrom(ctx, pos);
  for (let i = first - 1; i >= 0 && i >= first - LOOKBACK_MENTIONS; i--) {
    const m = ctx.mentions[i];
    if (m.start < pos - chars || para - paragraphAt(ctx, m.start) > paragraphs) return;
    if (!insideQuote(ctx, m.start)) yield m;
  }
}

/**
 * The person a pronoun at pos stands for: the subject of its own sentence when that fits ("Clinton says she …"),
 * else the last person named before it whose known gender does not clash.
 */
export function resolvePronoun(ctx: SpeakerContext, pronoun: string, pos: number, sentenceFrom = pos): Actor | null {
  const p = pronoun.toLowerCase();
  if (p === 'they' || p === 'it') {
    for (const m of recentMentions(ctx, pos)) if (m.actor.kind === 'organization') return m.actor;
    return null;
  }
  const want: Gender | undefined = p === 'she' ? 'female' : p === 'he' ? 'male' : undefined;
  const fits = (a: Actor): boolean => {
    const g = ctx.gender.get(a.id);
    return a.kind === 'person' && (!want || !g || g === want);
  };
  if (sentenceFrom < pos) {
    const own = firstSubjectMention(ctx, sentenceFrom, pos);
    if (own && fits(own.actor)) return own.actor;
  }
  for (const m of recentMentions(ctx, pos)) if (fits(m.actor)) return m.actor;
  return null;
}

/** The first actor in from..pos that is not governed by a preposition or a possessive. */
function firstSubjectMention(ctx: SpeakerContext, from: number, pos: number): MentionRef | null {
  for (let i = firstMentionFrom(ctx, from); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m.start >= pos) break;
    if (insideQuote(ctx, m.start)) continue;
    const w = wordBefore(ctx.masked, m.start);
    if (PREPOSITIONS.has(w) || /[’']s$/.test(w) || /^[’']s\b/.test(ctx.masked.slice(m.end, m.end + 3))) continue;
    return m;
  }
  return null;
}

/** An actor named by a capitalised word the recogniser did not mark here ("Mr. King added"): by its last name. */
export function actorByName(ctx: SpeakerContext, word: string): Actor | null {
  return ctx.byLastName.get(foldName(word.replace(/[’']s$/, ''))) ?? null;
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
  for (const m of recentMentions(ctx, pos, ROLE_LOOKBACK_CHARS, ROLE_LOOKBACK_PARAGRAPHS)) {
    const a = m.actor;
    if (person) {
      if (a.kind !== 'person') continue;
      const g = ctx.gender.get(a.id);
      if (want && g && g !== want) continue;
      if (holds(a)) return a;
      if (!fallback && near(m)) fallback = a;
    } else if (a.kind === 'organization') {
      if (a.name.toLowerCase().split(/\s+/).includes(n) || (ORG_NOUNS.has(n) && a.name.toLowerCase() === n)) return a;
    }
  }
  return person ? fallback : null;
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
  return /([\p{L}’'.-]+)[\s,]*$/u.exec(masked.slice(Math.max(0, pos - 30), pos))?.[1]?.toLowerCase() ?? '';
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
