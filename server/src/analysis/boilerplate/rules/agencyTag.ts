import type { BoilerplateRule } from '../rule';
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
    for (const line of ctx.lines) {
      const lead = line.text.length - line.text.trimStart().length;
      const m = TAG.exec(line.text.slice(lead));
      if (m) spans.push({ start: line.start + lead, end: line.start + lead + m[0].trimEnd().length });
    }
    return spans;
  },
  examples: {
    flagged: ['(MENAFN) Hungarian Prime Minister Viktor Orban held a call.', 'WARSAW (Reuters) - Poland said on Monday it would act.', '(AP) — The storm hit the coast.'],
    clean: ['The report (Reuters) cited three sources.', '(Updated at 10:00) The talks resumed.'],
  },
};
