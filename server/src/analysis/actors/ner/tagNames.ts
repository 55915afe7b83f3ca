import modelFile from '../../../../data/ner-model.json';
import type { Span } from '../../types';
import { own, type AnalysisMemo } from '../../memo';
import type { Token } from '../tokens';
import { decodeLine, replayLine, spansOf, type TaggedSpan } from './nerDecode';
import { NerModel, type NerModelFile } from './nerModel';
import { NerTokens, nerTokenize, wordsOf } from './nerTokens';
import { TYPES, documentMemoryOf, lineWords, type LineWords } from './nerFeatures';

let model: NerModel | null = null;

/** The shipped model, decoded on first use (a few milliseconds). */
export function nerModel(): NerModel {
  model ??= new NerModel(modelFile as unknown as NerModelFile);
  return model;
}

export interface NameSpan extends Span {
  type: (typeof TYPES)[number];
}

/** One region (line) as the actor finder sees it: its words, and the names the tagger found in it. */
export interface TaggedRegion {
  words: Token[];
  names: NameSpan[];
  /**
   * For what the caller derives from the words and names alone (no offsets): kept with this tagging in the memo,
   * so it is derived again only when the region is tagged again.
   */
  derived: Record<string, unknown>;
}

/**
 * What is known of one region's text. The key is the region's text and the character after it (the word tokens
 * look one character past a final possessive mark). Words carry offsets for the place the region was last seen at
 * (`origin`); names are kept relative to it.
 */
interface RegionEntry {
  origin: number;
  /** Kept in a memo's entries only (without a memo, tagRegions holds a region's words until its visit, or makes them then). */
  words?: Token[];
  lineWords: LineWords;
  /** The last few ways the region was tagged (it may stand in several places of a document), most recent first. */
  decodings: Array<{ reads: number[]; spans: TaggedSpan[]; derived: Record<string, unknown> }>;
}

const MAX_DECODINGS = 4;
/** The tagger's tokens of the document being tagged, one list for all its lines (emptied, not made anew, for each document). */
let tokenList = new NerTokens(4096);
/** Tokens above which the list is dropped after a document rather than kept, with its megabytes, for the next. */
const KEEP_LIST_UP_TO = 131_072;
/**
 * From how many characters on a document's words (findActors' Token objects) are made region by region as each is
 * visited, rather than while its text is tokenized, when no memo keeps them; the tokens' strings too (see
 * NerTokens.deferred: a line's strings are made for its tagging and let go after, 9 ms less collection per 1 MB).
 * Made while tokenizing, all the words of a large document live until the last region is visited: a 1 MB document's
 * 166,000 words (with their strings, some 20 MB) outlive the young generation, and the collector copies them again
 * and again. Made at each visit, they die young; that took 11–15% off the analysis of a 1 MB document (in turns with
 * the former code, same process, 24 rounds). For an article of a few kilobytes the words fit the young generation
 * either way, and making them in the tokenizer's own pass is 3% faster over the BBC articles: hence both ways, and
 * this bound between them (documents of 100 KB and 300 KB measured the same either way). A setting for tests, which
 * check that both give one model.
 */
export const wordsLater = { from: 200_000 };

/** The labels of the line being tagged (read at once into spans), one array for all lines. */
let labelScratch: Uint8Array = new Uint8Array(256);

/**
 * Tags the names in the given regions (lines, in text order) of one document, and hands each region to `visit`, in
 * order, as soon as it is tagged. The words of a region are made for the visit only (unless a memo keeps them), so
 * that a large document's hundreds of thousands of words are not all alive at once: what the visitor keeps of them
 * is up to it. With a memo, regions whose text was seen in the last analysis are not tokenized again, and not tagged
 * again when the document memory they read is the same as then (which replayLine checks): the result is the same as
 * without a memo.
 */
export function tagRegions(text: string, regions: readonly Span[], memo: AnalysisMemo | undefined, visit: (region: TaggedRegion) => void): void {
  const store = memo?.store<RegionEntry>('ner');
  const T = tokenList;
  // Left over only if an earlier call stopped with an exception: its strings are let go, its ranges never read.
  if (T.length !== 0) T.clear();
  // Region li's tokens are T[from[li], to[li]) once tokenized (from -1 until then: a region the memo knows is
  // tokenized only if it must be tagged again).
  const from = new Int32Array(regions.length).fill(-1);
  const to = new Int32Array(regions.length);
  // Without a memo, a large document's words are made as each region is visited (see wordsLater).
  const lazyWords = !store && text.length >= wordsLater.from;
  // ... and so are the tokens' strings, each line's for its tagging only.
  T.deferred = lazyWords;
  // Each region's words when made while tokenizing or kept by the memo, taken as each region is met (a text that
  // stands in several places moves its memo entry's words each time); undefined: made at the visit.
  const kept: Array<Token[] | undefined> = [];
  /** The memo's entries this analysis has used so far (their words are handed out at their present offsets). */
  const usedNow = new Set<RegionEntry>();
  const entries = regions.map((r, li) => {
    const key = store ? text.slice(r.start, Math.min(text.length, r.end + 1)) : '';
    let e = store?.get(key);
    if (memo) { if (e) memo.linesReused++; else memo.linesAnalysed++; }
    if (!e) {
      from[li] = T.length;
      const words: Token[] | undefined = lazyWords ? undefined : [];
      nerTokenize(text, r.start, r.end, T, words);
      to[li] = T.length;
      const lw = lineWords(T, from[li], to[li]);
      if (!store) { kept[li] = words; return { origin: r.start, lineWords: lw, decodings: [] }; }
      // Kept beyond this version of the text: nothing in the entry may point into it.
      for (const w of words!) { const same = w.lower === w.text; w.text = own(w.text); w.lower = same ? w.text : own(w.lower); }
      e = { origin: r.start, words, lineWords: lw, decodings: [] };
      store.set(own(key), e);
    } else if (e.origin !== r.start) {
      // The same text, moved by an edit above it. The words are moved where they are, unless this analysis has
      // already handed them out for another place of the same text: then the entry takes moved copies.
      const by = r.start - e.origin;
      if (usedNow.has(e)) {
        e.words = e.words!.map((w): Token => ({
          start: w.start + by, end: w.end + by, text: w.text, lower: w.lower, possessive: w.possessive, sentenceStart: w.sentenceStart, cap: w.cap, joined: w.joined,
        }));
      } else {
        for (const w of e.words!) { w.start += by; w.end += by; }
      }
      e.origin = r.start;
    }
    if (store) usedNow.add(e);
    kept[li] = e.words;
    return e;
  });
  const mem = documentMemoryOf(entries.map((e) => e.lineWords));
  const scorer = nerModel();
  for (let li = 0; li < entries.length; li++) {
    const e = entries[li];
    const base = regions[li].start;
    let d = e.decodings.find((x) => replayLine(x.reads, mem));
    if (lazyWords) T.withStrings(text, from[li], to[li]);
    if (!d) {
      if (from[li] < 0) { from[li] = T.length; nerTokenize(text, base, regions[li].end, T); to[li] = T.length; }
      // What the line reads from the document memory matters only to a memo (replayLine).
      const reads: number[] = [];
      const labels = labelScratch = decodeLine(T, from[li], to[li], li, scorer, mem, undefined, store ? reads : undefined, labelScratch);
      const spans = spansOf(T, from[li], to[li], labels);
      for (const s of spans) { s.start -= base; s.end -= base; }
      d = { reads, spans, derived: {} };
      if (store) {
        e.decodings.unshift(d);
        if (e.decodings.length > MAX_DECODINGS) e.decodings.pop();
      }
    }
    visit({
      words: kept[li] ?? wordsOf(text, T, from[li], to[li]),
      names: d.spans.map((s) => ({ start: s.start + base, end: s.end + base, type: TYPES[s.type] })),
      derived: d.derived,
    });
    if (lazyWords) T.dropStrings(from[li], to[li]);
  }
  if (T.capacity > KEEP_LIST_UP_TO) tokenList = new NerTokens(4096);
  else T.clear();
}

/** Tags the names in the given regions (lines or paragraphs, in text order) of one document. */
export function tagNames(text: string, regions: readonly Span[]): Array<NameSpan & { region: number }> {
  const out: Array<NameSpan & { region: number }> = [];
  let region = 0;
  tagRegions(text, regions, undefined, (r) => { for (const n of r.names) out.push({ ...n, region }); region++; });
  return out;
}
