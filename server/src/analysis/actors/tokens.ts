import type { Span } from '../types';
import { isUpper } from '../text';
import type { NerToken } from './ner/nerTokens';

export interface Token extends Span {
  /** The word without a possessive ’s. */
  text: string;
  possessive: boolean;
  /** Opens a sentence (line start, after . ! ? or :, or at the start of a quotation). */
  sentenceStart: boolean;
  /** Starts with a capital (or is a particle-prefixed name such as al-Assad). */
  cap: boolean;
  /** Only white space separates it from the previous token. */
  joined: boolean;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-’'&][\p{L}\p{M}\p{N}]+)*/gu;
const PARTICLE_PREFIX = /^(?:al|el|ad|ash|as|at|bin|ibn|abu|ben|de|d|o)[-’'](?=\p{Lu})/u;
const OPENING_MARKS = '“"«„‘([';
const CLOSING_MARKS = '”"»’)]';
/** Abbreviations after which a full stop does not end the sentence. */
const NO_BREAK_AFTER = /^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Col|Lt|Capt|Gov|St|Jr|Sr|No|vs|Inc|Corp|Co|Ltd|Mt|Ft)$|^(?:\p{Lu}\.)+$|^\p{Lu}$/u;

export function isCapitalized(word: string): boolean {
  return isUpper(word[0]) || PARTICLE_PREFIX.test(word);
}

/** Tokenizes one line (or part of one) starting at `offset` in the article text. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = -1;
  let prevText = '';
  while ((m = WORD.exec(slice))) {
    let word = m[0];
    const start = from + m.index;
    let possessive = false;
    const pm = /[’']s$/i.exec(word);
    if (pm && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/s[’']$/.test(word)) {
      word = word.slice(0, -1);
      possessive = true;
    }
    const gap = prevEnd < 0 ? slice.slice(0, m.index) : text.slice(prevEnd, start);
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      possessive,
      sentenceStart: opensSentence(gap, prevEnd < 0, prevText),
      cap: isCapitalized(word),
      joined: prevEnd >= 0 && /^[ \t\u00a0]+$/.test(gap),
    });
    prevEnd = start + m[0].length;
    prevText = m[0];
  }
  return tokens;
}

function opensSentence(gap: string, first: boolean, prevWord: string): boolean {
  const g = gap.replace(/\s+/g, '');
  if (first && !/[,;]/.test(g)) return true;
  if (!g) return false;
  if (/[:]/.test(g) || /[—–]$/.test(g)) return true;
  // A quotation that opens after a space starts its own sentence.
  if (OPENING_MARKS.includes(g[g.length - 1]) && /[“«„"]/.test(g)) return true;
  let k = g.length - 1;
  while (k >= 0 && (CLOSING_MARKS.includes(g[k]) || OPENING_MARKS.includes(g[k]))) k--;
  if (k < 0) return false;
  if (/[!?]/.test(g[k])) return true;
  if (g[k] === '.') return !(g.length === 1 && NO_BREAK_AFTER.test(prevWord.replace(/\.$/, '') || prevWord));
  return false;
}

const isGap = (text: string, from: number, to: number): boolean => {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
};

/** The words of a line as findActors sees them, from the tagger's tokens (so the text is scanned once). */
export function wordTokens(text: string, tokens: readonly NerToken[]): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // The stop after an initial ("M. McCague") does not break the name.
    if (t.type === 1) { const w = out[out.length - 1]; prevEnd = t.text === '.' && w && w.end === t.start && /^\p{Lu}$/u.test(w.text) ? t.end : -1; continue; }
    if (t.type === 2) { prevEnd = t.end; continue; }
    const next = tokens[i + 1];
    // "Reuters’ report": a plural possessive mark right after a word ending in s.
    const possessive = !!next && next.start === t.end && (next.type === 2 ||
      (next.type === 1 && (next.text === '’' || next.text === "'") && t.text.endsWith('s') && !/[\p{L}\p{N}]/u.test(text[next.end] ?? '')));
    out.push({ start: t.start, end: t.end, text: t.text, possessive, sentenceStart: t.sentenceStart, cap: t.cap, joined: prevEnd >= 0 && isGap(text, prevEnd, t.start) });
    prevEnd = possessive && next.type === 1 ? next.end : t.end;
    if (possessive && next.type === 1) i++;
  }
  return out;
}
