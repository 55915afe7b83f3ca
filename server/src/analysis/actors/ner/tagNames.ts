import modelFile from '../../../../data/ner-model.json';
import type { Span } from '../../types';
import { decodeDocument, spansOf, type TaggedSpan } from './nerDecode';
import { NerModel, type NerModelFile } from './nerModel';
import { nerTokenize, type NerToken } from './nerTokens';
import { TYPES } from './nerFeatures';

let model: NerModel | null = null;

/** The shipped model, decoded on first use (a few milliseconds). */
export function nerModel(): NerModel {
  model ??= new NerModel(modelFile as unknown as NerModelFile);
  return model;
}

export interface NameSpan extends Span {
  type: (typeof TYPES)[number];
  /** Index of the region (line) the name is in. */
  region: number;
}

/** Tags the names in the given regions (lines or paragraphs, in text order) of one document. */
export function tagNames(text: string, regions: readonly Span[], tokens?: NerToken[][]): NameSpan[] {
  const lines = tokens ?? regions.map((r) => nerTokenize(text, r.start, r.end));
  const labels = decodeDocument(lines, nerModel());
  const out: NameSpan[] = [];
  for (let li = 0; li < lines.length; li++) {
    for (const s of spansOf(lines[li], labels[li]) as TaggedSpan[]) out.push({ start: s.start, end: s.end, type: TYPES[s.type], region: li });
  }
  return out;
}
