// Exports the annotations of every article of the corpus, freshly analysed: JSON Lines (the news-annotate contract,
// ../shared/spec/annotations.md) or brat standoff (a copy of each text with its .ann beside it). Never writes over
// an article: the output must lie outside the articles' own paths.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../analysis/types';
import { toAnnotation } from '../analysis/annotation';
import { decodeArticle } from '../decode';

export const EXPORT_REQUEST = 'newsArticle/exportCorpus';

export interface ExportParams {
  format: 'jsonl' | 'brat';
  /** A file URI for jsonl, a folder URI for brat. */
  output: string;
}
export interface ExportResult { articles: number; files: number; output: string; skipped: string[] }

export interface ExportSource {
  files: Array<{ uri: string; folder: string; path: string }>;
  /** The text of an open document (the editor's text wins over the disk). */
  openText(uri: string): string | undefined;
  analyse(text: string): Article;
}

const BRAT_TYPE = { person: 'PER', organization: 'ORG', place: 'LOC' } as const;

/** brat counts characters as code points; the model counts UTF-16 units. */
function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (o) => o;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)) cp++;
  }
  map[text.length] = cp;
  return (o) => map[o];
}

/** The .ann file of one article: T-lines for actor mentions (PER/ORG/LOC) and quotations (QUOTE, split at line breaks). */
export function toBrat(article: Article): string {
  const out: string[] = [];
  const cp = codePointOffsets(article.text);
  let t = 0;
  let notes = 0;
  const firstT = new Map<string, string>();
  const clean = (s: string) => s.replace(/[\r\n\t]+/g, ' ');
  for (const a of article.actors) {
    for (const m of a.mentions) {
      const id = `T${++t}`;
      if (!firstT.has(a.id)) firstT.set(a.id, id);
      out.push(`${id}\t${BRAT_TYPE[a.kind]} ${cp(m.start)} ${cp(m.end)}\t${clean(article.text.slice(m.start, m.end))}`);
    }
  }
  for (const q of article.quotes) {
    const pieces: Array<[number, number]> = [];
    let s = q.start;
    for (let i = q.start; i <= q.end; i++) {
      const c = article.text[i];
      if (i === q.end || c === '\n' || c === '\r') {
        let e = i;
        while (e > s && /\s/.test(article.text[e - 1])) e--;
        let b = s;
        while (b < e && /\s/.test(article.text[b])) b++;
        if (e > b) pieces.push([b, e]);
        s = i + 1;
      }
    }
    if (!pieces.length) continue;
    const id = `T${++t}`;
    out.push(`${id}\tQUOTE ${pieces.map(([b, e]) => `${cp(b)} ${cp(e)}`).join(';')}\t${pieces.map(([b, e]) => clean(article.text.slice(b, e))).join(' ')}`);
    const speaker = q.speaker ? article.actors.find((a) => a.id === q.speaker) : undefined;
    if (speaker) out.push(`#${++notes}\tAnnotatorNotes ${id}\tspeaker: ${clean(speaker.name)} (${firstT.get(speaker.id) ?? '?'}); ${q.kind}`);
  }
  return out.join('\n') + (out.length ? '\n' : '');
}

const within = (dir: string, path: string) => { const r = relative(dir, path); return r === '' || (!r.startsWith('..') && !r.startsWith(sep) && !/^[a-zA-Z]:/.test(r)); };

/** Runs the export; yields between articles so the server keeps answering. */
export async function exportCorpus(params: ExportParams, source: ExportSource): Promise<ExportResult> {
  const outPath = resolve(fileURLToPath(params.output));
  const articlePaths = new Set(source.files.map((f) => resolve(f.path)));
  const skipped: string[] = [];
  const files = [...source.files].sort((a, b) => a.path.localeCompare(b.path));
  const read = (f: { uri: string; path: string }): string | null => {
    const open = source.openText(f.uri);
    if (open !== undefined) return open;
    try {
      const d = decodeArticle(readFileSync(f.path));
      if (d.ok) return d.text;
      skipped.push(`${f.path}: ${d.error}`);
    } catch (e) {
      skipped.push(`${f.path}: ${(e as Error).message}`);
    }
    return null;
  };
  const pause = () => new Promise<void>((r) => setImmediate(r));
  let articles = 0;
  let written = 0;
  if (params.format === 'jsonl') {
    if (articlePaths.has(outPath)) throw new Error(`${outPath} is an article; choose another file for the export.`);
    const lines: string[] = [];
    for (const f of files) {
      const text = read(f);
      if (text === null) continue;
      lines.push(JSON.stringify(toAnnotation(relative(f.folder, f.path).split(sep).join('/'), source.analyse(text))));
      articles++;
      if (articles % 25 === 0) await pause();
    }
    mkdirSync(dirname(outPath), { recursive: true });
    writeFileSync(outPath, lines.join('\n') + (lines.length ? '\n' : ''));
    written = 1;
  } else {
    const multi = new Set(files.map((f) => f.folder)).size > 1;
    for (const f of files) {
      const rel = relative(f.folder, f.path);
      const target = join(outPath, multi ? join(f.folder.split(sep).pop() ?? 'folder', rel) : rel);
      const ann = target.replace(/\.txt$/i, '') + '.ann';
      if (articlePaths.has(resolve(target)) || articlePaths.has(resolve(ann)) || within(outPath, f.path)) {
        throw new Error(`the export folder ${outPath} holds articles of the corpus; choose an empty folder outside it so no article is overwritten.`);
      }
    }
    for (const f of files) {
      const text = read(f);
      if (text === null) continue;
      const rel = relative(f.folder, f.path);
      const target = join(outPath, multi ? join(f.folder.split(sep).pop() ?? 'folder', rel) : rel);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
      writeFileSync(target.replace(/\.txt$/i, '') + '.ann', toBrat(source.analyse(text)));
      articles++;
      written += 2;
      if (articles % 25 === 0) await pause();
    }
    writeFileSync(join(outPath, 'annotation.conf'), '[entities]\nPER\nORG\nLOC\nQUOTE\n\n[relations]\n\n[events]\n\n[attributes]\n');
    written++;
  }
  return { articles, files: written, output: outPath, skipped };
}
