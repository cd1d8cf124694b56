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

// src written to dir/name.ml and built by the ASan build into dir/out_name
// (no ASan or UBSan report, exit 0): the bundle's directory.
function asanBuild(dir, name, src) {
  const file = path.join(dir, `${name}.ml`);
  writeFileSync(file, src);
  const out = path.join(dir, `out_${name}`);
  const built = cli(['build-wasm-bundle', file, '--out-dir', out], { exe: CLI_ASAN });
  assert.doesNotMatch(built.stderr, /AddressSanitizer|runtime error/, name);
  assert.equal(built.status, 0, built.stderr);
  return out;
}

// The bundle in out prints what CPython prints running its transpiled.py.
function assertSameAsCPython(out) {
  const ours = runWasm(path.join(out, 'module.wasm'));
  const py = runPython(path.join(out, 'transpiled.py'));
  assert.equal(py.status, 0, py.stderr);
  assert.equal(ours.stdout, py.stdout);
}

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
  const out = asanBuild(dir, 'defs', src);
  assertSameAsCPython(out);
  const manifest = JSON.parse(readFileSync(path.join(out, 'abi_manifest.json'), 'utf8'));
  const exp = Object.fromEntries(manifest.exports.map((e) => [e.name, e]));
  assert.deepEqual(exp.area.arg_types, ['f64', 'f64']);
  assert.equal(exp.area.return_type, 'f64');
  assert.equal(exp.pair.return_type, 'tuple<f64,f64>', 'the tuple arity, read from the freed body before');
});

// A top-level def of a file whose top level is lowered in parts is lowered
// with its part (lower_func.c, waits_for_its_part), and the bodies of a
// chunk's defs are freed once every function made of them is printed
// (TreeChunk.bodies): the functions made inside a body (a lambda, a nested
// def, a comprehension, the generator expression sema makes of map(), a
// generator) read it, and are lowered before it. The first chunk's
// bodies are kept (a lambda, a nested def ... is written in them); the
// second's (codes, uses_later) are freed, map(ord, s) made into a function
// of its own by sema.
const BODIES = `
def squares(xs):
    return list(map(lambda v: v * v, xs))

def adder(n):
    def add(m):
        return m + n
    return add

def evens(n):
    return [i for i in range(n) if i % 2 == 0]

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def with_default(a, b=(1, 2)):
    return a + len(b) + sum(x * 2 for x in b)

def codes(s=None):
    total = 0
    for c in map(ord, s):
        total += c
    return total

def uses_later(x):
    """calls a def made after it"""
    return later_def(x) * 2
`;

test('defs lowered with their part of a long top level, their bodies freed as lowered', { skip }, () => {
  const dir = tempDir();
  const filler = (from, n) => Array.from({ length: n }, (_, i) => `w${from + i} = ${from + i} * 2\n`).join('');
  const defs = BODIES.trim().split('\n\n');
  const src = [
    defs.slice(0, 5).join('\n\n') + '\n',
    filler(0, 600),
    defs.slice(5).join('\n\n') + '\n',
    filler(600, 300),
    'def later_def(x):\n    return x + w5\n',
    'print(squares([1, 2, 3]), codes("abc"), codes(["x", "yz"][0]), adder(3)(4), evens(7))\n',
    'print(list(count_up(4)), uses_later(1), uses_later.__doc__, with_default(1))\n',
    filler(900, 300),
    'print(w0 + w1199, squares([w3]), sum(count_up(w2)))\n',
  ].join('');
  const out = asanBuild(dir, 'bodies', src);
  const wat = readFileSync(path.join(out, 'module.wat'), 'utf8');
  const at = (name) => wat.search(new RegExp(`^\\(func \\$${name.replace('.', '\\.')}[ \n]`, 'm'));
  assert.ok(at('__main.5') > 0, 'the top level in parts');
  // the first chunk's defs just before the first part, codes (statement
  // 605) before the third
  assert.ok(at('f_squares') > 0 && at('f_evens') < at('__main.1'));
  assert.ok(at('__main.2') < at('f_codes') && at('f_codes') < at('__main.3'));
  assertSameAsCPython(out);
});

// A top level too short to be lowered in parts: its defs are lowered in
// order, and a chunk's bodies are freed once every function made of them
// is. The generator expression sema makes of map(ord, s) (a function of
// its own, lowered after the def it is in) reads its def's body; a def
// given a default that is not a literal is a table function sema makes
// of it (no Function.def), found through its statement (found by
// fuzz_wat: a use after free).
test('a def body read by a function sema made of it is freed after both', { skip }, () => {
  const dir = tempDir();
  const programs = {
    map: ['def codes(s=None):\n    total = 0\n    for c in map(ord, s):\n        total += c\n    return total\n\n' +
      'def twice(x):\n    return x * 2\n\nprint(codes("abc"), twice(21))\n', '294 42\n'],
    value_def: ['def comma(tags):\n    return ", ".join(tags)\n\n' +
      'def label(item, tags=["new"], sep=comma):\n    return item + ": " + sep(tags)\n\n' +
      'print(label("a"), label("b", ["x", "y"]))\n', 'a: new b: x, y\n'],
  };
  for (const [name, [src, expected]] of Object.entries(programs))
    assert.equal(runWasm(path.join(asanBuild(dir, name, src), 'module.wasm')).stdout, expected, name);
});
