// Seeded mutations of real articles, for the fuzz tests.
import { readFileSync } from 'node:fs';

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same sequence of mutations. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that stress the analysis: quotation marks, line breaks, names, headers, BOMs, NULs, surrogates. */
const PIECES = ['“', '”', '"', '‘', '’', '«', '»', '„', '\n', '\r\n', '\n\n', ' ', ',', '.', ':', '—', ' said ', ' he said.',
  'Angela Merkel', 'Orban’s', 'al-', 'Read more', ' date 2024-02-30 ', 'date ', '\ufeff', '\u0000', '😀', '\ud800', 'É', 'U.S.', '(MENAFN)',
  'A Message from', 'Dear readers,', '×'];

export const seedTexts = (): string[] =>
  ['000_e4a6795badc6cc55.txt', '001_de26970687602ec1.txt', '002_ecef01a8d0ddbcac.txt'].map((n) => readFileSync(`test-fixtures/${n}`, 'utf8'));

export interface Mutation {
  start: number;
  end: number;
  text: string;
}

/** One random edit of `text`: an insertion of a stressful piece, a deletion, or a copied stretch. */
export function mutation(text: string, rnd: () => number): Mutation {
  const at = Math.floor(rnd() * (text.length + 1));
  const r = rnd();
  if (r < 0.5) return { start: at, end: at, text: PIECES[Math.floor(rnd() * PIECES.length)] };
  if (r < 0.8) return { start: at, end: Math.min(text.length, at + Math.floor(rnd() * 40)), text: '' };
  const from = Math.floor(rnd() * text.length);
  return { start: at, end: at, text: text.slice(from, from + Math.floor(rnd() * 200)) };
}

export const apply = (text: string, m: Mutation): string => text.slice(0, m.start) + m.text + text.slice(m.end);
