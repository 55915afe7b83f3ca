import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../analysis/types';
import { stripEdits } from '../analysis/edits';
import { describeRule } from '../analysis/boilerplate/findBoilerplate';
import { toRange } from '../ranges';
import type { RemovalData, ReplacementData } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.newsArticle`;

function isRemoval(data: unknown): data is RemovalData {
  const d = data as RemovalData | undefined;
  return !!d && typeof d.start === 'number' && typeof d.end === 'number' && typeof d.version === 'number';
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
    actions.push(...fullNameFixes(doc, params.context.diagnostics));
  }
  if (only && wants(FIX_ALL_KIND) && only.some((o) => o !== CodeActionKind.QuickFix)) {
    const all = stripAllAction(doc, article, FIX_ALL_KIND);
    if (all) actions.push(all);
  }
  return actions;
}
