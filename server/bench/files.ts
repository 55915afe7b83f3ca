import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The files under dir (sorted, depth first) whose names pass `test`; none when dir does not exist. */
export function files(dir: string, test: (name: string) => boolean, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) files(p, test, out); else if (test(n)) out.push(p);
  }
  return out;
}
