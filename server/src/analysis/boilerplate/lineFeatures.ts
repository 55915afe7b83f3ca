// Plain-text features of one line, for the residue classifier (classifyLines.ts). Cheap: one pass over the line.

// Function words of the languages news pages mostly come in. Prose is dense with them; menus, headlines of other
// pages, bylines and buttons are not. A short list suffices: only the density matters, not the vocabulary.
const STOP_WORDS = new Set((
  // English
  'a about after all also an and any are as at be because been but by can could did do does for from had has have he her ' +
  'him his how i if in into is it its just more most my no not of on one or our out over said she so some than that the ' +
  'their them then there these they this those to up was we were what when where which while who will with would you your ' +
  // Spanish, Portuguese, French, German, Italian
  'el la los las de del que y en un una por con para es se al lo como su sus pero o ao da do dos das em no na um uma os ' +
  'não mais foi ser le les des du et est une pour dans qui sur pas au avec sont der die das und ist nicht ein eine zu den ' +
  'mit auf für von sich dem il di che non per sono gli della'
).split(' '));

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export interface LineFeatures {
  /** Characters of the trimmed line. */
  chars: number;
  words: number;
  /** Share of the words that are function words. */
  stopDensity: number;
  /** Share of the words, among those of letters, that begin with a capital letter. */
  capitalised: number;
  /** Ends like a sentence (., !, ?, …, or a closing quote or bracket after one). */
  sentenceEnd: boolean;
  /** Holds a sentence break inside ("… said. The …"), as running prose does. */
  innerSentence: boolean;
  /** Looks like a link, a handle, a path or a run of menu separators. */
  linkish: boolean;
  /** Inner commas, brackets or quantities: an item of a list or a table row rather than a menu entry. */
  listy: boolean;
  /** Digits, dates and times dominate. */
  numeric: boolean;
  /** A row of a results table or a ranking: names with two quantities or more ("TEXAS 76 58 .567"). */
  tableRow: boolean;
}

/** Longer lines are judged on their first characters: what they are shows early, and typing stays fast. */
const SAMPLE = 2000;

export function lineFeatures(raw: string): LineFeatures {
  const t = raw.trim();
  const head = t.length > SAMPLE ? t.slice(0, SAMPLE) : t;
  const words = head.match(WORD) ?? [];
  let stops = 0;
  let lettered = 0;
  let caps = 0;
  let digits = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (STOP_WORDS.has(lower)) stops++;
    const first = w[0];
    if (/\p{L}/u.test(first)) {
      lettered++;
      if (first !== lower[0]) caps++;
    } else digits++;
  }
  const n = words.length;
  return {
    chars: t.length,
    words: t.length > SAMPLE ? Math.round((n * t.length) / SAMPLE) : n,
    stopDensity: n ? stops / n : 0,
    capitalised: lettered ? caps / lettered : 0,
    sentenceEnd: /[.!?…](?:["'”’»)\]]*)$/.test(t) || /[.!?…]\s*["”»]$/.test(t),
    innerSentence: /\p{Ll}[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(head),
    linkish: /(?:https?:\/\/|www\.|\.com\b|@\w|#\w|\s[|•·›»]\s|^[|•·›»]|[|•·›»]$)/i.test(head),
    listy: /[,;(\[]|\d/.test(head),
    numeric: n > 0 && digits * 2 >= n,
    // Dates, times and counters ("Mar 5, 2019 10:30", "12 comments 3 shares") are page furniture, not table rows.
    tableRow: digits >= 2 && lettered >= 1 && !/(?:https?:\/\/|www\.|@\w|\d:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{4}|\b(?:ago|comments?|shares?|views?|likes?|min|mins|minutes?|hours?|replies|reply)\b)/i.test(head),
  };
}
