import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';

/** Remembers the last tokens sent per document, so the next answer can be a small edit of them. */
export class SemanticTokensHistory {
  private readonly last = new Map<string, { resultId: string; data: number[] }>();
  private counter = 0;

  full(uri: string, tokens: SemanticTokens): SemanticTokens {
    const resultId = String(++this.counter);
    this.last.set(uri, { resultId, data: tokens.data });
    return { resultId, data: tokens.data };
  }

  /** One edit replacing the changed middle of the previous data; the full tokens when the previous id is unknown. */
  delta(uri: string, previousResultId: string, tokens: SemanticTokens): SemanticTokens | SemanticTokensDelta {
    const before = this.last.get(uri);
    if (!before || before.resultId !== previousResultId) return this.full(uri, tokens);
    const a = before.data;
    const b = tokens.data;
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
    const resultId = String(++this.counter);
    this.last.set(uri, { resultId, data: b });
    if (start === endA && start === endB) return { resultId, edits: [] };
    return { resultId, edits: [{ start, deleteCount: endA - start, data: b.slice(start, endB) }] };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
