import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Quote } from '../analysis/types';
import { toRange } from '../ranges';

export const NO_SPEAKER = '(no speaker)';

function quoteName(q: Quote): string {
  const words = q.text.trim().split(/\s+/).filter(Boolean);
  const head = words.slice(0, 6).join(' ');
  return `“${head}${words.length > 6 ? ' …' : ''}${q.closed ? '”' : ''}` || '“”';
}

/** The outline: the date header, then quotes grouped under their speakers in order of first quote. */
export function documentSymbols(doc: TextDocument, article: Article): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  if (article.date) {
    const range = toRange(doc, article.date);
    symbols.push({ name: `date ${article.date.value}`, kind: SymbolKind.Event, range, selectionRange: range });
  }
  const groups = new Map<string, Quote[]>();
  for (const q of article.quotes) {
    const key = q.speaker ?? '';
    const group = groups.get(key);
    if (group) group.push(q);
    else groups.set(key, [q]);
  }
  for (const [speaker, quotes] of groups) {
    const actor = article.actors.find((a) => a.id === speaker);
    const children: DocumentSymbol[] = quotes.map((q) => {
      const range = toRange(doc, q);
      return { name: quoteName(q), detail: q.kind + (q.closed ? '' : ', unclosed'), kind: SymbolKind.String, range, selectionRange: range };
    });
    const range = { start: children[0].range.start, end: children[children.length - 1].range.end };
    symbols.push({
      name: actor?.name ?? NO_SPEAKER,
      detail: `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`,
      kind: actor ? (actor.kind === 'person' ? SymbolKind.Object : actor.kind === 'place' ? SymbolKind.Namespace : SymbolKind.Class) : SymbolKind.Null,
      range,
      selectionRange: children[0].selectionRange,
      children,
    });
  }
  return symbols;
}
