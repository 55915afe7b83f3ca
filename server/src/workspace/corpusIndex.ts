// The cross-article index: per article only what the corpus features need (date, actors with their mention
// ranges packed into typed arrays, quote snippets), never the Article or its text. Actors are keyed on their
// folded name; `canonical` joins the keys that name one actor across articles ("Orban" → "viktor orban").
import type { ActorKind, Article, QuoteKind } from '../analysis/types';
import { foldName, lineIndexOf } from '../analysis/text';

/** Positions are packed four numbers a range: startLine, startChar, endLine, endChar. */
export type PackedRanges = Uint32Array;

export interface IndexedActor {
  /** foldName(name): the per-article key. */
  key: string;
  name: string;
  kind: ActorKind;
  roles: readonly string[];
  mentions: PackedRanges;
}

export interface IndexedQuote {
  snippet: string;
  kind: QuoteKind;
  /** Index into the article's actors, or -1. */
  speaker: number;
}

export interface IndexedArticle {
  uri: string;
  date: string | null;
  actors: IndexedActor[];
  quotes: IndexedQuote[];
  quoteRanges: PackedRanges;
}

export interface Range4 { start: { line: number; character: number }; end: { line: number; character: number } }

export const rangeAt = (packed: PackedRanges, i: number): Range4 => ({
  start: { line: packed[4 * i], character: packed[4 * i + 1] },
  end: { line: packed[4 * i + 2], character: packed[4 * i + 3] },
});

const SNIPPET = 160;
const strings = new Map<string, string>();

/** A flat copy of a short string, shared between articles: a slice of the article text would keep the whole text alive. */
export function intern(s: string): string {
  let hit = strings.get(s);
  if (hit === undefined) {
    hit = Buffer.from(s, 'utf8').toString('utf8');
    if (strings.size > 500_000) strings.clear();
    strings.set(hit, hit);
  }
  return hit;
}

const fresh = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');

/** Reduces an analysed article to what the index keeps. */
export function summarise(uri: string, article: Article): IndexedArticle {
  const pos = (offset: number, out: Uint32Array, at: number) => {
    const line = lineIndexOf(article.lines, offset);
    out[at] = line;
    out[at + 1] = offset - article.lines[line].start;
  };
  const ids = new Map<string, number>();
  const actors = article.actors.map((a, i): IndexedActor => {
    ids.set(a.id, i);
    const mentions = new Uint32Array(a.mentions.length * 4);
    a.mentions.forEach((m, j) => { pos(m.start, mentions, 4 * j); pos(m.end, mentions, 4 * j + 2); });
    return { key: intern(foldName(a.name)), name: intern(a.name), kind: a.kind, roles: a.roles.map(intern), mentions };
  });
  const quoteRanges = new Uint32Array(article.quotes.length * 4);
  const quotes = article.quotes.map((q, j): IndexedQuote => {
    pos(q.start, quoteRanges, 4 * j);
    pos(q.end, quoteRanges, 4 * j + 2);
    const t = q.text.replace(/\s+/g, ' ').trim();
    return { snippet: fresh(t.length > SNIPPET ? t.slice(0, SNIPPET - 1) + '…' : t), kind: q.kind, speaker: q.speaker ? ids.get(q.speaker) ?? -1 : -1 };
  });
  return { uri, date: article.date ? intern(article.date.value) : null, actors, quotes, quoteRanges };
}

const words = (key: string): string[] => key.split(/\s+/).filter(Boolean);

/** What the knowledge file says about names (see knowledge.ts): folded alias or name → canonical folded name. */
export interface NameAuthority {
  canonicalOf(key: string): string | undefined;
}

export class CorpusIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  /** folded key → uris of the articles that have an actor with that key. */
  private readonly postings = new Map<string, Set<string>>();
  /** A first or last word of a person's full name → full-name keys with the number of articles naming them. */
  private readonly fullNames = new Map<string, Map<string, number>>();
  /** Full-name key → the name as written (for knownPeople). */
  private readonly displayNames = new Map<string, string>();
  private memo = new Map<string, string>();
  private authority: NameAuthority = { canonicalOf: () => undefined };
  /** Bumped on every change, so views can tell whether they are stale. */
  generation = 0;

  get size(): number {
    return this.articles.size;
  }

  setAuthority(authority: NameAuthority): void {
    this.authority = authority;
    this.changed();
  }

  private changed(): void {
    this.generation++;
    this.memo = new Map();
  }

  get(uri: string): IndexedArticle | undefined {
    return this.articles.get(uri);
  }

  all(): IterableIterator<IndexedArticle> {
    return this.articles.values();
  }

  uris(): string[] {
    return [...this.articles.keys()];
  }

  set(entry: IndexedArticle): void {
    this.remove(entry.uri);
    this.articles.set(entry.uri, entry);
    for (const a of entry.actors) {
      let p = this.postings.get(a.key);
      if (!p) this.postings.set(a.key, (p = new Set()));
      p.add(entry.uri);
      this.countFullName(a, 1);
    }
    this.changed();
  }

  remove(uri: string): boolean {
    const old = this.articles.get(uri);
    if (!old) return false;
    this.articles.delete(uri);
    for (const a of old.actors) {
      const p = this.postings.get(a.key);
      if (p) { p.delete(uri); if (!p.size) this.postings.delete(a.key); }
      this.countFullName(a, -1);
    }
    this.changed();
    return true;
  }

  private countFullName(a: IndexedActor, delta: number): void {
    if (a.kind !== 'person') return;
    const w = words(a.key);
    if (w.length < 2) return;
    if (delta > 0) this.displayNames.set(a.key, a.name);
    for (const token of new Set([w[0], w[w.length - 1]])) {
      let m = this.fullNames.get(token);
      if (!m) this.fullNames.set(token, (m = new Map()));
      const n = (m.get(a.key) ?? 0) + delta;
      if (n > 0) m.set(a.key, n);
      else {
        m.delete(a.key);
        if (!m.size) this.fullNames.delete(token);
      }
    }
  }

  /**
   * The key that stands for the actor across the corpus: the knowledge file's canonical name, else for a lone word
   * ("orban", "vladimir") the one full name of a person in the corpus that begins or ends with it, else the key itself.
   */
  canonical(key: string): string {
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    let result = this.authority.canonicalOf(key) ?? key;
    if (result === key) {
      const w = words(key);
      if (w.length === 1) {
        const full = this.fullNames.get(w[0]);
        if (full && full.size === 1) {
          const only = full.keys().next().value as string;
          result = this.authority.canonicalOf(only) ?? only;
        }
      }
    }
    this.memo.set(key, result);
    return result;
  }

  /** Every per-article key that resolves to this canonical key. */
  keysOf(canonicalKey: string): string[] {
    const out: string[] = [];
    for (const k of this.postings.keys()) if (this.canonical(k) === canonicalKey) out.push(k);
    return out;
  }

  /** Each article that mentions the actor, with its actors of that identity. */
  occurrences(canonicalKey: string): Array<{ article: IndexedArticle; actors: IndexedActor[] }> {
    const keys = new Set(this.keysOf(canonicalKey));
    const uris = new Set<string>();
    for (const k of keys) for (const u of this.postings.get(k) ?? []) uris.add(u);
    const out: Array<{ article: IndexedArticle; actors: IndexedActor[] }> = [];
    for (const u of uris) {
      const article = this.articles.get(u)!;
      out.push({ article, actors: article.actors.filter((a) => keys.has(a.key)) });
    }
    return out;
  }

  /** All actors of the corpus, one per canonical key, with the number of articles and mentions. */
  actorTable(): Map<string, { key: string; name: string; kinds: Record<ActorKind, number>; articles: Set<string>; mentions: number; quotes: number }> {
    const table = new Map<string, { key: string; name: string; kinds: Record<ActorKind, number>; articles: Set<string>; mentions: number; quotes: number }>();
    for (const article of this.articles.values()) {
      const speakers = new Map<number, number>();
      for (const q of article.quotes) if (q.speaker >= 0) speakers.set(q.speaker, (speakers.get(q.speaker) ?? 0) + 1);
      article.actors.forEach((a, i) => {
        const key = this.canonical(a.key);
        let row = table.get(key);
        if (!row) table.set(key, (row = { key, name: a.name, kinds: { person: 0, organization: 0, place: 0 }, articles: new Set(), mentions: 0, quotes: 0 }));
        if (a.name.length > row.name.length && foldName(a.name) === key) row.name = a.name;
        if (foldName(row.name) !== key && foldName(a.name) === key) row.name = a.name;
        row.kinds[a.kind]++;
        row.articles.add(article.uri);
        row.mentions += a.mentions.length / 4;
        row.quotes += speakers.get(i) ?? 0;
      });
    }
    return table;
  }

  /** Full names of people in the corpus that share a word with `capitalisedWords`, for the analysis' knownPeople. */
  knownPeopleFor(capitalisedWords: Iterable<string>): string[] {
    const out = new Set<string>();
    for (const w of capitalisedWords) {
      const m = this.fullNames.get(w);
      if (m && m.size <= 3) for (const k of m.keys()) out.add(this.displayNames.get(k) ?? k);
    }
    return [...out];
  }
}

export const kindOf = (kinds: Record<ActorKind, number>): ActorKind =>
  (Object.entries(kinds) as Array<[ActorKind, number]>).sort((a, b) => b[1] - a[1])[0][0];
