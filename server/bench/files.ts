import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeArticle } from '../src/decode';

/** The files under dir (sorted, depth first) whose names pass `test`; none when dir does not exist. */
export function files(dir: string, test: (name: string) => boolean, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) files(p, test, out); else if (test(n)) out.push(p);
  }
  return out;
}

/** A file's text as the server would read it (decoded, a BOM dropped), or as Latin-1 when it is not UTF-8. */
export function readText(path: string): string {
  const bytes = readFileSync(path);
  const d = decodeArticle(bytes);
  return d.ok ? d.text : bytes.toString('latin1');
}

/**
 * The texts of the articles of a BBC folder (001.txt …, in the order of `files`): the folder also holds
 * DEV_FILES.txt, a list of file names, which is no article.
 */
export const articleTexts = (dir: string): string[] => files(dir, (n) => /^\d+\.txt$/.test(n)).map(readText);

/** A document of about `size` characters made of real articles one after another, the first with a date header line. */
export function corpusOf(texts: string[], size: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const t = `${i === 0 ? ' date 2005-01-01 ' : ''}${texts[i % texts.length]}\n\n`;
    parts.push(t);
    n += t.length;
  }
  return parts.join('').slice(0, size);
}
