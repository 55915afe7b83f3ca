import type { Boilerplate, Line } from '../types';
import { isBlank } from '../text';
import { boilerplateRules } from './boilerplateRules';

/** Runs every rule over the body lines; overlapping findings keep the earlier rule's. */
export function findBoilerplate(text: string, lines: readonly Line[], bodyStart: number): Boilerplate[] {
  const body = lines
    .filter((l) => l.end > bodyStart)
    .map((l) => (l.start < bodyStart ? { start: bodyStart, end: l.end, text: text.slice(bodyStart, l.end) } : l))
    .filter((l) => !isBlank(l.text));
  const found: Boilerplate[] = [];
  // Characters already claimed by an earlier rule: overlap checks stay linear however many findings there are.
  const taken = new Uint8Array(text.length);
  for (const rule of boilerplateRules) {
    let spans;
    try {
      spans = rule.detect({ text, lines: body });
    } catch {
      continue; // one faulty rule must not lose the others' findings
    }
    for (const s of spans) {
      if (s.end <= s.start || s.start < 0 || s.end > text.length || taken.subarray(s.start, s.end).includes(1)) continue;
      taken.fill(1, s.start, s.end);
      found.push({ start: s.start, end: s.end, kind: rule.id, text: text.slice(s.start, s.end) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function describeRule(id: string): string {
  return boilerplateRules.find((r) => r.id === id)?.description ?? 'Boilerplate';
}
