// Keeps the cross-article index current: a background scan of the workspace folders (in slices, so requests stay
// responsive) with work-done progress, file events from the client, open documents (they override the disk), the
// settings that say what an article is, and the knowledge file.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { DiagnosticSeverity, FileChangeType, type Connection, type FileEvent } from 'vscode-languageserver';
import type { Article } from '../analysis/types';
import { decodeArticle } from '../decode';
import { CorpusIndex, summarise } from './corpusIndex';
import { enabledGlobs, isArticle, isExcluded, listTextFiles, type Selection } from './discover';
import { Knowledge, KNOWLEDGE_FILE, parseKnowledge } from './knowledge';

/** Work per slice before yielding to pending requests. */
const SLICE_MS = 25;
/** Larger files are not indexed (the editor analyses them only in part, see README "Limits"). */
const MAX_BYTES = 5_000_000;
/** Batches of changed files at least this large show progress; the first scan always does. */
const PROGRESS_FROM = 50;

export const ACTORS_CHANGED = 'newsArticle/actorsChanged';

export interface CorpusHost {
  connection: Connection;
  /** Analyses a text as the editor would (settings, known people, knowledge). */
  analyse(text: string): Article;
  /** Is the document open in the editor (then the editor's text wins over the disk)? */
  isOpen(uri: string): boolean;
  /** The knowledge changed: analyses of open documents are stale. */
  knowledgeChanged(): void;
}

interface Job { folder: string; path: string; uri: string; force: boolean }

/** One spelling per file URI, so the editor's and the disk's URIs of a file meet. */
export function normaliseUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try { return pathToFileURL(fileURLToPath(uri)).href; } catch { return uri; }
}

export class Corpus {
  readonly index = new CorpusIndex();
  knowledge = new Knowledge();
  private folders: string[] = [];
  private selection: Selection = { files: [], exclude: [] };
  /** Files indexed from disk: uri → where and when. */
  private readonly files = new Map<string, { folder: string; path: string; mtime: number }>();
  private queue: Job[] = [];
  private head = 0;
  private readonly queued = new Set<string>();
  private running = false;
  private progress: { report(p: number, m: string): void; done(): void } | null = null;
  private batchDone = 0;
  private batchTotal = 0;
  private lastReport = 0;
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;
  private knowledgeUris: string[] = [];
  private readonly waiters: Array<() => void> = [];
  /** Milliseconds the last full scan took, and how many articles it indexed (for the benchmark). */
  lastScan = { ms: 0, articles: 0 };

  constructor(private readonly host: CorpusHost) {}

  setFolders(uris: string[]): void {
    this.folders = uris.flatMap((u) => { try { return [fileURLToPath(u)]; } catch { return []; } });
  }

  get indexing(): boolean {
    return this.running || this.head < this.queue.length;
  }

  /** Resolves once the queue is empty. */
  idle(): Promise<void> {
    return this.indexing ? new Promise((r) => this.waiters.push(r)) : Promise.resolve();
  }

  private async readSelection(): Promise<void> {
    const { connection } = this.host;
    try {
      const [own, filesExclude] = await connection.workspace.getConfiguration([{ section: 'newsArticle' }, { section: 'files.exclude' }]) as [Record<string, unknown> | null, unknown];
      const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
      this.selection = { files: list(own?.files), exclude: [...list(own?.exclude), ...enabledGlobs(filesExclude)] };
    } catch (e) {
      connection.console.error(`reading settings for the corpus failed: ${(e as Error)?.message ?? String(e)}`);
    }
  }

  private scanChain: Promise<void> = Promise.resolve();

  /**
   * Reads the settings and the knowledge files, then indexes every folder. Scans run one after the other: two at once
   * (start-up and the first configuration change come together) would each open a progress and leave one open.
   */
  scan(forceAll = false): Promise<void> {
    const run = this.scanChain.then(() => this.scanOnce(forceAll));
    this.scanChain = run.catch(() => undefined);
    return run;
  }

  private async scanOnce(forceAll: boolean): Promise<void> {
    await this.readSelection();
    this.loadKnowledge();
    const started = performance.now();
    await this.beginProgress();
    const seen = new Set<string>();
    for (const folder of this.folders) {
      const paths = await listTextFiles(folder, this.selection);
      for (const path of paths) {
        const uri = pathToFileURL(path).href;
        seen.add(uri);
        this.enqueue({ folder, path, uri, force: forceAll });
      }
    }
    for (const uri of [...this.files.keys()]) if (!seen.has(uri)) this.forget(uri);
    this.batchTotal = this.queue.length - this.head;
    if (!this.batchTotal) this.endProgress();
    this.pump();
    await this.idle();
    this.lastScan = { ms: performance.now() - started, articles: this.index.size };
  }

  private enqueue(job: Job): void {
    if (this.queued.has(job.uri)) return;
    this.queued.add(job.uri);
    this.queue.push(job);
  }

  private async beginProgress(): Promise<void> {
    if (this.progress) return;
    this.batchDone = 0;
    try {
      const p = await this.host.connection.window.createWorkDoneProgress();
      p.begin('Indexing news articles', 0, 'finding articles…', false);
      this.progress = p;
    } catch { /* the client shows no progress */ }
  }

  private endProgress(): void {
    if (this.progress) {
      this.progress.report(100, `${this.batchDone}/${this.batchTotal} articles`);
      this.progress.done();
    }
    this.progress = null;
  }

  private pump(): void {
    if (this.running) return;
    this.running = true;
    const step = () => {
      const until = performance.now() + SLICE_MS;
      let changed = false;
      while (this.head < this.queue.length && performance.now() < until) {
        const job = this.queue[this.head++];
        this.queued.delete(job.uri);
        try { changed = this.indexFile(job) || changed; } catch (e) {
          this.host.connection.console.error(`indexing ${job.path} failed: ${(e as Error)?.stack ?? String(e)}`);
        }
        this.batchDone++;
      }
      if (changed) this.notifyChanged();
      const now = performance.now();
      if (this.progress && now - this.lastReport > 150) {
        this.lastReport = now;
        this.progress.report(Math.floor((100 * this.batchDone) / Math.max(1, this.batchTotal)), `${this.batchDone}/${this.batchTotal} articles`);
      }
      if (this.head < this.queue.length) { setImmediate(step); return; }
      this.queue = [];
      this.head = 0;
      this.running = false;
      this.endProgress();
      this.waiters.splice(0).forEach((w) => w());
    };
    setImmediate(step);
  }

  /** Reads, analyses and indexes one file; false when nothing changed. */
  private indexFile(job: Job): boolean {
    if (this.host.isOpen(job.uri)) return false;
    let stat;
    try { stat = statSync(job.path); } catch { return this.forget(job.uri); }
    const known = this.files.get(job.uri);
    if (!job.force && known && known.mtime === stat.mtimeMs && this.index.get(job.uri)) return false;
    if (!stat.isFile() || stat.size > MAX_BYTES) return this.forget(job.uri);
    const decoded = decodeArticle(readFileSync(job.path));
    if (!decoded.ok || !isArticle(job.folder, job.path, decoded.text, this.selection)) return this.forget(job.uri);
    this.index.set(summarise(job.uri, this.host.analyse(decoded.text)));
    this.files.set(job.uri, { folder: job.folder, path: job.path, mtime: stat.mtimeMs });
    return true;
  }

  private forget(uri: string): boolean {
    this.files.delete(uri);
    return this.index.remove(uri);
  }

  /** The analysis of an open document replaces what the disk says. */
  updateOpen(uri: string, article: Article): void {
    this.index.set(summarise(normaliseUri(uri), article));
    this.notifyChanged();
  }

  /** A closed document: back to what the disk says (or out of the index). */
  closed(uri: string): void {
    const u = normaliseUri(uri);
    const job = this.jobFor(u);
    if (job) { this.files.delete(u); this.enqueue({ ...job, force: true }); this.pump(); } else if (this.index.remove(u)) this.notifyChanged();
  }

  private jobFor(uri: string): Job | null {
    let path: string;
    try { path = fileURLToPath(uri); } catch { return null; }
    const folder = this.folders.filter((f) => path.startsWith(f.endsWith('/') ? f : f + '/')).sort((a, b) => b.length - a.length)[0];
    if (!folder || !path.toLowerCase().endsWith('.txt') || isExcluded(folder, path, this.selection)) return null;
    return { folder, path, uri, force: false };
  }

  /** workspace/didChangeWatchedFiles: re-analyses only the files that changed. */
  filesChanged(changes: FileEvent[]): void {
    let knowledge = false;
    const before = this.queue.length - this.head;
    for (const c of changes) {
      const uri = normaliseUri(c.uri);
      if (uri.endsWith('/' + KNOWLEDGE_FILE)) { knowledge = true; continue; }
      if (c.type === FileChangeType.Deleted) {
        let removed = this.forget(uri);
        const prefix = uri.endsWith('/') ? uri : uri + '/';
        for (const u of this.index.uris()) if (u.startsWith(prefix)) removed = this.forget(u) || removed;
        if (removed) this.notifyChanged();
        continue;
      }
      const job = this.jobFor(uri);
      if (job) { this.files.delete(uri); this.enqueue({ ...job, force: true }); }
    }
    if (knowledge) { this.reloadKnowledge(); return; }
    const added = this.queue.length - this.head - before;
    if (added >= PROGRESS_FROM && !this.progress) {
      this.batchTotal = added;
      void this.beginProgress().then(() => this.pump());
    } else this.pump();
  }

  private loadKnowledge(): void {
    const entries = [];
    const published: string[] = [];
    for (const folder of this.folders) {
      const file = join(folder, KNOWLEDGE_FILE);
      const uri = pathToFileURL(file).href;
      let text: string;
      try { text = readFileSync(file, 'utf8'); } catch { continue; }
      const parsed = parseKnowledge(text);
      entries.push(...parsed.entries);
      const at = (o: number) => {
        const before = text.slice(0, o).split('\n');
        return { line: before.length - 1, character: before[before.length - 1].length };
      };
      void this.host.connection.sendDiagnostics({
        uri,
        diagnostics: parsed.problems.map((p) => ({
          range: { start: at(p.start), end: at(p.end) }, severity: DiagnosticSeverity.Error, code: 'knowledge.invalid', source: 'news-article', message: p.message,
        })),
      });
      published.push(uri);
    }
    // A file that went away takes its diagnostics with it.
    for (const uri of this.knowledgeUris) if (!published.includes(uri)) void this.host.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.knowledgeUris = published;
    this.knowledge = new Knowledge(entries);
    this.index.setAuthority(this.knowledge);
  }

  /** The knowledge file changed: every article is recognised afresh. */
  reloadKnowledge(): void {
    this.loadKnowledge();
    this.host.knowledgeChanged();
    void this.scan(true);
  }

  /** The settings changed: articles may have come or gone. */
  settingsChanged(): void {
    void this.scan(false);
  }

  /** The knowledge file of the folder that holds the document (or of the first folder), with its text if it exists. */
  knowledgeFileFor(uri: string): { uri: string; existing: string | null } | null {
    let path = '';
    try { path = fileURLToPath(normaliseUri(uri)); } catch { /* not a file */ }
    const folder = this.folders.filter((f) => path.startsWith(f.endsWith('/') ? f : f + '/')).sort((a, b) => b.length - a.length)[0] ?? this.folders[0];
    if (!folder) return null;
    const file = join(folder, KNOWLEDGE_FILE);
    let existing: string | null = null;
    try { existing = readFileSync(file, 'utf8'); } catch { /* none yet */ }
    return { uri: pathToFileURL(file).href, existing };
  }

  /** Files indexed from disk, for the export. */
  diskFiles(): Array<{ uri: string; folder: string; path: string }> {
    const out: Array<{ uri: string; folder: string; path: string }> = [];
    for (const uri of this.index.uris()) {
      const f = this.files.get(uri) ?? this.jobFor(uri);
      if (f) out.push({ uri, folder: f.folder, path: f.path });
    }
    return out;
  }

  private notifyChanged(): void {
    if (this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      void this.host.connection.sendNotification(ACTORS_CHANGED, { generation: this.index.generation, articles: this.index.size });
    }, 400);
  }
}
