// The extension client: starts the language server, recognises articles, registers commands. Nothing clever.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const LANGUAGE_ID = 'news-article';
const HEADER = /^\uFEFF?[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}/;
const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('newsArticle');

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
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage('Strip All Boilerplate works on a news article: open one first.');
    return;
  }
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
      // The server rereads boilerplate exceptions when this file changes (see README, "Boilerplate exceptions").
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.news-article/boilerplate-exceptions.json'),
    },
  };
  client = new LanguageClient('newsArticle', 'News Article Language Server', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('newsArticle.stripBoilerplate', stripBoilerplate),
    vscode.commands.registerCommand('newsArticle.openAsArticle', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
      else void vscode.window.showInformationMessage('Open a text file first.');
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => void adopt(doc)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsArticle.files')) vscode.workspace.textDocuments.forEach((d) => void adopt(d));
    }),
  );
  await Promise.all(vscode.workspace.textDocuments.map(adopt));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
