import { isGap, type Token } from '../tokens';

/** Bits of NerTokens.flags. */
export const CAP = 1;
export const ALL_CAPS = 2;
export const SENTENCE_START = 4;
/** Either way of being capitalised (CAP or ALL_CAPS). */
export const CAPITALISED = CAP | ALL_CAPS;
/** A word whose lower case is another string (it has a letter whose lower case differs). */
export const LOWER_DIFFERS = 8;

/**
 * Tokens as the name tagger sees them: words, numbers, a possessive ’s of its own, and single punctuation marks.
 * One array per property (token k is entry k of each), so that a large document's tokens are a few arrays rather
 * than millions of objects for the collector to copy. A line is a range [from, to) of the list. Hashes are computed
 * once here so that features are integers, never new strings.
 */
export class NerTokens {
  length = 0;
  start: Int32Array;
  end: Int32Array;
  /** 0 word, 1 punctuation, 2 possessive ’s. */
  type: Uint8Array;
  /**
   * CAP: starts with an upper-case letter; ALL_CAPS: every letter is upper case (and there are at least two);
   * SENTENCE_START: opens a sentence (start of the region, after . ! ? : or an opening quotation mark).
   */
  flags: Uint8Array;
  /** Hashes: the word as written, lower-cased, its shape, a short shape (shapes 0 until `withShape` computes them). */
  hWord: Int32Array;
  hLower: Int32Array;
  hShape: Int32Array;
  hShort: Int32Array;
  /** The token's text (for a word, the same string as its Token's). */
  text: string[] = [];
  /** The text in lower case (the same string when it has no upper-case letter, which is most words). */
  lower: string[] = [];
  /**
   * When set, tokens are added without their strings (text and lower are '' until `withStrings` makes them): a large
   * document's tokens then keep only numbers while all its lines are tokenized, and each line's strings are made
   * when the line is tagged and let go after (`dropStrings`), so that they die young.
   */
  deferred = false;

  constructor(capacity = 64) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.type = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.hWord = new Int32Array(capacity);
    this.hLower = new Int32Array(capacity);
    this.hShape = new Int32Array(capacity);
    this.hShort = new Int32Array(capacity);
  }

  /** The room the arrays have (grown by doubling). */
  get capacity(): number {
    return this.start.length;
  }

  /** Appends a token and returns its index (its shapes are 0, to be computed by `withShape`). */
  push(start: number, end: number, text: string, lower: string, type: number, flags: number, hWord: number, hLower: number): number {
    const k = this.length;
    if (k === this.start.length) this.grow();
    this.start[k] = start;
    this.end[k] = end;
    this.type[k] = type;
    this.flags[k] = flags;
    this.hWord[k] = hWord;
    this.hLower[k] = hLower;
    this.hShape[k] = 0;
    this.hShort[k] = 0;
    this.text[k] = text;
    this.lower[k] = lower;
    this.length = k + 1;
    return k;
  }

  /** Makes the strings of tokens [from, to) of `text`, the same as they are made while tokenizing when not deferred. */
  withStrings(text: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const s = text.slice(this.start[k], this.end[k]);
      this.text[k] = s;
      this.lower[k] = lowerOf(s, this.type[k], (this.flags[k] & LOWER_DIFFERS) !== 0);
    }
  }

  /** Lets go of the strings of tokens [from, to) (see `deferred`). */
  dropStrings(from: number, to: number): void {
    this.text.fill('', from, to);
    this.lower.fill('', from, to);
  }

  /** Empties the list, keeping its arrays; the strings are let go (they may keep the text they were cut from alive). */
  clear(): void {
    this.text.fill('', 0, this.length);
    this.lower.fill('', 0, this.length);
    this.length = 0;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const ints = (a: Int32Array) => { const b = new Int32Array(n); b.set(a); return b; };
    const bytes = (a: Uint8Array) => { const b = new Uint8Array(n); b.set(a); return b; };
    this.start = ints(this.start);
    this.end = ints(this.end);
    this.type = bytes(this.type);
    this.flags = bytes(this.flags);
    this.hWord = ints(this.hWord);
    this.hLower = ints(this.hLower);
    this.hShape = ints(this.hShape);
    this.hShort = ints(this.hShort);
  }
}

/** Letters, marks and digits (a table filled on first sight of each character). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const wordTable = new Uint8Array(65536);
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let k = wordTable[c];
  if (k === 0) { k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2; wordTable[c] = k; }
  return k === 1;
}

/** What `scanWord` found: the hashes and letter cases of the word, and the same up to its last joiner (before a possessive ’s). */
const scan = { hw: 0, hl: 0, upper: 0, lower: false, joinHw: 0, joinHl: 0, joinUpper: 0, joinLower: false };
const FNV_START = 0x811c9dc5;
const FNV_PRIME = 16777619;

/**
 * Where the word starting at i ends (i when none starts there): "U.S." (capitals with stops), or letters and digits
 * joined by - ’ ' & . ("Marki-Zay", "AT&T", "3.5"). In the same pass, fills `scan`: the word's hashes as written
 * and lower-cased, and its upper- and lower-case letters (the text is read once).
 */
function scanWord(text: string, i: number, to: number): number {
  let j = i;
  while (j + 1 < to && text.charCodeAt(j + 1) === 46 && isUpperCode(text.charCodeAt(j))) j += 2;
  if (j - i >= 4) { hashWord(text, i, j); return j; }
  if (!isWordAt(text, i)) return i;
  let hw = FNV_START, hl = FNV_START, upper = 0, lower = false;
  j = i;
  for (;;) {
    for (; j < to; j++) {
      const c = text.charCodeAt(j);
      let lc = c;
      if (c < 128) {
        if (c >= 97 && c <= 122) lower = true;
        else if (c >= 65 && c <= 90) { lc = c + 32; upper++; } else if (c < 48 || c > 57) break;
      } else if (!isWordAt(text, j)) break;
      else if (c >= 192 && c <= 222 && c !== 215) { lc = c + 32; upper++; } else if (c > 122 && isUpperCode(c)) upper++;
      else if (c > 122 && isLowerCode(c)) lower = true;
      hw = Math.imul(hw ^ c, FNV_PRIME);
      hl = Math.imul(hl ^ lc, FNV_PRIME);
    }
    const c = text.charCodeAt(j);
    if (j + 1 < to && (c === 45 || c === 0x2019 || c === 39 || c === 38 || c === 46) && isWordAt(text, j + 1)) {
      // A joiner is no letter: it enters both hashes as it is.
      scan.joinHw = hw; scan.joinHl = hl; scan.joinUpper = upper; scan.joinLower = lower;
      hw = Math.imul(hw ^ c, FNV_PRIME);
      hl = Math.imul(hl ^ c, FNV_PRIME);
      j++;
      continue;
    }
    scan.hw = hw; scan.hl = hl; scan.upper = upper; scan.lower = lower;
    return j;
  }
}

/** Fills `scan` for text[start, end) (the words with stops, which scanWord does not read letter by letter). */
function hashWord(text: string, start: number, end: number): void {
  let hw = FNV_START, hl = FNV_START, upper = 0, lower = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    hw = Math.imul(hw ^ c, FNV_PRIME);
    let lc = c;
    if (c >= 65 && c <= 90) { lc = c + 32; upper++; } else if (c >= 97 && c <= 122) lower = true;
    else if (c >= 192 && c <= 222 && c !== 215) { lc = c + 32; upper++; } else if (c > 122 && isUpperCode(c)) upper++;
    else if (c > 122 && isLowerCode(c)) lower = true;
    hl = Math.imul(hl ^ lc, FNV_PRIME);
  }
  scan.hw = hw; scan.hl = hl; scan.upper = upper; scan.lower = lower;
}

/** A name that starts with a lower-case particle: al-Assad, bin-Salman, d'Estaing. */
const PARTICLE_NAME = /^(?:al|el|ad|ash|as|at|bin|ibn|abu|ben|de|d|o)[-’'](?=\p{Lu})/u;
/** a b d e i o: the letters a particle starts with. */
const isParticleFirst = (c: number): boolean => c === 97 || c === 98 || c === 100 || c === 101 || c === 105 || c === 111;
/** Whether text[start, end) opens with a particle (PARTICLE_NAME); the regular expression runs only where a - ’ ' follows one to three letters. */
function opensWithParticle(text: string, start: number, end: number): boolean {
  if (!isParticleFirst(text.charCodeAt(start))) return false;
  for (let j = start + 1; j <= start + 3 && j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 45 || c === 0x2019 || c === 39) return PARTICLE_NAME.test(text.slice(start, Math.min(end, start + 6)));
  }
  return false;
}
/** Abbreviations after which a full stop does not end the sentence. */
const NO_BREAK_AFTER = /^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Col|Lt|Capt|Gov|St|Jr|Sr|No|vs|Inc|Corp|Co|Ltd|Mt|Ft|\p{Lu})$/u;

/** FNV-1a (kept to 30 bits, small integers for V8) over the characters of s[from, to), optionally lower-casing ASCII and common Latin letters. */
export function hashRange(s: string, from: number, to: number, lower: boolean): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (lower) {
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= 192 && c <= 222 && c !== 215) c += 32;
    }
    h = Math.imul(h ^ c, 16777619);
  }
  return h & 0x3fffffff;
}

const isUpperCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215) || (c > 255 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
const isLowerCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 223 && c <= 255 && c !== 247) || (c > 255 && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase());
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Computes the shape hashes of token `at` on first use (most tokens are never looked at): "Xxxx-Xxx" style with repeats
 * collapsed to two ("Xx-Xx"), and a short form ("Xx-Xx" → "Xx-X").
 */
export function withShape(T: NerTokens, at: number): void {
  if (T.hShape[at] !== 0) return;
  const s = T.text[at];
  let h = 0x811c9dc5;
  let hs = 0x811c9dc5;
  let prev = -1;
  let run = 0;
  let prevShort = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = isUpperCode(c) ? 88 : isLowerCode(c) ? 120 : isDigitCode(c) ? 100 : c;
    run = k === prev ? run + 1 : 1;
    if (run <= 2) h = Math.imul(h ^ k, 16777619);
    const ks = k === 120 || k === 88 || k === 100 ? k : 45;
    if (ks !== prevShort) hs = Math.imul(hs ^ ks, 16777619);
    prev = k;
    prevShort = ks;
  }
  T.hShape[at] = (h & 0x3fffffff) || 1;
  T.hShort[at] = (hs & 0x3fffffff) || 1;
}

/** Writes the hashes of the lower-cased prefixes and suffixes of 1–4 characters of a word into out[0..8) (0: too short). */
export function affixHashes(word: string, out: Int32Array): void {
  const n = word.length;
  for (let k = 1; k <= 4; k++) {
    out[k - 1] = n > k ? hashRange(word, 0, k, true) : 0;
    out[k + 3] = n > k ? hashRange(word, n - k, n, true) : 0;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0xfeff;
}

const POSSESSIVE_HASH = hashRange("'s", 0, 2, false);
const OPENING_QUOTES = new Set([0x201c, 0x22, 0xab, 0x201e, 0x2018]);

/** A single capital letter (a word never holds a surrogate pair, so one code unit is one character). */
const INITIAL = /^\p{Lu}$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * What a punctuation mark (code c, at i) means for the word w before it, if it stands right after w: a plural
 * possessive mark ("Reuters’ report") makes w possessive, as a ’s would; the stop after an initial ("M. McCague")
 * keeps w joined to the next word. Returns where the text that a following word is joined to ends (-1: not joined).
 */
function afterMark(text: string, w: Token | undefined, i: number, c: number): number {
  if (w && w.end === i && (c === 0x2019 || c === 39) && w.text.endsWith('s') && !LETTER_OR_DIGIT.test(text[i + 1] ?? '')) {
    w.possessive = true;
    return i + 1;
  }
  return c === 46 && w && w.end === i && w.text.length === 1 && INITIAL.test(w.text) ? i + 1 : -1;
}

/**
 * The words of the tokens T[from, to) of `text` (one line) as findActors sees them, the same as nerTokenize adds to
 * its `words`: made after tokenizing, when asked for, so that a large document's words need not all live at once
 * (see wordsLater in tagNames).
 */
export function wordsOf(text: string, T: NerTokens, from: number, to: number): Token[] {
  const words: Token[] = [];
  /** The last word, and where the text that a following word is joined to ends (-1: not joined). */
  let lastWord: Token | undefined;
  let prevEnd = -1;
  for (let k = from; k < to; k++) {
    const type = T.type[k];
    const i = T.start[k];
    if (type === 0) {
      const flags = T.flags[k];
      const possessive = k + 1 < to && T.type[k + 1] === 2;
      lastWord = {
        start: i, end: T.end[k], text: T.text[k], lower: T.lower[k], possessive, sentenceStart: (flags & SENTENCE_START) !== 0,
        cap: (flags & CAP) !== 0, joined: prevEnd >= 0 && isGap(text, prevEnd, i),
      };
      words.push(lastWord);
      if (possessive) k++;
      prevEnd = T.end[k];
      continue;
    }
    prevEnd = afterMark(text, lastWord, i, text.charCodeAt(i));
  }
  return words;
}

/**
 * Tokenizes text[from, to) (one line or paragraph) for the tagger, appending the tokens to `out`. With `words`, also
 * adds there the words of the line as findActors sees them (Token), in the same pass: a word is possessive before a
 * ’s of its own or, ending in s, before a lone ’ or ' ("Reuters’ report"); joined when only white space separates it
 * from the token before (the stop after an initial, "M. McCague", and a plural possessive mark count as part of the
 * word before).
 */
export function nerTokenize(text: string, from: number, to: number, out: NerTokens, words?: Token[]): NerTokens {
  /** The line's first token. */
  const first = out.length;
  let i = from;
  let pendingBreak = true;
  /** For `words`: the last word, and where the text that a following word is joined to ends (-1: not joined). */
  let lastWord: Token | undefined;
  let prevEnd = -1;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    let end = scanWord(text, i, to);
    if (end > i) {
      let possessive = -1;
      if (end - i >= 3) {
        const a = text.charCodeAt(end - 2), b = text.charCodeAt(end - 1);
        if ((a === 0x2019 || a === 39) && (b === 115 || b === 83)) {
          possessive = end - 2;
          end -= 2;
          // The ’ was the word's last joiner: what scanWord saw before it is the word without the ’s.
          scan.hw = scan.joinHw; scan.hl = scan.joinHl; scan.upper = scan.joinUpper; scan.lower = scan.joinLower;
        }
      }
      const k = pushWord(out, text, i, end, pendingBreak);
      pendingBreak = false;
      if (words) {
        const flags = out.flags[k];
        lastWord = {
          start: i, end, text: out.text[k], lower: out.lower[k], possessive: possessive >= 0, sentenceStart: (flags & SENTENCE_START) !== 0,
          cap: (flags & CAP) !== 0, joined: prevEnd >= 0 && isGap(text, prevEnd, i),
        };
        words.push(lastWord);
        prevEnd = possessive >= 0 ? possessive + 2 : end;
      }
      if (possessive >= 0) punct(out, text, possessive, possessive + 2, 2);
      i = possessive >= 0 ? possessive + 2 : end;
      continue;
    }
    // One punctuation mark (or other symbol) per token.
    punct(out, text, i, i + 1, 1);
    if (words) prevEnd = afterMark(text, lastWord, i, c);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2014 || c === 0x2013) {
      // The token before this mark, if the line has one.
      const p = out.length - 2;
      pendingBreak = !(c === 46 && p >= first && out.type[p] === 0 && out.end[p] === i &&
        NO_BREAK_AFTER.test(out.deferred ? text.slice(out.start[p], i) : out.text[p]));
    } else if (OPENING_QUOTES.has(c) && (i === from || isSpace(text.charCodeAt(i - 1)))) pendingBreak = true;
    i++;
  }
  return out;
}

/**
 * A token's text in lower case: a word's own text unless it has a letter whose lower case differs; a mark's own
 * text when it is ASCII; otherwise the text lower-cased (a possessive ’S, a circled letter).
 */
const lowerOf = (s: string, type: number, lowerDiffers: boolean): string =>
  type === 0 ? (lowerDiffers ? s.toLowerCase() : s) : type === 1 && s.charCodeAt(0) < 128 ? s : s.toLowerCase();

function punct(out: NerTokens, text: string, start: number, end: number, type: number): void {
  const h = hashRange(text, start, end, false);
  const s = out.deferred ? '' : text.slice(start, end);
  const k = out.push(start, end, s, out.deferred ? '' : lowerOf(s, type, false), type, 0, h, type === 2 ? POSSESSIVE_HASH : h);
  // A mark's shapes are its hash (withShape would find them 0 and compute them from its text otherwise).
  out.hShape[k] = h;
  out.hShort[k] = h;
}

/** Adds the word text[start, end), whose hashes and letter cases are in `scan`, and returns its index. */
function pushWord(out: NerTokens, text: string, start: number, end: number, sentenceStart: boolean): number {
  const { hw, hl, upper, lower } = scan;
  // Every letter whose lower case differs counts in `upper` (see isUpperCode), so without one the word is its own lower case.
  const flags = (isUpperCode(text.charCodeAt(start)) || opensWithParticle(text, start, end) ? CAP : 0) |
    (!lower && upper >= 2 ? ALL_CAPS : 0) | (sentenceStart ? SENTENCE_START : 0) | (upper > 0 ? LOWER_DIFFERS : 0);
  if (out.deferred) return out.push(start, end, '', '', 0, flags, hw & 0x3fffffff, hl & 0x3fffffff);
  const word = text.slice(start, end);
  return out.push(start, end, word, lowerOf(word, 0, upper > 0), 0, flags, hw & 0x3fffffff, hl & 0x3fffffff);
}
