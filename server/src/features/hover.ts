import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Actor, Article } from '../analysis/types';
import { lookupName } from '../analysis/actors/gazetteer';
import { toRange } from '../ranges';
import { mentionAt } from './mentionAt';

const MAX_QUOTES = 5;
const MAX_LATEST = 3;

/** What the corpus knows about an actor beyond this article (see workspace/). */
export interface ActorContext {
  /** The other articles that mention it. */
  elsewhere: Array<{ uri: string; date: string | null }>;
  /** From the knowledge file. */
  description?: string;
  links?: string[];
}

function firstWords(text: string, n = 10): string {
  const words = text.trim().split(/\s+/);
  return words.length > n ? words.slice(0, n).join(' ') + ' …' : words.join(' ');
}

const escape = (s: string): string => s.replace(/([\\`*_{}[\]()#+!|<>])/g, '\\$1');

/** The hover card of the actor mentioned at `offset`, or null when no actor is there. */
export function actorHover(doc: TextDocument, article: Article, offset: number, contextOf: (actor: Actor) => ActorContext): Hover | null {
  const at = mentionAt(article, offset);
  return at ? { contents: card(doc, article, at.actor, contextOf(at.actor)), range: toRange(doc, at.mention) } : null;
}

/** The command link that lists the actor's quotes in a Quick Pick (the client trusts this one command). */
export function showQuotesLink(uri: string, actorId: string): string {
  return `command:newsArticle.showQuotesByActor?${encodeURIComponent(JSON.stringify([uri, actorId]))}`;
}

const fileName = (uri: string): string => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

function card(doc: TextDocument, article: Article, actor: Actor, context: ActorContext): MarkupContent {
  const lines: string[] = [`**${escape(actor.name)}** · ${actor.kind}`];
  if (context.description) lines.push('', escape(context.description));
  if (context.links?.length) lines.push('', context.links.map((l) => /^https?:\/\/[^\s()]+$/.test(l) ? `[${escape(l.replace(/^https?:\/\//, ''))}](${l})` : escape(l)).join(' · '));
  if (actor.roles.length) lines.push('', actor.roles.map((r) => `*${escape(r)}*`).join(' · '));
  const facts = lookupName(actor.name) ?? lookupName(actor.mentions[0].text);
  if (actor.kind === 'place' && facts?.country) {
    const c = facts.country;
    const where = facts.note && facts.note !== 'country' ? `${facts.note}` : `country in ${c.subregion || c.region}`;
    const bits = [where, c.capital.length && facts.note === 'country' ? `capital ${c.capital.join(', ')}` : '', c.languages.length ? `languages: ${c.languages.slice(0, 3).join(', ')}` : '', c.currencies.length ? `currency: ${c.currencies[0]}` : ''];
    lines.push('', escape(bits.filter(Boolean).join(' · ')));
  } else if (facts?.note) {
    lines.push('', escape(facts.note));
  }
  const variants = [...new Set(actor.mentions.map((m) => m.text))];
  const n = actor.mentions.length;
  lines.push('', `Mentioned ${n} time${n === 1 ? '' : 's'} as ${variants.map((v) => `“${escape(v)}”`).join(', ')}`);
  const quotes = article.quotes.filter((q) => q.speaker === actor.id);
  if (quotes.length) {
    lines.push('', `**Said** (${quotes.length}):`);
    for (const q of quotes.slice(0, MAX_QUOTES)) lines.push(`- “${escape(firstWords(q.text))}” (line ${doc.positionAt(q.start).line + 1})`);
    if (quotes.length > MAX_QUOTES) lines.push(`- … and ${quotes.length - MAX_QUOTES} more`);
    lines.push('', `[Show quotes](${showQuotesLink(doc.uri, actor.id)})`);
  }
  const first = doc.positionAt(actor.mentions[0].start);
  lines.push('', `First appears on line ${first.line + 1}, column ${first.character + 1}.`);
  const elsewhere = [...context.elsewhere].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  if (elsewhere.length) {
    const dates = elsewhere.map((e) => e.date).filter((d): d is string => !!d).sort();
    const span = dates.length ? ` (${dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]} – ${dates[dates.length - 1]}`})` : '';
    lines.push('', `Also in ${elsewhere.length} other article${elsewhere.length === 1 ? '' : 's'}${span}; latest:`);
    for (const e of elsewhere.slice(0, MAX_LATEST)) lines.push(`- ${escape(fileName(e.uri))}${e.date ? ` (${e.date})` : ''}`);
    if (elsewhere.length > MAX_LATEST) lines.push(`- … and ${elsewhere.length - MAX_LATEST} more (Find All References lists every mention)`);
  }
  return { kind: 'markdown', value: lines.join('\n') };
}
