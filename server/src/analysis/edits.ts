import type { Boilerplate, Span } from './types';

export interface TextEdit extends Span {
  newText: string;
}

/**
 * What to delete to remove a boilerplate span without leaving a hole: a span that fills its line takes the line and
 * its line break with it; a span inside a line takes the blanks that follow it (or precede it at a line end).
 */
export function removalSpan(text: string, span: Span): Span {
  let lineStart = Math.max(text.lastIndexOf('\n', span.start - 1) + 1, 0);
  if (text[lineStart] === '\ufeff') lineStart++; // the byte-order mark stays
  let lineEnd = text.indexOf('\n', span.end);
  if (lineEnd < 0) lineEnd = text.length;
  const contentEnd = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  const wholeLine = /^\s*$/.test(text.slice(lineStart, span.start)) && /^\s*$/.test(text.slice(span.end, contentEnd));
  if (wholeLine) {
    if (lineEnd < text.length) return { start: lineStart, end: lineEnd + 1 };
    // The last line: take the break before it instead, so no empty line is left at the end.
    const prevBreak = lineStart > 0 && text[lineStart - 1] === '\n' ? (text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1) : lineStart;
    return { start: prevBreak, end: text.length };
  }
  let end = span.end;
  while (end < contentEnd && (text[end] === ' ' || text[end] === '\t')) end++;
  if (end === contentEnd) {
    let start = span.start;
    while (start > lineStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    return { start, end: span.end };
  }
  return { start: span.start, end };
}

/** Edits that strip all the given boilerplate, merged where removals touch, in text order. */
export function stripEdits(text: string, boilerplate: readonly Boilerplate[]): TextEdit[] {
  const spans = boilerplate.map((b) => removalSpan(text, b)).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged.map((s) => ({ ...s, newText: '' }));
}

/** Applies non-overlapping edits to a string. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}
