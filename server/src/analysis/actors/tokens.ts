import type { Span } from '../types';

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
