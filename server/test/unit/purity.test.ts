import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('server/src/analysis is pure', () => {
  it('imports nothing from vscode, the language server packages or node:', () => {
    const bad: string[] = [];
    for (const f of files('server/src/analysis')) {
      for (const m of readFileSync(f, 'utf8').matchAll(/from\s+'([^']+)'|require\('([^']+)'\)/g)) {
        const spec = m[1] ?? m[2];
        if (/^(?:vscode|vscode-languageserver|vscode-languageclient|node:|fs$|path$|child_process$)/.test(spec)) bad.push(`${f}: ${spec}`);
      }
    }
    assert.deepEqual(bad, []);
  });
});
