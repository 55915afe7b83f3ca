import { lineRule } from '../rule';

const CREDIT = /^(?:©|\(c\)|copyright\s+(?:©|\(c\)|\d{4})|all rights reserved|(?:photo|image|picture|video)(?: credit)?s?\s*(?::|by|source)\s|getty images$|reporting by\b|additional reporting by\b|editing by\b|writing by\b|\(reporting by\b).{0,200}$/i;

export const copyrightRule = lineRule({
  id: 'credit',
  description: 'Copyright or credit line',
  pattern: CREDIT,
  examples: {
    flagged: ['© 2024 The Daily Example. All rights reserved.', 'Reporting by Jan Kowalski; Editing by Anna Smith', 'Photo: Getty Images'],
    clean: ['Copyright law has changed little since 1988, the lawyer said.'],
  },
});
