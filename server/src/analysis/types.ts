// The plain article model. Spans are JavaScript string offsets (UTF-16 code units), end exclusive.

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface DateHeader extends Span {
  /** ISO date, e.g. "2022-02-01". */
  value: string;
}

/** A line of text, without its line break. */
export interface Line extends Span {
  text: string;
}

export type ActorKind = 'person' | 'organization' | 'place';

export interface Mention extends Span {
  text: string;
}

export interface Actor {
  /** Stable within the article; quotes refer to it. */
  id: string;
  /** The fullest name the article gives. */
  name: string;
  kind: ActorKind;
  /** Titles and appositions as written, e.g. "Hungarian prime minister". */
  roles: string[];
  mentions: Mention[];
}

export type QuoteKind = 'speech' | 'partial' | 'term';

export interface Quote extends Span {
  /** The words inside the marks. */
  text: string;
  /** Where the words inside the marks stand. */
  inner: Span;
  kind: QuoteKind;
  /** Actor id, or null when the text names no speaker. */
  speaker: string | null;
  closed: boolean;
  /** The attributing verb or phrase ("said", "according to"), when one was found. */
  cue: Span | null;
  /** The mention that names the speaker in the attribution, when there is one. */
  speakerMention: Span | null;
}

export interface Boilerplate extends Span {
  /** The rule that found it, e.g. "prompt"; its diagnostic code is `boilerplate.<kind>`. */
  kind: string;
  text: string;
  /** The rule's description, for messages and fix titles. */
  description: string;
  severity: Severity;
}

export interface Problem extends Span {
  severity: Severity;
  code: string;
  message: string;
  /** Text that would fix the problem when it replaces the span (e.g. the full name for `actor.truncated`). */
  replacement?: string;
}

export interface Article {
  text: string;
  date: DateHeader | null;
  lines: Line[];
  actors: Actor[];
  quotes: Quote[];
  boilerplate: Boilerplate[];
  /** Diagnostics, sorted by start. */
  problems: Problem[];
}
