// Integration suite: runs inside VS Code's extension host (desktop via @vscode/test-electron,
// or offline code-server via the workbench payload URL) against a copy of test-fixtures/,
// using only the public `vscode` API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  BOILERPLATE_002, COMMANDS, LANGUAGE_ID, ORBAN_HOVER, SEEDS, TOKEN_MODIFIERS, TOKEN_TYPES,
} from './expected';
import {
  closeAllWithoutSaving, codeMatches, decodeTokens, describeDiagnostics, describeSymbols,
  diagnosticCode, documentFor, documentSymbols, findExtension, hoverText, openSeed,
  positionOf, waitFor, waitForDiagnostics,
} from './helpers';

describe('news-article extension in VS Code', () => {
  after(async () => { await closeAllWithoutSaving(); });

  describe('activation', () => {
    it('is loaded, activates on a seed, and registers its commands', async () => {
      await openSeed(SEEDS[0].file);
      const ext = findExtension();
      await waitFor('the extension to be active', () => ext.isActive);
      const commands = await vscode.commands.getCommands(true);
      const missing = COMMANDS.filter((c) => !commands.includes(c));
      assert.deepEqual(missing, [], `commands not registered: ${missing.join(', ')}`);
    });
  });

  describe('language mode', () => {
    for (const s of SEEDS) {
      const why = s.date ? 'it starts with a date header' : 'test-fixtures/.vscode/settings.json lists it in newsArticle.files';
      it(`opens ${s.file} as "${LANGUAGE_ID}" (${why})`, async () => {
        const doc = await openSeed(s.file);
        assert.equal(doc.languageId, LANGUAGE_ID);
      });
    }
  });

  describe('hover', () => {
    it(`shows "${ORBAN_HOVER.name}" and the role "${ORBAN_HOVER.role}" on "${ORBAN_HOVER.word}" in 000`, async () => {
      const doc = await openSeed(ORBAN_HOVER.file);
      const pos = positionOf(doc, ORBAN_HOVER.context, ORBAN_HOVER.word);
      const where = `${ORBAN_HOVER.file}:${pos.line + 1}:${pos.character + 1} ("${ORBAN_HOVER.context}")`;
      const text = await waitFor(`a hover at ${where}`, async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
        const t = hoverText(hovers ?? []);
        return t.includes(ORBAN_HOVER.name) ? t : undefined;
      }, { lastSeen: async () => JSON.stringify(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos) ?? [])) });
      const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
      assert.ok(firstLine.startsWith(`**${ORBAN_HOVER.name}**`),
        `hover at ${where} should start with the bold name "**${ORBAN_HOVER.name}**"; its first line is ${JSON.stringify(firstLine)}`);
      assert.ok(text.toLowerCase().includes(ORBAN_HOVER.role.toLowerCase()),
        `hover at ${where} lost the actor's role "${ORBAN_HOVER.role}"; the hover card was:\n${text}`);
      assert.ok(/\bperson\b/i.test(text), `hover at ${where} should name the kind "person"; it was:\n${text}`);
    });
  });

  describe('document symbols (Outline)', () => {
    for (const s of SEEDS) {
      it(`lists ${s.file}: ${s.date ? 'the date header, ' : ''}quotes under their speakers`, async () => {
        const doc = await openSeed(s.file);
        const symbols = await documentSymbols(doc.uri);
        const tree = describeSymbols(symbols);
        assert.ok(symbols.every((sym) => Array.isArray(sym.children)),
          `expected hierarchical DocumentSymbols for ${s.file}, got flat symbols:\n${tree}`);
        const dateSymbol = symbols.find((sym) => sym.name.startsWith('date '));
        if (s.date) {
          assert.equal(symbols[0]?.name, `date ${s.date}`, `the first Outline entry of ${s.file} should be the date header; Outline:\n${tree}`);
          assert.equal(symbols[0].kind, vscode.SymbolKind.Event, `the date header of ${s.file} should be an Event symbol`);
        } else {
          assert.equal(dateSymbol, undefined, `${s.file} has no date header but the Outline shows "${dateSymbol?.name}"`);
        }
        for (const q of s.quotes) {
          const group = symbols.find((sym) => sym.name === q.speaker);
          assert.ok(group, `Outline of ${s.file} has no group for the speaker "${q.speaker}" (expected the quote “${q.starts}…” under it); Outline:\n${tree}`);
          const child = group.children.find((c) => quoteNameMatches(c.name, q.starts));
          assert.ok(child, `the quote “${q.starts}…” left the Outline of ${s.file}: it is not under "${q.speaker}"; Outline:\n${tree}`);
          assert.equal(child.kind, vscode.SymbolKind.String, `quote “${q.starts}…” should be a String symbol`);
          const m = /^(\d+) quotes?$/.exec(group.detail);
          assert.ok(m && Number(m[1]) === group.children.length,
            `the group "${q.speaker}" should say "${group.children.length} quote(s)" but its detail is "${group.detail}"`);
        }
      });
    }
  });

  describe('diagnostics (Problems)', () => {
    for (const s of SEEDS) {
      it(`reports ${s.diagnostics.join(', ').replace(/\.(?=,|$)/g, '.*')} on ${s.file}`, async () => {
        const doc = await openSeed(s.file);
        const diags = await waitForDiagnostics(doc.uri, `${s.diagnostics.join(', ')} on ${s.file}`,
          (ds) => s.diagnostics.every((want) => ds.some((d) => codeMatches(diagnosticCode(d), want))));
        const severity: Record<string, vscode.DiagnosticSeverity> = {
          'boilerplate.': vscode.DiagnosticSeverity.Warning,
          'quote.unclosed': vscode.DiagnosticSeverity.Warning,
          'date.missing': vscode.DiagnosticSeverity.Information,
        };
        for (const want of s.diagnostics) {
          for (const d of diags.filter((x) => codeMatches(diagnosticCode(x), want))) {
            assert.equal(vscode.DiagnosticSeverity[d.severity], vscode.DiagnosticSeverity[severity[want]],
              `${diagnosticCode(d)} on ${s.file} line ${d.range.start.line + 1} has the wrong severity`);
          }
        }
      });
    }

    it('flags the unclosed quote “Unity for Hungary… on its own line in 000', async () => {
      const doc = await openSeed('000_e4a6795badc6cc55.txt');
      const line = doc.positionAt(doc.getText().indexOf('“Unity for Hungary')).line;
      await waitForDiagnostics(doc.uri, `quote.unclosed on line ${line + 1} of 000`,
        (ds) => ds.some((d) => diagnosticCode(d) === 'quote.unclosed' && d.range.start.line === line));
    });

    it('puts boilerplate.* diagnostics of 002 only on boilerplate lines, and on the known ones', async () => {
      const doc = await openSeed(BOILERPLATE_002.file);
      const lines = doc.getText().split(/\r?\n/);
      const isBoiler = boilerplateLinePredicate(lines);
      const diags = await waitForDiagnostics(doc.uri, 'boilerplate diagnostics on 002',
        (ds) => ds.some((d) => diagnosticCode(d).startsWith('boilerplate.')));
      const boiler = diags.filter((d) => diagnosticCode(d).startsWith('boilerplate.'));
      const wrong = boiler.filter((d) => !isBoiler(d.range.start.line));
      assert.deepEqual(wrong.map((d) => `${diagnosticCode(d)} @ line ${d.range.start.line + 1}: ${lines[d.range.start.line]}`), [],
        'boilerplate diagnostics on lines that are article text');
      for (const near of ['Summarize this content', 'Read more', BOILERPLATE_002.blockFrom]) {
        const line = lines.findIndex((l) => l.startsWith(near));
        assert.ok(boiler.some((d) => d.range.start.line <= line && d.range.end.line >= line),
          `no boilerplate diagnostic covers line ${line + 1} ("${near}…"); diagnostics: ${describeDiagnostics(diags)}`);
      }
    });
  });

  describe('semantic tokens', () => {
    it(`declares the legend: types ${TOKEN_TYPES.join(', ')}; modifiers ${TOKEN_MODIFIERS.join(', ')}`, async () => {
      const doc = await openSeed('000_e4a6795badc6cc55.txt');
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
      assert.ok(legend, 'no semantic tokens legend for a news-article document');
      const types = TOKEN_TYPES.filter((t) => !legend.tokenTypes.includes(t));
      const mods = TOKEN_MODIFIERS.filter((m) => !legend.tokenModifiers.includes(m));
      assert.ok(types.length === 0 && mods.length === 0,
        `the server's legend lacks ${[...types.map((t) => `type "${t}"`), ...mods.map((m) => `modifier "${m}"`)].join(', ')}; it declares types [${legend.tokenTypes.join(', ')}], modifiers [${legend.tokenModifiers.join(', ')}]`);
    });

    it('colours actors, quotes, the date header and cues in 000', async () => {
      const doc = await openSeed('000_e4a6795badc6cc55.txt');
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
      assert.ok(legend, 'no semantic tokens legend for a news-article document');
      const tokens = await waitFor('semantic tokens for 000', async () => {
        const t = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
        return t && t.data.length > 0 ? t : undefined;
      });
      const decoded = decodeTokens(doc, tokens, legend);
      const at = (pos: vscode.Position) => decoded.filter((t) => t.line === pos.line && t.start <= pos.character && pos.character < t.start + t.length);
      const show = (ts: typeof decoded) => ts.map((t) => `${t.type}[${t.modifiers.join(',')}] "${t.text}"`).join('; ') || '(no token)';

      const orban = positionOf(doc, ORBAN_HOVER.context, 'Orban');
      const orbanTokens = at(orban);
      assert.ok(orbanTokens.some((t) => t.type === 'person'), `"Orban" in "${ORBAN_HOVER.context}" is not a person token: ${show(orbanTokens)}`);
      assert.ok(orbanTokens.some((t) => t.type === 'person' && t.modifiers.includes('speaker')),
        `"Orban" in "${ORBAN_HOVER.context}" speaks the quote before it but lacks the "speaker" modifier: ${show(orbanTokens)}`);
      const quote = positionOf(doc, '“This is our 13th meeting', 'This');
      assert.ok(at(quote).some((t) => t.type === 'quote'), `“This is our 13th meeting…” is not a quote token: ${show(at(quote))}`);
      const header = positionOf(doc, 'date 2022-02-01', '2022');
      assert.ok(at(header).some((t) => t.type === 'dateHeader'), `the date header is not a dateHeader token: ${show(at(header))}`);
      const cue = positionOf(doc, 'said Orban in the Kremlin', 'said');
      assert.ok(at(cue).some((t) => t.type === 'cue'), `"said" before Orban is not a cue token: ${show(at(cue))}`);
      for (const place of ['Moscow', 'Ukraine']) {
        const p = positionOf(doc, place, place);
        assert.ok(at(p).some((t) => t.type === 'place'), `"${place}" is not a place token: ${show(at(p))}`);
      }
    });

    it('marks tokens inside the boilerplate of 002, and only those, with the "boilerplate" modifier', async () => {
      const doc = await openSeed(BOILERPLATE_002.file);
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
      const tokens = await waitFor('semantic tokens for 002', async () => {
        const t = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
        return t && t.data.length > 0 ? t : undefined;
      });
      assert.ok(legend.tokenModifiers.includes('boilerplate'),
        `the legend has no "boilerplate" modifier (modifiers: ${legend.tokenModifiers.join(', ') || 'none'}), so no token can be marked as boilerplate`);
      const decoded = decodeTokens(doc, tokens, legend);
      const isBoiler = boilerplateLinePredicate(doc.getText().split(/\r?\n/));
      const show = (t: (typeof decoded)[number]) => `line ${t.line + 1} ${t.type} "${t.text}"`;
      const unmarked = decoded.filter((t) => isBoiler(t.line) && !t.modifiers.includes('boilerplate'));
      assert.deepEqual(unmarked.map(show), [], 'tokens inside boilerplate lack the "boilerplate" modifier');
      const wrong = decoded.filter((t) => !isBoiler(t.line) && t.modifiers.includes('boilerplate'));
      assert.deepEqual(wrong.map(show), [], 'tokens outside boilerplate marked as boilerplate');
    });
  });

  describe('reader commands', () => {
    afterEach(async () => { await closeAllWithoutSaving(); });

    it('Next Quote and Previous Quote select the quotations of 000 in order, wrapping around', async () => {
      const doc = await openSeed('000_e4a6795badc6cc55.txt');
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor && editor.document.uri.toString() === doc.uri.toString(), '000 is not the active editor');
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      const selected = () => doc.getText(vscode.window.activeTextEditor!.selection);
      await vscode.commands.executeCommand('newsArticle.nextQuote');
      const first = await waitFor('Next Quote to select the first quotation', () => (selected().startsWith('“eastern opening') ? selected() : undefined),
        { lastSeen: () => `selection: ${JSON.stringify(selected().slice(0, 60))}` });
      await vscode.commands.executeCommand('newsArticle.nextQuote');
      await waitFor('Next Quote to move on to “This is our 13th meeting,”', () => (selected().startsWith('“This is our 13th meeting') ? true : undefined),
        { lastSeen: () => `selection: ${JSON.stringify(selected().slice(0, 60))}` });
      await vscode.commands.executeCommand('newsArticle.previousQuote');
      await waitFor('Previous Quote to come back to the first quotation', () => (selected() === first ? true : undefined),
        { lastSeen: () => `selection: ${JSON.stringify(selected().slice(0, 60))}` });
      await vscode.commands.executeCommand('newsArticle.previousQuote');
      await waitFor('Previous Quote to wrap around to the last quotation', () => (selected().startsWith('“It is simply treasonous') ? true : undefined),
        { lastSeen: () => `selection: ${JSON.stringify(selected().slice(0, 60))}` });
    });

    it('a rule with several spans offers "Remove all <rule> (N)", and every span "Not boilerplate"', async () => {
      const doc = await vscode.workspace.openTextDocument({
        language: LANGUAGE_ID,
        content: ' date 2024-03-01 The council voted to close the bridge, officials said on Monday.\nRead more\nThe mayor said repairs would take two years and cost more than planned.\nRead more\n',
      });
      await vscode.window.showTextDocument(doc);
      const diags = await waitForDiagnostics(doc.uri, 'two boilerplate.read-more diagnostics on an untitled article',
        (ds) => ds.filter((d) => diagnosticCode(d) === 'boilerplate.read-more').length === 2);
      const readMore = diags.find((d) => diagnosticCode(d) === 'boilerplate.read-more')!;
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', doc.uri, readMore.range)) ?? [];
      const titles = actions.map((a) => a.title);
      const all = actions.find((a) => /^Remove all .+ \(2\)$/.test(a.title));
      assert.ok(all, `no "Remove all … (2)" fix; actions: ${titles.join('; ')}`);
      assert.ok(titles.some((t) => /^Not boilerplate/.test(t)), `no "Not boilerplate" fix; actions: ${titles.join('; ')}`);
      assert.ok(all.edit && await vscode.workspace.applyEdit(all.edit), 'the "Remove all" edit did not apply');
      const text = await waitFor('both "Read more" lines to be removed', () => (doc.getText().includes('Read more') ? undefined : doc.getText()));
      assert.equal(text, ' date 2024-03-01 The council voted to close the bridge, officials said on Monday.\nThe mayor said repairs would take two years and cost more than planned.\n');
    });
  });

  describe('strip all boilerplate', () => {
    afterEach(async () => { await closeAllWithoutSaving(); });

    it('the "Strip all boilerplate" code action removes exactly the boilerplate lines of 002', async () => {
      const doc = await openSeed(BOILERPLATE_002.file);
      const uri = doc.uri;
      const before = doc.getText();
      const first = (await waitForDiagnostics(uri, 'boilerplate diagnostics on 002',
        (ds) => ds.some((d) => diagnosticCode(d).startsWith('boilerplate.'))))
        .find((d) => diagnosticCode(d).startsWith('boilerplate.'))!;
      const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(before.length));
      const fixAll = (await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', uri, whole, 'source.fixAll.newsArticle')) ?? [];
      const strip = fixAll.find((a) => /^Strip all boilerplate \(\d+ spans?\)$/.test(a.title));
      assert.ok(strip, `no "Strip all boilerplate (N spans)" action of kind source.fixAll.newsArticle; got: ${fixAll.map((a) => `${a.title} [${a.kind?.value}]`).join('; ') || '(none)'}`);
      assert.equal(strip.kind?.value, 'source.fixAll.newsArticle');

      const quick = (await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', uri, first.range)) ?? [];
      const titles = quick.map((a) => a.title);
      assert.ok(titles.some((t) => t.startsWith('Remove boilerplate: ')), `no "Remove boilerplate: …" quick fix on ${diagnosticCode(first)}; actions: ${titles.join('; ')}`);
      assert.ok(titles.some((t) => t.startsWith('Strip all boilerplate (')), `"Strip all boilerplate" is not offered on ${diagnosticCode(first)}; actions: ${titles.join('; ')}`);

      await applyAction(strip);
      const after = await waitFor('002 to change after applying the action', () => {
        const d = documentFor(uri);
        return d && d.getText() !== before ? d.getText() : undefined;
      });
      assertOnlyBoilerplateRemoved(before, after);
      await waitForDiagnostics(uri, 'boilerplate.* diagnostics to disappear from 002 after stripping',
        (ds) => !ds.some((d) => diagnosticCode(d).startsWith('boilerplate.')));
      assert.ok(documentFor(uri)?.isDirty, '002 should be modified in memory only (never saved)');
    });

    it('the command newsArticle.stripBoilerplate does the same in the active editor', async () => {
      const doc = await openSeed(BOILERPLATE_002.file);
      const before = doc.getText();
      await waitForDiagnostics(doc.uri, 'boilerplate diagnostics on 002',
        (ds) => ds.some((d) => diagnosticCode(d).startsWith('boilerplate.')));
      await vscode.commands.executeCommand('newsArticle.stripBoilerplate');
      const after = await waitFor('002 to change after newsArticle.stripBoilerplate', () => {
        const d = documentFor(doc.uri);
        return d && d.getText() !== before ? d.getText() : undefined;
      });
      assertOnlyBoilerplateRemoved(before, after);
    });
  });
});

/**
 * An Outline quote is named by its first words in curly quotes, possibly shortened with "…"
 * (“There was a thorough exchange of …”): it matches when those words begin the quote.
 */
function quoteNameMatches(name: string, starts: string): boolean {
  if (!name.startsWith('“')) return false;
  const words = name.slice(1).replace(/[\s…”]+$/u, '').trim();
  return words.length >= 3 && (starts.startsWith(words) || words.startsWith(starts));
}

async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) {
    const ok = await vscode.workspace.applyEdit(action.edit);
    assert.ok(ok, `workspace.applyEdit refused the edit of "${action.title}"`);
  }
  if (action.command) {
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }
  assert.ok(action.edit || action.command, `"${action.title}" has neither an edit nor a command`);
}

/** line index -> is that whole line boilerplate according to the gold annotations of 002 */
function boilerplateLinePredicate(lines: string[]): (line: number) => boolean {
  const blockStart = lines.findIndex((l) => l.startsWith(BOILERPLATE_002.blockFrom));
  return (i) => {
    const text = lines[i] ?? '';
    if (blockStart >= 0 && i >= blockStart) return true;
    return BOILERPLATE_002.lines.some((b) => (b.line ? text.trim() === b.text : text.startsWith(b.text)));
  };
}

function assertOnlyBoilerplateRemoved(before: string, after: string): void {
  const beforeLines = before.split(/\r?\n/);
  const isBoiler = boilerplateLinePredicate(beforeLines);
  const expected = beforeLines.filter((l, i) => l.trim() !== '' && !isBoiler(i));
  const actual = after.split(/\r?\n/).filter((l) => l.trim() !== '');
  const leftovers = actual.filter((l) => isBoilerText(l) && !expected.includes(l));
  assert.deepEqual(leftovers, [], 'boilerplate lines still present after stripping');
  assert.deepEqual(actual, expected,
    'after stripping, the remaining non-empty lines of 002 must be exactly the article lines, unchanged and in order');
}

function isBoilerText(line: string): boolean {
  return BOILERPLATE_002.lines.some((b) => (b.line ? line.trim() === b.text : line.startsWith(b.text)));
}
