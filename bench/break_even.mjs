// Break-even of the accelerated corpus (examples/accelerated/): for each
// function and input size, the time of one call of
//   wasm  — the compiled module through multilingual/host's loader
//           (m.fn(name): argument checks and conversion, the call, the
//           result converted back), matrices as arrays of arrays, bytes as
//           arrays of ints;
//   typed — the same with matrix rows as Float64Arrays (one copy a row)
//           and bytes as a Uint8Array;
//   js    — the hand-written JS version (examples/accelerated/plain.mjs);
//   py    — CPython 3 on the bundle's transpiled.py (in one python3
//           process, start-up excluded);
// and the loader's overheads: a cold first call (read, compile,
// instantiate, top-level code, call), a cached load() and a cached call.
// Each figure: calls repeated for at least ~100 ms (or once when slower),
// best of 3 rounds. Usage: node bench/break_even.mjs [--quick] [--no-python]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { load, ModuleCache } from '../shim/host.mjs';
import * as plain from '../examples/accelerated/plain.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const noPython = process.argv.includes('--no-python');
const BUDGET_MS = quick ? 30 : 100;
const dir = mkdtempSync(path.join(tmpdir(), 'ml-bench-be-'));
const bundle = path.join(dir, 'out');
const c = spawnSync(path.join(ROOT, 'build', 'multilingual'),
  ['build-wasm-bundle', path.join(ROOT, 'examples', 'accelerated', 'accelerated.ml'), '--out-dir', bundle], { encoding: 'utf8' });
if (c.status !== 0) throw new Error(c.stderr);

function numbers(n, seed, scale = 1) {
  let x = seed >>> 0;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = ((x / 2 ** 32) * 2 - 1) * scale;
  }
  return out;
}
const bytes = (n, seed) => numbers(n, seed).map((v) => Math.floor(Math.abs(v) * 255.999)); // an array of ints 0..255
// a matrix: n rows of n numbers
const sq = (n, seed, scale = 1) => {
  const xs = numbers(n * n, seed, scale);
  return Array.from({ length: n }, (_, i) => xs.slice(i * n, (i + 1) * n));
};

/* time per call (ms) of f(): repeated for BUDGET_MS, best of 3 rounds */
function perCall(f) {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    do {
      f();
      n++;
      t = performance.now();
    } while (t - t0 < BUDGET_MS);
    best = Math.min(best, (t - t0) / n);
    if (t - t0 > 5 * BUDGET_MS) break; // one slow call: enough
  }
  return best;
}

// [function, size label, args, run CPython?]
const SIZES = {
  matrix_multiply: [2, 8, 32, 128, 256, 512].map((n) => [`${n}x${n}`, [sq(n, 1), sq(n, 2)], n <= 128]),
  matrix_transpose: [2, 8, 32, 128, 512, 1024].map((n) => [`${n}x${n}`, [sq(n, 3)], n <= 512]),
  determinant: [2, 8, 32, 128, 256].map((n) => [`${n}x${n}`, [sq(n, 4)], n <= 128]),
  fibonacci: [10, 50, 90].map((n) => [`n=${n}`, [n], true]),
  factorial: [5, 20].map((n) => [`n=${n}`, [n], true]),
  is_prime: [97, 1000003, 2147483647, 1000000000039].map((n) => [`n=${n}`, [n], true]),
  monte_carlo_pi: [10, 1000, 1e5, 1e6, 1e7].map((n) => [`${n.toExponential(0)}`, [n, 42], n <= 1e6]),
  xor_cipher: [10, 1000, 1e5, 1e6, 1e7].map((n) => [`${n.toExponential(0)} B`, [bytes(n, 5), bytes(16, 6)], n <= 1e6]),
  blur: [8, 64, 256, 1024].map((n) => [`${n}x${n}`, [sq(n, 7, 255)], n <= 256]),
};
const cases = [];
for (const [name, rows] of Object.entries(SIZES)) {
  for (const [label, args, py] of rows) {
    if (quick && cases.filter((x) => x.name === name).length >= 3) continue;
    cases.push({ name, label, args, py });
  }
}

/* ---- the loader's overheads ---- */
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms >= 0.01 ? ms.toFixed(3) : `${(ms * 1000).toFixed(2)} µs`);
const overhead = {};
{
  const cold = [];
  for (let i = 0; i < (quick ? 3 : 10); i++) {
    const t0 = performance.now();
    const m = await load(bundle, { cache: new ModuleCache() });
    await m.call('is_prime', 97);
    cold.push(performance.now() - t0);
  }
  cold.sort((a, b) => a - b);
  overhead.cold = cold[cold.length >> 1];
  const cache = new ModuleCache();
  const m = await load(bundle, { cache });
  await m.call('is_prime', 97);
  const loads = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    await load(bundle, { cache });
    loads.push(performance.now() - t0);
  }
  loads.sort((a, b) => a - b);
  overhead.cachedLoad = loads[loads.length >> 1];
  // a call on a cached module: the awaited call(), the typed function, the bare export
  const N = 100000;
  let t0 = performance.now();
  for (let i = 0; i < N; i++) await m.call('is_prime', 97);
  overhead.asyncCall = (performance.now() - t0) / N;
  const f = m.fn('is_prime');
  overhead.fnCall = perCall(() => f(97));
  const raw = m._instance.instance.exports.is_prime;
  overhead.rawCall = perCall(() => raw(97n));
  overhead.jsCall = perCall(() => plain.is_prime(97));
  overhead.hits = cache.stats.hits;
}

/* ---- conversion alone ---- */
const conversion = [];
const shaped = [];
{
  const src = path.join(dir, 'conv.ml');
  writeFileSync(src, 'def head(xs: list[float]) -> float:\n    return xs[0]\n\ndef echo(xs: list[float]) -> list[float]:\n    for x in xs:\n        pass\n    return xs\n'
    + '\ndef rows(m: list[list[float]]) -> int:\n    return len(m)\n\ndef blob(b: bytes) -> int:\n    return len(b)\n');
  const out = path.join(dir, 'conv');
  const r = spawnSync(path.join(ROOT, 'build', 'multilingual'), ['build-wasm-bundle', src, '--out-dir', out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const cm = await load(out, { cache: false });
  await cm.instantiate();
  const head = cm.fn('head');
  const echo = cm.fn('echo');
  for (const n of quick ? [10, 1e4] : [10, 1000, 1e5, 1e6]) {
    const xs = numbers(n, 9);
    const typed = Float64Array.from(xs);
    conversion.push({ n, inArr: perCall(() => head(xs)), inTyped: perCall(() => head(typed)), both: perCall(() => echo(xs)) });
  }
  // shaped values: a matrix of rows, and bytes
  const rows = cm.fn('rows');
  const blob = cm.fn('blob');
  for (const n of quick ? [10, 100] : [10, 100, 1000]) {
    const m = sq(n, 11);
    const typedRows = m.map((r) => Float64Array.from(r));
    const b = Uint8Array.from(bytes(n * n, 12));
    shaped.push({ n, rowsArr: perCall(() => rows(m)), rowsTyped: perCall(() => rows(typedRows)), bytes: perCall(() => blob(b)) });
  }
}

/* ---- CPython, in one process ---- */
let pyTimes = {};
if (!noPython) {
  const script = path.join(dir, 'bench.py');
  writeFileSync(script, `
import importlib.util, json, sys, time
spec = importlib.util.spec_from_file_location('accelerated', ${JSON.stringify(path.join(bundle, 'transpiled.py'))})
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
budget = ${BUDGET_MS} / 1000
out = {}
def dec(v, bytes_arg):  # the annotations: bytes, or lists of floats
    if bytes_arg: return bytes(v)
    if isinstance(v, list): return [dec(x, False) if isinstance(x, list) else float(x) for x in v]
    return v
for key, name, args in json.load(sys.stdin):
    args = [dec(a, name == 'xor_cipher') for a in args]
    f = getattr(mod, name)
    best = float('inf')
    for r in range(3):
        n = 0
        t0 = time.perf_counter()
        while True:
            f(*args)
            n += 1
            t = time.perf_counter()
            if t - t0 >= budget:
                break
        best = min(best, (t - t0) / n * 1000)
        if t - t0 > 5 * budget:
            break
    out[key] = best
print(json.dumps(out))
`);
  const todo = cases.filter((x) => x.py).map((x) => [`${x.name} ${x.label}`, x.name, x.args]);
  const r = spawnSync('python3', [script], { input: JSON.stringify(todo), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(r.stderr);
  pyTimes = JSON.parse(r.stdout);
}

/* ---- the table ---- */
const m = await load(bundle, { cache: false });
await m.instantiate();
const rows = [];
for (const x of cases) {
  const f = m.fn(x.name);
  // typed arrays: matrix rows as Float64Arrays, bytes as a Uint8Array
  const typed = x.args.map((a) => {
    if (!Array.isArray(a)) return a;
    if (x.name === 'xor_cipher') return Uint8Array.from(a);
    return a.map((row) => Float64Array.from(row));
  });
  const wasm = perCall(() => f(...x.args));
  const wasmTyped = perCall(() => f(...typed));
  const js = perCall(() => plain[x.name](...x.args));
  const py = pyTimes[`${x.name} ${x.label}`];
  rows.push({ ...x, wasm, wasmTyped, js, py });
  process.stderr.write(`${x.name} ${x.label}: wasm ${fmt(wasm)} typed ${fmt(wasmTyped)} js ${fmt(js)} py ${py === undefined ? '-' : fmt(py)}\n`);
}

console.log(`\nLoader overheads (${bundle}):`);
console.log(`| measure | time |\n|---|--:|`);
const ms = (x) => (x < 0.01 ? fmt(x) : `${fmt(x)} ms`);
console.log(`| first call, cold: load() + compile + instantiate + top-level + is_prime(97) (median of ${quick ? 3 : 10}) | ${ms(overhead.cold)} |`);
console.log(`| load() of a cached module (a stat and build.lock.json; median of 200) | ${ms(overhead.cachedLoad)} |`);
console.log(`| await m.call('is_prime', 97), cached | ${ms(overhead.asyncCall)} |`);
console.log(`| m.fn('is_prime')(97): checks + conversion + call | ${ms(overhead.fnCall)} |`);
console.log(`| the bare export is_prime(97n), no conversion | ${ms(overhead.rawCall)} |`);
console.log(`| plain JS is_prime(97) | ${ms(overhead.jsCall)} |`);
console.log('\nConversion alone (a list[float] of n items: in = head(xs) reads xs[0]; in + out = echo(xs) returns it):');
console.log('| n | in (array) | in (Float64Array) | in + out (array) | per item in | per item out |\n|--:|--:|--:|--:|--:|--:|');
for (const r of conversion) {
  console.log(`| ${r.n} | ${ms(r.inArr)} | ${ms(r.inTyped)} | ${ms(r.both)} | ${fmt(r.inArr / r.n)} | ${fmt((r.both - r.inArr) / r.n)} |`);
}

console.log('\nShaped values in (rows(m: list[list[float]]) and blob(b: bytes) return a length):');
console.log('| n x n | matrix (arrays) | matrix (Float64Array rows) | bytes (Uint8Array, n*n) | per item (arrays) |\n|--:|--:|--:|--:|--:|');
for (const r of shaped) {
  console.log(`| ${r.n} | ${ms(r.rowsArr)} | ${ms(r.rowsTyped)} | ${ms(r.bytes)} | ${fmt(r.rowsArr / (r.n * r.n))} |`);
}

console.log('\nTime per call (ms; µs where marked):');
console.log('| function | size | wasm (arrays) | wasm (typed arrays) | plain JS | CPython | wasm / JS | CPython / wasm |');
console.log('|---|---|--:|--:|--:|--:|--:|--:|');
for (const r of rows) {
  const ratio = (r.wasm / r.js).toFixed(2);
  const vsPy = r.py === undefined ? '—' : `${(r.py / r.wasm).toFixed(1)}x`;
  console.log(`| ${r.name} | ${r.label} | ${fmt(r.wasm)} | ${fmt(r.wasmTyped)} | ${fmt(r.js)} | ${r.py === undefined ? '—' : fmt(r.py)} | ${ratio} | ${vsPy} |`);
}
console.log('\nBreak-even (smallest size where the module through the loader is faster):');
for (const name of Object.keys(SIZES)) {
  const rs = rows.filter((r) => r.name === name);
  if (!rs.length) continue;
  const vsJs = rs.find((r) => Math.min(r.wasm, r.wasmTyped) < r.js);
  const vsPy = rs.find((r) => r.py !== undefined && r.wasm < r.py);
  console.log(`| ${name} | vs JS: ${vsJs ? vsJs.label : 'never (in these sizes)'} | vs CPython: ${vsPy ? vsPy.label : 'never (in these sizes)'} |`);
}
