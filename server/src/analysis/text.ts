import type { Line, Span } from './types';

/** Splits text into lines without their breaks (LF, CRLF or lone CR). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  // The next LF and the next CR, each found by indexOf (much faster than a loop over the characters in JavaScript).
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    const at = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    lines.push({ start, end: at, text: text.slice(start, at) });
    start = at === cr && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** Index of the last line (or span) that starts at or before `offset`; 0 before the first. Lines are sorted. */
export function lineIndexOf(lines: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** Is c a character that \s matches (what String.prototype.trim removes, too)? */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether text[from, to) is only white space (as \s knows it), without taking it out of the text. */
export function isBlankRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

export const isBlank = (s: string): boolean => isBlankRange(s, 0, s.length);

/**
 * Sorts items by start, in place and stably (equal starts keep their order). Few items: an insertion sort, which costs
 * less than the general one. Many: numbers sort faster than objects through a comparator, so the items are ordered by
 * the keys start × n + index, exact while they stay below 2^53 (above, the comparator, stable too). Starts are text
 * offsets: whole numbers, never negative.
 */
export function sortByStart<T extends { start: number }>(items: T[]): void {
  const n = items.length;
  if (n <= 64) {
    for (let i = 1; i < n; i++) {
      const x = items[i];
      let j = i;
      for (; j > 0 && items[j - 1].start > x.start; j--) items[j] = items[j - 1];
      items[j] = x;
    }
    return;
  }
  let last = 0;
  for (const x of items) if (x.start > last) last = x.start;
  if ((last + 1) * n > Number.MAX_SAFE_INTEGER) { items.sort((a, b) => a.start - b.start); return; }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = items[i].start * n + i;
  keys.sort();
  const unsorted = items.slice();
  for (let i = 0; i < n; i++) items[i] = unsorted[keys[i] % n];
}

/** True when offset lies inside one of the sorted, non-overlapping spans. */
export function insideAny(spans: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Folds diacritics and typographic apostrophes so that "Orbán’s" and "Orban's" compare equal. */
export function foldName(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) { const c = s.charCodeAt(i); ascii = c < 128 && c !== 96; }
  if (ascii) return s.toLowerCase();
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").toLowerCase();
}

export const isLetter = (ch: string | undefined): boolean => !!ch && /\p{L}/u.test(ch);
