// The quick fix "Add to knowledge file" on an actor mention: creates news-actors.json (or rewrites it with one
// more entry) through a WorkspaceEdit, so the user sees, can undo, and saves the change.
import { CodeActionKind, type CodeAction, type CodeActionParams, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../analysis/types';
import { withEntry } from '../workspace/knowledge';
import { actorAt } from './mentionAt';

/** `existing` is the file's text, or null when there is no file yet. */
export function knowledgeActions(doc: TextDocument, article: Article, params: CodeActionParams, file: { uri: string; existing: string | null } | null): CodeAction[] {
  if (!file) return [];
  const actor = actorAt(article, doc.offsetAt(params.range.start));
  if (!actor) return [];
  const text = withEntry(file.existing, actor);
  if (text === null) return [];
  const edit: WorkspaceEdit = file.existing === null
    ? { documentChanges: [
      { kind: 'create', uri: file.uri, options: { ignoreIfExists: true } },
      { textDocument: { uri: file.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
    ] }
    : { documentChanges: [
      { textDocument: { uri: file.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: file.existing.split('\n').length + 1, character: 0 } }, newText: text }] },
    ] };
  return [{ title: `Add “${actor.name}” to the knowledge file (news-actors.json)`, kind: CodeActionKind.QuickFix, edit }];
}
