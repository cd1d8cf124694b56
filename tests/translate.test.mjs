// `multilingual translate`: a program re-spelled in another language is the
// same program: it compiles to the very same module (all but the traceback
// text, which quotes the source). English -> X -> English
// gives back the English source. Every corpus program in all 17 languages:
// tests/translate_corpus_*.test.mjs (four files, which run in parallel).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, cli, corpusCases, sameCode, tempDir } from './helpers/common.mjs';

const CORE = path.join(ROOT, 'build', 'web', 'multilingual_core.mjs');
const noWeb = existsSync(CORE) ? false : 'build/web/multilingual_core.mjs is not built: run `make web`';

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

test('translate: usage errors', () => {
  assert.equal(cli(['translate', 'x.ml']).status, 2);
  assert.equal(cli(['translate', 'x.ml', '--to', 'xx']).status, 2);
});

// `i` is Swedish `in`, `y` Spanish `and`, `w` Polish `in`, `lista` Spanish
// `list`: such names are renamed consistently (bindings, uses, parameters
// and keyword arguments, class attributes and their accesses, f-string
// fields), past the names the program already uses.
const RESERVED = `def f(i, y):
    return i + y

class C:
    i = 3
    def w(self):
        return self.i + 1

i = 1
i_ = 2
y = f(i, y=i_)
lista = [i, y]
for v in lista:
    print(v)
print(f"{i} {y} {C.i} {C().w()} {len(lista)}")
`;

test('names the target reserves are renamed consistently, with a notice', () => {
  const dir = tempDir();
  const src = path.join(dir, 'prog.ml');
  writeFileSync(src, RESERVED);
  const sv = cli(['translate', src, '--lang', 'en', '--to', 'sv']);
  assert.equal(sv.status, 0, sv.stderr);
  assert.equal(sv.stderr, `${src}: renamed 'i' to 'i__' (a keyword in Svenska)\n${src}: renamed 'lista' to 'lista_' (the builtin 'list' in Svenska)\n${src}: translated from en to sv\n`);
  assert.equal(sv.stdout, RESERVED.replace(/\bi\b(?!_)/g, 'i__').replace(/\bdef\b/g, 'definiera').replace(/\breturn\b/g, 'retur')
    .replace(/\bclass\b/g, 'klass').replace(/\blista\b/g, 'lista_').replace(/ in /g, ' i ').replace(/\bprint\(/g, 'skriv(')
    .replace(/\blen\(/g, 'langd('));
  const es = cli(['translate', src, '--lang', 'en', '--to', 'es']);
  assert.equal(es.status, 0, es.stderr);
  assert.equal(es.stderr, `${src}: renamed 'y' to 'y_' (a keyword in Español)\n${src}: renamed 'lista' to 'lista_' (the builtin 'list' in Español)\n${src}: translated from en to es\n`);
  assert.match(es.stdout, /^def f\(i, y_\):\n    devolver i \+ y_\n/);
  // the loop in Spanish's own order (the pack's `form for`): iterable first
  assert.match(es.stdout, /\ny_ = f\(i, y_=i_\)\nlista_ = \[i, y_\]\nlista_ para v:\n/);
  const pl = cli(['translate', src, '--lang', 'en', '--to', 'pl']);
  assert.equal(pl.status, 0, pl.stderr);
  assert.match(pl.stderr, /renamed 'w' to 'w_' \(a keyword in Polski\)/);
  assert.match(pl.stdout, /funkcja w_\(self\):[^]*C\(\)\.w_\(\)/);
  // Each translation is the same program: same module code, same output.
  const a = path.join(dir, 'a');
  assert.equal(cli(['build-wasm-bundle', src, '--out-dir', a]).status, 0);
  const expected = cli(['run', src]).stdout;
  assert.equal(expected, '1\n3\n1 3 3 4 2\n');
  for (const [to, t] of [['sv', sv], ['es', es], ['pl', pl]]) {
    const file = path.join(dir, `prog_${to}.ml`);
    writeFileSync(file, t.stdout);
    const out = path.join(dir, to);
    const b = cli(['build-wasm-bundle', file, '--lang', to, '--out-dir', out]);
    assert.equal(b.status, 0, b.stderr);
    assert.equal(sameCode(readFileSync(path.join(a, 'module.wasm')), readFileSync(path.join(out, 'module.wasm'))), null, to);
    assert.equal(cli(['run', file, '--lang', to]).stdout, expected, to);
  }
});

test('a name in fullwidth letters is the name the lexer reads: renamed with it', () => {
  const dir = tempDir();
  const src = path.join(dir, 'fw.ml');
  // ｉ (fullwidth) is read as i: one variable, which Swedish reserves.
  writeFileSync(src, 'ｉ = 1\ni = i + 1\nprint(ｉ, i)\n');
  const sv = cli(['translate', src, '--lang', 'en', '--to', 'sv']);
  assert.equal(sv.status, 0, sv.stderr);
  assert.equal(sv.stdout, 'i_ = 1\ni_ = i_ + 1\nskriv(i_, i_)\n');
  assert.equal(sv.stderr, `${src}: renamed 'i' to 'i_' (a keyword in Svenska)\n${src}: translated from en to sv\n`);
  const file = path.join(dir, 'fw_sv.ml');
  writeFileSync(file, sv.stdout);
  assert.equal(cli(['run', file, '--lang', 'sv']).stdout, cli(['run', src]).stdout);
});

test('npm: translate() lists the renames, the bin prints the same notices', { skip: noWeb }, async () => {
  const api = await import('../shim/compiler.mjs');
  const r = await api.translate(RESERVED, { lang: 'en', to: 'es' });
  assert.equal(r.ok, true, r.diagnosticsText);
  assert.deepEqual(r.renames, [
    { from: 'y', to: 'y_', reason: 'a keyword in Español' },
    { from: 'lista', to: 'lista_', reason: "the builtin 'list' in Español" },
  ]);
  const none = await api.translate(RESERVED, { lang: 'en', to: 'fr' });
  assert.deepEqual(none.renames, []);
  const dir = tempDir();
  const src = path.join(dir, 'prog.ml');
  writeFileSync(src, RESERVED);
  const native = cli(['translate', src, '--lang', 'en', '--to', 'es']);
  assert.equal(r.text, native.stdout);
  const bin = cli([path.join(ROOT, 'bin', 'multilingual.mjs'), 'translate', src, '--lang', 'en', '--to', 'es'], { exe: process.execPath });
  assert.equal(bin.status, 0, bin.stderr);
  assert.equal(bin.stdout, native.stdout);
  assert.equal(bin.stderr, native.stderr);
});

test('English -> Swedish -> English with `i` compiles to the same module', () => {
  const dir = tempDir();
  const roundTrip = (name, source) => {
    const src = path.join(dir, `${name}.ml`);
    writeFileSync(src, source);
    const sv = cli(['translate', src, '--lang', 'en', '--to', 'sv']);
    assert.equal(sv.status, 0, sv.stderr);
    assert.match(sv.stderr, /renamed 'i' to 'i_' \(a keyword in Svenska\)/);
    const svFile = path.join(dir, `${name}_sv.ml`);
    writeFileSync(svFile, sv.stdout);
    const en = cli(['translate', svFile, '--lang', 'sv', '--to', 'en']);
    assert.equal(en.status, 0, en.stderr);
    assert.equal(en.stderr, `${svFile}: translated from sv to en\n`);
    const enFile = path.join(dir, `${name}_en.ml`);
    writeFileSync(enFile, en.stdout);
    const wasm = (file, lang) => {
      const out = path.join(dir, `${path.basename(file)}.out`);
      const r = cli(['build-wasm-bundle', file, '--lang', lang, '--out-dir', out]);
      assert.equal(r.status, 0, r.stderr);
      return readFileSync(path.join(out, 'module.wasm'));
    };
    const [orig, svW, back] = [wasm(src, 'en'), wasm(svFile, 'sv'), wasm(enFile, 'en')];
    assert.equal(sameCode(back, svW), null, `${name}: en -> sv -> en differs from en -> sv`);
    assert.equal(cli(['run', enFile]).stdout, cli(['run', src]).stdout);
    return { sv: sv.stdout, en: en.stdout, orig, back };
  };
  // `i` only inside the loop: no name of it in the module's data either.
  const a = roundTrip('loop', 'total = 0\nfor i in range(10):\n    total = total + i * i\nprint(total)\n');
  assert.equal(a.sv, 'total = 0\nfor i_ i intervall(10):\n    total = total + i_ * i_\nskriv(total)\n');
  assert.equal(a.en, 'total = 0\nfor i_ in range(10):\n    total = total + i_ * i_\nprint(total)\n');
  assert.equal(sameCode(a.back, a.orig), null);
  // Read after the loop, `i` may be unbound: its name is in the NameError
  // message, which moves the data; the code is the same as the Swedish one's.
  const b = roundTrip('after', 'total = 0\nfor i in range(10):\n    total = total + i * i\nprint(total, i)\n');
  assert.equal(b.en, 'total = 0\nfor i_ in range(10):\n    total = total + i_ * i_\nprint(total, i_)\n');
});

// 中文 and 日本語 share 整数, 真, 集合, 断言 and 表示 (`repr` in Chinese,
// `print` in Japanese): a Japanese program made of these words only was
// read as Chinese, and translating it to English made its prints reprs.
test('a Japanese program of words Chinese shares is read as Japanese', () => {
  const dir = tempDir();
  const cases = [
    // print statements: 表示 is print
    ['values = [1, 2, 3]\n表示("start")\n表示(values[1])\n', 'values = [1, 2, 3]\nprint("start")\nprint(values[1])\n'],
    ['text = "12"\n表示("parsing", text)\nvalue = 整数(text)\n表示(value)\n', 'text = "12"\nprint("parsing", text)\nvalue = int(text)\nprint(value)\n'],
    // kana (here in a comment): Japanese
    ['# 数を読む\nn = 整数("3")\nflag = 真\n', '# 数を読む\nn = int("3")\nflag = True\n'],
  ];
  for (const [ja, en] of cases) {
    const file = path.join(dir, 'ja.ml');
    writeFileSync(file, ja);
    const checked = cli(['check', file]);
    assert.match(checked.stderr, /ok \(language: ja\)\n$/, ja);
    const t = cli(['translate', file, '--to', 'en']);
    assert.equal(t.status, 0, t.stderr);
    assert.equal(t.stderr, `${file}: translated from ja to en\n`);
    assert.equal(t.stdout, en);
  }
  // Chinese stays Chinese: its own words outnumber the shared ones; and a
  // repr whose value is used is Chinese too.
  for (const [zh, en] of [['x = 表示("a")\n打印(x)\n', 'x = repr("a")\nprint(x)\n'], ['x = 表示("a")\n', 'x = repr("a")\n']]) {
    const file = path.join(dir, 'zh.ml');
    writeFileSync(file, zh);
    const t = cli(['translate', file, '--to', 'en']);
    assert.equal(t.stderr, `${file}: translated from zh to en\n`);
    assert.equal(t.stdout, en);
  }
  // --lang decides, as the lexer does with it.
  const file = path.join(dir, 'forced.ml');
  writeFileSync(file, '表示("a")\n');
  assert.equal(cli(['translate', file, '--lang', 'zh', '--to', 'en']).stdout, 'repr("a")\n');
  assert.equal(cli(['translate', file, '--lang', 'ja', '--to', 'en']).stdout, 'print("a")\n');
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
