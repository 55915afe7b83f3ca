import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Span } from '../analysis/types';

export const TOKEN_TYPES = ['person', 'organization', 'place', 'quote', 'dateHeader', 'cue', 'boilerplate'] as const;
export const TOKEN_MODIFIERS = ['speaker', 'boilerplate'] as const;
const BOILERPLATE_MODIFIER = 1 << TOKEN_MODIFIERS.indexOf('boilerplate');
export const legend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];
interface Piece extends Span {
  type: TokenType;
  modifiers: number;
}

/** Cuts `span` around the sorted `holes`, starting at hole `from`; returns the pieces and where the next span may start. */
function subtract(span: Span, holes: readonly Span[], from: number): { pieces: Span[]; next: number } {
  const pieces: Span[] = [];
  let i = from;
  while (i < holes.length && holes[i].end <= span.start) i++;
  const next = i;
  let at = span.start;
  for (; i < holes.length && holes[i].start < span.end; i++) {
    const h = holes[i];
    if (h.start > at) pieces.push({ start: at, end: h.start });
    at = Math.max(at, h.end);
  }
  if (at < span.end) pieces.push({ start: at, end: span.end });
  return { pieces, next };
}

/** Semantic tokens: the date, actor mentions (speakers marked), quotations, cue verbs and boilerplate; never overlapping. */
export function semanticTokens(doc: TextDocument, article: Article): SemanticTokens {
  const speakerAt = new Set(article.quotes.flatMap((q) => (q.speakerMention ? [q.speakerMention.start] : [])));
  const pieces: Piece[] = [];
  if (article.date) pieces.push({ start: article.date.start, end: article.date.end, type: 'dateHeader', modifiers: 0 });
  const mentions: Piece[] = article.actors.flatMap((a) => a.mentions.map((m) => ({
    start: m.start, end: m.end, type: a.kind as TokenType, modifiers: speakerAt.has(m.start) ? 1 : 0,
  })));
  const cues: Piece[] = article.quotes.flatMap((q) => (q.cue ? [{ ...q.cue, type: 'cue' as const, modifiers: 0 }] : []));
  const inline = [...mentions, ...cues].sort((a, b) => a.start - b.start);
  let hole = 0; // quotes are sorted too, so one pass over the holes serves them all
  for (const q of article.quotes) {
    const cut = subtract(q, inline, hole);
    hole = cut.next;
    for (const s of cut.pieces) pieces.push({ ...s, type: 'quote', modifiers: 0 });
  }
  pieces.push(...inline);
  // Text to strip is one token, typed and marked so that themes dim it (its type's super type is comment).
  for (const b of article.boilerplate) pieces.push({ start: b.start, end: b.end, type: 'boilerplate', modifiers: BOILERPLATE_MODIFIER });
  pieces.sort((a, b) => a.start - b.start || a.end - b.end);

  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let lastEnd = -1;
  const lines = article.lines;
  let li = 0; // pieces are sorted, so the line index only moves forward
  for (const p of pieces) {
    if (p.start < lastEnd) continue; // never overlap
    lastEnd = p.end;
    // One token per line: VS Code does not take tokens that span lines.
    while (li < lines.length - 1 && lines[li + 1].start <= p.start) li++;
    for (let l = li; l < lines.length && lines[l].start < p.end; l++) {
      const start = Math.max(p.start, lines[l].start);
      const end = Math.min(p.end, lines[l].end);
      if (end <= start) continue;
      const deltaLine = l - prevLine;
      const character = start - lines[l].start;
      data.push(deltaLine, deltaLine === 0 ? character - prevChar : character, end - start, TOKEN_TYPES.indexOf(p.type), p.modifiers);
      prevLine = l;
      prevChar = character;
    }
  }
  return { data };
}
