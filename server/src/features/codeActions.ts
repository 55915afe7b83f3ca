import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../analysis/types';
import { stripEdits } from '../analysis/edits';
import { describeRule } from '../analysis/boilerplate/findBoilerplate';
import { toRange } from '../ranges';
import type { RemovalData } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.newsArticle`;

function isRemoval(data: unknown): data is RemovalData {
  const d = data as RemovalData | undefined;
  return !!d && typeof d.start === 'number' && typeof d.end === 'number' && typeof d.version === 'number';
}

/** The edit that strips every boilerplate span of the article. */
export function stripAllAction(doc: TextDocument, article: Article, kind: string, diagnostics: Diagnostic[] = []): CodeAction | null {
  if (!article.boilerplate.length) return null;
  const edits = stripEdits(article.text, article.boilerplate).map((e) => ({ range: toRange(doc, e), newText: '' }));
  const n = article.boilerplate.length;
  return {
    title: `Strip all boilerplate (${n} span${n === 1 ? '' : 's'})`,
    kind,
    diagnostics,
    edit: { changes: { [doc.uri]: edits } },
  };
}

export function codeActions(doc: TextDocument, article: Article, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];
  const ours = params.context.diagnostics.filter((d) => String(d.code ?? '').startsWith('boilerplate.'));
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of ours) {
      // A fix computed for another version of the text would delete the wrong characters.
      if (!isRemoval(d.data) || d.data.version !== doc.version) continue;
      const rule = String(d.code).slice('boilerplate.'.length);
      actions.push({
        title: `Remove boilerplate: ${describeRule(rule)}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        edit: { changes: { [doc.uri]: [{ range: toRange(doc, d.data), newText: '' }] } },
      });
    }
    if (ours.length) {
      const all = stripAllAction(doc, article, CodeActionKind.QuickFix, ours);
      if (all) actions.push(all);
    }
  }
  if (only && wants(FIX_ALL_KIND) && only.some((o) => o !== CodeActionKind.QuickFix)) {
    const all = stripAllAction(doc, article, FIX_ALL_KIND);
    if (all) actions.push(all);
  }
  return actions;
}
