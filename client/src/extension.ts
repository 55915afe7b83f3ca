// The extension client: starts the language server, recognises articles, registers commands. Nothing clever.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ActorsView, exportCorpus } from './actorsView';

const LANGUAGE_ID = 'news-article';
const HEADER = /^\uFEFF?[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}/;
const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('newsArticle');

const QUOTES_REQUEST = 'newsArticle/quotes';
const SHOW_QUOTES = 'newsArticle.showQuotesByActor';

/** The server's answer to newsArticle/quotes (see server/src/features/quoteList.ts). */
interface QuoteItem {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
  kind: string;
  closed: boolean;
  speaker: { id: string; name: string } | null;
}
interface QuotesResult {
  quotes: QuoteItem[];
  actorAt: { id: string; name: string } | null;
}

let client: LanguageClient | undefined;

/** Is this plain-text document an article: a date header, or a path matching `newsArticle.files`? */
function looksLikeArticle(doc: vscode.TextDocument): boolean {
  if (doc.languageId !== 'plaintext' || doc.uri.scheme === 'output') return false;
  if (HEADER.test(doc.lineAt(0).text)) return true;
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  const globs = vscode.workspace.getConfiguration('newsArticle', doc.uri).get<string[]>('files', []);
  return globs.some((glob) => {
    const pattern = folder ? new vscode.RelativePattern(folder, glob) : glob;
    return vscode.languages.match({ pattern }, doc) > 0;
  });
}

async function adopt(doc: vscode.TextDocument): Promise<void> {
  if (looksLikeArticle(doc)) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

async function stripBoilerplate(): Promise<void> {
  const editor = articleEditor('Strip All Boilerplate');
  if (!editor) return;
  const doc = editor.document;
  const range = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', doc.uri, range, FIX_ALL_KIND.value);
  const strip = actions?.find((a) => a.kind && FIX_ALL_KIND.contains(a.kind) && a.edit);
  if (!strip?.edit) {
    void vscode.window.showInformationMessage('No boilerplate found in this article.');
    return;
  }
  await vscode.workspace.applyEdit(strip.edit);
}

function articleEditor(what: string): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === LANGUAGE_ID && client) return editor;
  void vscode.window.showInformationMessage(`${what} works on a news article: open one first.`);
  return undefined;
}

async function quotesOf(doc: vscode.TextDocument, position?: vscode.Position): Promise<QuotesResult> {
  const params = { textDocument: { uri: doc.uri.toString() }, position: position && { line: position.line, character: position.character } };
  return (await client?.sendRequest<QuotesResult>(QUOTES_REQUEST, params)) ?? { quotes: [], actorAt: null };
}

const toRange = (r: QuoteItem['range']): vscode.Range => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

function select(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Moves the selection to the next (or previous) quotation, wrapping around at the end of the article. */
async function jumpToQuote(step: 1 | -1): Promise<void> {
  const editor = articleEditor(step > 0 ? 'Next Quote' : 'Previous Quote');
  if (!editor) return;
  const { quotes } = await quotesOf(editor.document);
  if (!quotes.length) {
    void vscode.window.showInformationMessage('No quotations in this article.');
    return;
  }
  const here = step > 0 ? editor.selection.end : editor.selection.start;
  const ranges = quotes.map((q) => toRange(q.range));
  const target = step > 0
    ? ranges.find((r) => r.start.isAfterOrEqual(here) && !r.isEqual(editor.selection)) ?? ranges[0]
    : [...ranges].reverse().find((r) => r.end.isBeforeOrEqual(here) && !r.isEqual(editor.selection)) ?? ranges[ranges.length - 1];
  select(editor, target);
}

/** Lists one actor's quotations in a Quick Pick and jumps to the chosen one. From a hover link, or from the cursor. */
async function showQuotesByActor(uri?: string, actorId?: string): Promise<void> {
  let editor = vscode.window.activeTextEditor;
  if (uri && editor?.document.uri.toString() !== uri) editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri));
  if (!uri) editor = articleEditor('Show Quotes by This Actor');
  if (!editor || !client) return;
  const result = await quotesOf(editor.document, editor.selection.active);
  const id = actorId ?? result.actorAt?.id;
  const quotes = result.quotes.filter((q) => q.speaker && q.speaker.id === id);
  const name = quotes[0]?.speaker?.name ?? result.actorAt?.name;
  if (!id || !quotes.length) {
    void vscode.window.showInformationMessage(id ? `No quotations by ${name ?? 'this actor'}.` : 'Put the cursor on a person or organization (or inside a quotation) first.');
    return;
  }
  const picked = await vscode.window.showQuickPick(
    quotes.map((q) => ({ label: `“${q.text.trim()}${q.closed ? '”' : ''}`, description: `line ${q.range.start.line + 1}`, detail: q.kind, range: toRange(q.range) })),
    { title: `Quotes by ${name} (${quotes.length})`, matchOnDescription: true },
  );
  if (picked) select(editor, picked.range);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: {
      configurationSection: 'newsArticle',
      fileEvents: [
        // The server rereads boilerplate exceptions when this file changes (see README, "Boilerplate exceptions").
        vscode.workspace.createFileSystemWatcher('**/.news-article/boilerplate-exceptions.json'),
        // The corpus index follows articles on disk, and the knowledge file (see README, "Corpus").
        vscode.workspace.createFileSystemWatcher('**/*.txt'),
        vscode.workspace.createFileSystemWatcher('**/news-actors.json'),
      ],
    },
    middleware: {
      // The hover card's "Show quotes" link runs one command of ours; trust only that one.
      provideHover: async (doc, position, token, next) => {
        const hover = await next(doc, position, token);
        for (const c of hover?.contents ?? []) if (c instanceof vscode.MarkdownString) c.isTrusted = { enabledCommands: [SHOW_QUOTES] };
        return hover;
      },
    },
  };
  client = new LanguageClient('newsArticle', 'News Article Language Server', serverOptions, clientOptions);
  const actorsView = new ActorsView(() => client);

  context.subscriptions.push(
    vscode.commands.registerCommand('newsArticle.stripBoilerplate', stripBoilerplate),
    vscode.commands.registerCommand('newsArticle.openAsArticle', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
      else void vscode.window.showInformationMessage('Open a text file first.');
    }),
    vscode.commands.registerCommand('newsArticle.nextQuote', () => jumpToQuote(1)),
    vscode.commands.registerCommand('newsArticle.previousQuote', () => jumpToQuote(-1)),
    vscode.commands.registerCommand(SHOW_QUOTES, showQuotesByActor),
    vscode.window.registerTreeDataProvider('newsArticle.actors', actorsView),
    vscode.commands.registerCommand('newsArticle.refreshActors', () => actorsView.refresh()),
    vscode.commands.registerCommand('newsArticle.exportCorpus', () => exportCorpus(client)),
    vscode.workspace.onDidOpenTextDocument((doc) => void adopt(doc)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsArticle.files')) vscode.workspace.textDocuments.forEach((d) => void adopt(d));
    }),
  );
  await Promise.all(vscode.workspace.textDocuments.map(adopt));
  await client.start();
  context.subscriptions.push(client.onNotification('newsArticle/actorsChanged', () => actorsView.refresh()));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
