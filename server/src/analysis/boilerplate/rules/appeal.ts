import { trimmedLine, wordCount, type BoilerplateRule } from '../rule';
import type { Span } from '../../types';

// A donation or subscription appeal: a block that opens with a trigger and runs while its lines keep speaking to
// the reader (we/our/your, support, journalism, reminders) or are short interface lines.
const OPENER = /^(?:a (?:message|note|letter) from\b.*|dear (?:readers?|friends|subscribers|supporters)\b.*|support (?:our|independent|quality) journalism\b.*|(?:please )?(?:donate|subscribe|become a (?:member|supporter|subscriber))\b.*|we need your (?:help|support)\b.*|if you (?:value|enjoy|like) (?:our|this|what)\b.*)$/i;
const MONEY = /\b(?:support(?:ing|ers?)?|donat(?:e|ion|ions|ing)|contribut(?:e|ion|ions)|subscri(?:be|ption|ber)s?|member(?:ship)?|chip in|paywall|fund(?:ing)?)\b/i;
const READER_TALK = /\b(?:we|our|us|you|your|yours|journalis[mt]s?|readers?|reminder|remind|thank you|independent|newsroom)\b/i;

export const appealRule: BoilerplateRule = {
  id: 'appeal',
  description: 'Donation or subscription appeal',
  severity: 'warning',
  detect(ctx) {
    const spans: Span[] = [];
    for (let i = 0; i < ctx.lines.length; i++) {
      if (!OPENER.test(ctx.texts[i])) continue;
      let j = i + 1;
      while (j < ctx.lines.length) {
        const t = ctx.texts[j];
        if (READER_TALK.test(t) || MONEY.test(t) || wordCount(t) <= 3) j++;
        else break;
      }
      const block = ctx.lines.slice(i, j);
      if (!block.some((l) => MONEY.test(l.text)) || block.length < 2 && !MONEY.test(block[0].text)) continue;
      for (const l of block) spans.push(trimmedLine(l));
      i = j - 1;
    }
    return spans;
  },
  examples: {
    flagged: [
      'The talks ended.\nA Message from The Moscow Times:\nDear readers,\nWe need your help to continue our work.\nYour support, no matter how small, makes a world of difference.\nContinue\n×',
      'The vote is on Sunday.\nSupport our journalism: become a member today.',
    ],
    clean: [
      'Dear readers, the minister wrote, the budget is balanced.\nThe vote is on Sunday.',
      'A message from the president was read at the ceremony.\nThe crowd applauded.',
    ],
  },
};
