import type { Line, Span } from '../types';
import { isBlank, isLetter } from '../text';
import { isSpaceCode } from './chars';

/** A pair of quotation marks as found in the text, before classification and attribution. */
export interface QuoteMarks extends Span {
  inner: Span;
  closed: boolean;
}

/** Marks that close each opening mark. Typography is often mixed (“…" or "…”), so curly and straight close each other. */
const CLOSER_OF: Record<string, string> = { '“': '”"', '«': '»', '„': '“”"', '‘': '’', '"': '"”', '‹': '›' };
const DOUBLE_OPENERS = '“«„"';
/**
 * Every character that can open or close a quotation (the openers above, their closers, and ’). All other characters
 * leave the scan's state as it is, so the scan visits only these.
 */
const MARK_CHARS = /[“”«»„"‘’›]/g;

/** A character beyond Latin-1 (the expression fails at once on a text that V8 stores one byte per character). */
const WIDE_CHAR = /[^\x00-\xff]/;
/** The marks within Latin-1: all a text without wider characters can hold. */
const LATIN1_MARKS = ['"', '«', '»'];

/** Offsets of the characters that may be quotation marks, from `from` on, in order. */
function markOffsets(text: string, from: number): number[] {
  const out: number[] = [];
  if (WIDE_CHAR.test(text)) {
    MARK_CHARS.lastIndex = from;
    for (let m = MARK_CHARS.exec(text); m; m = MARK_CHARS.exec(text)) out.push(m.index);
    return out;
  }
  // Latin-1 only (most texts typed with straight quotes): indexOf finds each of the three marks much faster than the
  // expression scans for all nine. The next offset of each, merged in order.
  const next = LATIN1_MARKS.map((ch) => text.indexOf(ch, from));
  for (;;) {
    let k = -1;
    for (let j = 0; j < next.length; j++) if (next[j] >= 0 && (k < 0 || next[j] < next[k])) k = j;
    if (k < 0) return out;
    out.push(next[k]);
    next[k] = text.indexOf(LATIN1_MARKS[k], next[k] + 1);
  }
}

/** Characters after which a straight quote may open: /[\s([{—–-]/ */
const isOpeningContext = (c: number): boolean => isSpaceCode(c) || c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 45;

/** Is the straight quote at i an opening one (start of line, or after a space or opening bracket)? */
function straightOpens(text: string, i: number, lineStart: number): boolean {
  if (i === lineStart) return true;
  // (After the end of the text there is no character to follow.)
  return isOpeningContext(text.charCodeAt(i - 1)) && i + 1 < text.length && !isSpaceCode(text.charCodeAt(i + 1));
}

/** Is the ’ at i a closing single quote rather than an apostrophe (Orban’s, ’90s, rock ’n’ roll)? */
function singleCloses(text: string, i: number): boolean {
  return !isLetter(text[i + 1]) && !/\d/.test(text[i + 1] ?? '') && !/\s/.test(text[i - 1] ?? ' ') && text[i - 1] !== 's';
}

/**
 * Pairs quotation marks paragraph by paragraph. A quotation that is still open at the end of a paragraph continues
 * when the next paragraph opens with a quotation mark (the news convention for multi-paragraph quotes); otherwise it
 * is unclosed, ends at the paragraph end, and scanning goes on normally from the next paragraph.
 */
export function findQuoteMarks(text: string, lines: readonly Line[], bodyStart: number): QuoteMarks[] {
  const found: QuoteMarks[] = [];
  const paragraphs = lines.filter((l) => l.end > bodyStart && !isBlank(l.text));
  let open: { opener: string; start: number; innerStart: number } | null = null;
  const candidates = markOffsets(text, bodyStart);
  let c = 0; // the next candidate to look at
  for (let p = 0; p < paragraphs.length; p++) {
    const line = paragraphs[p];
    const from = Math.max(line.start, bodyStart);
    let i = from;
    if (open) {
      // Continuation paragraph: skip its opening mark.
      let first = from;
      while (first < line.end && /\s/.test(text[first])) first++;
      if (DOUBLE_OPENERS.includes(text[first])) i = first + 1;
    }
    let single: { start: number } | null = null;
    while (c < candidates.length && candidates[c] < i) c++;
    for (; c < candidates.length && candidates[c] < line.end; c++) {
      i = candidates[c];
      const ch = text[i];
      if (open) {
        const closers = CLOSER_OF[open.opener];
        // A curly opening mark typed where the closing one belongs (“It's unusual,“ said …) closes too.
        const misTyped = ch === '“' && open.opener === '“' && !/\s/.test(text[i - 1] ?? ' ') && !isLetter(text[i + 1]);
        if ((closers.includes(ch) || misTyped) && (ch !== '"' || !straightOpens(text, i, line.start) || i === line.end - 1)) {
          found.push({ start: open.start, end: i + 1, inner: { start: open.innerStart, end: i }, closed: true });
          open = null;
        }
        continue;
      }
      if (ch === '“' || ch === '«' || ch === '„' || (ch === '"' && straightOpens(text, i, line.start))) {
        open = { opener: ch, start: i, innerStart: i + 1 };
        single = null;
      } else if (ch === '‘' && isLetter(text[i + 1]) || ch === '‘' && /["“]/.test(text[i + 1] ?? '')) {
        single = { start: i };
      } else if (ch === '’' && single && singleCloses(text, i)) {
        found.push({ start: single.start, end: i + 1, inner: { start: single.start + 1, end: i }, closed: true });
        single = null;
      }
    }
    if (open) {
      // Only a quotation that opens its paragraph (or follows a colon) runs on into the next one.
      const lead = text.slice(from, open.start);
      const speechOpening = /^\s*$/.test(lead) || /:\s*$/.test(lead);
      const next = speechOpening ? paragraphs[p + 1] : undefined;
      const nextFirst = next ? text.slice(next.start, next.end).trimStart()[0] : undefined;
      if (next && nextFirst && DOUBLE_OPENERS.includes(nextFirst) && open.opener !== '"') continue;
      if (next && nextFirst === '"' && open.opener === '"') continue;
      const end = trimEnd(text, open.innerStart, line.end);
      found.push({ start: open.start, end, inner: { start: open.innerStart, end }, closed: false });
      open = null;
    }
  }
  return found;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
