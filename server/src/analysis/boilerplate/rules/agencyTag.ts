import { trimmedLine, type BoilerplateRule } from '../rule';
import type { Span } from '../../types';

// News agency tags and datelines at the start of a paragraph: "(MENAFN)", "WARSAW (Reuters) -", "(AP) —".
const AGENCIES = 'MENAFN|Reuters|AP|AFP|UPI|IANS|ANI|PTI|Xinhua|dpa|DPA|EFE|TASS|Tass|RIA|Interfax|Anadolu|Bernama|Yonhap|Kyodo|KUNA|WAM|SPA|APA|Trend|Bloomberg|CNA|PAP|ANSA|Belga|Notimex|Sputnik|IRNA|BSS|NNA';
const TAG = new RegExp(`^(?:[A-Z][A-Z .,'’-]{1,40}\\s)?\\((?:${AGENCIES})\\)(?:\\s*[-–—:]+)?\\s*`);

export const agencyTagRule: BoilerplateRule = {
  id: 'agency-tag',
  description: 'News agency tag or dateline',
  severity: 'warning',
  detect(ctx) {
    const spans: Span[] = [];
    ctx.lines.forEach((line, i) => {
      // On the trimmed line: the pattern is anchored at its start, and its match is trimmed at the end anyway.
      const m = TAG.exec(ctx.texts[i]);
      if (m) {
        const { start } = trimmedLine(line);
        spans.push({ start, end: start + m[0].trimEnd().length });
      }
    });
    return spans;
  },
  examples: {
    flagged: ['(MENAFN) Hungarian Prime Minister Viktor Orban held a call.', 'WARSAW (Reuters) - Poland said on Monday it would act.', '(AP) — The storm hit the coast.'],
    clean: ['The report (Reuters) cited three sources.', '(Updated at 10:00) The talks resumed.'],
  },
};
