// The LSP connection takes one handler per notification (a second registration replaces the first). Several
// modules want `initialized`, watched-file events and configuration changes, so this view of the connection
// lets each of them register its own and calls them all.
import type { Connection, DidChangeConfigurationParams, DidChangeWatchedFilesParams, InitializedParams } from 'vscode-languageserver';

export function sharedHandlers(connection: Connection): Connection {
  const initialized: Array<(p: InitializedParams) => void> = [];
  const watched: Array<(p: DidChangeWatchedFilesParams) => void> = [];
  const configuration: Array<(p: DidChangeConfigurationParams) => void> = [];
  const each = <P>(list: Array<(p: P) => void>, p: P) => {
    for (const h of list) {
      try { h(p); } catch (e) { connection.console.error(`handler failed: ${(e as Error)?.stack ?? String(e)}`); }
    }
  };
  connection.onInitialized((p) => each(initialized, p));
  connection.onDidChangeWatchedFiles((p) => each(watched, p));
  connection.onDidChangeConfiguration((p) => each(configuration, p));
  const add = <P>(list: Array<(p: P) => void>) => (h: (p: P) => void) => {
    list.push(h);
    return { dispose: () => { const i = list.indexOf(h); if (i >= 0) list.splice(i, 1); } };
  };
  const overrides: Record<string, unknown> = {
    onInitialized: add(initialized),
    onDidChangeWatchedFiles: add(watched),
    onDidChangeConfiguration: add(configuration),
  };
  return new Proxy(connection, { get: (target, prop, receiver) => (typeof prop === 'string' && prop in overrides ? overrides[prop] : Reflect.get(target, prop, receiver)) });
}
