import { lineRule } from '../rule';

// Buttons, close marks, reminders, share/follow/newsletter/cookie prompts left over from a web page.
const UI = new RegExp('^(?:' + [
  '[×✕✖x]', 'continue', 'close', 'skip', 'skip to (?:main )?content', 'share', 'share this(?: article| story)?', 'tweet',
  'email', 'print', 'copy link', 'comments?', 'show comments', 'load more', 'next', 'previous', 'back to top', 'menu',
  'subscribe', 'sign up', 'sign in', 'log in', 'register',
  'remind me (?:later|next month|next week|tomorrow)', 'not ready to .{1,40}\\? remind me later\\.?',
  'thank you! your reminder is set\\.?', 'we will send you (?:one|a) reminder email.*', 'accept(?: all)?(?: cookies)?',
  'we use cookies.*', 'this (?:website|site) uses cookies.*', 'follow us on .{1,40}', 'sign up (?:to|for) (?:our|the) .{1,40}newsletter.*',
  'get our .{1,30}newsletter.*', 'share (?:on|via) .{1,20}', 'image:? .{0,5}', 'photo:? .{0,5}', 'video', 'listen to this article',
  '\\d{1,2} min(?:ute)? read', 'updated:? .{0,40}', 'published:? .{0,40}',
].join('|') + ')[.!]?$', 'i');

export const uiResidueRule = lineRule({
  id: 'ui-residue',
  description: 'Web page interface text (button, reminder, share or cookie prompt)',
  pattern: UI,
  examples: {
    flagged: ['×', 'Continue', 'Remind me next month', 'Thank you! Your reminder is set.', 'Follow us on Twitter', 'Share on Facebook', 'We use cookies to improve your experience.'],
    clean: ['Continue talks, the envoy urged.', 'Share prices fell sharply on Monday as investors fled.'],
  },
});
