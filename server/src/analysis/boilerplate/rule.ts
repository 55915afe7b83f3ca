import type { Line, Severity, Span } from '../types';
import type { AnalysisMemo } from '../memo';

/** What a rule sees: the article's non-blank body lines, in order. */
export interface RuleContext {
  text: string;
  /** Non-blank lines of the body (the first one starts after the date header); each line's text is its span of text. */
  lines: Line[];
  /** Per line: its text trimmed (made once for all the rules). */
  texts: readonly string[];
  /** What the rules before this one found (sorted by start): context for rules that weigh their neighbours. */
  known: readonly Span[];
  /** Per line: the user declared it not boilerplate (an exception); rules need not skip it, its findings are dropped. */
  kept: readonly boolean[];
  /** The document's memo, for what a rule judges of a line alone (kept by the line's text for the next analysis). */
  memo?: AnalysisMemo;
}

export interface BoilerplateRule {
  /** Diagnostic code suffix: `boilerplate.<id>`. */
  id: string;
  /** One line for the diagnostic message and the quick fix title. */
  description: string;
  severity: Severity;
  detect(ctx: RuleContext): Span[];
  /** The rule's own test cases: articles (or body lines) it must flag, and ones it must leave alone. */
  examples: { flagged: string[]; clean: string[] };
}

/** The span of a line's content without its surrounding blanks. */
export function trimmedLine(line: Line): Span {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  return { start: line.start + lead, end: line.end - trail };
}

/** Lines whose whole trimmed text matches the pattern. */
export function wholeLines(ctx: RuleContext, pattern: RegExp): Span[] {
  const spans: Span[] = [];
  ctx.texts.forEach((t, i) => { if (pattern.test(t)) spans.push(trimmedLine(ctx.lines[i])); });
  return spans;
}

export const wordCount = (s: string): number => (s.trim().match(/\S+/g) ?? []).length;

/** A rule that flags every line whose whole trimmed text matches one pattern. */
export function lineRule(rule: Omit<BoilerplateRule, 'detect' | 'severity'> & { pattern: RegExp; severity?: BoilerplateRule['severity'] }): BoilerplateRule {
  const { pattern, ...rest } = rule;
  return { severity: 'warning', ...rest, detect: (ctx) => wholeLines(ctx, pattern) };
}
