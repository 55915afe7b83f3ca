/**
 * What one analysis of a document keeps for the next one, so that an edit re-analyses only the paragraphs it touched.
 * Entries are keyed by the text they were computed from (never by position, which every edit above shifts) and
 * hold results relative to that text. What the last analysis did not use is dropped by the next one, so a memo never
 * holds more than about two versions of its document.
 *
 * The analysis gives the same model with or without a memo (a property test edits articles at random and compares).
 */
export class AnalysisMemo {
  private readonly stores = new Map<string, Recall<unknown>>();
  /** Lines the last analysis took from the memo and lines it analysed (for the benchmark and the server's stats). */
  linesReused = 0;
  linesAnalysed = 0;

  store<T>(name: string): Recall<T> {
    let s = this.stores.get(name) as Recall<T> | undefined;
    if (!s) { s = new Recall<T>(); this.stores.set(name, s as Recall<unknown>); }
    return s;
  }

  /** Called when an analysis begins: what the one before did not use is forgotten. */
  begin(): void {
    this.linesReused = 0;
    this.linesAnalysed = 0;
    for (const s of this.stores.values()) s.turn();
  }
}

/** A map that keeps what was used since the last turn, and what was used in the turn before. */
export class Recall<T> {
  private now = new Map<string, T>();
  private before = new Map<string, T>();

  get(key: string): T | undefined {
    let v = this.now.get(key);
    if (v === undefined) {
      v = this.before.get(key);
      if (v !== undefined) this.now.set(key, v);
    }
    return v;
  }

  set(key: string, value: T): void {
    this.now.set(key, value);
  }

  turn(): void {
    this.before = this.now;
    this.now = new Map();
  }
}

/**
 * What `compute` gives for each line of a text (lines split at LF, CRLF or CR), with the results kept in the memo's
 * store `name` by the line's text: an edit computes only the lines it changed. Results must not point into the line
 * (make strings taken from it with `own`).
 */
export function perLine<T>(memo: AnalysisMemo, name: string, text: string, compute: (line: string) => T): T[] {
  const store = memo.store<T>(name);
  return text.split(/\r\n|\r|\n/).map((line) => {
    let v = store.get(line);
    if (v === undefined) { v = compute(line); store.set(own(line), v); }
    return v;
  });
}

/**
 * A copy of s that does not keep a larger string alive. A slice of a document's text keeps the whole text in memory
 * (V8 shares the characters of slices of 13 characters or more), and a memo outlives the document's versions.
 */
export function own(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}
