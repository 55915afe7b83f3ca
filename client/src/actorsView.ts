// The Explorer's Actors view: a thin TreeDataProvider over the server's newsArticle/actors request (actors grouped
// by kind; an actor expands to its articles and quotations; a click opens the location).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface Pos { line: number; character: number }
interface Range4 { start: Pos; end: Pos }
interface ActorRow { key: string; name: string; kind: string; articles: number; mentions: number; quotes: number }
interface ActorsResult { articles: number; indexing: boolean; groups: Array<{ kind: string; count: number; actors: ActorRow[] }> }
interface ActorDetail {
  articles: Array<{ uri: string; label: string; date: string | null; mentions: number; range: Range4 }>;
  quotes: Array<{ uri: string; text: string; date: string | null; range: Range4 }>;
}

type Node =
  | { type: 'kind'; kind: string; count: number; actors: ActorRow[] }
  | { type: 'actor'; actor: ActorRow }
  | { type: 'section'; label: string; items: Node[] }
  | { type: 'location'; label: string; description: string; uri: string; range: Range4; icon: string };

const KIND_LABEL: Record<string, string> = { person: 'People', organization: 'Organizations', place: 'Places' };
const KIND_ICON: Record<string, string> = { person: 'person', organization: 'organization', place: 'globe' };

export class ActorsView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (node.type) {
      case 'kind': {
        const item = new vscode.TreeItem(KIND_LABEL[node.kind] ?? node.kind, node.count ? C.Collapsed : C.None);
        item.description = String(node.count);
        item.iconPath = new vscode.ThemeIcon(KIND_ICON[node.kind] ?? 'symbol-misc');
        return item;
      }
      case 'actor': {
        const a = node.actor;
        const item = new vscode.TreeItem(a.name, C.Collapsed);
        item.description = `${a.articles} article${a.articles === 1 ? '' : 's'}${a.quotes ? ` · ${a.quotes} quote${a.quotes === 1 ? '' : 's'}` : ''}`;
        item.tooltip = `${a.name} (${a.kind}): ${a.mentions} mentions in ${a.articles} articles`;
        item.iconPath = new vscode.ThemeIcon(KIND_ICON[a.kind] ?? 'symbol-misc');
        item.contextValue = 'newsArticle.actor';
        return item;
      }
      case 'section': {
        const item = new vscode.TreeItem(node.label, C.Expanded);
        return item;
      }
      case 'location': {
        const item = new vscode.TreeItem(node.label, C.None);
        item.description = node.description;
        item.iconPath = new vscode.ThemeIcon(node.icon);
        const r = node.range;
        item.command = {
          command: 'vscode.open', title: 'Open',
          arguments: [vscode.Uri.parse(node.uri), { selection: new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character) }],
        };
        return item;
      }
    }
  }

  async getChildren(node?: Node): Promise<Node[]> {
    const client = this.client();
    if (!client) return [];
    if (!node) {
      const r = await client.sendRequest<ActorsResult>('newsArticle/actors', {});
      return r.groups.map((g) => ({ type: 'kind', kind: g.kind, count: g.count, actors: g.actors }));
    }
    if (node.type === 'kind') return node.actors.map((actor) => ({ type: 'actor', actor }));
    if (node.type === 'section') return node.items;
    if (node.type !== 'actor') return [];
    const d = await client.sendRequest<ActorDetail>('newsArticle/actors', { key: node.actor.key });
    const articles: Node[] = d.articles.map((a) => ({ type: 'location', label: a.label, description: `${a.date ?? ''}${a.date ? ' · ' : ''}${a.mentions}×`, uri: a.uri, range: a.range, icon: 'file' }));
    const quotes: Node[] = d.quotes.map((q) => ({ type: 'location', label: `“${q.text}”`, description: q.date ?? '', uri: q.uri, range: q.range, icon: 'quote' }));
    return [
      { type: 'section', label: `Articles (${articles.length})`, items: articles },
      ...(quotes.length ? [{ type: 'section' as const, label: `Quotes (${quotes.length})`, items: quotes }] : []),
    ];
  }
}

/** newsArticle.exportCorpus: asks for the format and the destination, the server does the work. */
export async function exportCorpus(client: LanguageClient | undefined): Promise<void> {
  if (!client) return;
  const format = await vscode.window.showQuickPick(
    [
      { label: 'JSON Lines', description: 'one news-annotate object per article', value: 'jsonl' as const },
      { label: 'brat standoff', description: 'a copy of each text with its .ann (PER, ORG, LOC, QUOTE)', value: 'brat' as const },
    ],
    { title: 'Export the annotations of every article' },
  );
  if (!format) return;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  let output: vscode.Uri | undefined;
  if (format.value === 'jsonl') {
    output = await vscode.window.showSaveDialog({ title: 'Export annotations as JSON Lines', filters: { 'JSON Lines': ['jsonl'] }, defaultUri: folder && vscode.Uri.joinPath(folder, 'annotations.jsonl') });
  } else {
    output = (await vscode.window.showOpenDialog({ title: 'Folder for the brat files (outside the articles)', canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Export here' }))?.[0];
  }
  if (!output) return;
  try {
    const r = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Exporting annotations…' },
      () => client.sendRequest<{ articles: number; files: number; output: string; skipped: string[] }>('newsArticle/exportCorpus', { format: format.value, output: output!.toString() }));
    void vscode.window.showInformationMessage(`Exported ${r.articles} articles to ${r.output}${r.skipped.length ? ` (${r.skipped.length} skipped)` : ''}.`);
  } catch (e) {
    void vscode.window.showErrorMessage(`Export failed: ${(e as Error).message}`);
  }
}
