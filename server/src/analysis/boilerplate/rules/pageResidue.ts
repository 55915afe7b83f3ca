import { trimmedLine, type BoilerplateRule } from '../rule';
import { classifyLineSpans } from '../classifyLines';
import type { Span } from '../../types';

export const pageResidueRule: BoilerplateRule = {
  id: 'page-residue',
  description: 'Web page residue (menus, links, other headlines, comments)',
  severity: 'information',
  detect(ctx) {
    // Both lists are in text order: one merge pass marks the lines earlier rules flagged.
    const known = ctx.lines.map(() => false);
    let k = 0;
    ctx.lines.forEach((l, i) => {
      while (k < ctx.known.length && ctx.known[k].end <= l.start) k++;
      for (let j = k; j < ctx.known.length && ctx.known[j].start < l.end; j++) if (ctx.known[j].end > l.start) { known[i] = true; break; }
    });
    const flagged = classifyLineSpans(ctx.text, ctx.lines, { known, kept: ctx.kept }, ctx.memo && { memo: ctx.memo, texts: ctx.texts });
    const spans: Span[] = [];
    flagged.forEach((f, i) => { if (f) spans.push(trimmedLine(ctx.lines[i])); });
    return spans;
  },
  examples: {
    flagged: [
      'Home\nWorld\nBusiness\nSign in to comment\nThe council voted on Tuesday to close the old bridge to lorries from next spring, citing cracks found in its piers.\n' +
        'Engineers said repairs would take at least two years and cost more than the council had set aside for all roads this decade.\n' +
        'Most Popular\nFive Things To Do This Weekend\nLocal Team Wins Cup In Extra Time\nContact Us\nPrivacy Policy',
    ],
    clean: [
      'The council voted on Tuesday to close the old bridge to lorries from next spring, citing cracks found in its piers.\n' +
        'Quarter-final draw\nArsenal v Chelsea\nLeeds v Hull\n' +
        'Engineers said repairs would take at least two years and cost more than the council had set aside for all roads this decade.',
      'Ad Sales Boost Time Warner Profit\n\nQuarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December.',
    ],
  },
};
