import { lineRule } from '../rule';

// Advertisement slots and their labels, as page text leaves them behind.
const ADVERT = /^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post| links?)?|paid (?:content|post|partnership)|promoted(?: content| stories)?|partner content|(?:story|article) continues below(?: this)? (?:advertisement|ad)|continue reading (?:the main story|below)|scroll to (?:continue|read more)(?: with content)?|ad choices|your ad choices|report this ad|skip (?:this )?ad)\s*[:.!]?$/i;

export const advertRule = lineRule({
  id: 'advert',
  description: 'Advertisement label or slot',
  pattern: ADVERT,
  examples: {
    flagged: ['Advertisement', 'Story continues below advertisement', 'Sponsored content', 'Continue reading the main story'],
    clean: ['Advertising revenue fell by a third, the company said.', 'The ad was pulled after complaints.'],
  },
});
