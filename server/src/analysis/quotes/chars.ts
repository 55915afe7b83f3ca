// Character tests for scanning text by index, without regular expressions or substrings in hot loops. Each one
// agrees exactly with the regular expression named in its comment, surrogate pairs included.

/** Is c a character that \s matches (what String.prototype.trim removes, too)? */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** Answers for the characters of the Basic Multilingual Plane beyond ASCII, found on first use: 0 not yet, 1 yes, 2 no. */
const bmpWord = new Uint8Array(0x10000);

/**
 * How many code units of s, from i, make one character of /[\p{L}\p{M}’'-]/u when s is read up to `end` only
 * (as a regular expression would read s.slice(…, end)): 1, 2 for a letter outside the BMP, or 0 for none.
 */
export function wordCharAt(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdfff) {
    // A pair is one character; a lone half (or a pair cut by `end`) is none.
    const d = i + 1 < end ? s.charCodeAt(i + 1) : 0;
    return c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff && LETTER_OR_MARK.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  if (c === 0x2019) return 1;
  let known = bmpWord[c];
  if (!known) bmpWord[c] = known = LETTER_OR_MARK.test(s[i]) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

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

/** A test for one class of characters that looks each character of the BMP up once, then remembers the answer. */
function cachedClass(re: RegExp): (s: string, i: number) => boolean {
  const known = new Uint8Array(0x10000); // 0 not yet, 1 yes, 2 no
  return (s, i) => {
    const c = s.charCodeAt(i);
    let k = known[c];
    if (!k) known[c] = k = re.test(s[i]) ? 1 : 2;
    return k === 1;
  };
}

/** Is the character of the BMP at i a letter (/\p{L}/u)? (Not for the halves of surrogate pairs.) */
export const isBmpLetterAt = cachedClass(/^\p{L}$/u);

const LETTER = /^\p{L}$/u;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Where the run of letters and periods that ends at `end` starts, looking back no further than `from`: what
 * /([\p{L}.]+)$/u finds in s.slice(from, end) (a surrogate pair cut by `from` is no letter there).
 */
export function lettersAndPeriodsBefore(s: string, from: number, end: number): number {
  let j = end;
  while (j > from) {
    const c = s.charCodeAt(j - 1);
    if (c === 46) j--;
    else if (isLowSurrogate(c)) {
      if (j - 2 >= from && isHighSurrogate(s.charCodeAt(j - 2)) && LETTER.test(s.slice(j - 2, j))) j -= 2;
      else break;
    } else if (!isHighSurrogate(c) && isBmpLetterAt(s, j - 1)) j--;
    else break;
  }
  return j;
}
