import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
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

/** More diagnostics than this help nobody and choke editors; the rest are counted in one last diagnostic. */
export const MAX_DIAGNOSTICS = 1000;

/** What an `actor.truncated` hint carries for its quick fix: the name's span and the full name, for one version. */
export interface ReplacementData extends RemovalData {
  replacement: string;
}

export function diagnostics(doc: TextDocument, article: Article): Diagnostic[] {
  const shown = article.problems.slice(0, MAX_DIAGNOSTICS);
  const list = shown.map((p) => {
    const d: Diagnostic = { range: toRange(doc, p), severity: SEVERITY[p.severity], code: p.code, source: SOURCE, message: p.message };
    if (p.code.startsWith('boilerplate.')) {
      const r = removalSpan(article.text, p);
      d.data = { version: doc.version, start: r.start, end: r.end } satisfies RemovalData;
      d.tags = [DiagnosticTag.Unnecessary]; // editors show it faded: text to strip, not to read
    } else if (p.replacement !== undefined) {
      d.data = { version: doc.version, start: p.start, end: p.end, replacement: p.replacement } satisfies ReplacementData;
    }
    return d;
  });
  const hidden = article.problems.length - shown.length;
  if (hidden > 0) {
    const last = shown[shown.length - 1];
    list.push({
      range: toRange(doc, { start: last.end, end: last.end }), severity: DiagnosticSeverity.Information, code: 'diagnostics.truncated', source: SOURCE,
      message: `${hidden} more findings are not listed (only the first ${MAX_DIAGNOSTICS} are); "Strip all boilerplate" still covers them all.`,
    });
  }
  return list;
}
