import { lineRule } from '../rule';

const READ_MORE = /^(?:read more|read more:.*|more:|read also:?.*|also read:?.*|see also:?.*|related:.*|related articles?:?|related stories|recommended|more on this story|continue reading|read the full (?:story|article)|click here(?: to read more)?|learn more|full story|watch:.*|listen:.*|trending now)\s*[»›>:.]*$/i;

export const readMoreRule = lineRule({
  id: 'read-more',
  description: '"Read more" link text',
  pattern: READ_MORE,
  examples: {
    flagged: ['Read more', 'READ MORE:', 'Continue reading', 'See also: Why the talks failed'],
    clean: ['Read more about the decision in our explainer, he said, pointing to the website of the ministry.'],
  },
});
