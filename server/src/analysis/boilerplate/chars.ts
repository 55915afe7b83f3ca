// Character tests on UTF-16 code units, for the scans of the boilerplate stage (lineFeatures.ts, the rules).
// They answer exactly what the regular expressions they replace would (\s, \p{L}, \p{N}), without building a
// one-character string per test: the Unicode properties of a code point are looked up once, then cached.

/** JavaScript's \s (and what String.prototype.trim removes): WhiteSpace and LineTerminator. */
export { isSpaceCode as isSpace } from '../text';

export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

// Property bits of a code point (see props).
export const LETTER = 1; // \p{L}
export const NUMBER = 2; // \p{N}
/** Its lower case does not begin with itself: a word that starts with it counts as capitalised. */
export const CASED = 4;
const KNOWN = 8;

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function lookUp(cp: number): number {
  const s = String.fromCodePoint(cp);
  return KNOWN | (/\p{L}/u.test(s) ? LETTER : 0) | (/\p{N}/u.test(s) ? NUMBER : 0) |
    (s.toLowerCase().charCodeAt(0) !== s.charCodeAt(0) ? CASED : 0);
}

/** The property bits of a code point (a lone surrogate has none). */
export function props(cp: number): number {
  if (cp < 0x10000) {
    let p = bmp[cp];
    if (p === 0) bmp[cp] = p = lookUp(cp);
    return p;
  }
  let p = astral.get(cp);
  if (p === undefined) astral.set(cp, p = lookUp(cp));
  return p;
}

/**
 * The code point at i of s, as a pattern with the u flag sees it when the string ends at `end`: a surrogate pair cut
 * by `end` is a lone surrogate. Its width in code units is 2 exactly when the result is above 0xFFFF.
 */
export function codePointAt(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}
