// The accelerated corpus (examples/accelerated/): the seed's functions in
// English and in French, each compiled to one module and called from JS
// through multilingual/host's loader with JS arrays and typed arrays, against
// CPython running the bundle's transpiled.py (the oracle), and the plain JS
// versions (examples/accelerated/plain.mjs) against the same oracle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { cli, ROOT, tempDir } from './helpers/common.mjs';
import { load } from '../shim/host.mjs';
import * as plain from '../examples/accelerated/plain.mjs';

const DIR = path.join(ROOT, 'examples', 'accelerated');
// English name -> French name (accelerated_fr.ml)
const FR = {
  matrix_multiply: 'produit_matrices', matrix_transpose: 'transposee', determinant: 'determinant', fibonacci: 'fibonacci',
  factorial: 'factorielle', is_prime: 'est_premier', monte_carlo_pi: 'pi_monte_carlo', xor_cipher: 'chiffre_xor', blur: 'flou',
};

function build(file) {
  const out = path.join(tempDir('ml-accel-'), 'out');
  const r = cli(['build-wasm-bundle', path.join(DIR, file), '--out-dir', out]);
  assert.equal(r.status, 0, r.stderr);
  return out;
}

// a seeded generator of inputs (the same on every run)
function numbers(n, seed, scale = 10) {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return Math.round(((x / 2 ** 32) * 2 - 1) * scale * 1000) / 1000;
  });
}
const bytes = (n, seed) => Uint8Array.from(numbers(n, seed, 1), (v) => Math.floor(Math.abs(v) * 255.999));
// a matrix: `rows` arrays of `cols` numbers
const mat = (rows, cols, seed, scale) => {
  const xs = numbers(rows * cols, seed, scale);
  return Array.from({ length: rows }, (_, i) => xs.slice(i * cols, (i + 1) * cols));
};
const u8 = (xs) => Uint8Array.from(xs);

const CASES = [
  ['matrix_multiply', [[], []]],
  ['matrix_multiply', [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]],
  ['matrix_multiply', [mat(3, 4, 1), mat(4, 5, 2)]],
  ['matrix_multiply', [mat(20, 20, 3), mat(20, 20, 4)]],
  ['matrix_transpose', [[]]],
  ['matrix_transpose', [[[1, 2, 3], [4, 5, 6]]]],
  ['matrix_transpose', [mat(5, 7, 5)]],
  ['determinant', [[]]],
  ['determinant', [[[3]]]],
  ['determinant', [[[1, 2], [3, 4]]]],
  ['determinant', [[[1, 2, 3], [2, 4, 6], [1, 1, 1]]]],
  ['determinant', [[[0, 1], [1, 0]]]],
  ['determinant', [mat(8, 8, 6)]],
  ['determinant', [mat(30, 30, 7)]],
  ['fibonacci', [0]], ['fibonacci', [1]], ['fibonacci', [50]], ['fibonacci', [78]], ['fibonacci', [92]], ['fibonacci', [300]],
  ['factorial', [0]], ['factorial', [5]], ['factorial', [20]], ['factorial', [21]], ['factorial', [100]],
  ['is_prime', [0]], ['is_prime', [1]], ['is_prime', [2]], ['is_prime', [91]], ['is_prime', [97]],
  ['is_prime', [1000003]], ['is_prime', [2147483647]], ['is_prime', [2147483649]],
  ['monte_carlo_pi', [1, 1]], ['monte_carlo_pi', [1000, 42]], ['monte_carlo_pi', [100000, 7]],
  ['xor_cipher', [u8([]), u8([1])]],
  ['xor_cipher', [u8([104, 101, 108, 108, 111]), u8([42, 7])]],
  ['xor_cipher', [bytes(1000, 8), bytes(16, 9)]],
  ['blur', [[]]],
  ['blur', [[[5]]]],
  ['blur', [[[0, 9], [0, 9]]]],
  ['blur', [mat(6, 8, 10, 255)]],
];

/* The same arguments in other JS forms: matrix rows as Float64Arrays,
 * bytes as ArrayBuffers. */
const otherForms = (args) => args.map((a) => {
  if (a instanceof Uint8Array) return a.slice().buffer;
  if (Array.isArray(a)) return a.map((row) => Float64Array.from(row));
  return a;
});

/* CPython on transpiled.py: every case's result, ints as strings (exact). */
function oracle(bundle) {
  const dir = tempDir('ml-accel-py-');
  const script = path.join(dir, 'oracle.py');
  writeFileSync(script, `
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location('accelerated', ${JSON.stringify(path.join(bundle, 'transpiled.py'))})
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
def enc(v):
    if isinstance(v, bool): return v
    if isinstance(v, int): return {'int': str(v)}
    if isinstance(v, bytes): return {'bytes': list(v)}
    if isinstance(v, list): return [enc(x) for x in v]
    return v
def dec(v):  # the annotations: a list holds floats (or lists of them)
    if isinstance(v, dict): return bytes(v['bytes'])
    if isinstance(v, list): return [dec(x) if isinstance(x, (list, dict)) else float(x) for x in v]
    return v
out = []
for name, args in json.load(sys.stdin):
    out.append(enc(getattr(mod, name)(*[dec(a) for a in args])))
print(json.dumps(out))
`);
  const input = JSON.stringify(CASES, (_k, v) => (v instanceof Uint8Array ? { bytes: [...v] } : v));
  const r = spawnSync('python3', [script], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout, (_k, v) => {
    if (v && typeof v === 'object' && 'int' in v) return Number.isSafeInteger(Number(v.int)) ? Number(v.int) : BigInt(v.int);
    if (v && typeof v === 'object' && 'bytes' in v) return Uint8Array.from(v.bytes);
    return v;
  });
}

let en = null;
const bundleEn = () => (en ??= build('accelerated.ml'));

test('accelerated corpus: the module (English and French) gives what CPython gives, from arrays and typed arrays', async () => {
  const expected = oracle(bundleEn());
  for (const [file, names] of [['accelerated.ml', null], ['accelerated_fr.ml', FR]]) {
    const m = await load(file === 'accelerated.ml' ? bundleEn() : build(file), { cache: false });
    for (const [i, [name, args]] of CASES.entries()) {
      const fn = names ? names[name] : name;
      assert.ok(m.has(fn), `${file}: ${fn}`);
      assert.deepEqual(await m.call(fn, ...args), expected[i], `${file}: ${fn}(${JSON.stringify(args).slice(0, 60)})`);
      assert.deepEqual(await m.call(fn, ...otherForms(args)), expected[i], `${file}: ${fn} with typed arrays`);
    }
    assert.equal(m.instantiations, 1);
  }
});

test('accelerated corpus: the plain JS versions give what CPython gives', () => {
  const expected = oracle(bundleEn());
  for (const [i, [name, args]] of CASES.entries()) {
    assert.deepEqual(plain[name](...args), expected[i], `${name}(${JSON.stringify(args).slice(0, 60)})`);
  }
});

test('accelerated corpus: what crosses the export ABI, and what does not', async () => {
  const m = await load(bundleEn(), { cache: false, stderr: () => {} });
  // an int result beyond 64 bits is the big int, as CPython's
  assert.equal(await m.call('factorial', 21), 51090942171709440000n);
  assert.equal(await m.call('fibonacci', 93), 12200160415121876738n);
  assert.equal(plain.factorial(21), 51090942171709440000n);
  // a flat array is not a matrix: refused before the module runs, naming the item
  await assert.rejects(m.call('determinant', [1, 2, 3, 4]), {
    name: 'TypeError',
    message: "determinant(): parameter 'a' expects list[list[float]] (item [0] is number 1, not a list (an array or a typed array))",
  });
  await assert.rejects(m.call('determinant', [[1, 2], [3, 'x']]), {
    name: 'TypeError',
    message: "determinant(): parameter 'a' expects list[list[float]] (item [1][1] is string \"x\", not a number)",
  });
  await assert.rejects(m.call('xor_cipher', 'hello', u8([1])), {
    name: 'TypeError', message: "xor_cipher(): parameter 'data' expects bytes, not string \"hello\"",
  });
  // a byte is 0..255: an array of ints outside it is not bytes
  await assert.rejects(m.call('xor_cipher', [1, 256], u8([1])), { name: 'TypeError' });
});
