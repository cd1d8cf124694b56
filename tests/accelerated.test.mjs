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
const bytes = (n, seed) => numbers(n, seed, 1).map((v) => Math.floor(Math.abs(v) * 255.999));

const CASES = [
  ['matrix_multiply', [[], [], 0, 0, 0]],
  ['matrix_multiply', [[1, 2, 3, 4], [5, 6, 7, 8], 2, 2, 2]],
  ['matrix_multiply', [numbers(12, 1), numbers(20, 2), 3, 4, 5]],
  ['matrix_multiply', [numbers(400, 3), numbers(400, 4), 20, 20, 20]],
  ['matrix_transpose', [[], 0, 0]],
  ['matrix_transpose', [[1, 2, 3, 4, 5, 6], 2, 3]],
  ['matrix_transpose', [numbers(35, 5), 5, 7]],
  ['determinant', [[], 0]],
  ['determinant', [[3], 1]],
  ['determinant', [[1, 2, 3, 4], 2]],
  ['determinant', [[1, 2, 3, 2, 4, 6, 1, 1, 1], 3]],
  ['determinant', [[0, 1, 1, 0], 2]],
  ['determinant', [numbers(64, 6), 8]],
  ['determinant', [numbers(900, 7), 30]],
  ['fibonacci', [0]], ['fibonacci', [1]], ['fibonacci', [50]], ['fibonacci', [78]], ['fibonacci', [92]],
  ['factorial', [0]], ['factorial', [5]], ['factorial', [20]],
  ['is_prime', [0]], ['is_prime', [1]], ['is_prime', [2]], ['is_prime', [91]], ['is_prime', [97]],
  ['is_prime', [1000003]], ['is_prime', [2147483647]], ['is_prime', [2147483649]],
  ['monte_carlo_pi', [1, 1]], ['monte_carlo_pi', [1000, 42]], ['monte_carlo_pi', [100000, 7]],
  ['xor_cipher', [[], [1]]],
  ['xor_cipher', [[104, 101, 108, 108, 111], [42, 7]]],
  ['xor_cipher', [bytes(1000, 8), bytes(16, 9)]],
  ['blur', [[], 0, 0]],
  ['blur', [[5], 1, 1]],
  ['blur', [[0, 9, 0, 9], 2, 2]],
  ['blur', [numbers(48, 10, 255), 8, 6]],
];

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
    if isinstance(v, list): return [enc(x) for x in v]
    return v
out = []
for name, args in json.load(sys.stdin):
    args = [[float(x) for x in a] if isinstance(a, list) else a for a in args]
    out.append(enc(getattr(mod, name)(*args)))
print(json.dumps(out))
`);
  const r = spawnSync('python3', [script], { input: JSON.stringify(CASES), encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout, (_k, v) => (v && typeof v === 'object' && 'int' in v ? (Number.isSafeInteger(Number(v.int)) ? Number(v.int) : BigInt(v.int)) : v));
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
      // the same with typed arrays for the lists
      const typed = args.map((a, k) => (Array.isArray(a) ? (k % 2 ? Float64Array.from(a) : name === 'xor_cipher' ? Uint8Array.from(a) : Float64Array.from(a)) : a));
      assert.deepEqual(await m.call(fn, ...typed), expected[i], `${file}: ${fn} with typed arrays`);
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

test('accelerated corpus: the limits of the export ABI', async () => {
  const m = await load(bundleEn(), { cache: false, stderr: () => {} });
  // an int result is an i64: beyond it, OverflowError (CPython gives the big int)
  await assert.rejects(m.call('factorial', 21), { message: 'OverflowError: int too large to return to the host as a 64-bit integer' });
  assert.equal(plain.factorial(21), 51090942171709440000n);
  await assert.rejects(m.call('fibonacci', 93), /OverflowError/);
  // a matrix is flat: a nested array is refused before the module runs
  await assert.rejects(m.call('determinant', [[1, 2], [3, 4]], 2), {
    name: 'TypeError', message: "determinant(): parameter 'a' expects list[float] (item 0 is an array, not a number)",
  });
});
