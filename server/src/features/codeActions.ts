import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Boilerplate } from '../analysis/types';
import { stripEdits } from '../analysis/edits';
import { toRange, toSpan } from '../ranges';
import type { RemovalData, ReplacementData } from './diagnostics';
import { ADD_EXCEPTION_COMMAND } from '../boilerplateSetup';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.newsArticle`;

function isRemoval(data: unknown): data is RemovalData {
  const d = data as RemovalData | undefined;
  return !!d && typeof d.start === 'number' && typeof d.end === 'number' && typeof d.version === 'number';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** An edit that strips the given boilerplate spans. */
function stripAction(doc: TextDocument, article: Article, spans: readonly Boilerplate[], title: string, kind: string, diagnostics: Diagnostic[]): CodeAction {
  const edits = stripEdits(article.text, spans).map((e) => ({ range: toRange(doc, e), newText: '' }));
  return { title, kind, diagnostics, edit: { changes: { [doc.uri]: edits } } };
}

function isReplacement(data: unknown): data is ReplacementData {
  return isRemoval(data) && typeof (data as ReplacementData).replacement === 'string';
}

/** Quick fixes that write a name in full where the text cut it short ("President Vladimir" → "Vladimir Putin"). */
function fullNameFixes(doc: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.code !== 'actor.truncated' || !isReplacement(d.data) || d.data.version !== doc.version) continue;
    actions.push({
      title: `Write the full name: ${d.data.replacement}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: { changes: { [doc.uri]: [{ range: toRange(doc, d.data), newText: d.data.replacement }] } },
    });
  }
  return actions;
}

/** The edit that strips every boilerplate span of the article. */
export function stripAllAction(doc: TextDocument, article: Article, kind: string, diagnostics: Diagnostic[] = []): CodeAction | null {
  const n = article.boilerplate.length;
  return n ? stripAction(doc, article, article.boilerplate, `Strip all boilerplate (${plural(n, 'span')})`, kind, diagnostics) : null;
}

/** The trimmed texts of the lines a span touches: what the exceptions file records. */
function linesOf(article: Article, start: number, end: number): string[] {
  return article.lines.filter((l) => l.end >= start && l.start < end).map((l) => l.text.trim()).filter(Boolean);
}

export function codeActions(doc: TextDocument, article: Article, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];
  const ours = params.context.diagnostics.filter((d) => String(d.code ?? '').startsWith('boilerplate.'));
  if (wants(CodeActionKind.QuickFix)) {
    const offeredKinds = new Set<string>();
    for (const d of ours) {
      // A fix computed for another version of the text would delete the wrong characters.
      if (!isRemoval(d.data) || d.data.version !== doc.version) continue;
      const kind = String(d.code).slice('boilerplate.'.length);
      const sameKind = article.boilerplate.filter((b) => b.kind === kind);
      const description = sameKind[0]?.description ?? 'boilerplate';
      actions.push({
        title: `Remove boilerplate: ${description}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        edit: { changes: { [doc.uri]: [{ range: toRange(doc, d.data), newText: '' }] } },
      });
      if (sameKind.length > 1 && !offeredKinds.has(kind)) {
        offeredKinds.add(kind);
        actions.push(stripAction(doc, article, sameKind, `Remove all ${description} (${sameKind.length})`, CodeActionKind.QuickFix, [d]));
      }
      const span = toSpan(doc, d.range);
      const lines = linesOf(article, span.start, span.end);
      if (lines.length) {
        actions.push({
          title: `Not boilerplate: keep ${lines.length === 1 ? 'this line' : `these ${lines.length} lines`} (remembered in .news-article/boilerplate-exceptions.json)`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title: 'Not boilerplate', command: ADD_EXCEPTION_COMMAND, arguments: [doc.uri, lines] },
        });
      }
    }
    if (ours.length) {
      const all = stripAllAction(doc, article, CodeActionKind.QuickFix, ours);
      if (all) actions.push(all);
    }
    actions.push(...fullNameFixes(doc, params.context.diagnostics));
  }
  if (only && wants(FIX_ALL_KIND) && only.some((o) => o !== CodeActionKind.QuickFix)) {
    const all = stripAllAction(doc, article, FIX_ALL_KIND);
    if (all) actions.push(all);
  }
  return actions;
}
