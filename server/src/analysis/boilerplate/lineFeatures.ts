// Plain-text features of one line, for the residue classifier (classifyLines.ts). This runs on every line at every
// keystroke, so the features are found by loops over the char codes rather than by regular expressions, and without
// building a string per word; each loop says which pattern it stands for, and answers exactly as that pattern would.
import { CASED, LETTER, LOWER, NUMBER, UPPER, codePointAt, codePointBefore, isAsciiDigit, isAsciiWord, isSpace, props, startsWithAsciiCI } from './chars';

// Function words of the languages news pages mostly come in. Prose is dense with them; menus, headlines of other
// pages, bylines and buttons are not. A short list suffices: only the density matters, not the vocabulary.
const STOP_WORDS = new Set((
  // English
  'a about after all also an and any are as at be because been but by can could did do does for from had has have he her ' +
  'him his how i if in into is it its just more most my no not of on one or our out over said she so some than that the ' +
  'their them then there these they this those to up was we were what when where which while who will with would you your ' +
  // Spanish, Portuguese, French, German, Italian
  'el la los las de del que y en un una por con para es se al lo como su sus pero o ao da do dos das em no na um uma os ' +
  'não mais foi ser le les des du et est une pour dans qui sur pas au avec sont der die das und ist nicht ein eine zu den ' +
  'mit auf für von sich dem il di che non per sono gli della'
).split(' '));

export interface LineFeatures {
  /** Characters of the trimmed line. */
  chars: number;
  words: number;
  /** Share of the words that are function words. */
  stopDensity: number;
  /** Share of the words, among those of letters, that begin with a capital letter. */
  capitalised: number;
  /** Ends like a sentence (., !, ?, …, or a closing quote or bracket after one). */
  sentenceEnd: boolean;
  /** Holds a sentence break inside ("… said. The …"), as running prose does. */
  innerSentence: boolean;
  /** Looks like a link, a handle, a path or a run of menu separators. */
  linkish: boolean;
  /** Inner commas, brackets or quantities: an item of a list or a table row rather than a menu entry. */
  listy: boolean;
  /** Digits, dates and times dominate. */
  numeric: boolean;
  /** A row of a results table or a ranking: names with two quantities or more ("TEXAS 76 58 .567"). */
  tableRow: boolean;
}

/** Longer lines are judged on their first characters: what they are shows early, and typing stays fast. */
const SAMPLE = 2000;

/** All the features of a line, as a plain object. */
export function lineFeatures(raw: string): LineFeatures {
  const f = new LazyLineFeatures(raw);
  return {
    chars: f.chars, words: f.words, stopDensity: f.stopDensity, capitalised: f.capitalised, sentenceEnd: f.sentenceEnd,
    innerSentence: f.innerSentence, linkish: f.linkish, listy: f.listy, numeric: f.numeric, tableRow: f.tableRow,
  };
}

/**
 * The features of a line, the word counts at once (one pass) and each of the others when first read: the classifier
 * mostly decides on the words and the sentence end alone, so the scans for links, lists and tables run on few lines.
 */
export class LazyLineFeatures implements LineFeatures {
  readonly chars: number;
  readonly words: number;
  readonly stopDensity: number;
  readonly capitalised: number;
  readonly numeric: boolean;
  /** The trimmed line; its sample (the "head") is t[0, end). */
  private readonly t: string;
  private readonly end: number;
  private readonly counts: WordCounts;
  private sentenceEndCache?: boolean;
  private innerSentenceCache?: boolean;
  private linkishCache?: boolean;
  private listyCache?: boolean;
  private tableRowCache?: boolean;

  constructor(raw: string) {
    const t = raw.trim();
    this.t = t;
    this.end = Math.min(t.length, SAMPLE);
    const w = this.counts = countWords(t, this.end);
    const n = w.words;
    this.chars = t.length;
    this.words = t.length > SAMPLE ? Math.round((n * t.length) / SAMPLE) : n;
    this.stopDensity = n ? w.stops / n : 0;
    this.capitalised = w.lettered ? w.caps / w.lettered : 0;
    this.numeric = n > 0 && w.digits * 2 >= n;
  }

  get sentenceEnd(): boolean { return this.sentenceEndCache ??= endsSentence(this.t); }
  get innerSentence(): boolean { return this.innerSentenceCache ??= hasInnerSentence(this.t, this.end); }
  get linkish(): boolean { return this.linkishCache ??= looksLinkish(this.t, this.end); }
  get listy(): boolean { return this.listyCache ??= looksListy(this.t, this.end); }
  get tableRow(): boolean {
    const { digits, lettered } = this.counts;
    return this.tableRowCache ??= digits >= 2 && lettered >= 1 && !TABLE_NOISE.test(this.end < this.t.length ? this.t.slice(0, this.end) : this.t);
  }
}

// Dates, times and counters ("Mar 5, 2019 10:30", "12 comments 3 shares") are page furniture, not table rows.
const TABLE_NOISE = /(?:https?:\/\/|www\.|@\w|\d:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{4}|\b(?:ago|comments?|shares?|views?|likes?|min|mins|minutes?|hours?|replies|reply)\b)/i;

interface WordCounts {
  words: number;
  /** Function words. */
  stops: number;
  /** Words whose first code unit is a letter, and those of them that begin with a capital (it changes in lower case). */
  lettered: number;
  caps: number;
  /** The other words (a digit first, or a letter beyond the BMP, as a one-unit test has always seen it). */
  digits: number;
}

// What an ASCII character is to the word pattern, as bits (a table saves the Unicode look-up on most characters).
const W_START = 1; // [\p{L}\p{N}]: begins or continues a word
const W_JOIN = 2; // ['.-]: continues a word that has begun ('’' is the one non-ASCII joiner)
const W_LETTER = 4; // [A-Za-z]
const W_CAP = 8; // [A-Z]
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const upper = c >= 65 && c <= 90, lower = c >= 97 && c <= 122;
  ASCII_CLASS[c] = (upper || lower || isAsciiDigit(c) ? W_START : 0) | (c === 39 || c === 46 || c === 45 ? W_JOIN : 0) |
    (upper || lower ? W_LETTER : 0) | (upper ? W_CAP : 0);
}

/** The class bits of a non-ASCII code point: only W_START or W_JOIN matter past the first unit of a word. */
const wideClass = (cp: number): number => ((props(cp) & (LETTER | NUMBER)) !== 0 ? W_START : cp === 0x2019 ? W_JOIN : 0);

/**
 * The words of t[0, end) as /[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu matches them, counted and sorted in one pass, with
 * no string made but for the rare short word with non-ASCII letters (looked up among the function words).
 */
function countWords(t: string, end: number): WordCounts {
  let words = 0, stops = 0, lettered = 0, caps = 0, digits = 0;
  let i = 0;
  while (i < end) {
    // Between words: skip to the next letter or digit.
    const c = t.charCodeAt(i);
    let k: number;
    let width = 1;
    if (c < 128) k = ASCII_CLASS[c];
    else {
      const cp = codePointAt(t, i, end);
      if (cp > 0xffff) width = 2;
      k = wideClass(cp);
    }
    if (!(k & W_START)) { i += width; continue; }
    // A word begins. Its first code unit decides letter or digit, as `/\p{L}/u.test(word[0])` did: a letter beyond
    // the BMP counts as a digit, its first unit being a lone surrogate.
    words++;
    if (c < 128 ? k & W_LETTER : width === 1 && props(c) & LETTER) {
      lettered++;
      if (c < 128 ? k & W_CAP : props(c) & CASED) caps++;
    } else digits++;
    const start = i;
    let plain = (k & W_LETTER) !== 0; // all ASCII letters so far
    i += width;
    // The rest of the word: ASCII letters in a tight loop, then whatever else continues it.
    while (i < end) {
      const d = t.charCodeAt(i);
      if (d < 128) {
        const kd = ASCII_CLASS[d];
        if (!(kd & (W_START | W_JOIN))) break;
        if (!(kd & W_LETTER)) plain = false;
        i++;
      } else {
        const cp = codePointAt(t, i, end);
        if (!(wideClass(cp) & (W_START | W_JOIN))) break;
        plain = false;
        i += cp > 0xffff ? 2 : 1;
      }
    }
    if (i - start <= MAX_STOP && isStopWord(t, start, i, plain)) stops++;
  }
  return { words, stops, lettered, caps, digits };
}

/** The longest function word, in code units (lower-casing never shortens a word, so longer words need no look-up). */
const MAX_STOP = Math.max(...[...STOP_WORDS].map((w) => w.length));

// ASCII function words are looked up without making a string: a table indexed by the length and the first and last
// letters (case folded) gives the few candidates, compared letter by letter.
const letterIndex = (c: number): number => (c | 32) - 96; // 1..26 for an ASCII letter
const stopSlot = (t: string, start: number, end: number): number =>
  ((end - start) << 10) | (letterIndex(t.charCodeAt(start)) << 5) | letterIndex(t.charCodeAt(end - 1));
const ASCII_STOPS: Array<string[] | undefined> = new Array((MAX_STOP + 1) << 10).fill(undefined);
for (const w of STOP_WORDS) if (/^[a-z]+$/.test(w)) (ASCII_STOPS[stopSlot(w, 0, w.length)] ??= []).push(w);

/** Whether the short word t[start, end) is a function word; `plain` when it is all ASCII letters. */
function isStopWord(t: string, start: number, end: number, plain: boolean): boolean {
  if (plain) {
    const candidates = ASCII_STOPS[stopSlot(t, start, end)];
    if (candidates === undefined) return false;
    for (const w of candidates) if (sameLower(t, start, w)) return true;
    return false;
  }
  // Not all ASCII letters: a function word still may be if the rest is non-ASCII (não, FÜR), never with an ASCII
  // digit or joiner (lower-casing keeps those, and no function word has one).
  for (let i = start; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c < 128 && !(ASCII_CLASS[c] & W_LETTER)) return false;
  }
  return STOP_WORDS.has(t.slice(start, end).toLowerCase());
}

/** t[start, start + w.length), ASCII letters, is `w` up to case. */
function sameLower(t: string, start: number, w: string): boolean {
  for (let i = 0; i < w.length; i++) if ((t.charCodeAt(start + i) | 32) !== w.charCodeAt(i)) return false;
  return true;
}

const isTerminator = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …

/** Ends like a sentence: /[.!?…](?:["'”’»)\]]*)$/ or /[.!?…]\s*["”»]$/ on the whole line. */
export function endsSentence(t: string): boolean {
  // The closers cannot be terminators, so the first pattern holds iff a terminator precedes the run of closers at the end.
  let i = t.length - 1;
  while (i >= 0 && isCloser(t.charCodeAt(i))) i--;
  if (i >= 0 && isTerminator(t.charCodeAt(i))) return true;
  const last = t.charCodeAt(t.length - 1);
  if (last !== 34 && last !== 0x201d && last !== 0xbb) return false; // " ” »
  i = t.length - 2;
  while (i >= 0 && isSpace(t.charCodeAt(i))) i--;
  return i >= 0 && isTerminator(t.charCodeAt(i));
}
/** " ' ” ’ » ) ] */
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;

/**
 * A sentence break inside t[0, end): /\p{Ll}[.!?]["”’]?\s+["“‘]?\p{Lu}/u. No part of it can match what the next
 * one needs (a quote is not a space, a space not a capital), so each part takes what it can and never gives back.
 */
export function hasInnerSentence(t: string, end: number): boolean {
  for (let i = 1; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    if (!(props(codePointBefore(t, i)) & LOWER)) continue;
    let j = i + 1;
    if (j < end && isCloseQuote(t.charCodeAt(j))) j++;
    const spaces = j;
    while (j < end && isSpace(t.charCodeAt(j))) j++;
    if (j === spaces || j >= end) continue;
    if (isOpenQuote(t.charCodeAt(j))) j++;
    if (j < end && props(codePointAt(t, j, end)) & UPPER) return true;
  }
  return false;
}
const isCloseQuote = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019; // " ” ’
const isOpenQuote = (c: number): boolean => c === 34 || c === 0x201c || c === 0x2018; // " “ ‘

/** | • · › » */
const isSeparator = (c: number): boolean => c === 124 || c === 0x2022 || c === 0xb7 || c === 0x203a || c === 0xbb;

/**
 * Looks like a link, a handle, a path or a run of menu separators, in t[0, end):
 * /(?:https?:\/\/|www\.|\.com\b|@\w|#\w|\s[|•·›»]\s|^[|•·›»]|[|•·›»]$)/i (ASCII case only: no u flag).
 */
export function looksLinkish(t: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = t.charCodeAt(i);
    switch (c) {
      case 104: case 72: // h
        if (startsWithAsciiCI(t, i, end, 'http')) {
          const k = i + 4 < end && (t.charCodeAt(i + 4) | 32) === 115 ? i + 5 : i + 4; // s?
          if (startsWithAsciiCI(t, k, end, '://')) return true;
        }
        break;
      case 119: case 87: // w
        if (startsWithAsciiCI(t, i, end, 'www.')) return true;
        break;
      case 46: // .
        if (startsWithAsciiCI(t, i + 1, end, 'com') && (i + 4 >= end || !isAsciiWord(t.charCodeAt(i + 4)))) return true;
        break;
      case 64: case 35: // @ #
        if (i + 1 < end && isAsciiWord(t.charCodeAt(i + 1))) return true;
        break;
      default:
        if (isSeparator(c) && (i === 0 || i === end - 1 || (isSpace(t.charCodeAt(i - 1)) && isSpace(t.charCodeAt(i + 1))))) return true;
    }
  }
  return false;
}

/** Inner commas, brackets or quantities in t[0, end): /[,;(\[]|\d/. */
export function looksListy(t: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c === 44 || c === 59 || c === 40 || c === 91 || isAsciiDigit(c)) return true;
  }
  return false;
}
