import type { Span } from '../types';
import type { NerToken } from './ner/nerTokens';

export interface Token extends Span {
  /** The word without a possessive ’s. */
  text: string;
  /** The same, in lower case (the word lists are asked about it many times). */
  lower: string;
  possessive: boolean;
  /** Opens a sentence (line start, after . ! ? or :, or at the start of a quotation). */
  sentenceStart: boolean;
  /** Starts with a capital (or is a particle-prefixed name such as al-Assad). */
  cap: boolean;
  /** Only white space separates it from the previous token. */
  joined: boolean;
}

/** Whether text[from, to) is a gap of spaces and tabs (not empty). */
export const isGap = (text: string, from: number, to: number): boolean => {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
};

/**
 * The words of a line as findActors sees them, from the tagger's tokens: what nerTokenize adds to its `words` in its
 * own pass (which tagRegions uses), written here step by step over the tokens to check it against.
 */
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
    out.push({ start: t.start, end: t.end, text: t.text, lower: t.lower, possessive, sentenceStart: t.sentenceStart, cap: t.cap, joined: prevEnd >= 0 && isGap(text, prevEnd, t.start) });
    prevEnd = possessive && next.type === 1 ? next.end : t.end;
    if (possessive && next.type === 1) i++;
  }
  return out;
}
