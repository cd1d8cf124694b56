// The compiler's messages in the program's language (src/lang/messages/,
// see its README.md): the catalogs' data, genmsgs' checks, and the
// translated messages reaching the CLI and npm compile(). The transcripts
// of whole errors in several languages are goldens in tests/errors/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CLI, ROOT, tempDir } from './helpers/common.mjs';

const DIR = path.join(ROOT, 'src', 'lang', 'messages');
const GENMSGS = path.join(ROOT, 'build', 'tools', 'genmsgs');
const CORE = path.join(ROOT, 'build', 'web', 'multilingual_core.mjs');

// msgid/msgstr pairs of a .po file, unescaped (the catalogs' subset).
function readCatalog(file) {
  const unq = (s) => JSON.parse(s.replace(/\\t/g, '\\t'));
  const out = new Map();
  let id = null;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^(msgid|msgstr) (".*")$/.exec(line.trim());
    if (!m) continue;
    if (m[1] === 'msgid') id = unq(m[2]);
    else out.set(id, unq(m[2]));
  }
  return out;
}

// Every string literal of the C sources, unescaped.
function sourceLiterals() {
  const lits = new Set();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.c')) {
        for (const m of readFileSync(p, 'utf8').matchAll(/"((?:[^"\\\n]|\\.)*)"/g))
          lits.add(m[1].replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t' })[c] ?? c));
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  return lits;
}

const packs = readdirSync(path.join(ROOT, 'src', 'lang', 'packs')).filter((f) => f.endsWith('.lang')).map((f) => f.slice(0, -5));
const catalogs = Object.fromEntries(
  readdirSync(DIR).filter((f) => f.endsWith('.po')).map((f) => [f.slice(0, -3), readCatalog(path.join(DIR, f))]));

test('every language but English has a catalog translating the frequent messages', () => {
  assert.equal(packs.length, 17);
  const core = ['error: %s', 'invalid syntax', 'expected \'%s\'', 'unexpected indent',
    'expected an indented block after %s on line %d', 'unterminated string literal (detected at line %d)',
    'inconsistent use of tabs and spaces in indentation', "no module named '%s'", "'%s' outside loop",
    "%s() got an unexpected keyword argument '%s'"];
  for (const code of packs.filter((c) => c !== 'en')) {
    const cat = catalogs[code];
    assert.ok(cat, `no src/lang/messages/${code}.po`);
    for (const id of core) {
      assert.ok(cat.get(id), `${code}.po does not translate ${JSON.stringify(id)}`);
      // (Spanish "error" is the English word)
      if (!(code === 'es' && id === 'error: %s')) assert.notEqual(cat.get(id), id, `${code}.po leaves ${JSON.stringify(id)} in English`);
    }
  }
  assert.ok(!catalogs.en, 'English is the key: it has no catalog');
});

test('every msgid is a format the compiler\'s source writes (no dead translation)', () => {
  const lits = sourceLiterals();
  for (const [code, cat] of Object.entries(catalogs))
    for (const id of cat.keys()) assert.ok(lits.has(id), `${code}.po: msgid ${JSON.stringify(id)} is in no src/**/*.c`);
});

test('genmsgs refuses a translation whose conversions differ, and a msgid given twice', { skip: !existsSync(GENMSGS) && 'build/tools/genmsgs is not built' }, () => {
  const dir = tempDir();
  const bad = path.join(dir, 'fr.po');
  writeFileSync(bad, '# x\nmsgid "expected an indented block after %s on line %d"\nmsgstr "bloc attendu ligne %d après %s"\n');
  let r = spawnSync(GENMSGS, [path.join(dir, 'out.c'), bad], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /fr\.po:3: error: the translation's conversions \(ds\) differ from the msgid's \(sd\)/);
  assert.ok(!existsSync(path.join(dir, 'out.c')));
  writeFileSync(bad, 'msgid "invalid syntax"\nmsgstr "a"\nmsgid "invalid syntax"\nmsgstr "b"\n');
  r = spawnSync(GENMSGS, [path.join(dir, 'out.c'), bad], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /fr\.po:3: error: msgid given twice \(line 1\)/);
  writeFileSync(bad, 'msgid "invalid syntax"\nmsgstr "syntaxe invalide"\n');
  r = spawnSync(GENMSGS, [path.join(dir, 'out.c'), bad], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(readFileSync(path.join(dir, 'out.c'), 'utf8'), /\{"invalid syntax", "syntaxe invalide"\}/);
});

const FR = 'si x > 0:\n    afficher(x)\nx = = 1\n';

test('the CLI speaks the program\'s language; --messages en gives English', () => {
  const dir = tempDir();
  const file = path.join(dir, 'prog.ml');
  writeFileSync(file, FR);
  let r = spawnSync(CLI, ['check', file], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.equal(r.stderr.split('\n')[0], `${file}:3:5: erreur : syntaxe invalide`);
  assert.match(r.stderr, /: 1 erreur \(langue : fr\)\n$/);
  r = spawnSync(CLI, ['check', '--messages', 'en', file], { encoding: 'utf8' });
  assert.equal(r.stderr.split('\n')[0], `${file}:3:5: error: invalid syntax`);
  assert.match(r.stderr, /: 1 error \(language: fr\)\n$/);
  r = spawnSync(CLI, ['check', '--messages', 'ja', file], { encoding: 'utf8' });
  assert.equal(r.stderr.split('\n')[0], `${file}:3:5: エラー: 無効な構文です`);
  // translate reports a program that does not parse the same way
  r = spawnSync(CLI, ['translate', file, '--to', 'en'], { encoding: 'utf8' });
  assert.equal(r.stderr.split('\n')[0], `${file}:3:5: erreur : syntaxe invalide`);
  r = spawnSync(CLI, ['translate', file, '--to', 'en', '--messages', 'en'], { encoding: 'utf8' });
  assert.equal(r.stderr.split('\n')[0], `${file}:3:5: error: invalid syntax`);
  r = spawnSync(CLI, ['check', '--messages', 'xx', file], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown language 'xx'/);
});

test('npm compile() reports the translated messages, or English with messages: \'en\'', { skip: !existsSync(CORE) && 'run `make web`' }, async () => {
  const { compile } = await import(pathToFileURL(path.join(ROOT, 'shim', 'index.mjs')).href);
  let r = await compile(FR, { filename: 'prog.ml' });
  assert.equal(r.ok, false);
  assert.deepEqual(r.diagnostics, [{ file: 'prog.ml', line: 3, col: 5, message: 'syntaxe invalide' }]);
  assert.equal(r.diagnosticsText.split('\n')[0], 'prog.ml:3:5: erreur : syntaxe invalide');
  r = await compile(FR, { filename: 'prog.ml', messages: 'en' });
  assert.equal(r.diagnostics[0].message, 'invalid syntax');
  assert.equal(r.diagnosticsText.split('\n')[0], 'prog.ml:3:5: error: invalid syntax');
  const { translate } = await import(pathToFileURL(path.join(ROOT, 'shim', 'index.mjs')).href);
  let t = await translate(FR, { to: 'en', filename: 'prog.ml' });
  assert.equal(t.diagnostics[0].message, 'syntaxe invalide');
  t = await translate(FR, { to: 'en', filename: 'prog.ml', messages: 'en' });
  assert.equal(t.diagnostics[0].message, 'invalid syntax');
  // a Japanese program: its own language, without being told
  r = await compile('もし x > 0\n    表示(x)\n', { filename: 'p.ml' });
  assert.equal(r.lang, 'ja');
  assert.equal(r.diagnostics[0].message, "':' が必要です");
});
