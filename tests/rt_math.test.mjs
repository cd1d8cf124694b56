// The math module (src/runtime/rt_math*.c) against CPython 3.11.
// tests/unit/rt_math_test.c is built three ways: natively with gcc and every
// runtime source (stubbed WASI imports), once -O2 and once under ASan/UBSan,
// and for wasm32-wasi with clang, the runtime's flags and wasi-libc's libm,
// as the modules the compiler makes link it. Each build runs the unit checks
// (error paths, exact messages) and then a seeded random differential:
// thousands of calls of every math function (special values, subnormals,
// huge and tiny floats, domain edges, uniform and log-uniform randoms, big
// ints for the integer functions and log), evaluated by python3 (once for
// the whole batch: it may be a slow shim) and compared line for line.
// The wasm build runs under Node's WASI: its floats are the ones programs
// get. ML_FUZZ_SEED and ML_FUZZ_CASES choose the cases as in
// tests/fuzz.test.mjs; ML_MATH_DUMP=dir keeps the cases and the outputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { WASI } from 'node:wasi';
import { ROOT, rng, tempDir } from './helpers/common.mjs';
import { OPTIMIZED, SANITIZED, buildNative, buildWasm } from './helpers/runtime_build.mjs';

const SEED = Number(process.env.ML_FUZZ_SEED || 20261203);
const CASES = Number(process.env.ML_FUZZ_CASES || 6000);
const DENSE = Number(process.env.ML_MATH_DENSE || 3000); // cases per dense batch (9 of them)
const exec = promisify(execFile);

// ---- building ----

// all three at once: the builds are most of this test's time
const DRIVER = 'tests/unit/rt_math_test.c';
const builds = {
  opt: buildNative('rt_math_test', DRIVER, OPTIMIZED),
  san: buildNative('rt_math_test_san', DRIVER, SANITIZED),
  wasm: buildWasm('rt_math_test', DRIVER, ['--no-entry', '--export=_start', '--stack-first', '-z', 'stack-size=1048576']),
};
for (const b of Object.values(builds)) b.catch(() => {}); // reported by the test that awaits it

function runNative(exe, casesFile) {
  const r = spawnSync(exe, [casesFile], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20,
    env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=0', UBSAN_OPTIONS: 'print_stacktrace=1' },
  });
  assert.equal(r.status, 0, `${exe} failed (${r.status}):\n${r.stderr}`);
  assert.match(r.stderr, / 0 failures/);
  return r.stdout;
}

// The harness under Node's WASI: cases on stdin, results on stdout.
async function runWasm(wasmFile, casesFile) {
  const dir = tempDir();
  const outFile = join(dir, 'out.txt'), errFile = join(dir, 'err.txt');
  const fds = [openSync(casesFile, 'r'), openSync(outFile, 'w'), openSync(errFile, 'w')];
  try {
    const wasi = new WASI({ version: 'preview1', args: ['rt_math_test'], env: {}, stdin: fds[0], stdout: fds[1], stderr: fds[2],
      returnOnExit: true });
    // wrapped: node:wasi keeps a stale view of memory after memory.grow when imported directly
    const wrap = (o) => Object.fromEntries(Object.entries(o).map(([k, f]) => [k, (...a) => f(...a)]));
    // the runtime's other imports are the module linker's (generated code,
    // which these cases never reach) but for the heap's start
    const module = await WebAssembly.compile(readFileSync(wasmFile));
    let instance;
    const imports = { wasi_snapshot_preview1: wrap(wasi.wasiImport) };
    for (const imp of WebAssembly.Module.imports(module)) {
      if (imp.module === 'wasi_snapshot_preview1') continue;
      (imports[imp.module] ||= {})[imp.name] = imp.module === 'env' && imp.name === 'ml_heap_base'
        ? () => instance.exports.__heap_base.value
        : () => { throw new Error(`${imp.module}.${imp.name} called`); };
    }
    instance = await WebAssembly.instantiate(module, imports);
    const code = wasi.start(instance);
    const err = readFileSync(errFile, 'utf8');
    assert.equal(code, 0, `wasm harness exited ${code}:\n${err}`);
    assert.match(err, / 0 failures/);
  } finally {
    for (const fd of fds) closeSync(fd);
  }
  return readFileSync(outFile, 'utf8');
}

// ---- the cases ----


const f64 = new Float64Array(1), u64 = new BigUint64Array(f64.buffer);
const bitsOf = (x) => { f64[0] = x; return u64[0]; };
const ofBits = (b) => { u64[0] = BigInt.asUintN(64, b); return f64[0]; };
const nextUp = (x, k = 1) => { // k floats up (down for k < 0), through zero
  if (Number.isNaN(x) || !Number.isFinite(x) || k === 0) return x;
  const b = bitsOf(x);
  let v = b >> 63n ? -(b & 0x7fffffffffffffffn) : b; // ordered integer
  v += BigInt(k);
  const y = v < 0n ? ofBits((1n << 63n) | -v) : ofBits(v);
  return Number.isFinite(y) ? y : x;
};

function makeCases(seed, count) {
  const R = rng(seed);
  const int = (lo, hi) => lo + Math.floor(R() * (hi - lo + 1));
  const pick = (a) => a[Math.floor(R() * a.length)];
  const sign = (v) => (R() < 0.5 ? -v : v);
  const SPECIAL = [Infinity, -Infinity, NaN, 0, -0, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
    -2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1, -1, 0.5, -0.5, 2, -2, 1e-300, 1e300,
    Math.PI, Math.PI / 2, -Math.PI / 2, Math.E, 1e-8, 3, 10, 100, 1e16, 2 ** 53, 2 ** 52 + 0.5, 4.5, -4.5];
  const logUniform = () => sign(2 ** (R() * 2098 - 1074) * (1 + R()));
  const subnormal = () => sign(ofBits(BigInt(int(1, 2 ** 30)) * BigInt(int(1, 2 ** 22))));
  // a float for a function whose interesting range is [lo, hi]
  const flt = (lo = -10, hi = 10) => {
    const r = R();
    if (r < 0.12) return pick(SPECIAL);
    if (r < 0.2) return logUniform();
    if (r < 0.24) return subnormal();
    if (r < 0.34) return nextUp(pick([lo, hi, 0, 1, -1, Math.round(lo + R() * (hi - lo))]), int(-4, 4));
    return lo + R() * (hi - lo);
  };
  const ftext = (x) => (Number.isNaN(x) ? 'nan' : x === Infinity ? 'inf' : x === -Infinity ? '-inf'
    : Object.is(x, -0) ? '-0.0' : String(x));
  const F = (x) => `f${ftext(x)}`;
  const hex = (v) => (v < 0n ? '-' + (-v).toString(16) : v.toString(16));
  const I = (v) => `i${hex(BigInt(v))}`;
  const bigOfBits = (bits) => { // a random positive int of `bits` bits
    let v = 1n;
    for (let i = 1; i < bits; i++) v = (v << 1n) | (R() < 0.5 ? 1n : 0n);
    return v;
  };
  const bigInt = (maxBits) => { // small, near boundaries, or log-uniform in size
    const r = R();
    if (r < 0.2) return BigInt(int(-20, 300));
    if (r < 0.35) return pick([2n ** 61n, 2n ** 62n, 2n ** 63n, 2n ** 64n, 2n ** 32n, 2n ** 53n, 2n ** 1024n]) + BigInt(int(-2, 2));
    return bigOfBits(Math.max(1, Math.ceil(maxBits ** R())));
  };
  const odd = () => pick(['s1.5', 'N', 'b1', 'b0', 'Lf1']); // wrong or odd types
  // a number object for the functions of floats: mostly floats, some ints and bools
  const num = (lo, hi) => {
    const r = R();
    if (r < 0.04) return odd();
    if (r < 0.1) return I(R() < 0.2 ? sign(bigInt(1100)) : BigInt(int(-50, 50)));
    return F(flt(lo, hi));
  };
  const RANGES = { // [lo, hi] where each function is interesting
    sqrt: [0, 100], exp: [-750, 715], exp2: [-1080, 1030], expm1: [-40, 710], log1p: [-1, 10], sin: [-10, 10], cos: [-10, 10],
    tan: [-10, 10], asin: [-1, 1], acos: [-1, 1], atan: [-20, 20], sinh: [-712, 712], cosh: [-712, 712], tanh: [-20, 20],
    asinh: [-20, 20], acosh: [1, 20], atanh: [-1, 1], fabs: [-10, 10], erf: [-6, 6], erfc: [-6, 28], gamma: [-180, 172],
    lgamma: [-180, 200], degrees: [-10, 10], radians: [-1000, 1000], cbrt: [-1000, 1000], ulp: [-10, 10],
    isfinite: [-1, 1], isinf: [-1, 1], isnan: [-1, 1], frexp: [-1000, 1000], modf: [-1000, 1000],
  };
  const big = (x) => { // large arguments of the trig functions
    if (R() < 0.15) return F(sign(2 ** (R() * 80)) * (1 + R()));
    return x;
  };
  const gens = [];
  const add = (w, f) => gens.push([w, f]);
  for (const [fn, [lo, hi]] of Object.entries(RANGES)) {
    const w = ['sin', 'cos', 'tan', 'exp', 'log', 'pow', 'gamma', 'lgamma'].includes(fn) ? 4 : 3;
    add(w, () => {
      let x = num(lo, hi);
      if (['sin', 'cos', 'tan'].includes(fn)) x = big(x);
      if ((fn === 'gamma' || fn === 'lgamma') && R() < 0.2) x = F(-int(1, 170) + pick([1e-9, -1e-9, 0.5, 1e-14, -1e-5, 0]));
      return `${fn} ${x}`;
    });
  }
  const two = (fn, lo, hi, lo2 = lo, hi2 = hi) => add(3, () => `${fn} ${num(lo, hi)} ${num(lo2, hi2)}`);
  two('atan2', -10, 10);
  two('copysign', -10, 10);
  two('fmod', -1e6, 1e6, -100, 100);
  two('remainder', -1e6, 1e6, -100, 100);
  two('nextafter', -10, 10);
  add(6, () => { // pow: integer exponents, negative bases, overflow, 0 ** negative
    const r = R();
    if (r < 0.3) return `pow ${num(-10, 10)} ${F(int(-40, 40))}`;
    if (r < 0.5) return `pow ${F(sign(flt(0, 2)))} ${F(flt(-2000, 2000))}`;
    return `pow ${num(0, 100)} ${num(-50, 50)}`;
  });
  add(3, () => { // isclose: near values, tolerances of both signs
    const a = flt(-10, 10), b = R() < 0.5 ? nextUp(a, int(-1e7, 1e7)) : flt(-10, 10);
    const t = [F(a), F(b)];
    if (R() < 0.6) t.push(F(pick([1e-9, 0, 1e-15, 0.1, -1e-9, 1e-6])));
    if (t.length > 2 && R() < 0.5) t.push(F(pick([0, 1e-12, 1e-6, -1, Infinity])));
    return `isclose ${t.join(' ')}`;
  });
  const logArg = () => {
    const r = R();
    if (r < 0.3) return I(R() < 0.1 ? -bigInt(3000) : bigInt(4000));
    if (r < 0.35) return odd();
    return F(R() < 0.5 ? flt(0, 1e3) : Math.abs(logUniform()));
  };
  add(6, () => `log ${logArg()}`);
  add(3, () => `log ${logArg()} ${pick([I(2), I(10), F(0.5), I(1), logArg(), logArg()])}`);
  add(5, () => `log2 ${logArg()}`);
  add(5, () => `log10 ${logArg()}`);
  const toInt = () => { // floor/ceil/trunc arguments
    const r = R();
    if (r < 0.6) return F(R() < 0.5 ? flt(-1e6, 1e6) : logUniform());
    if (r < 0.8) return I(sign(bigInt(2000)));
    return odd();
  };
  for (const fn of ['floor', 'ceil', 'trunc']) add(2, () => `${fn} ${toInt()}`);
  add(4, () => { // factorial: mostly moderate n, some big
    const r = R();
    const n = r < 0.6 ? I(int(-3, 300)) : r < 0.85 ? I(int(300, 2500)) : r < 0.88 ? I(int(5000, 20000))
      : r < 0.92 ? I(pick([2n ** 64n, -(2n ** 64n), -1n])) : r < 0.96 ? odd() : F(5);
    return `factorial ${n}`;
  });
  add(5, () => { // isqrt: up to 1000 digits, squares and their neighbours
    const r = R();
    let n;
    if (r < 0.4) { const a = bigInt(1700); n = a * a + BigInt(int(-1, 1)); }
    else if (r < 0.9) n = bigInt(3400);
    else return `isqrt ${pick([I(-1), I(-(2n ** 70n)), F(4), 'b1', 's4'])}`;
    return `isqrt ${I(n < 0n ? 0n : n)}`;
  });
  const combArgs = () => {
    const r = R();
    if (r < 0.5) { const n = int(0, 400); return [I(n), I(int(-1, n + 3))]; }
    if (r < 0.7) { const n = int(400, 2500); return [I(n), I(int(0, n))]; }
    if (r < 0.85) { const n = bigInt(300); return [I(n), I(R() < 0.8 ? BigInt(int(0, 60)) : n - BigInt(int(0, 30)))]; }
    if (r < 0.9) return [I(int(-5, 5)), I(int(-5, 5))];
    return [pick([I(10), odd(), F(5)]), pick([I(3), odd(), F(2)])];
  };
  add(5, () => `comb ${combArgs().join(' ')}`);
  add(5, () => { // perm: a big n only with a small k (or one past 2**63: OverflowError)
    const r = R();
    if (r < 0.1) return `perm ${I(int(-2, 500))}`;
    if (r < 0.6) { const n = int(0, 400); return `perm ${I(n)} ${I(int(-1, n + 3))}`; }
    if (r < 0.75) { const n = int(400, 2500); return `perm ${I(n)} ${I(int(0, n))}`; }
    if (r < 0.9) { const n = bigInt(300); return `perm ${I(n)} ${I(R() < 0.9 ? BigInt(int(0, 40)) : n > 2n ** 64n ? 2n ** 64n : n + 1n)}`; }
    return `perm ${pick([I(10), odd(), F(5)])} ${pick([I(3), odd(), F(2), 'N'])}`;
  });
  const gcdArgs = () => {
    const k = int(0, 5), common = bigInt(400);
    return Array.from({ length: k }, () => {
      const r = R();
      if (r < 0.05) return odd();
      if (r < 0.1) return I(0);
      return I(sign(R() < 0.5 ? common * bigInt(300) : bigInt(600)));
    });
  };
  add(4, () => `gcd ${gcdArgs().join(' ')}`.trim());
  add(4, () => `lcm ${gcdArgs().join(' ')}`.trim());
  add(3, () => { // ldexp: exponents in range and far out, wrong types
    const r = R();
    const i = r < 0.7 ? I(int(-1150, 1100)) : r < 0.85 ? I(sign(bigInt(200))) : pick([F(2), 'b1', 'N', I(-2147483648), I(2147483648)]);
    return `ldexp ${num(-10, 10)} ${i}`;
  });
  const seqNum = () => (R() < 0.03 ? odd() : R() < 0.15 ? I(sign(bigInt(R() < 0.9 ? 60 : 1100))) : F(R() < 0.5 ? flt(-100, 100) : logUniform()));
  add(5, () => `hypot ${Array.from({ length: int(0, 6) }, seqNum).join(' ')}`.trim());
  add(4, () => {
    const n = int(0, 5), m = R() < 0.1 ? int(0, 5) : n;
    const pt = (k) => `${pick(['L', 'T', 'I'])}${Array.from({ length: k }, seqNum).join(',')}`;
    return `dist ${pt(n)} ${pt(m)}`;
  });
  add(6, () => { // fsum: cancellation across wide exponent ranges
    const n = int(0, 25), scale = 2 ** int(-60, 60);
    const items = Array.from({ length: n }, () => {
      const r = R();
      if (r < 0.02) return pick([F(Infinity), F(-Infinity), F(NaN), F(1e308), F(-1e308), odd()]);
      if (r < 0.1) return I(sign(BigInt(int(0, 1e9))));
      return F(sign((1 + R()) * 2 ** int(-60, 60)) * scale);
    });
    if (R() < 0.3 && n) items.push(...items.map((t) => (t[0] === 'f' && t !== 'fnan' ? (t[1] === '-' ? `f${t.slice(2)}` : `f-${t.slice(1)}`) : t)));
    if (R() < 0.05) return `fsum R${int(-50, 50)},${int(-50, 300)},${pick([1, 3, -2])}`;
    return `fsum ${pick(['L', 'T', 'I'])}${items.join(',')}`;
  });
  add(4, () => { // prod: ints stay exact, floats, mixes, start
    const n = int(0, 30);
    const items = Array.from({ length: n }, () => {
      const r = R();
      if (r < 0.5) return I(sign(BigInt(int(0, 2 ** 31))));
      if (r < 0.6) return I(sign(bigInt(200)));
      if (r < 0.85) return F(flt(-3, 3));
      if (r < 0.95) return pick(['b1', 'b0']);
      return 'N';
    });
    const start = R() < 0.3 ? ` ${pick([I(3), F(0.5), 'b1', I(-(2n ** 70n))])}` : '';
    if (R() < 0.05) return `prod R${int(1, 10)},${int(10, 60)},${int(1, 4)}${start}`;
    return `prod ${pick(['L', 'T', 'I'])}${items.join(',')}${start}`;
  });
  const total = gens.reduce((s, [w]) => s + w, 0);
  // edges every run checks: bools as ints, signed zeros, the int/float
  // boundaries, empty calls, big-int logs
  const lines = [
    'floor b1', 'ceil b0', 'trunc b1', 'comb b1 b1', 'perm b1', 'gcd b1 i4', 'lcm b0 i4', 'isqrt b1', 'factorial i0',
    'factorial i14', 'factorial i15', 'factorial i16', 'factorial i17', 'factorial i15', 'perm i5 i0', 'comb i0 i0',
    'gcd', 'lcm', 'gcd i-0', 'gcd i-6', 'lcm i-6', 'hypot', 'hypot i-3', 'hypot finf fnan', 'hypot fnan finf', 'dist T T',
    'ldexp f1.0 b1', 'ldexp f1.0 i-7fffffff', 'ldexp f1.0 i-80000000', 'ldexp f1.0 i-80000001', 'log b1 i2', 'log i2 b1',
    'log b0', `log i${(10n ** 400n).toString(16)} i${(10n ** 200n).toString(16)}`, `log i${(1n << 1024n).toString(16)}`,
    `log2 i${((1n << 1024n) - 1n).toString(16)}`, `log10 i${((1n << 1024n) - (1n << 970n)).toString(16)}`,
    `log i${((1n << 1024n) - (1n << 969n)).toString(16)}`, `sqrt i${(10n ** 400n).toString(16)}`, 'prod L', 'prod L f2.5',
    'prod Lb1,b1', 'prod Lb1,b1 b1', 'fsum R0,10,1', 'fsum Lf1e308,f1e308,f-1e308', 'fsum Lf1e-16,f1,f1e16', 'fsum L',
    'remainder f-0.0 f1', 'copysign i1 f-0.0', 'nextafter finf f0', 'nextafter f0 f-0.0', 'ulp f0.0', 'ulp f-inf',
    'ulp fnan', 'modf f-0.0', 'frexp f-0.0', 'frexp f5e-324', 'atan2 f0.0 f-0.0', 'atan2 f-0.0 f-0.0', 'atan2 finf f-inf',
    'pow f-0.0 f-1', 'pow f-2 f0.5', 'pow f1 fnan', 'pow fnan f0', 'pow f-1 finf', 'pow f0 f-inf', 'pow f-0.0 f3',
    'gamma f-0.0', 'gamma f171.5', 'gamma f-171.5', 'gamma f-200.5', 'gamma f1e-320', 'lgamma f1', 'lgamma f-0.0',
    'lgamma f2.5e305', 'erf finf', 'erfc f-inf', 'erfc f30', 'expm1 f-0.0', 'log1p f-0.0', 'atanh f-1', 'acosh f-2',
    'isclose finf finf', 'isclose fnan fnan', 'isclose f1 f1.0000000001', 'isclose f0 f1e-10 f0 f1e-9', 'isclose f1 f2 f-1',
    'degrees f1e308', 'radians finf', 'floor f-0.5', 'ceil f-0.5', 'trunc f-2.5', 'floor f1e300', 'ceil f-1e300',
    'floor finf', 'ceil fnan', 'trunc s1', 'floor N', 'fsum N', 'prod i3', 'dist i1 i2', 'dist Lf1 Lf1,f2',
  ];
  while (lines.length < count) {
    let r = R() * total;
    const g = gens.find(([w]) => (r -= w) < 0) || gens[0];
    lines.push(g[1]());
  }
  // Dense plain-float cases of the functions held exact to glibc's last bit
  // (rt_math_exp_log.c): the FMA rounding differences they guard against
  // show in about one call of 1,500, too rare for the mix above to see.
  const dense = (n, f) => { for (let i = 0; i < n; i++) lines.push(f()); };
  dense(DENSE, () => `pow ${F(R() * 100)} f0.5`);
  // x ** 0.5 over the whole range, and near the squares of midpoints
  // between doubles (where sqrt and glibc's pow may differ)
  dense(DENSE, () => `pow ${F(2 ** (R() * 2040 - 1020) * (1 + R()))} f0.5`);
  dense(DENSE, () => { const m = (1 + R()) * 2 ** int(-20, 20); return `pow ${F(m * m + m * m * 2 ** -52)} f0.5`; });
  dense(DENSE, () => `pow ${F(R() * 10)} ${F(R() < 0.3 ? int(-30, 30) : (R() - 0.5) * 60)}`);
  dense(DENSE, () => `pow ${F(sign(2 ** (R() * 60 - 30)))} ${F(int(-40, 40))}`);
  dense(2 * DENSE, () => `exp ${F((R() - 0.5) * 1400 * R())}`);
  dense(DENSE, () => `log ${F(R() < 0.3 ? 1 + (R() - 0.5) * 0.2 : Math.abs(logUniform()))}`);
  dense(DENSE, () => `log2 ${F(R() < 0.3 ? 1 + (R() - 0.5) * 0.1 : Math.abs(logUniform()))}`);
  return lines;
}

// The same cases in CPython.
const PY = String.raw`
import sys, math
def item(t):
    c, r = t[0], t[1:]
    if c == 'f': return float(r)
    if c == 'i': return int(r, 16)
    if c == 'b': return r == '1'
    if c == 'N': return None
    if c == 's': return r
    if c in 'LTI':
        l = [item(u) for u in r.split(',')] if r else []
        return l if c == 'L' else tuple(l) if c == 'T' else iter(l)
    if c == 'R': return range(*[int(u) for u in r.split(',')])
def fmt(v):
    if isinstance(v, bool): return repr(v)
    if isinstance(v, int): return hex(v)
    if isinstance(v, tuple): return '(' + ', '.join(fmt(u) for u in v) + ')'
    return repr(v)
def case(a):
    fn, args = a[0], [item(t) for t in a[1:]]
    if fn == 'isclose':
        kw = dict(zip(('rel_tol', 'abs_tol'), args[2:]))
        return math.isclose(args[0], args[1], **kw)
    if fn == 'prod':
        return math.prod(args[0], start=args[1]) if len(args) > 1 else math.prod(args[0])
    return getattr(math, fn)(*args)
out = []
for line in open(sys.argv[1]):
    try:
        out.append(fmt(case(line.rstrip('\n').split(' '))))
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
sys.stdout.write('\n'.join(out) + '\n')
`;

function cpython(file) {
  const py = join(tempDir(), 'eval.py');
  writeFileSync(py, PY);
  const p = spawnSync('python3', [py, file], { encoding: 'utf8', maxBuffer: 256 << 20 });
  assert.equal(p.status, 0, p.stderr);
  return p.stdout;
}

const lines = makeCases(SEED, CASES);
const casesFile = join(tempDir(), 'cases.txt');
writeFileSync(casesFile, lines.join('\n') + '\n');
const DUMP = process.env.ML_MATH_DUMP;
if (DUMP) {
  mkdirSync(DUMP, { recursive: true });
  writeFileSync(join(DUMP, 'cases.txt'), lines.join('\n') + '\n');
}
let expected;
const want = () => (expected ??= cpython(casesFile));

// Functions whose last bit may differ from CPython's (glibc's) without being
// wrong: glibc's sin/cos/tan/asin/acos/atan/atan2 are not correctly rounded
// in about 0.2% of arguments, where ours are (rt_math_trig.c); expm1 and
// log1p are glibc's FMA builds of fdlibm's code on this machine, musl's in
// wasm, and differ in about 0.2% and 0.01% of arguments; erfc's tail and
// the hyperbolic functions inherit those of expm1/log1p, gamma and lgamma
// those of sin and cos. (exp, log, log2 and pow are glibc's FMA variants,
// emulated bit for bit: rt_math_exp_log.c, held exact here and by the
// dense cases below.) For these a result may be `ulps` floats away from
// CPython's, in at most `share` of their cases (and at least 2); the exact
// text is required everywhere else (and for every exception, every special
// value and every non-float result).
const LOOSE = {
  sin: [1, 0.03], cos: [1, 0.03], tan: [1, 0.03], asin: [1, 0.03], acos: [1, 0.03], atan: [1, 0.03], atan2: [1, 0.03],
  expm1: [1, 0.005], log1p: [1, 0.005], sinh: [1, 0.005], cosh: [1, 0.005], tanh: [1, 0.005],
  asinh: [1, 0.005], acosh: [1, 0.005], atanh: [1, 0.005], erf: [1, 0.005], erfc: [2, 0.005], gamma: [4, 0.01],
  lgamma: [2, 0.01],
};

function ulpsApart(a, b) { // two float reprs, both finite and nonzero, of the same sign; else Infinity
  const x = Number(a), y = Number(b);
  if (!/^-?[0-9.e+-]+$/.test(a) || !/^-?[0-9.e+-]+$/.test(b) || !Number.isFinite(x) || !Number.isFinite(y)) return Infinity;
  if (x === 0 || y === 0 || (x < 0) !== (y < 0)) return Infinity;
  const d = bitsOf(Math.abs(x)) - bitsOf(Math.abs(y));
  return Number(d < 0n ? -d : d);
}

function compare(name, ours, t) {
  if (DUMP) {
    writeFileSync(join(DUMP, `${name}.txt`), ours);
    writeFileSync(join(DUMP, 'cpython.txt'), want());
  }
  const w = want().split('\n'), got = ours.split('\n');
  const cut = (s) => (s.length > 300 ? `${s.slice(0, 300)}... (${s.length} chars)` : s);
  const bad = [], loose = {}, calls = {};
  for (let i = 0; i < lines.length; i++) {
    const fn = lines[i].split(' ')[0];
    calls[fn] = (calls[fn] || 0) + 1;
    if (got[i] === w[i]) continue;
    if (LOOSE[fn] && ulpsApart(got[i], w[i]) <= LOOSE[fn][0]) (loose[fn] ||= []).push(i);
    else bad.push(i);
  }
  for (const [fn, list] of Object.entries(loose)) {
    if (list.length > Math.max(2, LOOSE[fn][1] * calls[fn])) bad.push(...list);
  }
  const summary = Object.entries(loose).map(([fn, l]) => `${fn} ${l.length}/${calls[fn]}`).join(', ');
  if (t && summary) t.diagnostic(`last-bit differences from glibc allowed: ${summary}`);
  if (bad.length) {
    bad.sort((a, b) => a - b);
    const show = bad.slice(0, 8).map((i) => `  case ${i + 1}: ${cut(lines[i])}\n    ours:    ${cut(String(got[i]))}\n` +
      `    CPython: ${cut(String(w[i]))}`).join('\n');
    assert.fail(`${name}: ${bad.length} of ${lines.length} cases differ (ML_FUZZ_SEED=${SEED}):\n${show}`);
  }
  assert.equal(got.length, w.length);
}

test(`math in wasm (wasi-libc's libm) agrees with CPython on ${CASES} random cases (seed ${SEED})`, async (t) => {
  compare('wasm', await runWasm(await builds.wasm, casesFile), t);
});

test('math natively (-O2): unit checks and the same cases', async (t) => {
  compare('native', runNative(await builds.opt, casesFile), t);
});

test('math under ASan and UBSan (the same cases)', async () => {
  compare('native_san', runNative(await builds.san, casesFile));
});
