// The DOM builtins at compile time (the page side is tests/dom_browser.test.mjs):
// they exist only for --wasm-target browser, a WASI module never imports
// "env", the manifest's required_host_imports are exactly the module's
// imports, and every translation of the examples (examples/web/dom/programs)
// is the same module -- in the four languages written there and in all 17
// that `translate` writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, cli, sameCode, tempDir } from './helpers/common.mjs';

const PROGRAMS = path.join(ROOT, 'examples', 'web', 'dom', 'programs');
const EXAMPLES = ['counter', 'greet', 'todo', 'clock'];
const LANGS = readdirSync(PROGRAMS).sort(); // en and its translations
const ALL_LANGS = readdirSync(path.join(ROOT, 'src', 'lang', 'packs'))
  .filter((f) => f.endsWith('.lang'))
  .map((f) => f.slice(0, -5))
  .sort();

function build(file, target, dir = tempDir('ml-dom-')) {
  const r = cli(['build-wasm-bundle', file, '--wasm-target', target, '--out-dir', dir]);
  return { ...r, dir };
}

const moduleImports = (wasm) =>
  WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((i) => `${i.module}.${i.name}`).sort();
const manifestImports = (manifest) => manifest.required_host_imports.map((i) => `${i.module}.${i.name}`).sort();

test('examples: four programs in en and at least two other languages, one of them non-Latin', () => {
  assert.ok(LANGS.includes('en'));
  assert.ok(LANGS.filter((l) => l !== 'en').length >= 2, LANGS.join());
  assert.ok(LANGS.some((l) => ['ja', 'ar', 'zh', 'hi', 'bn', 'ta'].includes(l)), LANGS.join());
  for (const lang of LANGS) for (const ex of EXAMPLES) readFileSync(path.join(PROGRAMS, lang, `${ex}.ml`), 'utf8');
});

test('every DOM example: its manifest lists exactly the host functions the module imports', () => {
  for (const lang of LANGS) {
    for (const ex of EXAMPLES) {
      const r = build(path.join(PROGRAMS, lang, `${ex}.ml`), 'browser');
      assert.equal(r.status, 0, `${lang}/${ex}: ${r.stderr}`);
      const wasm = readFileSync(path.join(r.dir, 'module.wasm'));
      const manifest = JSON.parse(readFileSync(path.join(r.dir, 'abi_manifest.json'), 'utf8'));
      assert.deepEqual(manifestImports(manifest), moduleImports(wasm), `${lang}/${ex}`);
      assert.equal(manifest.target, 'browser');
      // the ones it needs, and not the ones it does not reach
      const env = moduleImports(wasm).filter((n) => n.startsWith('env.'));
      assert.ok(env.includes('env.dom_get'), `${lang}/${ex}: ${env}`);
      if (ex !== 'todo') assert.ok(!env.includes('env.dom_create') && !env.includes('env.dom_remove'), `${ex}: ${env}`);
      if (ex !== 'clock') assert.ok(!env.includes('env.dom_timer'), `${ex}: ${env}`);
      const types = Object.fromEntries(manifest.required_host_imports.map((i) => [i.name, i]));
      assert.deepEqual(types.dom_get.param_types, ['i32', 'i32']);
      assert.equal(types.dom_get.return_type, 'i32');
      // the host calls handlers through this export
      assert.ok(WebAssembly.Module.exports(new WebAssembly.Module(wasm)).some((e) => e.name === '__ml_dom_event'));
    }
  }
});

test('a program without DOM builtins imports no env function, for either target', () => {
  const dir = tempDir('ml-dom-');
  const file = path.join(dir, 'plain.ml');
  writeFileSync(file, 'print("hello", input())\n');
  for (const target of ['wasi', 'browser']) {
    const r = build(file, target);
    assert.equal(r.status, 0, r.stderr);
    const imports = moduleImports(readFileSync(path.join(r.dir, 'module.wasm')));
    assert.deepEqual(imports.filter((n) => n.startsWith('env.')), [], target);
    const exports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(path.join(r.dir, 'module.wasm'))));
    assert.ok(!exports.some((e) => e.name === '__ml_dom_event'), target);
  }
});

test('under --wasm-target wasi a DOM builtin is refused at its use, and nothing is written', () => {
  for (const lang of LANGS) {
    const dir = tempDir('ml-dom-');
    const r = build(path.join(PROGRAMS, lang, 'counter.ml'), 'wasi', path.join(dir, 'out'));
    assert.equal(r.status, 1, `${lang}: ${r.stderr}`);
    assert.match(r.stderr, /counter\.ml:3:9: .*'dom_get'.*--wasm-target browser/, lang);
    assert.match(r.stderr, /counter\.ml:10:1: .*'dom_on'.*--wasm-target browser/, lang);
    assert.deepEqual(readdirSync(dir), [], 'no partial artifact');
  }
  // English messages on request (tools), the caret at the name
  const r = cli(['check', path.join(PROGRAMS, 'ja', 'counter.ml'), '--messages', 'en']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /:3:9: error: 'dom_get' needs the browser target: compile with --wasm-target browser\n/);
});

test('the DOM builtins\' modules are not importable: a program names the builtins, for the browser target only', () => {
  const dir = tempDir('ml-dom-');
  for (const [name, text] of [['a.ml', 'import _browser\n'], ['b.ml', 'from _browser import dom_get\n'], ['c.ml', 'import _dom\n']]) {
    writeFileSync(path.join(dir, name), text);
    for (const target of ['wasi', 'browser']) {
      const r = cli(['check', path.join(dir, name), '--wasm-target', target]);
      assert.equal(r.status, 1, `${name} ${target}`);
      assert.match(r.stderr, /error: no module named '_(browser|dom)'/);
    }
  }
});

test('every translation of the examples compiles to the same module (all 17 languages)', () => {
  for (const ex of EXAMPLES) {
    const en = build(path.join(PROGRAMS, 'en', `${ex}.ml`), 'browser');
    assert.equal(en.status, 0, en.stderr);
    const reference = readFileSync(path.join(en.dir, 'module.wasm'));
    for (const lang of LANGS) {
      const r = build(path.join(PROGRAMS, lang, `${ex}.ml`), 'browser');
      assert.equal(r.status, 0, `${lang}/${ex}: ${r.stderr}`);
      assert.equal(sameCode(reference, readFileSync(path.join(r.dir, 'module.wasm'))), null, `${lang}/${ex}`);
    }
    for (const lang of ALL_LANGS) {
      const t = cli(['translate', path.join(PROGRAMS, 'en', `${ex}.ml`), '--to', lang]);
      assert.equal(t.status, 0, `${lang}: ${t.stderr}`);
      if (lang !== 'en') assert.doesNotMatch(t.stdout, /\bdom_(get|on)\(/, `${lang}: the DOM builtins have ${lang} names`);
      const dir = tempDir('ml-dom-');
      const file = path.join(dir, `${ex}.ml`);
      writeFileSync(file, t.stdout);
      const r = build(file, 'browser');
      assert.equal(r.status, 0, `${lang}/${ex}: ${r.stderr}`);
      assert.equal(sameCode(reference, readFileSync(path.join(r.dir, 'module.wasm'))), null, `${lang}/${ex}`);
    }
  }
});
