import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(process.cwd(), 'bin', 'news-annotate.js');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input });
  const records = () => r.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  return { status: r.status, get records() { return records(); }, stderr: r.stderr, stdout: r.stdout };
}

describe('news-annotate (the command line)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-annotate-'));
  const empty = join(dir, 'empty.txt');
  const binary = join(dir, 'binary.txt');
  const crlf = join(dir, 'crlf-bom.txt');
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(empty, '');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(crlf, '\ufeff date 2024-03-01 “We are ready,” said Olaf Scholz.\r\n\r\nRead more\r\n');
  writeFileSync(latin1, Buffer.from(' date 2024-03-01 Caf\xe9 in M\xfcnchen', 'latin1'));

  it('annotates every readable file, reports the others, and exits 1', () => {
    const seed = 'test-fixtures/000_e4a6795badc6cc55.txt';
    const before = readFileSync(seed);
    const mtime = statSync(seed).mtimeMs;
    const r = run([empty, binary, join(dir, 'missing.txt'), crlf, latin1, seed]);
    assert.equal(r.status, 1);
    assert.deepEqual(r.records.map((x) => x.file), [empty, binary, join(dir, 'missing.txt'), crlf, latin1, seed], 'one record per input, in order');
    const [e, b, m, c, l, s] = r.records;
    assert.equal(e.date, null);
    assert.deepEqual(e.diagnostics.map((d: { code: string }) => d.code), ['date.missing']);
    assert.match(b.error, /binary/);
    assert.match(m.error, /no such file/);
    assert.match(l.error, /UTF-8/);
    assert.match(r.stderr, /missing\.txt: no such file/);
    // The BOM is index 0, so the header starts at 2; CRLF does not shift anything.
    assert.deepEqual(c.date, { value: '2024-03-01', start: 2, end: 17 });
    assert.equal(c.quotes[0].speaker, 'olaf-scholz');
    assert.equal(c.boilerplate[0].text, 'Read more');
    assert.equal(s.actors[0].name, 'Viktor Orban');
    assert.deepEqual(readFileSync(seed), before, 'inputs are never written');
    assert.equal(statSync(seed).mtimeMs, mtime);
  });

  it('keeps to the contract: field names and value types', () => {
    const [a] = run(['test-fixtures/002_ecef01a8d0ddbcac.txt']).records;
    assert.deepEqual(Object.keys(a), ['file', 'date', 'actors', 'quotes', 'boilerplate', 'diagnostics']);
    for (const x of a.actors) {
      assert.deepEqual(Object.keys(x), ['id', 'name', 'kind', 'roles', 'mentions']);
      assert.ok(['person', 'organization', 'place'].includes(x.kind));
    }
    for (const q of a.quotes) {
      assert.deepEqual(Object.keys(q), ['start', 'end', 'text', 'kind', 'speaker', 'closed']);
      assert.ok(q.speaker === null || a.actors.some((x: { id: string }) => x.id === q.speaker));
    }
    for (const d of a.diagnostics) assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
    assert.ok(a.boilerplate.every((b: { start: number }) => a.diagnostics.some((d: { start: number; code: string }) => d.start === b.start && d.code.startsWith('boilerplate.'))));
  });

  it('reads standard input for "-", and --pretty indents', () => {
    const r = run(['--pretty', '-'], ' date 2024-01-01 Angela Merkel spoke.');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^\{\n {2}"file": "-",/);
    assert.equal(JSON.parse(r.stdout).actors[0].name, 'Angela Merkel');
  });

  it('bad usage exits 2 with a message', () => {
    const none = run([]);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /no input files/);
    const bad = run(['--frobnicate', empty]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown option --frobnicate/);
  });
});
