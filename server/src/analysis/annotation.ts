import type { Article } from './types';

/** The `news-annotate` JSON for one article (../shared/spec/annotations.md). */
export function toAnnotation(file: string, a: Article): object {
  return {
    file,
    date: a.date ? { value: a.date.value, start: a.date.start, end: a.date.end } : null,
    actors: a.actors.map((x) => ({
      id: x.id, name: x.name, kind: x.kind, roles: x.roles,
      mentions: x.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    })),
    quotes: a.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker, closed: q.closed })),
    boilerplate: a.boilerplate.map((b) => ({ start: b.start, end: b.end, kind: b.kind, text: b.text })),
    diagnostics: a.problems.map((p) => ({ start: p.start, end: p.end, severity: p.severity, code: p.code, message: p.message })),
  };
}
