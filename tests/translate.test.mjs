// `multilingual translate`: a program re-spelled in another language is the
// same program: it compiles to the very same module (all but the traceback
// text, which quotes the source). English -> X -> English
// gives back the English source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, corpusCases, sameCode, tempDir } from './helpers/common.mjs';

const LANGS = 'en fr es de hi ar bn ta zh ja it pt pl nl sv da fi'.split(' ');

test('translations compile to byte-identical modules', () => {
  let translated = 0, refused = 0;
  for (const c of corpusCases()) {
    const base = tempDir();
    const orig = cli(['build-wasm-bundle', c.file, '--out-dir', base]);
    if (orig.status !== 0) continue;
    const wasm = readFileSync(path.join(base, 'module.wasm'));
    const lang = readFileSync(path.join(base, 'build_graph.json'), 'utf8').match(/"language": "(\w+)"/)[1];
    for (const to of LANGS) {
      const t = cli(['translate', c.file, '--lang', lang, '--to', to]);
      if (t.status !== 0) {
        // Only a name of the program that the target language reserves.
        assert.match(t.stderr, /is (a keyword|the builtin '\w+') in .*: rename it before translating/, `${c.id} -> ${to}: ${t.stderr}`);
        refused++;
        continue;
      }
      const dir = tempDir();
      const file = path.join(dir, `prog_${to}.ml`);
      writeFileSync(file, t.stdout);
      const r = cli(['build-wasm-bundle', file, '--lang', to, '--out-dir', path.join(dir, 'out')]);
      assert.equal(r.status, 0, `${c.id} -> ${to} does not compile:\n${r.stderr}\n${t.stdout}`);
      const diff = sameCode(readFileSync(path.join(dir, 'out', 'module.wasm')), wasm);
      assert.equal(diff, null, `${c.id} -> ${to}: module differs (${diff})`);
      translated++;
    }
  }
  assert.ok(translated > 10 * refused, `translated ${translated}, refused ${refused}`);
});

test('English -> French -> English gives the source back', () => {
  for (const c of corpusCases().filter((c) => c.id.startsWith('en/'))) {
    const fr = cli(['translate', c.file, '--lang', 'en', '--to', 'fr']);
    if (fr.status !== 0) continue;
    const dir = tempDir();
    const file = path.join(dir, 'fr.ml');
    writeFileSync(file, fr.stdout);
    const back = cli(['translate', file, '--lang', 'fr', '--to', 'en']);
    assert.equal(back.status, 0, back.stderr);
    assert.equal(back.stdout, readFileSync(c.file, 'utf8'), c.id);
  }
});

test('translate: usage errors and a name the target reserves', () => {
  assert.equal(cli(['translate', 'x.ml']).status, 2);
  assert.equal(cli(['translate', 'x.ml', '--to', 'xx']).status, 2);
  const dir = tempDir();
  const file = path.join(dir, 'si.ml');
  writeFileSync(file, 'si = 1\nprint(si)\n');
  const r = cli(['translate', file, '--lang', 'en', '--to', 'fr']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /si\.ml:1:1: error: 'si' is a keyword in Français: rename it before translating/);
});

test('f-string fields: words are re-spelled, strings, conversions and format specs are kept', () => {
  const dir = tempDir();
  const src = path.join(dir, 'f.ml');
  // 'print' in the key is a value, `e` in the spec a format (Italian `e` is `and`).
  writeFileSync(src, 'd = {"print": 1}\nx = 3.5\nprint(f"{d[\'print\']} {len(d)} {x:e} {x!r:>{len(d) + 8}} {x=} {{len}} {x if x else 0}")\n');
  const it = cli(['translate', src, '--to', 'it']);
  assert.equal(it.status, 0, it.stderr);
  assert.equal(it.stdout, 'd = {"print": 1}\nx = 3.5\nstampa(f"{d[\'print\']} {lunghezza(d)} {x:e} {x!r:>{lunghezza(d) + 8}} {x=} {{len}} {x se x altrimenti 0}")\n');
  const itFile = path.join(dir, 'f_it.ml');
  writeFileSync(itFile, it.stdout);
  const back = cli(['translate', itFile, '--to', 'en']);
  assert.equal(back.stdout, readFileSync(src, 'utf8'));
  const a = path.join(dir, 'a'), b = path.join(dir, 'b');
  assert.equal(cli(['build-wasm-bundle', src, '--out-dir', a]).status, 0);
  assert.equal(cli(['build-wasm-bundle', itFile, '--out-dir', b]).status, 0);
  assert.equal(sameCode(readFileSync(path.join(a, 'module.wasm')), readFileSync(path.join(b, 'module.wasm'))), null, 'same module');
});
