// Character tests for scanning text by index, without regular expressions or substrings in hot loops. Each one agrees
// exactly with the regular expression named in its comment, surrogate pairs included: with the u flag a pair is one
// character, and a half without its other half (or cut off by the end of the slice the expression would look at) is
// a character of no class.

import { isSpaceCode } from '../text';

export { isSpaceCode };

/** Offset of the first character at or after i (before end) that is not a space; end when there is none. */
export function skipSpaces(s: string, i: number, end: number): number {
  while (i < end && isSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

/** Offset just after the last character before end (from `start` on) that is not a space; start when there is none. */
export function trimSpacesEnd(s: string, start: number, end: number): number {
  while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
  return end;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * A class of characters, as a regular expression with the u flag that matches one character of it. Characters of
 * the BMP are looked up once and remembered; pairs (rare) are asked each time.
 */
class CharClass {
  private readonly known = new Uint8Array(0x10000); // 0 not yet, 1 in the class, 2 not

  constructor(private readonly re: RegExp) {}

  private bmp(s: string, i: number): boolean {
    const c = s.charCodeAt(i);
    let k = this.known[c];
    if (!k) this.known[c] = k = this.re.test(s[i]) ? 1 : 2;
    return k === 1;
  }

  /** Code units of the character of the class that starts at i, reading s up to end only: 0 (none), 1 or 2. */
  at(s: string, i: number, end: number): number {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      return isHighSurrogate(c) && i + 1 < end && isLowSurrogate(s.charCodeAt(i + 1)) && this.re.test(s.slice(i, i + 2)) ? 2 : 0;
    }
    return this.bmp(s, i) ? 1 : 0;
  }

  /** Code units of the character of the class that ends just before j, reading s from `from` only: 0, 1 or 2. */
  before(s: string, from: number, j: number): number {
    const c = s.charCodeAt(j - 1);
    if (c >= 0xd800 && c <= 0xdfff) {
      return isLowSurrogate(c) && j - 2 >= from && isHighSurrogate(s.charCodeAt(j - 2)) && this.re.test(s.slice(j - 2, j)) ? 2 : 0;
    }
    return this.bmp(s, j - 1) ? 1 : 0;
  }

  /** End of the run of the class that starts at i, reading s up to end only (i when there is none). */
  runEnd(s: string, i: number, end: number): number {
    for (let n = i < end ? this.at(s, i, end) : 0; n; n = i < end ? this.at(s, i, end) : 0) i += n;
    return i;
  }

  /** Start of the run of the class that ends at end, looking back no further than from (end when there is none). */
  runStart(s: string, from: number, end: number): number {
    let j = end;
    for (let n = j > from ? this.before(s, from, j) : 0; n; n = j > from ? this.before(s, from, j) : 0) j -= n;
    return j;
  }
}

/** The characters of a word: /[\p{L}\p{M}’'-]/u. */
const WORD_CHAR = new CharClass(/^[\p{L}\p{M}’'-]$/u);
const LETTER_OR_PERIOD = new CharClass(/^[\p{L}.]$/u);
const LETTER = new CharClass(/^\p{L}$/u);

/** Code units of the word character (/[\p{L}\p{M}’'-]/u) at i when s is read up to end: 0, 1 or 2. */
export function wordCharAt(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 ? 1 : 0;
  return WORD_CHAR.at(s, i, end);
}

/** The last word of s: the last match of /[\p{L}\p{M}’'-]+/gu in it, or "". */
export function lastWord(s: string): string {
  let end = s.length;
  while (end > 0 && !WORD_CHAR.before(s, 0, end)) end--;
  return s.slice(WORD_CHAR.runStart(s, 0, end), end);
}

const NAME_CHAR = new CharClass(/^[\p{L}’'-]$/u);
const UPPER = new CharClass(/^\p{Lu}$/u);

/**
 * "Mr. King" or "Senator Warren" at the end of s: a word of letters and periods, spaces, then a capitalised name, as
 * /(?:^|\s)([\p{L}.]+)\s+(\p{Lu}[\p{L}’'-]+)$/u captures them. The name can only be the whole last run of name
 * characters, the spaces all those before it, and the word the whole run of letters and periods before them, which
 * must open s or follow a space.
 */
export function titleAndName(s: string): [string, string] | null {
  const end = s.length;
  const nameStart = NAME_CHAR.runStart(s, 0, end);
  const first = nameStart < end ? UPPER.at(s, nameStart, end) : 0;
  if (!first || nameStart + first >= end) return null; // not capitalised, or a single letter
  const spaces = trimSpacesEnd(s, 0, nameStart);
  if (spaces === nameStart) return null;
  const wordStart = LETTER_OR_PERIOD.runStart(s, 0, spaces);
  if (wordStart === spaces || (wordStart > 0 && !isSpaceCode(s.charCodeAt(wordStart - 1)))) return null;
  return [s.slice(wordStart, spaces), s.slice(nameStart)];
}

const WORD_OR_PERIOD = new CharClass(/^[\p{L}’'.-]$/u);

/** The word (letters, apostrophes, periods, hyphens) before pos and maybe spaces and commas, from `from` on: what /([\p{L}’'.-]+)[\s,]*$/u captures in s.slice(from, pos), or "". */
export function wordBeforeIn(s: string, from: number, pos: number): string {
  let end = pos;
  while (end > from && (isSpaceCode(s.charCodeAt(end - 1)) || s.charCodeAt(end - 1) === 44)) end--;
  return s.slice(WORD_OR_PERIOD.runStart(s, from, end), end);
}

/** Where the run of letters that starts at i ends, reading s up to end: what /^(\p{L}+)/u captures in s.slice(i, end). */
export const lettersFrom = (s: string, i: number, end: number): number => LETTER.runEnd(s, i, end);

/** Where the run of letters and periods that ends at end starts, from `from` on: what /([\p{L}.]+)$/u finds in s.slice(from, end). */
export const lettersAndPeriodsBefore = (s: string, from: number, end: number): number => LETTER_OR_PERIOD.runStart(s, from, end);

/** Where the run of letters that ends at end starts, from `from` on: what /(\p{L}+)$/u finds in s.slice(from, end). */
export const lettersBefore = (s: string, from: number, end: number): number => LETTER.runStart(s, from, end);

/** The last character before end (from `from` on) that is not a space, or "": what /(\S)\s*$/ finds. */
export function lastNonSpace(s: string, from: number, end: number): string {
  const j = trimSpacesEnd(s, from, end);
  return j > from ? s[j - 1] : '';
}

/** The first character from i (before end) that is not a space, or undefined: what /\S/ finds in s.slice(i, end). */
export function firstNonSpace(s: string, i: number, end: number): string | undefined {
  const j = skipSpaces(s, i, Math.min(end, s.length));
  return j < Math.min(end, s.length) ? s[j] : undefined;
}

/** Is c a character of \w (/[A-Za-z0-9_]/)? */
export const isAsciiWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
