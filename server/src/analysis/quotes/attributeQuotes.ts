import type { Actor, Line, Quote, QuoteKind, Span } from '../types';
import { isBlank, lineIndexOf } from '../text';
import { ABBREVIATIONS, CUE_WORDS, INVERTIBLE_CUES, NAME_TITLES, ORG_NOUNS, PERSON_ROLES, SUBORDINATORS } from './cues';
import type { QuoteMarks } from './findQuoteMarks';
import {
  firstNonSpace, isAsciiWordCode, isSpaceCode, lastNonSpace, lastWord, lettersAndPeriodsBefore, lettersFrom, skipSpaces,
  titleAndName, trimSpacesEnd, wordCharAt,
} from './chars';
import {
  actorById, actorByName, clauseSubject, makeContext, mentionAfter, mentionEndingAt, mentionStartingAt, paragraphAt,
  resolvePronoun, resolveRole, setMarks, type SpeakerContext, type Subject,
} from './speakerContext';

/** How far a sentence may reach around a quotation; keeps every look-around bounded on long one-line articles. */
const SENTENCE_REACH = 600;

/** . ! ? */
const isSentenceMark = (c: number): boolean => c === 46 || c === 33 || c === 63;

/** Closing quotes and brackets that may follow the end of a sentence: " ” ’ » ) */
const isSentenceCloser = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41;

/**
 * A candidate end of a sentence at k: ".", "!" or "?", its closers, then a space or the end of the text, as
 * /[.!?]["”’»)]*(?=\s|$)/ matches. Returns the offset after the closers, or -1. (Closers are no spaces, so only the
 * longest run of them can be followed by one, and matches never overlap.)
 */
function sentenceEndAt(s: string, k: number): number {
  if (!isSentenceMark(s.charCodeAt(k))) return -1;
  let j = k + 1;
  while (j < s.length && isSentenceCloser(s.charCodeAt(j))) j++;
  return j === s.length || isSpaceCode(s.charCodeAt(j)) ? j : -1;
}

/** Is the sentence-ending candidate k..end really the end of a sentence (not "Mr.", "B.", "a.m." or "?” he said)? */
function endsSentence(masked: string, k: number, end: number): boolean {
  const after = firstNonSpace(masked, end, end + 4);
  if (after && !isUpperCase(after)) return false;
  if (masked[k] !== '.') return true;
  const wordStart = lettersAndPeriodsBefore(masked, Math.max(0, k - 12), k);
  // An abbreviation has four characters at most, and lower case never shortens a word: most words need no look-up.
  if (k - wordStart > MAX_ABBREVIATION) return true;
  const word = masked.slice(wordStart, k);
  // (The lengths first: the expressions below need one character, or two or three.)
  if (word.length <= 2 && /^\p{Lu}$/u.test(word)) return false; // an initial: "Charles B. Rangel"
  if ((word.length === 2 || word.length === 3) && /^nos?$/i.test(word)) {
    return !/^\d/.test(after ?? ''); // "No. 5", but "shaking his head no."
  }
  return !ABBREVIATIONS.has(word.toLowerCase());
}

const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

/** Is ch (one character) the same in upper case, as ch === ch.toUpperCase() tells? ASCII is answered at once. */
function isUpperCase(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 128) return !(c >= 97 && c <= 122);
  return ch === ch.toUpperCase();
}

/**
 * Where the sentence around pos starts, looking back at most SENTENCE_REACH characters within the line: just after the
 * last real sentence end that lies in that reach and ends by pos. Looking back from pos, the first one found is it.
 */
function sentenceStart(ctx: SpeakerContext, line: Line, pos: number): number {
  const start = Math.max(line.start, pos - SENTENCE_REACH);
  const s = ctx.masked;
  for (let k = pos - 1; k >= start; k--) {
    if (!isSentenceMark(s.charCodeAt(k))) continue;
    const end = sentenceEndAt(s, k);
    if (end >= 0 && end <= pos && endsSentence(s, k, end)) return end;
  }
  return start;
}

/** Where the sentence that goes on at pos ends: after the first real sentence end from pos, at most SENTENCE_REACH on. */
function sentenceEnd(ctx: SpeakerContext, line: Line, pos: number): number {
  const stop = Math.min(line.end, pos + SENTENCE_REACH);
  const s = ctx.masked;
  for (let k = pos; k < stop; k++) {
    if (!isSentenceMark(s.charCodeAt(k))) continue;
    const end = sentenceEndAt(s, k);
    if (end >= 0 && endsSentence(s, k, end)) return end;
  }
  return stop;
}

/** Layers that may stand between a subject and its cue and say nothing about who speaks. */
const PARENTHESIS = /\s*\([^()]{0,60}\)$/u;
const APPOSITION = /,[^,;:]{1,120},$/u;
const ADVERBIAL = new RegExp('(?:^|\\s)(?:' + [
  'on\\s+(?:\\p{L}+day|Twitter|Facebook|X|Instagram|television|TV|CNN|MSNBC|Fox(?:\\s+News)?|air|camera|stage)',
  '(?:in|at|during|after|on)\\s+(?:a|an|its|his|her|their|the|one|this)\\s+[\\p{L}\\d\\s’\'-]{2,40}?',
  '(?:also|later|earlier|then|previously|recently|once|again|further|separately|repeatedly|publicly|privately|simply|quickly|flatly|bluntly|forcefully|yesterday|today|tonight|has|have|had|would|will|did|does|who|was|is|reportedly|initially|first|finally)',
  '(?:last|this|on|early|late)\\s+\\p{L}+', '(?:is|was|has\\s+been|had\\s+been)\\s+quoted\\s+as', '\\p{L}+day(?:\\s+(?:morning|afternoon|evening|night))?',
].join('|') + ')$', 'u');

/** The actor named by the words that end just at `end`: a mention, "Mr. Morgan of the Sierra Club", a pronoun or a role. */
function subjectEndingAt(ctx: SpeakerContext, seg: string, end: number, sentenceFrom = end): Subject {
  const ref = mentionEndingAt(ctx, end);
  if (ref) {
    // "Mr. Morgan of the Sierra Club": the person, not the organization after "of".
    const of = /\s+of\s+(?:the\s+)?$/u.exec(ctx.masked.slice(Math.max(0, ref.start - 12), ref.start));
    const owner = of ? mentionEndingAt(ctx, ref.start - of[0].length) : undefined;
    const pick = owner && owner.actor.kind === 'person' ? owner : ref;
    return { actor: pick.actor, at: { start: pick.start, end: pick.end } };
  }
  const last = lastWord(seg).toLowerCase();
  if (!last) return undefined;
  if (PRONOUNS.has(last)) return { actor: resolvePronoun(ctx, last, end - last.length, sentenceFrom) };
  // A name the recogniser missed here: after a title or a given name ("Mr. King added"), or alone right after
  // the quotation ("“…,” Cuban said", where the recogniser took the name for a demonym).
  const alone = /^[\s,—–-]*(\p{Lu}[\p{L}’'-]+)$/u.exec(seg);
  const lone = alone && !QUOTE_LEAD_WORDS.has(alone[1].toLowerCase()) ? actorByName(ctx, alone[1]) : null;
  if (lone && lone.kind !== 'place' && ctx.masked.slice(Math.max(0, end - seg.length - 3), end - seg.length).match(/[”"’»]\s*,?\s*$|[”"’»],?$/)) return { actor: lone };
  const named = titleAndName(seg);
  if (named && (NAME_TITLES.has(named[0].replace(/\.$/, '').toLowerCase()) || /^\p{Lu}[\p{Ll}]+$/u.test(named[0]))) {
    const actor = actorByName(ctx, named[1]);
    if (actor && actor.kind !== 'place') return { actor };
  }
  const person = PERSON_ROLES.has(last) || /(?:man|woman|person)$/.test(last);
  if (!person && !ORG_NOUNS.has(last) && !/^(?:source|sources|statement|readout|report|official|officials|spokesperson)$/.test(last)) return undefined;
  const np = /(?:^|\s)(the|this|that|a|an|one|another|his|her|its|their|[\p{L}’'-]+[’']s)\s+(?:[\p{L}\d’'-]+\s+){0,6}?[\p{L}’'-]+$/iu.exec(seg);
  if (np && np[1].toLowerCase() !== 'the' && np[1].toLowerCase() !== 'this' && np[1].toLowerCase() !== 'that') return { actor: null };
  if (!np && !/^\s*(?:[\p{Lu}][\p{L}’'-]*\s+){0,3}[\p{L}’'-]+$/u.test(seg.slice(-40))) return undefined;
  return { actor: resolveRole(ctx, last, end, person) };
}

/** Resolves what stands just before `pos` (a cue verb) to the speaker, peeling appositions and adverbials. */
function subjectBefore(ctx: SpeakerContext, from: number, pos: number, sentenceFrom = from): Subject {
  const base = Math.max(from, pos - 300);
  let seg = ctx.masked.slice(base, pos);
  for (let guard = 0; guard < 8; guard++) {
    seg = seg.slice(0, trimSpacesEnd(seg, 0, seg.length));
    if (!seg) return undefined;
    const found = subjectEndingAt(ctx, seg, base + seg.length, sentenceFrom);
    if (found) return found;
    const lastChar = seg.charCodeAt(seg.length - 1);
    const appos = lastChar === 44 ? APPOSITION.exec(seg) : null; // both layers end with their mark: "," or ")"
    if (appos) {
      // "His former partner, Lawrence B. Cummings, called": the apposition is the name.
      const named = subjectEndingAt(ctx, seg.slice(0, -1), base + seg.length - 1, sentenceFrom);
      if (named?.actor && named.at && named.at.start >= base + appos.index) return named;
    }
    const layer = (lastChar === 41 ? PARENTHESIS.exec(seg) : null) ?? appos ?? ADVERBIAL.exec(seg);
    if (!layer || layer.index === 0) return undefined;
    seg = seg.slice(0, layer.index);
  }
  return undefined;
}

/** What stands just after an inverted cue: "said Orban", "said the Kremlin", "according to X", "said he". */
function subjectAfter(ctx: SpeakerContext, pos: number, limit: number): Subject {
  // Both expressions below need spaces, then a word that starts with one of a few letters: first look at that letter.
  const word = skipSpaces(ctx.masked, pos, limit);
  const letter = word > pos && word < limit ? ctx.masked.charCodeAt(word) | 32 : 0; // ASCII letters in lower case
  const pron = word < pos + 8 && (letter === 104 || letter === 115 || letter === 116 || letter === 105) // h s t i
    ? /^\s+(he|she|they|it)\b/i.exec(ctx.masked.slice(pos, Math.min(limit, pos + 8))) : null;
  if (pron) return { actor: resolvePronoun(ctx, pron[1], pos) };
  const ref = mentionAfter(ctx, pos, limit);
  if (ref) {
    // "said Mr. Morgan of the Sierra Club" is Morgan, and so is "said Morgan".
    return { actor: ref.actor, at: { start: ref.start, end: ref.end } };
  }
  // (Beyond ASCII, case folding is the expression's to judge.)
  const role = letter && word < pos + 80 && (letter === 116 || letter === 97 || letter === 111 || letter >= 128) // t a o
    && /^\s+(?:the|a|an|one)\s+(?:[\p{L}\d’'-]+\s+){0,4}?([\p{L}’'-]+)(?=[\s,.;:]|$)/iu.exec(ctx.masked.slice(pos, Math.min(limit, pos + 80)));
  if (role) {
    const r = subjectEndingAt(ctx, role[0], pos + role[0].length);
    if (r) return r;
  }
  return undefined;
}

interface Cue extends Span {
  word: string;
}

/**
 * A quick filter for cue words (and "according"), by their first two letters in lower case, and by their first and
 * last: for each pair, a bit for each length that a cue word with those letters has. Other words need not be put in
 * lower case and looked up.
 */
const CUE_PREFIXES = new Uint16Array(128 * 128);
const CUE_ENDS = new Uint16Array(128 * 128);
for (const w of [...CUE_WORDS, 'according']) {
  CUE_PREFIXES[w.charCodeAt(0) * 128 + w.charCodeAt(1)] |= 1 << w.length;
  CUE_ENDS[w.charCodeAt(0) * 128 + w.charCodeAt(w.length - 1)] |= 1 << w.length;
}

/** May the word at start..end be a cue word in lower case? False only when it cannot be. */
function mayBeCue(s: string, start: number, end: number): boolean {
  const n = end - start;
  if (n < 2 || n > 15) return false; // the words are 3 to 13 letters long
  const a = s.charCodeAt(start);
  const b = s.charCodeAt(start + 1);
  // ASCII letters: | 32 is lower case ("'" and "-" stay as they are). Beyond ASCII, lower case may still give one
  // (the Kelvin sign gives k), so let the look-up decide.
  if (a >= 128 || b >= 128) return true;
  if (!(CUE_PREFIXES[(a | 32) * 128 + (b | 32)] & (1 << n))) return false;
  const z = s.charCodeAt(end - 1);
  return z >= 128 || (CUE_ENDS[(a | 32) * 128 + (z | 32)] & (1 << n)) !== 0;
}

/** The cues in from..to of the masked text: its words (runs of WORD within from..to) that are cue words. */
function cuesIn(ctx: SpeakerContext, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  const s = ctx.masked;
  let i = from;
  while (i < to) {
    let n = wordCharAt(s, i, to);
    if (!n) {
      i++;
      continue;
    }
    const start = i;
    while (n) {
      i += n;
      n = i < to ? wordCharAt(s, i, to) : 0;
    }
    // Lower case never changes the length of a word that becomes a cue word (they are all ASCII).
    if (!mayBeCue(s, start, i)) continue;
    const w = s.slice(start, i).toLowerCase();
    if (CUE_WORDS.has(w)) cues.push({ start, end: i, word: w });
    else if (w === 'according' && /^\s+to\b/.test(s.slice(i, to))) cues.push({ start, end: i + 3, word: 'according to' });
  }
  return cues;
}

/** Are all the characters of from..end such that test(their code) holds? */
function allChars(s: string, from: number, end: number, test: (c: number) => boolean): boolean {
  for (let i = from; i < end; i++) if (!test(s.charCodeAt(i))) return false;
  return true;
}

/** Anything but a mark that opens a quotation: “ " « „ */
const isNoOpeningMark = (c: number): boolean => c !== 0x201c && c !== 34 && c !== 0xab && c !== 0x201e;

const isSpaceOrComma = (c: number): boolean => isSpaceCode(c) || c === 44;

/** What may stand between a quotation and a cue right after it: spaces, commas and dashes (/[\s,—–-]/). */
const isLeadChar = (c: number): boolean => isSpaceCode(c) || c === 44 || c === 0x2014 || c === 0x2013 || c === 45;

/** The first word of from..end after spaces, commas, semicolons and dashes: what /^[\s,;—–-]*(\p{L}+)/u captures, or "". */
function firstWordOf(s: string, from: number, end: number): string {
  let i = from;
  while (i < end && (isLeadChar(s.charCodeAt(i)) || s.charCodeAt(i) === 59)) i++;
  return s.slice(i, lettersFrom(s, i, end));
}

interface Attribution {
  subject: Subject;
  cue: Cue | null;
}

const DASH_BYLINE = /^[^\S\n]*(?:[―—–]|--?)[^\S\n]*/u;

/** Does a dash come first after pos, after spaces on the same line, within DASH_BYLINE's reach of six characters? */
function startsWithDash(s: string, pos: number): boolean {
  const end = Math.min(s.length, pos + 6);
  let i = pos;
  while (i < end && s.charCodeAt(i) !== 10 && isSpaceCode(s.charCodeAt(i))) i++;
  return i < end && '―—–-'.includes(s[i]);
}

/** After the quote: “…,” said Orban / “…,” Orban said / “…,” the Kremlin said in a statement / “…” ― Jane Roe. */
function attributionAfter(ctx: SpeakerContext, q: Span, end: number, sentenceFrom: number): Attribution | null {
  const dash = startsWithDash(ctx.masked, q.end) ? DASH_BYLINE.exec(ctx.masked.slice(q.end, q.end + 6)) : null;
  if (dash && dash[0].trim()) {
    const ref = mentionAfter(ctx, q.end + dash[0].length - 1, Math.min(end, q.end + 80));
    if (ref && ref.actor.kind !== 'place') return { subject: { actor: ref.actor, at: { start: ref.start, end: ref.end } }, cue: null };
    // A byline the recogniser did not take for a name: known by its surname, or at least nobody else's words.
    const byline = /^((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)\.?\s*$/u.exec(ctx.masked.slice(q.end + dash[0].length, Math.min(end, q.end + 80)));
    if (byline) return { subject: { actor: actorByName(ctx, byline[1].split(/\s+/).pop() ?? '') }, cue: null };
  }
  let fallback: Attribution | null = null;
  for (const cue of cuesIn(ctx, q.end, end)) {
    if (allChars(ctx.masked, q.end, cue.start, isLeadChar)) {
      const after = INVERTIBLE_CUES.has(cue.word) || cue.word === 'according to' ? subjectAfter(ctx, cue.end, end) : undefined;
      if (after?.actor) return { subject: after, cue };
      fallback ??= { subject: after ?? { actor: null }, cue };
      continue;
    }
    // Another quotation comes first: what follows is its attribution.
    if (!allChars(ctx.masked, q.end, cue.start, isNoOpeningMark)) break;
    // "“…,” when Clinton blasted him": a clause of its own, not this quotation's attribution.
    if (SUBORDINATORS.has(firstWordOf(ctx.masked, q.end, cue.start).toLowerCase())) break;
    const before = subjectBefore(ctx, q.end, cue.start, sentenceFrom);
    if (before) return { subject: before, cue };
    if (cue.word === 'according to') return { subject: subjectAfter(ctx, cue.end, end) ?? { actor: null }, cue };
  }
  return fallback;
}

const isParticiple = (w: string): boolean => w.endsWith('ing');

/** Does from..end end with "and", "but" or "then" and maybe spaces, as /\b(?:and|but|then)\s*$/ tests? */
function endsWithConjunction(s: string, from: number, end: number): boolean {
  const j = trimSpacesEnd(s, from, end);
  for (const w of CONJUNCTIONS) {
    const start = j - w.length;
    if (start >= from && s.startsWith(w, start) && (start === from || !isAsciiWordCode(s.charCodeAt(start - 1)))) return true;
  }
  return false;
}
const CONJUNCTIONS = ['and', 'but', 'then'];
const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
/** Capitalised words that may follow a quotation without naming anyone. */
const QUOTE_LEAD_WORDS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'the', 'a', 'an', 'this', 'that', 'then', 'but', 'and']);

/** Before the quote, in the same sentence: Orban said: “…” / Putin said Kyiv had adopted a “destructive” position. */
function attributionBefore(ctx: SpeakerContext, from: number, q: Span): Attribution | null {
  const cues = cuesIn(ctx, from, q.start);
  let fallback: Attribution | null = null;
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i];
    if (cue.word === 'according to') {
      const s = subjectAfter(ctx, cue.end, q.start);
      if (s?.actor) return { subject: s, cue };
      fallback ??= { subject: { actor: null }, cue };
      continue;
    }
    // A participle after a comma (", saying") or a coordinated verb ("… and said") shares the subject of its clause;
    // right after a name ("with Roe calling it …") the name is its subject.
    const shared = (isParticiple(cue.word) && lastNonSpace(ctx.masked, from, cue.start) === ',')
      || endsWithConjunction(ctx.masked, from, cue.start);
    const prev = cues[i - 1];
    if (shared && prev && /^[\s\p{L}]{0,40},\s*$/u.test(ctx.masked.slice(prev.end, cue.start))) {
      // "…, Spicer said, adding, “…”": the participle continues the cue before it.
      const s = subjectBefore(ctx, from, prev.start) ?? (INVERTIBLE_CUES.has(prev.word) ? subjectAfter(ctx, prev.end, cue.start) : undefined);
      if (s?.actor) return { subject: s, cue };
    }
    let subject = shared ? undefined : subjectBefore(ctx, from, cue.start);
    if (!subject && !shared && INVERTIBLE_CUES.has(cue.word) && allChars(ctx.masked, from, cue.start, isSpaceOrComma)) {
      subject = subjectAfter(ctx, cue.end, q.start);
    }
    // The nearest cue with a subject governs, even when that subject names nobody ("a top diplomat said"); a
    // participle after a noun ("issued a statement calling") still belongs to its clause.
    if (subject && (subject.actor || !isParticiple(cue.word))) return { subject, cue };
    subject = clauseSubject(ctx, from, cue.start);
    if (subject?.actor) return { subject, cue };
    fallback ??= { subject: subject ?? { actor: null }, cue };
  }
  return fallback;
}

/**
 * An unclosed quotation often lost its closing mark before the attribution: “… NATO! Peter, who…, wrote on Twitter.
 * (Reads only the text and the mentions: the context has no marks yet.)
 */
function recoverUnclosed(ctx: SpeakerContext, q: QuoteMarks): QuoteMarks {
  const inner = ctx.text.slice(q.inner.start, q.inner.end);
  const breaks = [...inner.matchAll(/[.!?](?=\s+[\p{Lu}])/gu)];
  if (!breaks.length) return q;
  // The rest after a break is the attribution only if it holds one sentence end at most. Rests shrink from break to
  // break, so count the ends of the whole quotation once: those at or after a cut are the rest's.
  const ends = [...inner.matchAll(/[.!?](?=\s|$)/g)].map((e) => e.index ?? 0);
  let e = 0;
  for (const b of breaks) {
    const cut = q.inner.start + (b.index ?? 0) + 1;
    while (e < ends.length && ends[e] < cut - q.inner.start) e++;
    if (ends.length - e > 1) continue;
    const rest = ctx.text.slice(cut, q.inner.end);
    const words = rest.trim().split(/\s+/);
    if (words.length > 30) continue;
    const ref = mentionStartingAt(ctx, cut + (rest.length - rest.trimStart().length));
    const hasCue = words.some((w) => CUE_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
    if (ref && hasCue) return { ...q, end: cut, inner: { start: q.inner.start, end: cut } };
  }
  return q;
}

/** Is ch a letter that is upper case (it changes in lower case and not in upper case)? ASCII is answered at once. */
function isUpperCaseLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 128) return c >= 65 && c <= 90;
  return ch === ch.toUpperCase() && ch !== ch.toLowerCase();
}

/** Speech, a partial quotation or a term, from the quoted words and what stands before them in the sentence (from on). */
function kindOf(text: string, q: QuoteMarks, masked: string, from: number, attributed: boolean): QuoteKind {
  const { inner } = q;
  const firstAt = skipSpaces(text, inner.start, inner.end);
  const first = firstAt < inner.end ? text[firstAt] : '';
  // The sentence opens with the quotation, or after a colon, a comma or a dash.
  const prefixEnd = trimSpacesEnd(masked, from, Math.max(from, q.start));
  const opensSentence = prefixEnd === from || ':,—–'.includes(masked[prefixEnd - 1]);
  const lastAt = trimSpacesEnd(text, inner.start, inner.end);
  const statement = lastAt > inner.start && ',.!?…'.includes(text[lastAt - 1]);
  if (opensSentence && statement && isUpperCaseLetter(first)) return 'speech';
  // The rules below count the words, when they are not settled without them.
  if (!opensSentence && attributed) return 'partial';
  const words = wordsUpTo6(text, inner.start, inner.end);
  if (words >= 4 && isUpperCaseLetter(first) && opensSentence) return 'speech';
  if (words >= 6 && opensSentence) return 'speech';
  if (attributed || words > 4) return 'partial';
  return 'term';
}

/** The words of from..end (runs of non-spaces), counted up to six: no rule of kindOf asks for more. */
function wordsUpTo6(text: string, from: number, end: number): number {
  let words = 0;
  for (let i = skipSpaces(text, from, end); i < end && words < 6; i = skipSpaces(text, i, end)) {
    words++;
    while (i < end && !isSpaceCode(text.charCodeAt(i))) i++;
  }
  return words;
}

/** Does the quotation end its sentence ("… home.” The next sentence …)? Then what follows belongs to the next one. */
function endsWithSentence(ctx: SpeakerContext, q: QuoteMarks): boolean {
  const last = lastNonSpace(ctx.text, q.inner.start, q.inner.end);
  if (!last || !'.!?…'.includes(last)) return false;
  const next = firstNonSpace(ctx.masked, q.end, q.end + 4);
  return !next || next === next.toUpperCase();
}

/** Classifies each pair of marks and names its speaker when the text does. */
export function attributeQuotes(text: string, lines: Line[], marksIn: QuoteMarks[], actors: Actor[], bodyStart = 0): Quote[] {
  if (!marksIn.length) return [];
  const ctx = makeContext(text, lines, actors);
  const marks = marksIn.map((q) => (q.closed ? q : recoverUnclosed(ctx, q)));
  setMarks(ctx, marks);
  const quotes: Quote[] = [];
  for (let i = 0; i < marks.length; i++) {
    const q = marks[i];
    const firstLine = ctx.lines[lineIndexOf(ctx.lines, q.start)];
    const lastLine = ctx.lines[lineIndexOf(ctx.lines, Math.max(q.start, q.end - 1))];
    const from = Math.max(sentenceStart(ctx, firstLine, q.start), Math.min(bodyStart, q.start));
    const to = sentenceEnd(ctx, lastLine, q.end);
    const found = attribute(ctx, q, marks[i + 1], from, to, quotes);
    const attributed = !!found?.subject?.actor || !!found?.cue;
    const kind = kindOf(text, q, ctx.masked, from, attributed);
    quotes.push({
      start: q.start,
      end: q.end,
      inner: q.inner,
      text: text.slice(q.inner.start, q.inner.end),
      kind,
      speaker: kind === 'term' ? null : found?.subject?.actor?.id ?? null,
      closed: q.closed,
      cue: found?.cue ? { start: found.cue.start, end: found.cue.end } : null,
      speakerMention: kind !== 'term' && found?.subject?.at ? found.subject.at : null,
    });
  }
  return quotes;
}

/** The attribution of one quotation: after it, before it in its sentence, or from the context around. */
function attribute(ctx: SpeakerContext, q: QuoteMarks, following: QuoteMarks | undefined, from: number, to: number, earlier: Quote[]): Attribution | null {
  // A quotation that ends its sentence leaves the next sentence, with a quotation of its own, alone.
  const nextMark = following && following.start < to ? following : undefined;
  const transcript = transcriptSpeaker(ctx, q);
  if (transcript) return transcript;
  const after = endsWithSentence(ctx, q) && nextMark ? null : attributionAfter(ctx, q, nextMark ? nextMark.start : to, from);
  if (after?.subject?.actor || (after && !after.cue && after.subject)) return after;
  const before = attributionBefore(ctx, from, q);
  if (before?.subject?.actor) return before;
  const prefixEnd = lastNonSpace(ctx.masked, from, q.start);
  if (prefixEnd === '' || prefixEnd === ':') {
    const context = attributionFromContext(ctx, q, from, earlier);
    if (context?.subject?.actor) return context;
  }
  return after ?? before;
}

/**
 * A quotation without its own attribution: after a colon ("Sen. Roe scolded him: “…”"), the previous quote of the same
 * paragraph (“…,” said Orban. “That is a rarity.”), or a paragraph that ends with a colon and a cue (Orban told reporters:).
 */
function attributionFromContext(ctx: SpeakerContext, q: QuoteMarks, from: number, earlier: Quote[]): Attribution | null {
  if (lastNonSpace(ctx.masked, from, q.start) === ':') {
    const s = clauseSubject(ctx, from, q.start);
    if (s?.actor) return { subject: s, cue: null };
  }
  const prev = earlier[earlier.length - 1];
  const para = paragraphAt(ctx, q.start);
  if (prev && prev.speaker && paragraphAt(ctx, prev.start) === para) {
    const actor = actorById(ctx, prev.speaker) ?? null;
    if (actor) return { subject: { actor }, cue: null };
  }
  const li = lineIndexOf(ctx.lines, q.start);
  const line = ctx.lines[li];
  if (from > line.start && lastNonSpace(ctx.masked, from, q.start) === '') return previousSentenceCue(ctx, line, from);
  if (lastNonSpace(ctx.text, line.start, q.start) !== '') return null;
  for (let i = li - 1; i >= 0 && i >= li - 3; i--) {
    const pl = ctx.lines[i];
    if (isBlank(pl.text)) continue;
    if (lastNonSpace(pl.text, 0, pl.text.length) === ':') {
      const start = sentenceStart(ctx, pl, pl.end - 1);
      return attributionBefore(ctx, start, { start: pl.end, end: pl.end }) ?? { subject: clauseSubject(ctx, start, pl.end), cue: null };
    }
    break;
  }
  return null;
}

/**
 * Is there a colon in from..end of the text? The first colon at or after a position is kept in the context: the
 * quotations ask in the order of the text, so the text is searched (by indexOf, fast) about once in all.
 */
function hasColon(ctx: SpeakerContext, from: number, end: number): boolean {
  if (from < ctx.colonFrom || from > ctx.colonAt) {
    const at = ctx.text.indexOf(':', from);
    ctx.colonAt = at < 0 ? Infinity : at;
  }
  ctx.colonFrom = from; // no colon in from..colonAt
  return ctx.colonAt < end;
}

/** A transcript line inside the marks: "WALLACE: Let’s start …" is Wallace speaking. */
function transcriptSpeaker(ctx: SpeakerContext, q: QuoteMarks): Attribution | null {
  // Most quotations have no colon near their start, and then no speaker's name before one.
  if (!hasColon(ctx, q.inner.start, q.inner.start + 40)) return null;
  const m = /^\s*(?:\p{Lu}[\p{Lu}’'.-]+\s+){0,2}(\p{Lu}[\p{Lu}’'-]+):\s/u.exec(ctx.text.slice(q.inner.start, q.inner.start + 40));
  const actor = m ? actorByName(ctx, m[1]) : null;
  return actor && actor.kind !== 'place' ? { subject: { actor }, cue: null } : null;
}

/** “…” opening a sentence right after one that ends with its cue: "…, Schiff said. “The other factor …”". */
function previousSentenceCue(ctx: SpeakerContext, line: Line, from: number): Attribution | null {
  const start = sentenceStart(ctx, line, from - 1);
  const cues = cuesIn(ctx, start, from);
  const cue = cues[cues.length - 1];
  if (!cue) return null;
  const tail = ctx.masked.slice(cue.end, from);
  if (!/^[\s\p{L},]*[.!?]["”’»]?\s*$/u.test(tail) || (tail.match(/\p{L}+/gu) ?? []).length > 4 || /\bthat\b/.test(tail)) return null;
  const subject = subjectBefore(ctx, start, cue.start) ?? (INVERTIBLE_CUES.has(cue.word) ? subjectAfter(ctx, cue.end, from) : undefined);
  return subject?.actor ? { subject: { actor: subject.actor }, cue: null } : null;
}
