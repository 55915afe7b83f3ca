import type { DateHeader, Problem } from './types';

// A header is the first line's leading word "date" (blanks and a BOM may precede it) followed by a value.
const HEADER = /^\ufeff?[ \t]*(date)\b[ \t:]*([^\s]*)/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateHeaderResult {
  date: DateHeader | null;
  /** Where the header (valid or not) ends; the body starts after it. */
  end: number;
  problem: Problem | null;
}

export function isValidIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

export function findDateHeader(text: string): DateHeaderResult {
  const m = HEADER.exec(text.slice(0, 200));
  const firstLineEnd = text.search(/[\r\n]|$/);
  if (!m || m.index + m[0].length > firstLineEnd) {
    const end = Math.max(0, Math.min(firstLineEnd, 40));
    return {
      date: null,
      end: 0,
      problem: {
        start: 0,
        end: text.charCodeAt(0) === 0xfeff ? Math.min(1, text.length) : Math.min(end, text.length),
        severity: 'information',
        code: 'date.missing',
        message: 'No date header: an article starts with a line " date YYYY-MM-DD".',
      },
    };
  }
  const start = m.index + m[0].indexOf('date');
  const value = m[2];
  const end = m.index + m[0].length;
  if (isValidIsoDate(value)) return { date: { start, end, value }, end, problem: null };
  return {
    date: null,
    end,
    problem: {
      start,
      end,
      severity: 'error',
      code: 'date.invalid',
      message: value
        ? `The date header "${value}" is not a valid date: write it as YYYY-MM-DD, e.g. 2024-12-15.`
        : 'The date header has no value: write it as " date YYYY-MM-DD".',
    },
  };
}
