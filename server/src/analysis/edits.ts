import type { Boilerplate, Span } from './types';

export interface TextEdit extends Span {
  newText: string;
}

/**
 * What to delete to remove a boilerplate span without leaving a hole: a span that fills its lines takes them and their
 * line break with it, and the paragraph layout stays as it was (no doubled blank lines, no blank lines left at the
 * start or end of the text); a span inside a line takes the blanks that follow it (or precede it at a line end).
 */
export function removalSpan(text: string, span: Span): Span {
  let lineStart = Math.max(text.lastIndexOf('\n', span.start - 1) + 1, 0);
  if (text[lineStart] === '\ufeff') lineStart++; // the byte-order mark stays
  let lineEnd = text.indexOf('\n', span.end);
  if (lineEnd < 0) lineEnd = text.length;
  const contentEnd = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  const wholeLine = /^\s*$/.test(text.slice(lineStart, span.start)) && /^\s*$/.test(text.slice(span.end, contentEnd));
  if (wholeLine) {
    const after = lineEnd < text.length ? lineEnd + 1 : text.length;
    const nextContent = firstNonBlank(text, after);
    if (nextContent === text.length) {
      // Nothing but blanks follows: cut from the end of the text before, keeping the final line break if there was one.
      const prev = lastNonBlank(text, lineStart);
      const finalBreak = text.endsWith('\r\n') ? 2 : text.endsWith('\n') || text.endsWith('\r') ? 1 : 0;
      const start = prev >= 0 ? prev + 1 : lineStart;
      return { start, end: Math.max(start, text.length - finalBreak) };
    }
    // A blank line (or the start of the text) before: the blank lines after go too, so the gap stays one gap.
    const prevLineBlank = lineStart === 0 || text[lineStart - 1] === '\ufeff' || /\n\s*\n[ \t\r]*$/.test(text.slice(Math.max(0, lineStart - 200), lineStart))
      || lastNonBlank(text, lineStart) < 0;
    return { start: lineStart, end: prevLineBlank ? lineStartOf(text, nextContent) : after };
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

const isBlankChar = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\ufeff';
function firstNonBlank(text: string, from: number): number {
  let i = from;
  while (i < text.length && isBlankChar(text[i])) i++;
  return i;
}
function lastNonBlank(text: string, before: number): number {
  let i = before - 1;
  while (i >= 0 && isBlankChar(text[i])) i--;
  return i;
}
function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
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
  // Removals that together reach the end of the text take the blank lines before them too (one final break stays).
  const last = merged[merged.length - 1];
  if (last && firstNonBlank(text, last.end) === text.length) {
    const prev = lastNonBlank(text, last.start);
    const finalBreak = text.endsWith('\r\n') ? 2 : text.endsWith('\n') || text.endsWith('\r') ? 1 : 0;
    if (prev >= 0 && prev + 1 < last.start) last.start = prev + 1;
    last.end = Math.max(last.start, Math.max(last.end, text.length - finalBreak));
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
