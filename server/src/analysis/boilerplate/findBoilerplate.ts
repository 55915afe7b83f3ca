import type { AnalysisMemo } from '../memo';
import type { Boilerplate, Line, Span } from '../types';
import { boilerplateRules } from './boilerplateRules';
import type { BoilerplateRule } from './rule';
import { isSpace } from './chars';

export interface BoilerplateOptions {
  /** Rule ids to skip (built-in ids such as "page-residue", or "custom.<id>"). */
  disabledRules?: readonly string[];
  /** The user's own rules (see compileCustomPatterns); they run before the residue classifier, which weighs them. */
  customRules?: readonly BoilerplateRule[];
  /** Line texts (trimmed) the user declared not boilerplate: nothing on such a line is flagged. */
  exceptions?: readonly string[];
}

/** isBlank (../text) as a loop: most lines fail at their first character, blank ones are mostly empty. */
function isBlankText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** The rules to run, in the order their findings win when two overlap. */
export function activeRules(options: BoilerplateOptions = {}): readonly BoilerplateRule[] {
  if (!options.disabledRules?.length && !options.customRules?.length) return boilerplateRules; // the usual case
  const off = new Set(options.disabledRules ?? []);
  const builtIn = boilerplateRules.filter((r) => !off.has(r.id));
  const custom = (options.customRules ?? []).filter((r) => !off.has(r.id));
  const last = builtIn.length && builtIn[builtIn.length - 1].id === 'page-residue' ? builtIn.length - 1 : builtIn.length;
  return [...builtIn.slice(0, last), ...custom, ...builtIn.slice(last)];
}

/**
 * Runs the rules over the non-blank body lines. A finding that overlaps an earlier one is dropped; findings of one rule
 * on consecutive lines (blank lines aside) become one block, so a menu or an appeal is one span to fold or remove.
 */
export function findBoilerplate(text: string, lines: readonly Line[], bodyStart: number, options: BoilerplateOptions = {}, memo?: AnalysisMemo): Boilerplate[] {
  const body: Line[] = [];
  for (const l of lines) {
    if (l.end <= bodyStart) continue;
    const line = l.start < bodyStart ? { start: bodyStart, end: l.end, text: text.slice(bodyStart, l.end) } : l;
    if (!isBlankText(line.text)) body.push(line);
  }
  const texts = body.map((l) => l.text.trim()); // once for all the rules
  const exceptions = options.exceptions?.length ? new Set(options.exceptions.map((e) => e.trim()).filter(Boolean)) : undefined;
  const kept = exceptions?.size ? texts.map((t) => exceptions.has(t)) : texts.map(() => false);
  const lineOf = (offset: number): number => {
    let lo = 0, hi = body.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < body[mid].start) hi = mid - 1; else if (offset >= body[mid].end) lo = mid + 1; else return mid;
    }
    return -1;
  };
  const onLine: Array<Array<Span & { rule: BoilerplateRule }> | undefined> = []; // per line, made at its first finding
  const found: Array<Span & { rule: BoilerplateRule; line: number }> = [];
  let known: readonly Span[] = []; // found, sorted by start: sorted again only when it grew
  for (const rule of activeRules(options)) {
    if (known.length !== found.length) known = [...found].sort((a, b) => a.start - b.start);
    let spans: Span[];
    try {
      spans = rule.detect({ text, lines: body, texts, known, kept, memo });
    } catch {
      continue; // one faulty rule must not lose the others' findings
    }
    for (const s of spans) {
      const first = lineOf(s.start);
      const last = lineOf(Math.max(s.start, s.end - 1));
      if (s.end <= s.start || first < 0 || last < 0) continue;
      let clash = false;
      for (let i = first; i <= last && !clash; i++) clash = kept[i] || !!onLine[i]?.some((f) => s.start < f.end && f.start < s.end);
      if (clash) continue;
      const f = { start: s.start, end: s.end, rule, line: first };
      for (let i = first; i <= last; i++) (onLine[i] ??= []).push(f);
      found.push(f);
    }
  }
  found.sort((a, b) => a.start - b.start);
  // Merge a rule's whole-line findings on consecutive body lines into blocks.
  const lead = (l: Line) => l.start + l.text.length - l.text.trimStart().length;
  const trail = (l: Line) => l.end - (l.text.length - l.text.trimEnd().length);
  const out: Boilerplate[] = [];
  let open = false; // the last block is made of whole lines and may grow
  let openLine = -2;
  for (const f of found) {
    const lastLine = lineOf(Math.max(f.start, f.end - 1));
    const whole = f.start <= lead(body[f.line]) && f.end >= trail(body[lastLine]);
    const last = out[out.length - 1];
    if (open && whole && last.kind === f.rule.id && openLine === f.line - 1) {
      last.end = f.end;
      last.text = text.slice(last.start, last.end);
    } else {
      out.push({ start: f.start, end: f.end, kind: f.rule.id, text: text.slice(f.start, f.end), description: f.rule.description, severity: f.rule.severity });
    }
    open = whole;
    openLine = lastLine;
  }
  return out;
}
