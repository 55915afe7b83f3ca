// The knowledge file (`news-actors.json` in a workspace folder): actors the user names once for the whole corpus,
// with aliases, a kind, a description and links. Parsing and validation give positioned problems; recognition adds
// mentions of the names and aliases to an analysed Article (a step after the analysis, so analysis/ stays pure).
import type { Actor, ActorKind, Article, Mention } from '../analysis/types';
import { foldName } from '../analysis/text';

export const KNOWLEDGE_FILE = 'news-actors.json';
const KINDS: readonly ActorKind[] = ['person', 'organization', 'place'];

export interface KnowledgeEntry {
  name: string;
  aliases: string[];
  kind?: ActorKind;
  description?: string;
  links: string[];
}

export interface KnowledgeProblem {
  /** UTF-16 offsets into the file. */
  start: number;
  end: number;
  message: string;
}

export interface ParsedKnowledge {
  entries: KnowledgeEntry[];
  problems: KnowledgeProblem[];
}

/** Where a JSON.parse error happened, from its message ("… at position 42" or "(line 3 column 5)"). */
function errorOffset(text: string, message: string): number {
  const at = /position (\d+)/.exec(message);
  if (at) return Math.min(Number(at[1]), text.length);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    const lines = text.split('\n');
    let off = 0;
    for (let i = 0; i < Number(lc[1]) - 1 && i < lines.length; i++) off += lines[i].length + 1;
    return Math.min(off + Number(lc[2]) - 1, text.length);
  }
  return text.length;
}

/** Offset of the n-th occurrence of a JSON string value, to point a problem at the entry it is about. */
function locate(text: string, value: string): { start: number; end: number } {
  const needle = JSON.stringify(value);
  const at = text.indexOf(needle);
  return at >= 0 ? { start: at, end: at + needle.length } : { start: 0, end: 0 };
}

/** Parses and validates the file; a bad entry is reported and left out, the others still apply. Never throws. */
export function parseKnowledge(text: string): ParsedKnowledge {
  const problems: KnowledgeProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = (e as Error)?.message ?? String(e);
    const at = errorOffset(text, message);
    return { entries: [], problems: [{ start: at, end: Math.min(at + 1, text.length), message: `news-actors.json is not valid JSON: ${message}. No entry applies until it is fixed.` }] };
  }
  const list = Array.isArray(data) ? data : (data as { actors?: unknown })?.actors;
  if (!Array.isArray(list)) {
    return { entries: [], problems: [{ start: 0, end: Math.min(1, text.length), message: 'news-actors.json must be an object with a list "actors": { "actors": [{ "name": "…", "aliases": ["…"] }] }.' }] };
  }
  const entries: KnowledgeEntry[] = [];
  list.forEach((raw, i) => {
    const e = raw as Record<string, unknown>;
    const name = typeof e?.name === 'string' ? e.name.trim() : '';
    if (!name) {
      problems.push({ start: 0, end: 0, ...(typeof e?.name === 'string' ? locate(text, e.name) : {}), message: `actors[${i}]: every entry needs a "name" (a non-empty string); this entry is ignored.` });
      return;
    }
    const where = locate(text, e.name as string);
    const strs = (v: unknown, field: string): string[] => {
      if (v === undefined) return [];
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
        problems.push({ ...where, message: `actors[${i}] (${name}): "${field}" must be a list of strings; it is ignored.` });
        return [];
      }
      return (v as string[]).map((x) => x.trim()).filter(Boolean);
    };
    let kind: ActorKind | undefined;
    if (e.kind !== undefined) {
      if (KINDS.includes(e.kind as ActorKind)) kind = e.kind as ActorKind;
      else problems.push({ ...where, message: `actors[${i}] (${name}): "kind" must be one of ${KINDS.join(', ')}; it is ignored.` });
    }
    let description: string | undefined;
    if (typeof e.description === 'string') description = e.description.trim();
    else if (e.description !== undefined) problems.push({ ...where, message: `actors[${i}] (${name}): "description" must be a string.` });
    entries.push({ name, aliases: strs(e.aliases, 'aliases'), kind, description, links: strs(e.links, 'links') });
  });
  return { entries, problems };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The merged entries of every knowledge file, with the look-ups recognition and the index need. */
export class Knowledge {
  private readonly byKey = new Map<string, KnowledgeEntry>();
  private readonly pattern: RegExp | null;
  private readonly surfaces = new Map<string, KnowledgeEntry>();
  /** Last word of a person's name → the entry, when only one entry ends with it ("Orban" → Viktor Orban). */
  private readonly bySurname = new Map<string, KnowledgeEntry | null>();

  constructor(readonly entries: readonly KnowledgeEntry[] = []) {
    for (const e of entries) {
      for (const n of [e.name, ...e.aliases]) {
        if (!this.byKey.has(foldName(n))) this.byKey.set(foldName(n), e);
        if (!this.surfaces.has(n)) this.surfaces.set(n, e);
      }
    }
    for (const e of entries) {
      const words = foldName(e.name).split(/\s+/);
      if (words.length < 2 || (e.kind && e.kind !== 'person')) continue;
      const last = words[words.length - 1];
      this.bySurname.set(last, this.bySurname.has(last) ? null : e);
    }
    const names = [...this.surfaces.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
    this.pattern = names.length ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${names.join('|')})(?![\\p{L}\\p{N}_])`, 'gu') : null;
  }

  /** The entry a (folded or plain) name or alias belongs to. */
  entryOf(name: string): KnowledgeEntry | undefined {
    return this.byKey.get(foldName(name));
  }

  /** For the index: folded alias → folded canonical name. */
  canonicalOf(key: string): string | undefined {
    const e = this.byKey.get(key);
    return e ? foldName(e.name) : undefined;
  }

  /**
   * The article with the knowledge applied: an actor named by an alias takes the entry's name (and kind), and
   * every word-bounded occurrence of a name or alias outside boilerplate and other mentions becomes a mention.
   */
  apply(article: Article): Article {
    if (!this.pattern || !article.text) return article;
    let changed = false;
    const actors: Actor[] = article.actors.map((a) => {
      const e = this.entryOf(a.name) ?? a.mentions.map((m) => this.entryOf(m.text)).find(Boolean)
        ?? (a.kind === 'person' && !/\s/.test(a.name.trim()) ? this.bySurname.get(foldName(a.name)) ?? undefined : undefined);
      if (!e || (a.name === e.name && (!e.kind || e.kind === a.kind))) return a;
      changed = true;
      return { ...a, name: e.name, kind: e.kind ?? a.kind };
    });
    const taken = actors.flatMap((a, i) => a.mentions.map((m) => ({ start: m.start, end: m.end, actor: i }))).sort((x, y) => x.start - y.start);
    /** Mentions the match covers whole (they give way to the longer name), or null when it cuts across one. */
    const covered = (s: number, e: number): typeof taken | null => {
      let lo = 0;
      let hi = taken.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (taken[mid].end <= s) lo = mid + 1; else hi = mid; }
      const inside: typeof taken = [];
      for (let i = lo; i < taken.length && taken[i].start < e; i++) {
        if (taken[i].start < s || taken[i].end > e) return null;
        inside.push(taken[i]);
      }
      return inside;
    };
    const bodyStart = article.date?.end ?? 0;
    const added = new Map<KnowledgeEntry, Mention[]>();
    const dropped = new Map<number, Set<number>>();
    const absorbedBy = new Map<number, KnowledgeEntry>();
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(article.text); m; m = this.pattern.exec(article.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start < bodyStart || article.boilerplate.some((b) => b.start < end && b.end > start)) continue;
      const inside = covered(start, end);
      if (!inside || (inside.length === 1 && inside[0].start === start && inside[0].end === end)) continue;
      for (const t of inside) {
        absorbedBy.set(t.actor, this.surfaces.get(m[0])!);
        let set = dropped.get(t.actor);
        if (!set) dropped.set(t.actor, (set = new Set()));
        set.add(t.start);
      }
      const e = this.surfaces.get(m[0])!;
      let list = added.get(e);
      if (!list) added.set(e, (list = []));
      list.push({ start, end, text: m[0] });
    }
    for (const [i, starts] of dropped) {
      changed = true;
      actors[i] = { ...actors[i], mentions: actors[i].mentions.filter((m) => !starts.has(m.start)) };
    }
    for (const [e, mentions] of added) {
      changed = true;
      const key = foldName(e.name);
      const i = actors.findIndex((a) => foldName(a.name) === key);
      if (i >= 0) {
        actors[i] = { ...actors[i], mentions: [...actors[i].mentions, ...mentions].sort((x, y) => x.start - y.start) };
      } else {
        const id = 'kb-' + key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
        actors.push({ id, name: e.name, kind: e.kind ?? 'person', roles: [], mentions });
      }
    }
    if (!changed) return article;
    // An actor all of whose mentions gave way to a longer known name is that actor now: its quotes follow.
    const renamed = new Map<string, string>();
    for (const [i, e] of absorbedBy) {
      if (actors[i].mentions.length) continue;
      const to = actors.find((a) => a.mentions.length && foldName(a.name) === foldName(e.name));
      if (to) renamed.set(actors[i].id, to.id);
    }
    const kept = actors.filter((a) => a.mentions.length).sort((x, y) => x.mentions[0].start - y.mentions[0].start);
    const quotes = renamed.size ? article.quotes.map((q) => (q.speaker && renamed.has(q.speaker) ? { ...q, speaker: renamed.get(q.speaker)! } : q)) : article.quotes;
    return { ...article, actors: kept, quotes };
  }
}

/** The new file text with an entry for the actor added (the whole file, formatted), or null if it is already there. */
export function withEntry(existing: string | null, actor: Actor): string | null {
  let data: { actors: unknown[] } & Record<string, unknown> = { actors: [] };
  if (existing !== null && existing.trim()) {
    try {
      const parsed = JSON.parse(existing.replace(/^\uFEFF/, '')) as unknown;
      if (Array.isArray(parsed)) data = { actors: parsed };
      else if (parsed && typeof parsed === 'object' && Array.isArray((parsed as { actors?: unknown }).actors)) data = parsed as typeof data;
      else return null;
    } catch {
      return null;
    }
  }
  const known = new Knowledge(parseKnowledge(JSON.stringify(data)).entries);
  if (known.entryOf(actor.name)) return null;
  const aliases = [...new Set(actor.mentions.map((m) => m.text))].filter((t) => t !== actor.name);
  data.actors.push({ name: actor.name, aliases, kind: actor.kind, description: actor.roles[0] ?? '', links: [] });
  return JSON.stringify(data, null, 2) + '\n';
}
