import type { Actor, Line, Quote, QuoteKind, Span } from '../types';
import { isBlank } from '../text';
import { ADVERBIALS, CUE_VERBS, DAYS, PERSON_PRONOUNS, TITLE_WORDS } from '../actors/lexicon';
import type { QuoteMarks } from './findQuoteMarks';

interface MentionRef extends Span {
  actor: Actor;
}

/** Who, in a sentence, is the subject of a cue: an actor, or explicitly nobody that the text names. */
type Subject = { actor: Actor | null; at?: Span } | undefined;

const WORD = /[\p{L}\p{M}’'-]+/gu;
const SENTENCE_END = /[.!?]["”’»]*(?=\s|$)/g;

/** Text where the words inside quotation marks are masked, so that their punctuation and verbs do not count. */
function mask(text: string, marks: readonly QuoteMarks[]): string {
  let out = '';
  let at = 0;
  for (const q of marks) {
    out += text.slice(at, q.inner.start) + 'q'.repeat(Math.max(0, q.inner.end - q.inner.start));
    at = q.inner.end;
  }
  return out + text.slice(at);
}

function lineOf(lines: readonly Line[], offset: number): Line {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid; else hi = mid - 1;
  }
  return lines[lo];
}

/** Where the sentence around pos starts; looks back at most a few hundred characters, so long lines stay linear. */
function sentenceStart(masked: string, line: Line, pos: number): number {
  let start = Math.max(line.start, pos - 600);
  SENTENCE_END.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(masked)) && m.index < pos) {
    if (m.index + m[0].length <= pos && !/\b(?:Mr|Mrs|Ms|Dr|St|U\.S|U\.K)$/.test(masked.slice(Math.max(line.start, m.index - 4), m.index))) start = m.index + m[0].length;
  }
  return start;
}

function sentenceEnd(masked: string, line: Line, pos: number): number {
  const stop = Math.min(line.end, pos + 600);
  SENTENCE_END.lastIndex = pos;
  const m = SENTENCE_END.exec(masked);
  return m && m.index < stop ? m.index + m[0].length : stop;
}

interface Context {
  text: string;
  masked: string;
  lines: Line[];
  mentions: MentionRef[];
  byEnd: Map<number, MentionRef>;
  byStart: Map<number, MentionRef>;
  marks: QuoteMarks[];
}

function insideQuote(ctx: Context, pos: number): boolean {
  return ctx.marks.some((q) => pos >= q.inner.start && pos < q.inner.end);
}

/** The most recent person mentioned before pos, outside quotations. */
function lastPerson(ctx: Context, pos: number, kind: 'person' | 'other' = 'person'): Actor | null {
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.start >= pos || insideQuote(ctx, m.start)) continue;
    if ((m.actor.kind === 'person') === (kind === 'person')) return m.actor;
  }
  return null;
}

/** An actor whose role contains this noun ("the minister", "the spokesman"), most recently mentioned first. */
function actorByRole(ctx: Context, noun: string, pos: number): Actor | null {
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.start < pos && m.actor.roles.some((r) => r.toLowerCase().split(/\s+/).includes(noun))) return m.actor;
  }
  return null;
}

/** Resolves what stands just before `pos` (a cue verb) to the speaker. */
function subjectBefore(ctx: Context, from: number, pos: number): Subject {
  let seg = ctx.masked.slice(from, pos);
  let end = pos;
  for (let guard = 0; guard < 6; guard++) {
    const trimmed = seg.replace(/\s+$/, '');
    end = from + trimmed.length;
    seg = trimmed;
    // An apposition or relative clause between commas: "Orban, who has been outspoken about his stance, called".
    const appos = /,\s*(?:who|which|whose|a|an|the|[\p{L}’'-]+’s)\b[^,]*,$/u.exec(seg);
    if (appos && appos.index > 0) { seg = seg.slice(0, appos.index); continue; }
    const adv = /(?:\s|^)(?:on\s+(?:\p{L}+day|Twitter|X|Facebook|Telegram)|in\s+(?:a|an|its|his|her|their)\s+[\p{L}\s]{2,30}?|(?:\p{L}+))$/u.exec(seg);
    if (adv) {
      const w = adv[0].trim().toLowerCase();
      if (ADVERBIALS.has(w) || /^on\s/.test(w) || DAYS.has(w)) { seg = seg.slice(0, adv.index); continue; }
    }
    break;
  }
  const ref = ctx.byEnd.get(end);
  if (ref) return { actor: ref.actor, at: { start: ref.start, end: ref.end } };
  const words = seg.match(WORD) ?? [];
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (!last) return undefined;
  if (PERSON_PRONOUNS.has(last)) return { actor: lastPerson(ctx, from) };
  if (last === 'they' || last === 'it') return { actor: lastPerson(ctx, from, 'other') };
  if (TITLE_WORDS.has(last) || /(?:man|woman|person|official|source|statement|readout)$/.test(last)) {
    return { actor: TITLE_WORDS.has(last) ? actorByRole(ctx, last, from) : null };
  }
  return undefined;
}

/** Resolves what stands just after a cue ("said Orban", "said the Kremlin", "according to X"). */
function subjectAfter(ctx: Context, pos: number, limit: number): Subject {
  const m = /^\s+(?:the\s+|to\s+)?/.exec(ctx.masked.slice(pos, limit));
  const at = pos + (m ? m[0].length : 0);
  const ref = ctx.byStart.get(at);
  if (ref) return { actor: ref.actor, at: { start: ref.start, end: ref.end } };
  const w = /^[\p{L}’'-]+/u.exec(ctx.masked.slice(at, limit))?.[0]?.toLowerCase();
  if (w && PERSON_PRONOUNS.has(w)) return { actor: lastPerson(ctx, pos) };
  return undefined;
}

interface Cue extends Span {
  word: string;
}

function cuesIn(ctx: Context, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  const seg = ctx.masked.slice(from, to);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(seg))) {
    const w = m[0].toLowerCase();
    if (CUE_VERBS.has(w)) cues.push({ start: from + m.index, end: from + m.index + m[0].length, word: w });
    else if (w === 'according' && /^\s+to\b/.test(seg.slice(m.index + m[0].length))) {
      cues.push({ start: from + m.index, end: from + m.index + m[0].length + 3, word: 'according to' });
    }
  }
  return cues;
}

interface Attribution {
  subject: Subject;
  cue: Cue | null;
}

/** After the quote: “…,” said Orban / “…,” Orban said / “…,” the Kremlin said in a statement. */
function attributionAfter(ctx: Context, q: Span, end: number): Attribution | null {
  for (const cue of cuesIn(ctx, q.end, end)) {
    const before = subjectBefore(ctx, q.end, cue.start);
    const lead = ctx.masked.slice(q.end, cue.start);
    if (/^[\s,—–-]*$/.test(lead)) return { subject: subjectAfter(ctx, cue.end, end) ?? { actor: null }, cue };
    if (before) return { subject: before, cue };
    if (cue.word === 'according to') return { subject: subjectAfter(ctx, cue.end, end) ?? { actor: null }, cue };
  }
  return null;
}

/** Before the quote, in the same sentence: Orban said: “…” / Putin said Kyiv had adopted a “destructive” position. */
function attributionBefore(ctx: Context, from: number, q: Span): Attribution | null {
  const cues = cuesIn(ctx, from, q.start);
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i];
    const before = subjectBefore(ctx, from, cue.start);
    // A coordinated verb ("… with Orban and referred to …") shares the subject of the verb before it.
    if (/\b(?:and|but)\s*$/.test(ctx.masked.slice(from, cue.start)) && i > 0) continue;
    if (before) return { subject: before, cue };
    const after = subjectAfter(ctx, cue.end, q.start);
    if (after) return { subject: after, cue };
    if (cue.word === 'according to') return { subject: { actor: null }, cue };
  }
  return null;
}

/** An unclosed quotation often lost its closing mark before the attribution: “… NATO! Peter, who…, wrote on Twitter. */
function recoverUnclosed(ctx: Context, q: QuoteMarks): QuoteMarks {
  const inner = ctx.text.slice(q.inner.start, q.inner.end);
  const breaks = [...inner.matchAll(/[.!?](?=\s+[\p{Lu}])/gu)];
  for (const b of breaks) {
    const cut = q.inner.start + (b.index ?? 0) + 1;
    const rest = ctx.text.slice(cut, q.inner.end);
    if ((rest.match(/[.!?](?=\s|$)/g) ?? []).length > 1) continue;
    const words = rest.trim().split(/\s+/);
    if (words.length > 30) continue;
    const ref = ctx.byStart.get(cut + (rest.length - rest.trimStart().length));
    const hasCue = words.some((w) => CUE_VERBS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
    if (ref && hasCue) return { ...q, end: cut, inner: { start: q.inner.start, end: cut } };
  }
  return q;
}

function kindOf(text: string, inner: Span, prefix: string, attributed: boolean): QuoteKind {
  const words = text.slice(inner.start, inner.end).trim().split(/\s+/).filter(Boolean);
  const first = text.slice(inner.start, inner.end).trim()[0] ?? '';
  const opensSentence = /^\s*$/.test(prefix) || /[:,—–]\s*$/.test(prefix);
  const statement = /[,.!?…]$/.test(text.slice(inner.start, inner.end).trim());
  if (opensSentence && statement && first === first.toUpperCase() && first !== first.toLowerCase()) return 'speech';
  if (words.length >= 4 && first === first.toUpperCase() && first !== first.toLowerCase() && opensSentence) return 'speech';
  if (words.length >= 6 && opensSentence) return 'speech';
  if (attributed || words.length > 4) return 'partial';
  return 'term';
}

/** Classifies each pair of marks and names its speaker when the text does. */
export function attributeQuotes(text: string, lines: Line[], marksIn: QuoteMarks[], actors: Actor[], bodyStart = 0): Quote[] {
  const mentions: MentionRef[] = actors.flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end, actor: a })))
    .sort((x, y) => x.start - y.start);
  const ctx: Context = {
    text, masked: '', lines, mentions, marks: marksIn,
    byEnd: new Map(mentions.map((m) => [m.end, m])),
    byStart: new Map(mentions.map((m) => [m.start, m])),
  };
  const marks = marksIn.map((q) => (q.closed ? q : recoverUnclosed(ctx, q)));
  ctx.marks = marks;
  ctx.masked = mask(text, marks);
  const quotes: Quote[] = [];
  for (const q of marks) {
    const firstLine = lineOf(lines, q.start);
    const lastLine = lineOf(lines, Math.max(q.start, q.end - 1));
    const from = Math.max(sentenceStart(ctx.masked, firstLine, q.start), Math.min(bodyStart, q.start));
    const to = sentenceEnd(ctx.masked, lastLine, q.end);
    const prefix = ctx.masked.slice(from, q.start);
    let found = attributionAfter(ctx, q, to) ?? attributionBefore(ctx, from, q);
    if (!found && /^\s*$/.test(prefix)) found = attributionFromContext(ctx, q, firstLine, quotes);
    const attributed = !!found?.subject?.actor || !!found?.cue;
    const kind = kindOf(text, q.inner, prefix, attributed);
    quotes.push({
      start: q.start,
      end: q.end,
      inner: q.inner,
      text: text.slice(q.inner.start, q.inner.end),
      kind,
      speaker: kind === 'term' ? null : found?.subject?.actor?.id ?? null,
      closed: q.closed,
      cue: found?.cue ? { start: found.cue.start, end: found.cue.end } : null,
      speakerMention: kind !== 'term' && found?.subject?.at ? found.subject.at : null,
    });
  }
  return quotes;
}

/**
 * A quotation that opens its sentence without its own attribution: the previous quote of the same paragraph (“…,”
 * said Orban. “That is a rarity.”), or a paragraph that ends with a colon and a cue (Orban told reporters:).
 */
function attributionFromContext(ctx: Context, q: QuoteMarks, line: Line, earlier: Quote[]): Attribution | null {
  const prev = earlier[earlier.length - 1];
  if (prev && prev.start >= line.start && prev.speaker) {
    const actor = ctx.mentions.find((m) => m.actor.id === prev.speaker)?.actor ?? null;
    if (actor) return { subject: { actor }, cue: null };
  }
  if (q.start === line.start + (ctx.text.slice(line.start).length - ctx.text.slice(line.start).trimStart().length)) {
    const idx = ctx.lines.indexOf(line);
    for (let i = idx - 1; i >= 0; i--) {
      const pl = ctx.lines[i];
      if (isBlank(pl.text)) continue;
      if (/:\s*$/.test(pl.text)) {
        const from = sentenceStart(ctx.masked, pl, pl.end - 1);
        return attributionBefore(ctx, from, { start: pl.end, end: pl.end });
      }
      break;
    }
  }
  return null;
}
