// What a reader of the three seed articles expects the extension to show, written down
// from the hand-made gold annotations (../shared/seeds/gold/*.json) so the suite does not
// depend on files outside the repository.

export interface ExpectedQuote {
  /** the first words of the quote, without the opening quotation mark */
  starts: string;
  speaker: string;
}

export interface SeedExpectation {
  file: string;
  date: string | null;
  /** speech quotes the Outline must list under their speaker */
  quotes: ExpectedQuote[];
  /** diagnostic codes (exact, or a prefix ending in '.') that must be reported */
  diagnostics: string[];
}

export const SEEDS: SeedExpectation[] = [
  {
    file: '000_e4a6795badc6cc55.txt',
    date: '2022-02-01',
    quotes: [
      { starts: 'This is our 13th meeting', speaker: 'Viktor Orban' },
      { starts: 'That is a rarity', speaker: 'Viktor Orban' },
      { starts: 'In times of peace and crisis', speaker: 'Jens Stoltenberg' },
      { starts: 'It is simply treasonous', speaker: 'Márton Gyöngyösi' },
    ],
    diagnostics: ['quote.unclosed'],
  },
  {
    file: '001_de26970687602ec1.txt',
    date: '2024-12-15',
    quotes: [],
    diagnostics: ['boilerplate.'],
  },
  {
    file: '002_ecef01a8d0ddbcac.txt',
    date: null,
    quotes: [
      { starts: 'There was a thorough exchange of views', speaker: 'Kremlin' },
      { starts: 'Viktor Orban expressed interest', speaker: 'Kremlin' },
    ],
    diagnostics: ['date.missing', 'boilerplate.'],
  },
];

/** The hover card for "Orban" in 000. */
export const ORBAN_HOVER = {
  file: '000_e4a6795badc6cc55.txt',
  /** a bare "Orban" mention (not the full name), found by its surrounding text */
  context: 'said Orban in the Kremlin',
  word: 'Orban',
  name: 'Viktor Orban',
  role: 'Hungarian prime minister',
};

/**
 * Boilerplate of 002: each text stands on, or opens, its own line and the whole line is
 * boilerplate (`line: true` = the line is exactly that text). Everything from the donation
 * appeal's first line to the end of the file is boilerplate too.
 */
export const BOILERPLATE_002 = {
  file: '002_ecef01a8d0ddbcac.txt',
  lines: [
    { text: 'Summarize this content to 2000 words in 6 paragraphs' },
    { text: 'news', line: true },
    { text: 'Hungary Welcomes Russia Crude Supply Deal After Ukraine Halts Lukoil Transit' },
    { text: 'Read more' },
    { text: 'A Message from The Moscow Times:' },
    { text: 'Dear readers,' },
    { text: 'We are facing unprecedented challenges.' },
    { text: 'These actions are direct attempts to silence independent journalism in Russia.' },
    { text: 'We, the journalists of The Moscow Times, refuse to be silenced.' },
    { text: 'Your support, no matter how small, makes a world of difference.' },
    { text: 'By supporting The Moscow Times, you’re defending open, independent journalism' },
    { text: 'Continue', line: true },
    { text: 'Not ready to support today? Remind me later.' },
    { text: '×' },
    { text: 'Remind me next month' },
    { text: 'Thank you! Your reminder is set.' },
    { text: 'We will send you one reminder email a month from now.' },
  ] as { text: string; line?: boolean }[],
  blockFrom: 'A Message from The Moscow Times:',
};

export const LANGUAGE_ID = 'news-article';
export const DIAGNOSTIC_SOURCE = 'news-article';
export const TOKEN_TYPES = ['person', 'organization', 'place', 'quote', 'dateHeader', 'cue', 'boilerplate'];
export const TOKEN_MODIFIERS = ['speaker', 'boilerplate'];
export const COMMANDS = ['newsArticle.stripBoilerplate', 'newsArticle.openAsArticle'];
