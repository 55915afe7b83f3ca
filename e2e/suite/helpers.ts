// Small helpers for the in-host suite: open a seed, wait for the extension (by polling or by
// event, always with a timeout and a message that says what was expected and what was seen).
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, LANGUAGE_ID } from './expected';

export const WAIT_MS = Number(process.env.NEWS_E2E_WAIT_MS ?? 20000);

/**
 * Polls `probe` until it returns something truthy and returns that. On timeout throws an
 * error naming `what` and, if given, describing the last observed state.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  options: { timeoutMs?: number; intervalMs?: number; lastSeen?: () => string | Promise<string> } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? WAIT_MS;
  const intervalMs = options.intervalMs ?? 50;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, intervalMs)); // polling interval, not a sleep-for-readiness
  }
  let detail = '';
  if (options.lastSeen) {
    try { detail = `\n  last seen: ${await options.lastSeen()}`; } catch (err) { detail = `\n  (could not describe state: ${err})`; }
  }
  if (lastError) detail += `\n  last error: ${lastError instanceof Error ? lastError.message : String(lastError)}`;
  throw new Error(`Timed out after ${(timeoutMs / 1000).toFixed(1)}s waiting for ${what}${detail}`);
}

export function seedUri(file: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the runner must open (a copy of) test-fixtures/');
  return vscode.Uri.joinPath(folder.uri, file);
}

/** The currently open document for `uri` (the object changes when the language changes). */
export function documentFor(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
}

export function findExtension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'news-article-tools');
  if (!ext) {
    const ids = vscode.extensions.all.filter((e) => !e.id.startsWith('vscode.')).map((e) => e.id);
    throw new Error(`extension "news-article-tools" is not loaded; non-builtin extensions: ${ids.join(', ') || '(none)'}`);
  }
  return ext;
}

/**
 * Opens a seed in an editor and waits until it is in the news-article language mode and
 * the language server answers for it (a non-empty outline).
 */
export async function openSeed(file: string): Promise<vscode.TextDocument> {
  const uri = seedUri(file);
  const opened = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(opened, { preview: false });
  const doc = await waitFor(`${file} to be in language mode "${LANGUAGE_ID}"`, () => {
    const d = documentFor(uri);
    return d && d.languageId === LANGUAGE_ID ? d : undefined;
  }, { lastSeen: () => `languageId "${documentFor(uri)?.languageId ?? '(document closed)'}"` });
  await waitFor(`the language server to answer for ${file} (document symbols)`, async () => {
    const symbols = await documentSymbols(uri);
    return symbols.length > 0;
  }, { lastSeen: async () => `extension active: ${findExtension().isActive}` });
  return doc;
}

export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const result = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
    'vscode.executeDocumentSymbolProvider', uri);
  return result ?? [];
}

export function describeSymbols(symbols: readonly vscode.DocumentSymbol[], indent = '    '): string {
  if (symbols.length === 0) return `${indent}(empty)`;
  return symbols.map((s) => {
    const head = `${indent}${s.name}${s.detail ? `  [${s.detail}]` : ''}  (${vscode.SymbolKind[s.kind]})`;
    const kids = s.children?.length ? `\n${describeSymbols(s.children, indent + '  ')}` : '';
    return head + kids;
  }).join('\n');
}

export function diagnosticCode(d: vscode.Diagnostic): string {
  if (d.code === undefined) return '';
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function ownDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

export function describeDiagnostics(diags: readonly vscode.Diagnostic[]): string {
  if (diags.length === 0) return '(none)';
  return diags.map((d) =>
    `${diagnosticCode(d)} ${vscode.DiagnosticSeverity[d.severity]} @${d.range.start.line + 1}:${d.range.start.character + 1} "${d.message}"`,
  ).join('; ');
}

/** Matches a code exactly, or as a family when `expected` ends with '.' (e.g. "boilerplate."). */
export function codeMatches(code: string, expected: string): boolean {
  return expected.endsWith('.') ? code.startsWith(expected) : code === expected;
}

/** Resolves once `uri` carries diagnostics satisfying `accept` (event-driven, with a timeout). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (diags: vscode.Diagnostic[]) => boolean,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diags = ownDiagnostics(uri);
      if (!accept(diags)) return false;
      cleanup();
      resolve(diags);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Timed out after ${(timeoutMs / 1000).toFixed(1)}s waiting for ${what}\n  diagnostics were: ${describeDiagnostics(ownDiagnostics(uri))}`));
    }, timeoutMs);
    function cleanup(): void { sub.dispose(); clearTimeout(timer); }
    check();
  });
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => {
    if (typeof c === 'string') return c;
    return c.value;
  }).join('\n---\n');
}

export function positionOf(doc: vscode.TextDocument, context: string, word: string): vscode.Position {
  const at = doc.getText().indexOf(context);
  if (at < 0) throw new Error(`"${context}" not found in ${doc.uri.path}`);
  const inner = context.indexOf(word);
  return doc.positionAt(at + inner + Math.floor(word.length / 2));
}

export interface DecodedToken {
  line: number;
  start: number;
  length: number;
  type: string;
  modifiers: string[];
  text: string;
}

export function decodeTokens(doc: vscode.TextDocument, tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  const data = tokens.data;
  let line = 0;
  let start = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const dLine = data[i], dStart = data[i + 1], length = data[i + 2], typeIdx = data[i + 3], modBits = data[i + 4];
    line += dLine;
    start = dLine === 0 ? start + dStart : dStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => (modBits & (1 << bit)) !== 0);
    const lineText = doc.lineAt(Math.min(line, doc.lineCount - 1)).text;
    out.push({ line, start, length, type: legend.tokenTypes[typeIdx] ?? `#${typeIdx}`, modifiers, text: lineText.slice(start, start + length) });
  }
  return out;
}

/** Closes every editor without saving (reverting dirty ones), so a run never writes the seeds. */
export async function closeAllWithoutSaving(): Promise<void> {
  for (let guard = 0; guard < 20 && vscode.window.visibleTextEditors.length > 0; guard++) {
    const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0];
    await vscode.window.showTextDocument(editor.document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}
