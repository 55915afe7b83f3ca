// Character tests on UTF-16 code units, for the scans of the boilerplate stage (lineFeatures.ts, the rules).
// They answer exactly what the regular expressions they replace would (\s, \p{L}, \p{N}, \p{Ll}, \p{Lu}), without
// building a one-character string per test: the Unicode properties of a code unit are looked up once, then cached.

/** JavaScript's \s (and what String.prototype.trim removes): WhiteSpace and LineTerminator. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** ASCII \w: [A-Za-z0-9_] (what \w and \b mean in a pattern without the u flag, even with the i flag). */
export function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

// Property bits of a code point (see props).
export const LETTER = 1; // \p{L}
export const NUMBER = 2; // \p{N}
export const LOWER = 4; // \p{Ll}
export const UPPER = 8; // \p{Lu}
/** Its lower case does not begin with itself: a word that starts with it counts as capitalised. */
export const CASED = 16;
const KNOWN = 32;

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function lookUp(cp: number): number {
  const s = String.fromCodePoint(cp);
  return KNOWN |
    (/\p{L}/u.test(s) ? LETTER : 0) | (/\p{N}/u.test(s) ? NUMBER : 0) |
    (/\p{Ll}/u.test(s) ? LOWER : 0) | (/\p{Lu}/u.test(s) ? UPPER : 0) |
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

export const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
export const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * The code point at i of s, as a pattern with the u flag sees it when the string ends at `end`: a surrogate pair cut
 * by `end` is a lone surrogate. Its width in code units is 2 exactly when the result is above 0xFFFF.
 */
export function codePointAt(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (isHighSurrogate(c) && i + 1 < end) {
    const d = s.charCodeAt(i + 1);
    if (isLowSurrogate(d)) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point that ends just before i (whose last code unit is at i - 1), as a u-flag pattern sees it. */
export function codePointBefore(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (isLowSurrogate(c) && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (isHighSurrogate(h)) return ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** Whether s[from, from + lower.length) is `lower` up to ASCII case (`lower` is lower-case ASCII). */
export function startsWithAsciiCI(s: string, from: number, end: number, lower: string): boolean {
  if (from + lower.length > end) return false;
  for (let k = 0; k < lower.length; k++) {
    const c = s.charCodeAt(from + k);
    const l = c >= 65 && c <= 90 ? c + 32 : c;
    if (l !== lower.charCodeAt(k)) return false;
  }
  return true;
}
