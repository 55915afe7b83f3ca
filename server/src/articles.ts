// One analysed Article per open document, keyed by URI and version: every feature reads it, none re-analyses.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseArticle } from './analysis/parseArticle';
import type { Article } from './analysis/types';
import type { BoilerplateOptions } from './analysis/boilerplate/findBoilerplate';

/** Documents longer than this are analysed only for their header and boilerplate (see README, "Limits"). */
export const FULL_ANALYSIS_LIMIT = 5_000_000;

interface Entry {
  version: number;
  article: Article;
}

export class ArticleCache {
  private readonly entries = new Map<string, Entry>();
  private boilerplate: BoilerplateOptions = {};

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
    const text = doc.getText();
    this.onAnalyse();
    const article = parseArticle(text, { knownPeople: this.knownPeople(doc.uri), lite: text.length > FULL_ANALYSIS_LIMIT, boilerplate: this.boilerplate });
    this.entries.set(doc.uri, { version: doc.version, article });
    return article;
  }

  /** The cached model, only if it is for this exact version. */
  peek(uri: string, version: number): Article | undefined {
    const hit = this.entries.get(uri);
    return hit && hit.version === version ? hit.article : undefined;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  /** Other open articles, for "where else they appear". */
  others(uri: string): Array<[string, Article]> {
    return [...this.entries].filter(([u]) => u !== uri).map(([u, e]) => [u, e.article]);
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
