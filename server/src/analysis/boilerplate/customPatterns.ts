import { trimmedLine, type BoilerplateRule } from './rule';

/** A user's line pattern, as the setting `newsArticle.boilerplate.customPatterns` holds it. */
export interface CustomPattern {
  pattern: string;
  id?: string;
}

export interface CompiledPatterns {
  rules: BoilerplateRule[];
  /** One readable message per pattern that could not be used; the others still work. */
  errors: string[];
}

/** Lines longer than this are tested on their beginning only, so no pattern can make typing slow on a huge line. */
const TESTED_CHARS = 2000;

/**
 * Turns the setting's value into rules: each pattern is a regular expression (case-insensitive) tested against every
 * trimmed body line; a line it matches is boilerplate `custom.<id>`. Never throws: bad entries become messages.
 */
export function compileCustomPatterns(value: unknown): CompiledPatterns {
  const rules: BoilerplateRule[] = [];
  const errors: string[] = [];
  if (value === undefined || value === null) return { rules, errors };
  if (!Array.isArray(value)) {
    return { rules, errors: ['newsArticle.boilerplate.customPatterns must be a list of patterns, e.g. [{ "pattern": "^Sponsored by", "id": "sponsor" }].'] };
  }
  const ids = new Set<string>();
  value.forEach((entry: unknown, i) => {
    const where = `newsArticle.boilerplate.customPatterns[${i}]`;
    const raw = typeof entry === 'string' ? { pattern: entry } : entry as Partial<CustomPattern> | null;
    if (!raw || typeof raw !== 'object' || typeof raw.pattern !== 'string' || !raw.pattern) {
      errors.push(`${where}: expected a regular expression string or { "pattern": "...", "id": "..." }; ignored.`);
      return;
    }
    const id = raw.id === undefined ? `pattern-${i + 1}` : raw.id;
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/i.test(id)) {
      errors.push(`${where}: the id ${JSON.stringify(id)} must be letters, digits and dashes; ignored.`);
      return;
    }
    if (ids.has(id.toLowerCase())) {
      errors.push(`${where}: the id "${id}" is used twice; ignored.`);
      return;
    }
    let re: RegExp;
    try {
      re = new RegExp(raw.pattern, 'iu');
    } catch (e) {
      errors.push(`${where}: /${raw.pattern}/ is not a valid regular expression (${(e as Error).message}); ignored.`);
      return;
    }
    if (re.test('')) {
      errors.push(`${where}: /${raw.pattern}/ matches an empty line, so it would flag everything; ignored.`);
      return;
    }
    ids.add(id.toLowerCase());
    rules.push({
      id: `custom.${id.toLowerCase()}`,
      description: `Custom pattern ${id} (/${raw.pattern}/)`,
      severity: 'warning',
      detect: (ctx) => ctx.lines.filter((l, i) => re.test(ctx.texts[i].slice(0, TESTED_CHARS))).map(trimmedLine),
      examples: { flagged: [], clean: [] },
    });
  });
  return { rules, errors };
}
