// Glob patterns as the settings write them (`articles/**/*.txt`, `*.txt`, `{a,b}/**`), matched against
// slash-separated paths relative to a workspace folder. A pattern without a slash matches the file name at any
// depth, as files.exclude does.

const cache = new Map<string, RegExp>();

function toRegExp(glob: string): RegExp {
  let re = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches any number of folders, "**" at the end anything.
        if (glob[i + 2] === '/') { re += '(?:.*/)?'; i += 2; } else { re += '.*'; i += 1; }
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') { re += '(?:'; inGroup++; }
    else if (c === '}' && inGroup) { re += ')'; inGroup--; }
    else if (c === ',' && inGroup) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close > i + 1) { re += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']'; i = close; } else re += '\\[';
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  while (inGroup-- > 0) re += ')';
  return new RegExp(`^${re}$`);
}

/** Does the relative path (slashes, no leading "./") match the glob? */
export function matchGlob(glob: string, relPath: string): boolean {
  const g = glob.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  if (!g) return false;
  let re = cache.get(g);
  if (!re) {
    try { re = toRegExp(g.includes('/') ? g : `**/${g}`); } catch { re = /$^/; }
    if (cache.size > 500) cache.clear();
    cache.set(g, re);
  }
  return re.test(relPath);
}

export const matchesAny = (globs: readonly string[], relPath: string): boolean => globs.some((g) => matchGlob(g, relPath));
