import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Severity } from '../analysis/types';
import { removalSpan } from '../analysis/edits';
import { toRange } from '../ranges';

export const SOURCE = 'news-article';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a boilerplate diagnostic carries for its quick fix: the span to delete, valid for one document version. */
export interface RemovalData {
  version: number;
  start: number;
  end: number;
}

/** What an `actor.truncated` hint carries for its quick fix: the name's span and the full name, for one version. */
export interface ReplacementData extends RemovalData {
  replacement: string;
}

export function diagnostics(doc: TextDocument, article: Article): Diagnostic[] {
  return article.problems.map((p) => {
    const d: Diagnostic = { range: toRange(doc, p), severity: SEVERITY[p.severity], code: p.code, source: SOURCE, message: p.message };
    if (p.code.startsWith('boilerplate.')) {
      const r = removalSpan(article.text, p);
      d.data = { version: doc.version, start: r.start, end: r.end } satisfies RemovalData;
    } else if (p.replacement !== undefined) {
      d.data = { version: doc.version, start: p.start, end: p.end, replacement: p.replacement } satisfies ReplacementData;
    }
    return d;
  });
}
