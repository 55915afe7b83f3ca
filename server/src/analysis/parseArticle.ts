import type { Article, Problem, Span } from './types';
import { splitLines, isBlank, insideAny } from './text';
import { findDateHeader } from './dateHeader';
import { findBoilerplate, describeRule } from './boilerplate/findBoilerplate';
import { boilerplateRules } from './boilerplate/boilerplateRules';
import { findActors, type ActorOptions } from './actors/findActors';
import { findTruncatedNames } from './actors/truncatedNames';
import { findQuoteMarks } from './quotes/findQuoteMarks';
import { attributeQuotes } from './quotes/attributeQuotes';

export interface ParseOptions extends ActorOptions {
  /** Only the header and boilerplate: for documents too large to analyse on every keystroke. */
  lite?: boolean;
}

/** Analyses an article. Pure and total: any string in, a model out; trouble is reported in `problems`. */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  const lines = splitLines(text);
  const header = findDateHeader(text);
  const problems: Problem[] = [];
  if (header.problem) problems.push(header.problem);
  const bodyStart = header.end;

  const boilerplate = findBoilerplate(text, lines, bodyStart);
  const regions: Span[] = [];
  for (const l of lines) {
    const start = Math.max(l.start, bodyStart);
    if (l.end > start && !isBlank(text.slice(start, l.end))) regions.push({ start, end: l.end });
  }
  const actors = options.lite ? [] : findActors(text, regions, boilerplate, options);
  const marks = options.lite ? [] : findQuoteMarks(text, lines, bodyStart).filter((q) => !insideAny(boilerplate, q.start));
  const quotes = attributeQuotes(text, lines, marks, actors, bodyStart);

  for (const b of boilerplate) {
    const rule = boilerplateRules.find((r) => r.id === b.kind);
    problems.push({
      start: b.start,
      end: b.end,
      severity: rule?.severity ?? 'warning',
      code: `boilerplate.${b.kind}`,
      message: `${describeRule(b.kind)}: not part of the article; strip it before analysis.`,
    });
  }
  for (const q of quotes) {
    if (!q.closed) {
      problems.push({
        start: q.start,
        end: q.start + 1,
        severity: 'warning',
        code: 'quote.unclosed',
        message: 'This quotation mark is never closed; the quotation is taken to end where the text suggests.',
      });
    }
  }
  problems.push(...findTruncatedNames(text, actors));
  problems.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, date: header.date, lines, actors, quotes, boilerplate, problems };
}
