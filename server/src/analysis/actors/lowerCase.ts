/**
 * Whether a text writes a word in lower case as a word of its own ("the police" for "Police"): the same answer as
 * asking whether the word is one of the matches, over the whole text, of the expression (flags g and u)
 *
 *     (?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}’'-]*
 *
 * but without making a string of every lower-case word of the text (a large document has hundreds of thousands):
 * the few words asked about are searched for (indexOf) and each place found is checked.
 *
 * Why the check is exact: call a stretch a maximal run of code points that are letters, marks or ’ ' -. A match of the
 * expression never crosses the end of a stretch, and once it starts it runs to the stretch's end; it starts at the
 * first code point of the stretch that is a lower-case letter not after a letter or a mark. So w is a match at p when
 * p is that first place of its stretch and the stretch ends right after w.
 */
export function lowerCaseWordsOf(text: string): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    const w = word.toLowerCase();
    let found = answers.get(w);
    if (found === undefined) {
      found = false;
      if (w.length && (classOf(w.codePointAt(0)!) & LOWER) && wholeStretch(w)) {
        for (let p = text.indexOf(w); p >= 0 && !found; p = text.indexOf(w, p + 1)) found = matchesAt(text, w, p);
      }
      answers.set(w, found);
    }
    return found;
  };
}

const LETTER = 1, MARK = 2, LOWER = 4, JOINER = 8;
/** Classes of the code points below 65536, filled on first sight (0: not known yet). */
const table = new Uint8Array(65536);
const KNOWN = 16;

function classOf(cp: number): number {
  if (cp < 65536) {
    let k = table[cp];
    if (k === 0) { k = compute(cp) | KNOWN; table[cp] = k; }
    return k;
  }
  return compute(cp);
}

function compute(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0) |
    (ch === '’' || ch === "'" || ch === '-' ? JOINER : 0);
}

const inStretch = (k: number): boolean => (k & (LETTER | MARK | JOINER)) !== 0;

/** The code point that ends at i - 1 (a surrogate pair read as one), or -1 at the start of the text. */
function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

const widthOf = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** Whether every code point of w may stand in a stretch. */
function wholeStretch(w: string): boolean {
  for (let i = 0; i < w.length;) {
    const cp = w.codePointAt(i)!;
    if (!inStretch(classOf(cp))) return false;
    i += widthOf(cp);
  }
  return true;
}

/** Whether w (which text has at p, and which wholeStretch accepts) is a match of the expression there. */
function matchesAt(text: string, w: string, p: number): boolean {
  // The stretch must end right after the word ...
  const end = p + w.length;
  if (end < text.length && inStretch(classOf(text.codePointAt(end)!))) return false;
  // ... and p must open a match: not after a letter or a mark ...
  const before = codePointBefore(text, p);
  if (before >= 0 && classOf(before) & (LETTER | MARK)) return false;
  // ... and no earlier place of the same stretch may open one (that match would run through p).
  let i = p;
  for (let cp = before; cp >= 0 && inStretch(classOf(cp)); cp = codePointBefore(text, i)) {
    i -= widthOf(cp);
    const prev = codePointBefore(text, i);
    if ((classOf(cp) & LOWER) && !(prev >= 0 && classOf(prev) & (LETTER | MARK))) return false;
  }
  return true;
}
