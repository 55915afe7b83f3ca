import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../analysis/types';

/** Boilerplate blocks of two lines or more fold; neighbouring spans with only blanks between are one block. */
export function foldingRanges(doc: TextDocument, article: Article): FoldingRange[] {
  const out: FoldingRange[] = [];
  const bp = article.boilerplate;
  for (let i = 0; i < bp.length; i++) {
    const start = bp[i].start;
    let end = bp[i].end;
    while (i + 1 < bp.length && /^\s*$/.test(article.text.slice(end, bp[i + 1].start))) end = bp[++i].end;
    const startLine = doc.positionAt(start).line;
    const endLine = doc.positionAt(end).line;
    if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return out;
}
