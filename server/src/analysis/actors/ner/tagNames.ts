import modelFile from '../../../../data/ner-model.json';
import type { Span } from '../../types';
import { own, type AnalysisMemo } from '../../memo';
import type { Token } from '../tokens';
import { decodeLine, replayLine, spansOf, type TaggedSpan } from './nerDecode';
import { NerModel, type NerModelFile } from './nerModel';
import { NerTokens, nerTokenize } from './nerTokens';
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
  words: Token[];
  lineWords: LineWords;
  /** The last few ways the region was tagged (it may stand in several places of a document), most recent first. */
  decodings: Array<{ reads: number[]; spans: TaggedSpan[]; derived: Record<string, unknown> }>;
}

const MAX_DECODINGS = 4;
/** The tagger's tokens of the document being tagged, one list for all its lines (emptied, not made anew, for each document). */
let tokenList = new NerTokens(4096);
/** Tokens above which the list is dropped after a document rather than kept, with its megabytes, for the next. */
const KEEP_LIST_UP_TO = 131_072;
/** The labels of the line being tagged (read at once into spans), one array for all lines. */
let labelScratch: Uint8Array = new Uint8Array(256);

/**
 * Tags the names in the given regions (lines, in text order) of one document. With a memo, regions whose text was
 * seen in the last analysis are not tokenized again, and not tagged again when the document memory they read is the
 * same as then (which replayLine checks): the result is the same as without a memo.
 */
export function tagRegions(text: string, regions: readonly Span[], memo?: AnalysisMemo): TaggedRegion[] {
  const store = memo?.store<RegionEntry>('ner');
  const T = tokenList;
  // Left over only if an earlier call stopped with an exception: its strings are let go, its ranges never read.
  if (T.length !== 0) T.clear();
  // Region li's tokens are T[from[li], to[li]) once tokenized (from -1 until then: a region the memo knows is
  // tokenized only if it must be tagged again).
  const from = new Int32Array(regions.length).fill(-1);
  const to = new Int32Array(regions.length);
  // Taken as each region is met: a text that stands in several places moves its entry's words each time.
  const words: Token[][] = [];
  const entries = regions.map((r, li) => {
    const key = store ? text.slice(r.start, Math.min(text.length, r.end + 1)) : '';
    let e = store?.get(key);
    if (memo) { if (e) memo.linesReused++; else memo.linesAnalysed++; }
    if (!e) {
      const lineTokens: Token[] = [];
      from[li] = T.length;
      nerTokenize(text, r.start, r.end, T, lineTokens);
      to[li] = T.length;
      e = { origin: r.start, words: lineTokens, lineWords: lineWords(T, from[li], to[li]), decodings: [] };
      if (store) {
        // Kept beyond this version of the text: nothing in the entry may point into it.
        for (const w of lineTokens) { const same = w.lower === w.text; w.text = own(w.text); w.lower = same ? w.text : own(w.lower); }
        store.set(own(key), e);
      }
    } else if (e.origin !== r.start) {
      // The same text, moved by an edit above it.
      const by = r.start - e.origin;
      e.words = e.words.map((w): Token => ({
        start: w.start + by, end: w.end + by, text: w.text, lower: w.lower, possessive: w.possessive, sentenceStart: w.sentenceStart, cap: w.cap, joined: w.joined,
      }));
      e.origin = r.start;
    }
    words[li] = e.words;
    return e;
  });
  const mem = documentMemoryOf(entries.map((e) => e.lineWords));
  const scorer = nerModel();
  const tagged = entries.map((e, li) => {
    const base = regions[li].start;
    let d = e.decodings.find((x) => replayLine(x.reads, mem));
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
    return { words: words[li], names: d.spans.map((s) => ({ start: s.start + base, end: s.end + base, type: TYPES[s.type] })), derived: d.derived };
  });
  if (T.capacity > KEEP_LIST_UP_TO) tokenList = new NerTokens(4096);
  else T.clear();
  return tagged;
}

/** Tags the names in the given regions (lines or paragraphs, in text order) of one document. */
export function tagNames(text: string, regions: readonly Span[]): Array<NameSpan & { region: number }> {
  return tagRegions(text, regions).flatMap((r, region) => r.names.map((n) => ({ ...n, region })));
}
