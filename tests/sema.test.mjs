// Semantic analysis decides once what a name and a call are: builtins that
// are not implemented are refused at their use (never a NameError at run
// time), a constant has one binding, in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, cli, runWasm, tempDir } from './helpers/common.mjs';

const LANGS = ['en', 'fr', 'es', 'de', 'hi', 'ar', 'bn', 'ta', 'zh', 'ja', 'it', 'pt', 'pl', 'nl', 'sv', 'da', 'fi'];

function write(name, text) {
  const file = path.join(tempDir(), name);
  writeFileSync(file, text);
  return file;
}

/* Compile and run; returns { status, stdout, stderr } of the compile when it fails. */
function run(file) {
  const out = tempDir();
  const c = cli(['build-wasm-bundle', file, '--out-dir', out]);
  if (c.status !== 0) return c;
  return runWasm(path.join(out, 'module.wasm'));
}

// builtins.def: the names sema refuses.
const refused = [...readFileSync(path.join(ROOT, 'src/sema/builtins.def'), 'utf8').matchAll(/^BUILTIN\(\w+, "(\w+)", REFUSED\)/gm)]
  .map((m) => m[1]);
const lowered = [...readFileSync(path.join(ROOT, 'src/sema/builtins.def'), 'utf8').matchAll(/^BUILTIN\(\w+, "(\w+)", LOWERED\)/gm)]
  .map((m) => m[1]);

// Each is refused until it is implemented (issubclass is, with classes).
test('the builtins the issue lists are refused or implemented', () => {
  const listed = ('eval exec globals locals vars compile dir frozenset complex slice bytearray bytes ascii exit quit ' +
    'issubclass delattr property staticmethod classmethod memoryview help breakpoint aiter anext copyright credits license')
    .split(' ');
  for (const name of listed) assert.ok(refused.includes(name) || lowered.includes(name), name);
  assert.ok(lowered.includes('issubclass'));
});

test('every refused builtin is a compile error at its use, called or as a value', () => {
  const lines = refused.map((name, i) => (i % 2 ? `x${i} = ${name}(1)` : `x${i} = [${name}]`));
  const file = write('refused.ml', lines.join('\n') + '\n');
  const r = cli(['check', file]);
  assert.equal(r.status, 1);
  refused.forEach((name, i) => {
    const col = `x${i} = `.length + 1 + (i % 2 ? 0 : 1);
    assert.ok(
      r.stderr.includes(`refused.ml:${i + 1}:${col}: error: the builtin '${name}' is not supported yet`),
      `${name}: ${r.stderr.split('\n').find((l) => l.includes(`'${name}'`))}`,
    );
  });
  assert.doesNotMatch(r.stderr, /internal error/);
});

test('a name the program defines is not the builtin', () => {
  const file = write('shadow.ml', 'def eval(x):\n    return x * 2\n\nvars = [1, 2]\nprint(eval(21), vars)\n');
  const r = run(file);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '42 [1, 2]\n');
});

test('reassigning a constant is a compile error at the assignment, in every language', () => {
  const en = write('const.ml', 'const X = 5\nprint(X)\nX = 10\n');
  for (const lang of LANGS) {
    const t = cli(['translate', en, '--to', lang]);
    assert.equal(t.status, 0, `${lang}: ${t.stderr}`);
    const file = write(`const_${lang}.ml`, t.stdout);
    const r = cli(['check', file, '--messages', 'en']);
    assert.equal(r.status, 1, `${lang}: ${t.stdout}`);
    assert.match(r.stderr, /const_\w+\.ml:3:1: error: cannot assign to 'X': it is a constant \(line 1\)\n {4}X = 10\n {4}\^\n/, lang);
  }
});

test('every way of binding a constant again is refused; reading it and shadowing it are not', () => {
  const cases = [
    ['X += 1', 2, 1],
    ['for X in range(3):\n    pass', 2, 5],
    ['del X', 2, 5],
    ['print((X := 3))', 2, 8],
    ['def f():\n    global X\n    X = 2', 4, 5],
    ['const X = 6', 2, 7],
    ['X, Y = 1, 2', 2, 1],
  ];
  for (const [stmt, line, col] of cases) {
    const file = write('rebind.ml', `const X = 5\n${stmt}\n`);
    const r = cli(['check', file]);
    assert.equal(r.status, 1, stmt);
    assert.match(r.stderr, new RegExp(`rebind\\.ml:${line}:${col}: error: cannot assign to 'X': it is a constant`), `${stmt}\n${r.stderr}`);
  }
  const ok = write('const_ok.ml', 'const X = 5\ndef f():\n    X = 1\n    return X\nfor i in range(2):\n    const Y = i\nprint(X + 1, f(), Y)\n');
  const r = run(ok);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '6 1 1\n');
});
