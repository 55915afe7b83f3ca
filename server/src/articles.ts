// One analysed Article per open document, keyed by URI and version: every feature reads it, none re-analyses.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseArticle } from './analysis/parseArticle';
import type { Article } from './analysis/types';
import type { BoilerplateOptions } from './analysis/boilerplate/findBoilerplate';
import { AnalysisMemo, own, perLine } from './analysis/memo';
import { foldName } from './analysis/text';
import { performance } from 'node:perf_hooks';

/** Diagnostics wait this long after the last keystroke, so a burst of typing is analysed once. */
export const DIAGNOSTICS_DELAY_MS = 60;

/** Documents longer than this are analysed only for their header and boilerplate (see README, "Limits"). */
export const FULL_ANALYSIS_LIMIT = 5_000_000;

/** What the workspace adds to one analysis: names known across the corpus, and the knowledge file's recognition. */
export interface Enrichment {
  /** More full names of people for this text (see knownPeople in the analysis options); the memo is the document's. */
  knownPeople(text: string, memo?: AnalysisMemo): readonly string[];
  /** Runs on every fresh analysis. */
  postProcess(article: Article): Article;
}

interface Entry {
  version: number;
  article: Article;
}

export class ArticleCache {
  private readonly entries = new Map<string, Entry>();
  /** Per open document, what its last analysis keeps for the next (an edit re-analyses only the lines it touched). */
  private readonly memos = new Map<string, AnalysisMemo>();
  /** Lines the last analysis reused and computed (for the stats request and the benchmark). */
  lastAnalysis = { reused: 0, computed: 0, ms: 0 };
  private boilerplate: BoilerplateOptions = {};
  private enrichment: Enrichment | null = null;

  setEnrichment(enrichment: Enrichment): void {
    this.enrichment = enrichment;
  }

  /** Every article is analysed afresh on its next use (the knowledge changed). */
  clear(): void {
    this.entries.clear();
  }

  /** New settings or exceptions: every article is analysed afresh on its next use. */
  setBoilerplateOptions(options: BoilerplateOptions): void {
    this.boilerplate = options;
    this.entries.clear();
  }

  /** `onAnalyse` is told each time a document is analysed (not when the cached model is reused). */
  constructor(private readonly onAnalyse: () => void = () => undefined) {}

  get(doc: TextDocument): Article {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.article;
    this.onAnalyse();
    let memo = this.memos.get(doc.uri);
    if (!memo) { memo = new AnalysisMemo(); this.memos.set(doc.uri, memo); }
    const t = performance.now();
    const article = this.analyse(doc.getText(), doc.uri, true, memo);
    this.lastAnalysis = { reused: memo.linesReused, computed: memo.linesAnalysed, ms: performance.now() - t };
    this.entries.set(doc.uri, { version: doc.version, article });
    return article;
  }

  /**
   * Analyses a text as an open document would be (settings, known people, knowledge), without caching it.
   * `corpusNames: false` leaves out the corpus's names: the background index resolves those itself, so its result
   * does not depend on the order files are read in, and it is faster.
   */
  analyse(text: string, uri?: string, corpusNames = true, memo?: AnalysisMemo): Article {
    const lite = text.length > FULL_ANALYSIS_LIMIT;
    let knownPeople = uri !== undefined ? this.knownPeople(uri) : [];
    if (this.enrichment && !lite && corpusNames) knownPeople = [...new Set([...knownPeople, ...this.enrichment.knownPeople(text, memo)])];
    const article = parseArticle(text, { knownPeople, lite, boilerplate: this.boilerplate, memo });
    return this.enrichment && !lite ? this.enrichment.postProcess(article) : article;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.memos.delete(uri);
  }

  /** Full names of people in the other open articles, to resolve a lone given name in this one. */
  private knownPeople(uri: string): string[] {
    const names = new Set<string>();
    for (const [u, e] of this.entries) {
      if (u === uri) continue;
      for (const a of e.article.actors) if (a.kind === 'person' && a.name.includes(' ')) names.add(a.name);
    }
    return [...names];
  }
}

const CAPITALISED = /\p{Lu}[\p{L}'’-]+/gu;

/** The distinct capitalised words of a text, folded; with a memo, each line is read once and kept. */
export function capitalisedWords(text: string, memo?: AnalysisMemo): Set<string> {
  if (!memo) return new Set((text.match(CAPITALISED) ?? []).map((w) => foldName(w)));
  const out = new Set<string>();
  for (const words of perLine(memo, 'capitalised words', text, (line) => [...new Set(line.match(CAPITALISED) ?? [])].map((w) => own(foldName(w))))) {
    for (const w of words) out.add(w);
  }
  return out;
}
