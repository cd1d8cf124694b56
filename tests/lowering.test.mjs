// The back end's limits: a function beyond what WebAssembly engines accept
// (V8's, which Node and Chromium enforce when the module is compiled) is a
// designed compile error at its def, never a module that fails to load; at
// the limit, the module runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, runWasm, tempDir } from './helpers/common.mjs';

function write(name, text) {
  const file = path.join(tempDir(), name);
  writeFileSync(file, text);
  return file;
}

const params = (n) => Array.from({ length: n }, (_, i) => `p${i}`).join(', ');
const args = (n) => Array.from({ length: n }, (_, i) => String(i)).join(', ');

test('1000 parameters run; 1001 are refused at the def', () => {
  const ok = write('p1000.ml', `x = 1\ndef f(${params(1000)}):\n    return p999\nprint(f(${args(1000)}))\n`);
  const out = tempDir();
  const c = cli(['build-wasm-bundle', ok, '--out-dir', out]);
  assert.equal(c.status, 0, c.stderr);
  const r = runWasm(path.join(out, 'module.wasm'));
  assert.equal(r.stdout, '999\n', r.stderr);

  const bad = write('p1001.ml', `x = 1\ndef f(${params(1001)}):\n    return p0\nprint(f(${args(1001)}))\n`);
  const e = cli(['check', bad]);
  assert.equal(e.status, 1);
  assert.match(e.stderr, /p1001\.ml:2:1: error: function 'f' needs 1001 parameters in WebAssembly; engines accept at most 1000\n/);
});

test('a def used as a value takes one parameter more (its environment)', () => {
  const file = write('pv.ml', `def f(${params(1000)}):\n    return p0\ng = f\n`);
  const e = cli(['check', file]);
  assert.equal(e.status, 1);
  assert.match(e.stderr, /pv\.ml:1:1: error: function 'f' needs 1001 parameters in WebAssembly; engines accept at most 1000\n/);
});

test('more than 50000 locals in one function are refused at the def', () => {
  const body = Array.from({ length: 50001 }, (_, i) => `    x${i} = ${i}`).join('\n');
  const file = write('locals.ml', `def f():\n${body}\n    return x0\nprint(f())\n`);
  const e = cli(['check', file]);
  assert.equal(e.status, 1);
  assert.match(e.stderr, /locals\.ml:1:1: error: function 'f' needs 5000\d local variables and temporaries; WebAssembly engines accept at most 50000\n/);
  assert.doesNotMatch(e.stderr, /internal error/);
});

test('a deep nest of loops and a long function lower without a fixed limit', () => {
  // 80 nested loops (the old back end stopped at 64) and 3000 statements.
  let src = 'total = 0\n';
  for (let i = 0; i < 80; i++) src += `${'    '.repeat(i)}for i${i} in range(1):\n`;
  src += `${'    '.repeat(80)}total += 1\n`;
  src += 'def g():\n    s = 0\n';
  for (let i = 0; i < 3000; i++) src += `    s = s + ${i} * ${i % 7}\n`;
  src += '    return s\nprint(total, g())\n';
  const file = write('deep.ml', src);
  const out = tempDir();
  const c = cli(['build-wasm-bundle', file, '--out-dir', out]);
  assert.equal(c.status, 0, c.stderr);
  let expect = 0;
  for (let i = 0; i < 3000; i++) expect += i * (i % 7);
  assert.equal(runWasm(path.join(out, 'module.wasm')).stdout, `1 ${expect}\n`);
});
