import type { Line, Span } from './types';

/** Splits text into lines without their breaks (LF, CRLF or lone CR). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
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

export const isBlank = (s: string): boolean => /^[\s\u00a0\ufeff]*$/.test(s);

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
