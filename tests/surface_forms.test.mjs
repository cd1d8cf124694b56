// Statement headers in another word order (the packs' `form` lines, parsed
// by src/front/parse_surface.c): `range(4) para i:` (es), `範囲(4) 内の 各 i
// に対して:` (ja), `x > 0 अगर:` (hi) ... For each language that lists such
// forms, a program translated from English comes out in them (translate
// writes the order natural to the target); rewritten with every header in
// the canonical order, it compiles to the same code, and both print what
// CPython prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, cli, runPython, runWasm, sameCode, tempDir } from './helpers/common.mjs';

const PROGRAM = `class Box:
    def __enter__(self):
        print("in")
        return self
    def __exit__(self, *args):
        print("out")
total = 0
for i in range(4):
    total += i
    if i % 2 == 0:
        print("even", i)
n = 3
while n > 0:
    n -= 1
if total > 5:
    print("big", total)
else:
    print("small")
with Box() as b:
    print("inside")
for k, v in [(1, 2), (3, 4)]:
    print(k + v)
print([x * 2 for x in range(3) if x > 0])
`;

/* The first spelling of each keyword concept of a pack, and its forms. */
function pack(code) {
  const kw = {}, forms = {};
  for (const line of readFileSync(path.join(ROOT, 'src', 'lang', 'packs', `${code}.lang`), 'utf8').split('\n')) {
    let m = line.match(/^keyword (\w+) = ([^|]+?)\s*(\||$)/);
    if (m) kw[m[1]] = m[2];
    m = line.match(/^form (\w+) = (.+)$/);
    if (m) forms[m[1]] = m[2].trim().split(' ');
  }
  return { kw, forms };
}

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/* A header written in one of the language's forms, in the canonical order
 * (`for T in I:` ...) with the language's keywords. */
const CANONICAL = { for: ['LOOP_FOR', '<target>', 'IN', '<iterable>'], while: ['LOOP_WHILE', '<condition>'],
  if: ['COND_IF', '<condition>'], with: ['WITH', '<context>'] };

function toCanonical(src, { kw, forms }) {
  return src.split('\n').map((line) => {
    const ind = line.match(/^\s*/)[0], body = line.slice(ind.length);
    for (const [stmt, form] of Object.entries(forms)) {
      const slots = form.filter((p) => p.startsWith('<'));
      const re = new RegExp(`^${form.map((p) => (p.startsWith('<') ? '(.+?)' : esc(kw[p] ?? p))).join(' ')}:$`);
      const m = body.match(re);
      if (!m) continue;
      const value = Object.fromEntries(slots.map((s, i) => [s, m[i + 1]]));
      return `${ind}${CANONICAL[stmt].map((p) => (p.startsWith('<') ? value[p] : kw[p])).join(' ')}:`;
    }
    return line;
  }).join('\n');
}

const LANGS = ['es', 'pt', 'ja', 'ar', 'hi', 'bn', 'ta'];

test('every language listing other header orders compiles them to the same code', () => {
  const dir = tempDir();
  const en = path.join(dir, 'prog_en.ml');
  writeFileSync(en, PROGRAM);
  const py = path.join(dir, 'prog.py');
  writeFileSync(py, PROGRAM);
  const expected = runPython(py).stdout;
  for (const code of LANGS) {
    const p = pack(code);
    assert.ok(Object.keys(p.forms).length, `${code} lists no forms`);
    const t = cli(['translate', en, '--to', code]);
    assert.equal(t.status, 0, t.stderr);
    const canonical = toCanonical(t.stdout, p);
    assert.notEqual(canonical, t.stdout, `${code}: translate wrote no header in the language's other order`);
    const files = {};
    for (const [tag, text] of [['canonical', canonical], ['reversed', t.stdout]]) {
      const file = path.join(dir, `prog_${code}_${tag}.ml`);
      writeFileSync(file, text);
      const out = path.join(dir, `out_${code}_${tag}`);
      const b = cli(['build-wasm-bundle', file, '--lang', code, '--out-dir', out]);
      assert.equal(b.status, 0, `${code} ${tag}:\n${text}\n${b.stderr}`);
      files[tag] = readFileSync(path.join(out, 'module.wasm'));
      assert.equal(runWasm(path.join(out, 'module.wasm')).stdout, expected, `${code} ${tag}: output`);
    }
    assert.equal(sameCode(files.canonical, files.reversed), null, `${code}: the two orders compile differently`);
  }
});

test('translate writes each language\'s order and back: en -> xx -> en is the program again', () => {
  const dir = tempDir();
  const en = path.join(dir, 'prog.ml');
  writeFileSync(en, PROGRAM);
  for (const code of LANGS) {
    const t = cli(['translate', en, '--to', code]);
    assert.equal(t.status, 0, t.stderr);
    const file = path.join(dir, `prog_${code}.ml`);
    writeFileSync(file, t.stdout);
    const back = cli(['translate', file, '--to', 'en']);
    assert.equal(back.status, 0, back.stderr);
    assert.equal(back.stdout, PROGRAM, `${code} and back`);
  }
});

test('a reversed header is detected without --lang, and a malformed one is a syntax error at its place', () => {
  const dir = tempDir();
  const ok = path.join(dir, 'ok.ml');
  writeFileSync(ok, '合計 = 0\n範囲(3) 内の 各 i に対して:\n    合計 += i\n表示(合計)\n');
  const r = cli(['run', ok]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '3\n');
  const bad = path.join(dir, 'bad.ml');
  writeFileSync(bad, 'total = 0\nrange(3) para :\n    total += 1\n');
  const e = cli(['check', bad, '--lang', 'es']);
  assert.equal(e.status, 1);
  assert.match(e.stderr, /bad\.ml:2:\d+: error: /);
});
