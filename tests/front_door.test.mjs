// The front door (src/front/source.c): compile, check and translate read a
// source the same way. They accept and reject the same bytes, and decide the
// same language, in the native CLI and in the JS API: for every corpus
// program, the language `check` reports is the one `translate` translates
// from. A byte order mark is not program text, and lines end at \n, \r\n or
// a lone \r for every stage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, cli, corpusCases, tempDir } from './helpers/common.mjs';

const CORE = path.join(ROOT, 'build', 'web', 'multilingual_core.mjs');
const noWeb = existsSync(CORE) ? false : 'build/web/multilingual_core.mjs is not built: run `make web`';

// check's last stderr line: "F: ok (language: xx)" or "F: N errors (language: xx)".
function checkLanguage(r) {
  return r.stderr.match(/: (?:ok|\d+ errors?) \(language: (\w+)\)\n$/)?.[1] ?? null;
}
// translate's last stderr line: "F: translated from xx to yy" or the error summary.
function translateLanguage(r) {
  return r.stderr.match(/: (?:translated from (\w+) to \w+|\d+ errors? \(language: (\w+)\))\n$/)?.slice(1).find(Boolean) ?? null;
}

// A corpus folder is its programs' language; seeds/ holds the seed
// documents' examples, French when the name says so (as in lexer_test.c).
function folderLanguage(c) {
  const [dir, file] = c.id.split('/');
  return dir === 'seeds' ? (file.includes('_fr') ? 'fr' : 'en') : dir;
}

function write(name, bytes) {
  const file = path.join(tempDir(), name);
  writeFileSync(file, bytes);
  return file;
}

test('check and translate report the same language for every corpus program', () => {
  const cases = corpusCases();
  assert.ok(cases.length > 50);
  for (const c of cases) {
    const check = cli(['check', c.file]);
    const checked = checkLanguage(check);
    assert.ok(checked, `${c.id}: check does not say its language:\n${check.stderr}`);
    assert.equal(checked, folderLanguage(c), `${c.id}: detected as ${checked}`);
    for (const to of ['en', 'fr']) {
      const tr = cli(['translate', c.file, '--to', to]);
      assert.equal(translateLanguage(tr), checked, `${c.id} --to ${to}:\n${tr.stderr}`);
      assert.doesNotMatch(tr.stderr, /internal error/, c.id);
    }
  }
});

test('the JS API decides the same language as the CLI', { skip: noWeb }, async () => {
  const api = await import('../shim/compiler.mjs');
  for (const c of corpusCases()) {
    const src = readFileSync(c.file);
    const compiled = await api.compile(src, { filename: c.file });
    const translated = await api.translate(src, { to: 'en', filename: c.file });
    assert.equal(compiled.lang, folderLanguage(c), `${c.id}: compile() detected ${compiled.lang}`);
    assert.equal(translated.lang, compiled.lang, `${c.id}: translate() detected ${translated.lang}`);
    assert.equal(translated.ok, translated.diagnostics.length === 0, c.id);
  }
});

// Short names that are keywords or builtins in some language: once detected
// as English by check and as Spanish or Italian by translate, which then
// failed with "internal error".
const ENGLISH_WITH_FOREIGN_WORDS = [
  ['lista', 'lista = [3, 1, 2]\nfor x in lista:\n    print(x, len(lista), lista[0], sorted(lista))\n'],
  ['de', 'de\n'],
  ['sinosi', 'sinosi\n'],
];

for (const [name, text] of ENGLISH_WITH_FOREIGN_WORDS) {
  test(`'${name}': check and translate both read English`, async () => {
    const file = write(`${name}.ml`, text);
    const check = cli(['check', file]);
    assert.equal(check.status, 0, check.stderr);
    assert.equal(checkLanguage(check), 'en');
    const tr = cli(['translate', file, '--to', 'fr']);
    assert.equal(tr.status, 0, tr.stderr);
    assert.equal(tr.stderr, `${file}: translated from en to fr\n`);
    if (name === 'lista') {
      assert.equal(tr.stdout, 'lista = [3, 1, 2]\npour x dans lista:\n    afficher(x, longueur(lista), lista[0], trier(lista))\n');
    }
    if (!noWeb) {
      const api = await import('../shim/compiler.mjs');
      assert.equal((await api.compile(text)).lang, 'en');
      const t = await api.translate(text, { to: 'fr' });
      assert.equal(t.lang, 'en');
      assert.equal(t.text, tr.stdout);
    }
  });
}

test('translate reports the syntax errors of a program that does not parse, as check does', () => {
  const file = write('bad.ml', 'x = 1\nif x > 0\n    print(x)\n');
  const check = cli(['check', file]);
  const tr = cli(['translate', file, '--to', 'fr']);
  assert.equal(tr.status, 1);
  assert.equal(tr.stdout, '');
  assert.equal(tr.stderr, check.stderr);
  assert.match(tr.stderr, /bad\.ml:2:9: error: expected ':'\n/);
  assert.match(tr.stderr, /bad\.ml: 1 error \(language: en\)\n$/);
});

// compile and check read a source a chunk of tokens at a time (parse_source),
// translate all at once: a long file's errors are the same either way. A
// lexical error anywhere is reported alone, as when the whole file is
// lexed before it is parsed, even after syntax errors chunks before it;
// without one, syntax errors far apart are all reported.
test('a long file reads a chunk at a time: lexical errors first and alone, syntax errors in every chunk', () => {
  const lines = [];
  for (let i = 0; i < 30000; i++) lines.push(`v${i} = ${i} + 1`);
  const withSyntax = [...lines];
  withSyntax[4] = 'x = = 1';
  withSyntax[28999] = 'y = (1 +)';
  const withLexical = [...withSyntax];
  withLexical[29499] = 's = "unterminated';
  const syntax = write('long_syntax.ml', withSyntax.join('\n') + '\n');
  const lexical = write('long_lexical.ml', withLexical.join('\n') + '\n');
  const c1 = cli(['check', syntax]), t1 = cli(['translate', syntax, '--to', 'fr']);
  assert.equal(c1.status, 1);
  assert.match(c1.stderr, /long_syntax\.ml:5:5: error: invalid syntax/);
  assert.match(c1.stderr, /long_syntax\.ml:29000:9: error: /);
  assert.match(c1.stderr, /long_syntax\.ml: 2 errors \(language: en\)\n$/);
  assert.equal(t1.stderr, c1.stderr);
  const c2 = cli(['check', lexical]), t2 = cli(['translate', lexical, '--to', 'fr']);
  assert.equal(c2.status, 1);
  assert.match(c2.stderr, /long_lexical\.ml:29500:5: error: unterminated string literal/);
  assert.match(c2.stderr, /long_lexical\.ml: 1 error \(language: en\)\n$/);
  assert.equal(t2.stderr, c2.stderr);
  const b2 = cli(['build-wasm-bundle', lexical, '--out-dir', path.join(tempDir(), 'out')]);
  assert.equal(b2.status, 1);
  assert.match(b2.stderr, /long_lexical\.ml:29500:5: error: unterminated string literal/);
  assert.doesNotMatch(b2.stderr, /invalid syntax/);
});

// Detection scores a long file a chunk of statements at a time: the words
// of every chunk count, the last's as the first's, and a file of defs
// (whose top-level lines begin with a keyword) is read in chunks too.
test('a long file is detected from the words of all its chunks', () => {
  const names = [];
  for (let i = 0; i < 20000; i++) names.push(`v${i} = ${i} + 1`);
  const french = write('late_french.ml', names.join('\n') + '\nafficher(v1)\n');
  assert.equal(checkLanguage(cli(['check', french])), 'fr');
  const defs = [];
  for (let i = 0; i < 3000; i++) defs.push(`déf f${i}(x):\n    retour x + ${i}\n`);
  const frenchDefs = write('french_defs.ml', defs.join('') + 'afficher(f1(2))\n');
  const r = cli(['run', frenchDefs]);
  assert.equal(r.stdout, '3\n', r.stderr);
  assert.equal(checkLanguage(cli(['check', frenchDefs])), 'fr');
});

test('a byte order mark is not program text: columns, translation and the lock hash', () => {
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  const ok = write('bom.ml', Buffer.concat([bom, Buffer.from('afficher("é")\n')]));
  assert.equal(cli(['check', ok]).stderr, `${ok}: ok (language: fr)\n`);
  // The caret lines up under the error, as without the mark.
  const bad = write('bom_bad.ml', Buffer.concat([bom, Buffer.from('x = (1 +\n')]));
  const r = cli(['check', bad]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `${bad}:1:5: error: '(' was never closed\n    x = (1 +\n        ^\n${bad}: 1 error (language: en)\n`);
  // translate keeps the file's mark; the lock hashes the file as it is.
  const tr = cli(['translate', ok, '--to', 'en']);
  assert.equal(tr.status, 0, tr.stderr);
  assert.ok(Buffer.from(tr.stdout).equals(Buffer.concat([bom, Buffer.from('print("é")\n')])));
  const out = tempDir();
  assert.equal(cli(['build-wasm-bundle', ok, '--out-dir', out]).status, 0);
  const lock = JSON.parse(readFileSync(path.join(out, 'build.lock.json'), 'utf8'));
  const sha = createHash('sha256').update(readFileSync(ok)).digest('hex');
  assert.ok(JSON.stringify(lock).includes(sha), 'build.lock.json holds the SHA-256 of the file');
});

test('a lone \\r ends a line for the lexer and for the diagnostic alike', () => {
  const file = write('cr.ml', 'x = 1\rif x > 0\r    print(x)\r');
  const r = cli(['check', file]);
  assert.equal(r.stderr, `${file}:2:9: error: expected ':'\n    if x > 0\n            ^\n${file}: 1 error (language: en)\n`);
});

test('bytes that are not UTF-8, and NUL bytes, are rejected at their place by every command', () => {
  const latin1 = write('latin1.ml', Buffer.from('print("ok")\nprint("caf\xe9")\n', 'latin1'));
  const nul = write('nul.ml', Buffer.from('x = 1\ny = "a\0b"\n'));
  for (const [file, where, message] of [
    [latin1, '2:11', "source is not valid UTF-8 (byte 0xe9); save the file as UTF-8"],
    [nul, '2:7', 'source contains a NUL byte'],
  ]) {
    for (const args of [['check', file], ['translate', file, '--to', 'fr'], ['build-wasm-bundle', file, '--out-dir', tempDir()]]) {
      const r = cli(args);
      assert.equal(r.status, 1, args.join(' '));
      assert.ok(r.stderr.startsWith(`${file}:${where}: error: ${message}\n`), `${args.join(' ')}:\n${r.stderr}`);
      // The source line is shown with U+FFFD in place of the bad byte: the
      // diagnostics are always valid UTF-8.
      assert.ok(Buffer.from(r.stderr, 'utf8').toString('utf8') === r.stderr && r.stderr.includes('\ufffd'));
    }
  }
});
