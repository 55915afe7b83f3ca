import { trimmedLine, wordCount, type BoilerplateRule } from '../rule';

// Instructions to a writing assistant that leaked into the text, and the assistant's own framing.
const INSTRUCTION = /^(?:please\s+)?(?:summari[sz]e|rewrite|re-write|paraphrase|rephrase|reword|expand|shorten|translate|condense|write)\b.{0,120}\b(?:content|article|text|paragraphs?|words|story|passage|news|summary)\b/i;
const ASSISTANT = /^(?:as an ai(?: language)? model\b|sure[,!]? here(?:'s| is)\b|here(?:'s| is) (?:a|the|your) (?:summary|rewritten|revised|paraphrased)\b|certainly[,!] here\b|i hope this helps\b)/i;

export const promptRule: BoilerplateRule = {
  id: 'prompt',
  description: 'Leaked writing-assistant prompt',
  severity: 'warning',
  // The anchored patterns fail fast on ordinary lines, so they go before the word count.
  detect(ctx) {
    return ctx.lines
      .filter((l, i) => { const t = ctx.texts[i]; return (INSTRUCTION.test(t) || ASSISTANT.test(t)) && wordCount(t) <= 40; })
      .map(trimmedLine);
  },
  examples: {
    flagged: [
      'Summarize this content to 2000 words in 6 paragraphs',
      'Rewrite this article in a neutral tone',
      'As an AI language model, I cannot browse the internet.',
      "Sure! Here's a summary of the article:",
    ],
    clean: [
      'Write to your MP, campaigners urged.',
      'The minister will summarize the findings in a report to parliament next week, officials said.',
    ],
  },
};
