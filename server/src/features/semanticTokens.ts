import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Span } from '../analysis/types';

export const TOKEN_TYPES = ['person', 'organization', 'place', 'quote', 'dateHeader', 'cue'] as const;
export const TOKEN_MODIFIERS = ['speaker'] as const;
export const legend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];
interface Piece extends Span {
  type: TokenType;
  modifiers: number;
}

/** Cuts `span` around the sorted, non-overlapping `holes`. */
function subtract(span: Span, holes: readonly Span[]): Span[] {
  const out: Span[] = [];
  let at = span.start;
  for (const h of holes) {
    if (h.end <= at || h.start >= span.end) continue;
    if (h.start > at) out.push({ start: at, end: h.start });
    at = Math.max(at, h.end);
  }
  if (at < span.end) out.push({ start: at, end: span.end });
  return out;
}

/** Semantic tokens: the date, actor mentions (speakers marked), quotations and cue verbs; never overlapping. */
export function semanticTokens(doc: TextDocument, article: Article): SemanticTokens {
  const speakerAt = new Set(article.quotes.flatMap((q) => (q.speakerMention ? [q.speakerMention.start] : [])));
  const pieces: Piece[] = [];
  if (article.date) pieces.push({ start: article.date.start, end: article.date.end, type: 'dateHeader', modifiers: 0 });
  const mentions: Piece[] = article.actors.flatMap((a) => a.mentions.map((m) => ({
    start: m.start, end: m.end, type: a.kind as TokenType, modifiers: speakerAt.has(m.start) ? 1 : 0,
  })));
  const cues: Piece[] = article.quotes.flatMap((q) => (q.cue ? [{ ...q.cue, type: 'cue' as const, modifiers: 0 }] : []));
  const inline = [...mentions, ...cues].sort((a, b) => a.start - b.start);
  for (const q of article.quotes) {
    for (const s of subtract(q, inline)) pieces.push({ ...s, type: 'quote', modifiers: 0 });
  }
  pieces.push(...inline);
  pieces.sort((a, b) => a.start - b.start || a.end - b.end);

  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let lastEnd = -1;
  const text = article.text;
  for (const p of pieces) {
    if (p.start < lastEnd) continue; // never overlap
    lastEnd = p.end;
    // One token per line: VS Code does not take tokens that span lines.
    let start = p.start;
    while (start < p.end) {
      let lineBreak = text.indexOf('\n', start);
      if (lineBreak < 0 || lineBreak > p.end) lineBreak = p.end;
      let end = lineBreak;
      if (end > start && text[end - 1] === '\r') end--;
      if (end > start) {
        const pos = doc.positionAt(start);
        const deltaLine = pos.line - prevLine;
        data.push(deltaLine, deltaLine === 0 ? pos.character - prevChar : pos.character, end - start, TOKEN_TYPES.indexOf(p.type), p.modifiers);
        prevLine = pos.line;
        prevChar = pos.character;
      }
      start = lineBreak + 1;
    }
  }
  return { data };
}
