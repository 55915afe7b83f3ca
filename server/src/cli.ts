// news-annotate: the article analysis as JSON Lines (../shared/spec/annotations.md).
import { readFileSync } from 'node:fs';
import { parseArticle } from './analysis/parseArticle';
import { toAnnotation } from './analysis/annotation';
import { collectKnownPeople } from './analysis/knownPeople';
import { decodeArticle } from './decode';

const USAGE = `usage: news-annotate [--pretty] FILE...
Annotates plain-text news articles: date header, actors, quotes, boilerplate, diagnostics.
Writes one JSON object per file to standard output (JSON Lines; --pretty indents them).
"-" reads standard input. Input files are never modified.
Exit status: 0 all annotated, 1 some file could not be read or decoded, 2 bad usage.`;

function readInput(path: string): Buffer {
  return path === '-' ? readFileSync(0) : readFileSync(path);
}

function main(argv: string[]): number {
  let pretty = false;
  const files: string[] = [];
  let endOfOptions = false;
  for (const a of argv) {
    if (!endOfOptions && a === '--') endOfOptions = true;
    else if (!endOfOptions && a === '--pretty') pretty = true;
    else if (!endOfOptions && (a === '--help' || a === '-h')) { process.stdout.write(USAGE + '\n'); return 0; }
    else if (!endOfOptions && a.startsWith('-') && a !== '-') { process.stderr.write(`news-annotate: unknown option ${a}\n${USAGE}\n`); return 2; }
    else files.push(a);
  }
  if (!files.length) { process.stderr.write(`news-annotate: no input files\n${USAGE}\n`); return 2; }

  // Read and decode everything first: names known from one article help resolve another ("President Vladimir").
  const inputs = files.map((file) => {
    try {
      const decoded = decodeArticle(readInput(file));
      return decoded.ok ? { file, text: decoded.text } : { file, error: decoded.error };
    } catch (e) {
      return { file, error: describeReadError(file, e) };
    }
  });
  const texts = inputs.flatMap((i) => ('text' in i && i.text !== undefined ? [i.text] : []));
  const knownPeople = collectKnownPeople(texts);
  let status = 0;
  for (const input of inputs) {
    let record: object;
    if ('error' in input && input.error !== undefined) {
      status = 1;
      process.stderr.write(`news-annotate: ${input.file}: ${input.error}\n`);
      record = { file: input.file, error: input.error };
    } else {
      record = toAnnotation(input.file, parseArticle(input.text!, { knownPeople }));
    }
    process.stdout.write(pretty ? JSON.stringify(record, null, 2) + '\n\n' : JSON.stringify(record) + '\n');
  }
  return status;
}

function describeReadError(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return `cannot read ${file}: ${(e as Error)?.message ?? String(e)}`;
}

process.exitCode = main(process.argv.slice(2));
