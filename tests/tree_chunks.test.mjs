// The tree freed as the top level is lowered (TreeChunk, src/front/ast.h):
// the back end frees a chunk of 512 top-level statements once it has
// lowered them all, unless the chunk holds what is read later. Corpus
// programs with 600 `pass` lines between their top-level statements put
// each statement in a chunk of its own, so every plain one is freed before
// the next is lowered: compiled by the ASan build (a read of a freed node
// is its error) and run, they print what CPython prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CLI_ASAN, CORPUS, cli, runPython, runWasm, tempDir } from './helpers/common.mjs';

// Top-level statements (decorators included) found by CPython's own parser.
const PAD = `
import ast, sys
src = open(sys.argv[1], encoding='utf-8').read()
starts = set()
for st in ast.parse(src).body:
    starts.add(min([st.lineno] + [d.lineno for d in getattr(st, 'decorator_list', [])]))
first = min(starts)
out = []
for i, line in enumerate(src.split('\\n'), 1):
    if i in starts and i > first:
        out.extend(['pass'] * 600)
    out.append(line)
open(sys.argv[2], 'w', encoding='utf-8').write('\\n'.join(out))
`;

const skip = existsSync(CLI_ASAN) ? false : 'build/multilingual-asan is not built';

test('every plain top-level statement in a chunk of its own: freed as lowered, same output as CPython', { skip }, () => {
  const dir = tempDir();
  const en = path.join(CORPUS, 'en');
  const names = readdirSync(en)
    .filter((f) => f.endsWith('.ml'))
    .map((f) => f.slice(0, -3))
    .filter((b) => !existsSync(path.join(en, `${b}.in`)) && !existsSync(path.join(en, `${b}.args`)))
    .filter((b, i) => i % 4 === 0 && b !== '120_render_modes'); // a quarter; render_mode is not CPython's
  assert.ok(names.length >= 40, `only ${names.length} programs`);
  const failures = [];
  for (const b of names) {
    const padded = path.join(dir, `${b}.ml`);
    const p = spawnSync('python3', ['-c', PAD, path.join(en, `${b}.ml`), padded], { encoding: 'utf8' });
    if (p.status !== 0) continue; // not CPython's syntax (a multilingual extra)
    const out = path.join(dir, `out_${b}`);
    const built = cli(['build-wasm-bundle', padded, '--out-dir', out], { exe: CLI_ASAN });
    if (/AddressSanitizer|runtime error/.test(built.stderr) || (built.status !== 0 && built.status !== 1)) {
      failures.push(`${b}: the ASan build failed:\n${built.stderr.slice(-3000)}`);
      continue;
    }
    if (built.status !== 0) continue; // refused as the unpadded program is (the corpus says which)
    const ours = runWasm(path.join(out, 'module.wasm'));
    const py = runPython(path.join(out, 'transpiled.py'));
    if (ours.stdout !== py.stdout || (ours.status === 0) !== (py.status === 0))
      failures.push(`${b}: output differs from CPython's (exit ${ours.status} / ${py.status})`);
  }
  writeFileSync(path.join(dir, 'done'), '');
  assert.equal(failures.length, 0, failures.join('\n'));
});

// A def's header (its statement, parameters, defaults, annotations) is in
// the compile's arena and its body in its chunk, freed once the top level
// around it is lowered: calls after it (defaults filled in, star calls),
// the function as a value, its docstring, and the exports and manifest
// (made last) read only the header and sema's Function.
const DEFS = `
def scale(x: float, k: float = 2.0) -> float:
    """Scale x by k."""
    return x * k

def pair(a: int, b: int):
    return (a + b, a - b)

def spread(*xs, sep="-", **kw):
    return sep.join(str(x) for x in xs) + str(sorted(kw))

def outer(n):
    def inner(m):
        """inner doc"""
        return m + n
    return inner

def later(): return 7

def area(w: float, h: float) -> float:
    return w * h
`;

test('defs freed with their chunk: calls, values, docstrings and exports after them', { skip }, () => {
  const dir = tempDir();
  const pad = 'pass\n'.repeat(600);
  const main = [
    'print(scale(3.0), scale(1.5, 4.0), scale(k=3.0, x=1.0))',
    'print(pair(5, 3))',
    'args = (1, 2, 3)',
    'print(spread(*args, sep="+", z=1))',
    'f = scale',
    'print(f(2.5), f.__doc__, scale.__doc__)',
    'g = outer(10)',
    'print(g(5), g.__doc__)',
    'print(later(), later.__doc__)',
    'print(area(2.0, 3.5))',
  ];
  const src = DEFS.trim().split('\n\n').map((d) => d + '\n' + pad).join('') + main.map((l) => l + '\n' + pad).join('');
  const file = path.join(dir, 'defs.ml');
  writeFileSync(file, src);
  const out = path.join(dir, 'out');
  const built = cli(['build-wasm-bundle', file, '--out-dir', out], { exe: CLI_ASAN });
  assert.doesNotMatch(built.stderr, /AddressSanitizer|runtime error/);
  assert.equal(built.status, 0, built.stderr);
  const ours = runWasm(path.join(out, 'module.wasm'));
  const py = runPython(path.join(out, 'transpiled.py'));
  assert.equal(py.status, 0, py.stderr);
  assert.equal(ours.stdout, py.stdout);
  const manifest = JSON.parse(readFileSync(path.join(out, 'abi_manifest.json'), 'utf8'));
  const exp = Object.fromEntries(manifest.exports.map((e) => [e.name, e]));
  assert.deepEqual(exp.area.arg_types, ['f64', 'f64']);
  assert.equal(exp.area.return_type, 'f64');
  assert.equal(exp.pair.return_type, 'tuple<f64,f64>', 'the tuple arity, read from the freed body before');
});
