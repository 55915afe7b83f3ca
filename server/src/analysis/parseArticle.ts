import type { Article, Problem, Span } from './types';
import { splitLines, isBlankRange, insideAny } from './text';
import { findDateHeader } from './dateHeader';
import { findBoilerplate, type BoilerplateOptions } from './boilerplate/findBoilerplate';
import { findActors, type ActorOptions } from './actors/findActors';
import { findTruncatedNames } from './actors/truncatedNames';
import { findQuoteMarks } from './quotes/findQuoteMarks';
import { attributeQuotes } from './quotes/attributeQuotes';

export interface ParseOptions extends ActorOptions {
  /** Only the header and boilerplate: for documents too large to analyse on every keystroke. */
  lite?: boolean;
  /** Disabled rules, the user's patterns and exceptions (the server reads them from settings and a workspace file). */
  boilerplate?: BoilerplateOptions;
}

/** Analyses an article. Pure and total: any string in, a model out; trouble is reported in `problems`. */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  options.memo?.begin();
  const lines = splitLines(text);
  const header = findDateHeader(text);
  const problems: Problem[] = [];
  if (header.problem) problems.push(header.problem);
  const bodyStart = header.end;

  /** Runs one stage; if it fails, the article still gets the other stages and a problem that says what was lost. */
  const stage = <T>(name: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (e) {
      problems.push({
        start: 0, end: 0, severity: 'error', code: 'analysis.failed',
        message: `Internal error while finding ${name}; they are missing from this view (${(e as Error)?.message ?? e}). Please report it with the article.`,
      });
      return fallback;
    }
  };
  const boilerplate = stage('boilerplate', [], () => findBoilerplate(text, lines, bodyStart, options.boilerplate, options.memo));
  const regions: Span[] = [];
  for (const l of lines) {
    const start = Math.max(l.start, bodyStart);
    if (l.end > start && !isBlankRange(text, start, l.end)) regions.push({ start, end: l.end });
  }
  const actors = options.lite ? [] : stage('actors', [], () => findActors(text, regions, boilerplate, options));
  const marks = options.lite ? [] : stage('quotations', [], () => findQuoteMarks(text, lines, bodyStart).filter((q) => !insideAny(boilerplate, q.start)));
  const quotes = stage('speakers', [], () => attributeQuotes(text, lines, marks, actors, bodyStart));

  for (const b of boilerplate) {
    problems.push({
      start: b.start,
      end: b.end,
      severity: b.severity,
      code: `boilerplate.${b.kind}`,
      message: `${b.description}: not part of the article; strip it before analysis.`,
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
