import { trimmedLine, wordCount, type BoilerplateRule } from '../rule';
import type { Span } from '../../types';

// Section labels and related-article headlines that sit around "Read more" links.
const SECTION = /^(?:news|world|politics|business|economy|opinion|analysis|sport|sports|culture|science|tech|technology|health|entertainment|lifestyle|latest|breaking|breaking news|related|top stories|most read|editor'?s picks|trending|europe|world news|local news|video|photos|in pictures|live|newsletter|more stories)$/i;
const LINK_TEXT = /^(?:read more|read also|also read|see also|related|more:|continue reading)\b/i;

const isSectionLabel = (t: string): boolean => SECTION.test(t);

/** Ends in sentence punctuation: /[.!?:,;”"]$/ (prose lines do, so this refuses them at once). */
function endsInPunctuation(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 44 || c === 59 || c === 0x201d || c === 34;
}

/** A headline: several words, most of them capitalised, and no sentence punctuation at the end. */
function isHeadline(t: string): boolean {
  // Cheap refusals first: this runs on every line of every keystroke's analysis.
  // (four words need 7 characters at least; twenty words of letters fit in far fewer than 2,000)
  if (t.length < 7 || t.length > 2000 || endsInPunctuation(t)) return false;
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4 || words.length > 20) return false;
  const small = /^(?:a|an|the|and|or|but|of|in|on|at|to|for|with|by|from|as|after|over|amid|vs\.?|is|are)$/i;
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w) || small.test(w));
  return capitalised.length === words.length && words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length >= words.length * 0.6;
}

/** The trimmed texts of the lines within `reach` of line i, but for line i. */
function neighbours(texts: readonly string[], i: number, reach: number): string[] {
  return texts.slice(Math.max(0, i - reach), i).concat(texts.slice(i + 1, i + 1 + reach));
}

export const sectionLabelRule: BoilerplateRule = {
  id: 'section-label',
  description: 'Section label of the web page',
  severity: 'warning',
  detect(ctx) {
    const spans: Span[] = [];
    ctx.lines.forEach((l, i) => {
      const t = ctx.texts[i];
      if (!isSectionLabel(t) || wordCount(t) > 3) return;
      // A lone label is only residue next to other page furniture (a teaser headline or a link).
      if (neighbours(ctx.texts, i, 2).some((n) => isHeadline(n) || LINK_TEXT.test(n) || isSectionLabel(n))) spans.push(trimmedLine(l));
    });
    return spans;
  },
  examples: {
    flagged: ['The talks ended on Monday.\nnews\nHungary Welcomes Russia Crude Supply Deal After Ukraine Halts Lukoil Transit\nRead more'],
    clean: ['The talks ended on Monday.\nBusiness\nThe market rose.', 'news'],
  },
};

export const teaserRule: BoilerplateRule = {
  id: 'teaser',
  description: 'Related-article headline (teaser)',
  severity: 'warning',
  detect(ctx) {
    const spans: Span[] = [];
    ctx.lines.forEach((l, i) => {
      if (i === 0) return; // the article's own headline
      if (!isHeadline(ctx.texts[i])) return;
      if (neighbours(ctx.texts, i, 1).some((n) => LINK_TEXT.test(n) || isSectionLabel(n))) spans.push(trimmedLine(l));
    });
    return spans;
  },
  examples: {
    flagged: ['The talks ended on Monday.\nnews\nHungary Welcomes Russia Crude Supply Deal After Ukraine Halts Lukoil Transit\nRead more'],
    clean: ['Ad Sales Boost Time Warner Profit\nQuarterly profits at the media giant rose.', 'The talks ended.\nPrime Minister Meets Union Leaders Over Pay\nThe meeting lasted an hour.'],
  },
};
