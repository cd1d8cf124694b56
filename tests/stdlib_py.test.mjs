// The standard library's modules written in the language (src/stdlib/*.ml,
// embedded in the compiler): each program of tests/stdlib_py/ (plain Python,
// English) uses one of them through a plain import, with no file of its own
// beside it. The module's output must equal its .out (what CPython printed
// with its own module) and CPython running transpiled.py now, where the
// import is CPython's own module (the stdlib ones are left out of it).
// Each runs in a fresh empty folder of its own, pre-opened (--dir .), so
// the file modules' programs (io, os, pathlib) write and read their files
// there; CPython runs in another such folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, cli, runPython, runWasm, tempDir } from './helpers/common.mjs';

const DIR = path.join(ROOT, 'tests', 'stdlib_py');
const cases = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.ml')).sort() : [];

// (but a private one: _browser, the DOM builtins, needs a page and has no
// CPython twin; tests/dom_browser.test.mjs drives it in Chromium)
test('every module of src/stdlib has a test program', () => {
  const modules = readdirSync(path.join(ROOT, 'src', 'stdlib'))
    .filter((f) => f.endsWith('.ml') && !f.startsWith('_'))
    .map((f) => f.slice(0, -3));
  for (const m of modules) assert.ok(cases.some((c) => c.endsWith(`_${m}.ml`)), `no tests/stdlib_py/NN_${m}.ml`);
});

for (const c of cases) {
  test(`stdlib_py ${c}`, () => {
    const out = tempDir();
    const r = cli(['build-wasm-bundle', path.join(DIR, c), '--out-dir', out]);
    assert.equal(r.status, 0, r.stderr);
    const expected = readFileSync(path.join(DIR, c.replace(/\.ml$/, '.out')), 'utf8');
    const run = runWasm(path.join(out, 'module.wasm'), { dirs: ['.'], cwd: tempDir() });
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, expected);
    assert.equal(run.status, 0);
    const transpiled = readFileSync(path.join(out, 'transpiled.py'), 'utf8');
    assert.doesNotMatch(transpiled, /_ml_modules/, 'transpiled.py must import CPython\'s own module');
    const py = runPython(path.join(out, 'transpiled.py'), { cwd: tempDir() });
    assert.equal(py.stdout, expected);
  });
}
