// Which files of the workspace folders are articles: `.txt` files whose first line holds the ` date YYYY-MM-DD`
// header or whose path matches `newsArticle.files`, outside excluded folders. Reads with node fs (not analysis/).
import { promises as fsp } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { matchesAny } from './glob';

/** Never indexed, whatever the settings say. */
export const ALWAYS_EXCLUDED = new Set(['node_modules', '.git', '.e2e', '.hg', '.svn', '.vscode-test']);
const HEADER = /^\uFEFF?[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}/;

export interface Selection {
  /** `newsArticle.files`: articles even without a header. */
  files: string[];
  /** `newsArticle.exclude` and the enabled `files.exclude` patterns. */
  exclude: string[];
}

const rel = (folder: string, path: string) => relative(folder, path).split(sep).join('/');

export function isExcluded(folder: string, path: string, selection: Selection): boolean {
  const r = rel(folder, path);
  if (r.startsWith('..')) return true;
  const parts = r.split('/');
  if (parts.slice(0, -1).some((p) => ALWAYS_EXCLUDED.has(p))) return true;
  return matchesAny(selection.exclude, r);
}

/** Every candidate `.txt` path under the folder (excluded folders are not entered). */
export async function listTextFiles(folder: string, selection: Selection, out: string[] = []): Promise<string[]> {
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try { entries = await fsp.readdir(dir, { withFileTypes: true }); } catch { return; }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (ALWAYS_EXCLUDED.has(e.name)) continue;
        const r = rel(folder, p);
        if (matchesAny(selection.exclude, r) || matchesAny(selection.exclude, `${r}/_`)) continue;
        await walk(p);
      } else if (e.isFile() && e.name.toLowerCase().endsWith('.txt') && !matchesAny(selection.exclude, rel(folder, p))) {
        out.push(p);
      }
    }
  };
  await walk(folder);
  return out;
}

/** Is this decoded text at this path an article? */
export function isArticle(folder: string, path: string, text: string, selection: Selection): boolean {
  if (HEADER.test(text.slice(0, 200))) return true;
  return matchesAny(selection.files, rel(folder, path));
}

/** Reads the `files.exclude` setting (an object of glob → boolean) into a list of enabled globs. */
export function enabledGlobs(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (value && typeof value === 'object') return Object.entries(value).filter(([, on]) => on === true).map(([g]) => g);
  return [];
}
