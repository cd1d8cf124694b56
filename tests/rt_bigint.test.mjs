// Arbitrary precision ints (src/runtime/rt_int.c, rt_bigint*.c) against
// CPython: tests/unit/rt_bigint_test.c is compiled natively with every
// runtime source (gcc, stubbed WASI imports, once -O2 and once under
// ASan/UBSan); its unit checks cover canonical form and error messages,
// and a seeded differential test evaluates thousands of random cases (every
// operator, operands from small to 2,000 digits and past, the 2^61 / 2^63
// boundaries, carry-heavy limb patterns, float rounding edges, the
// 4300-digit text limit) both with the rt_int_* functions and with python3,
// whose outputs must agree line for line. ML_FUZZ_SEED and ML_FUZZ_CASES
// choose the cases as in tests/fuzz.test.mjs. Also checks that these files
// build for wasm32 with -Werror and call no compiler helper. ML_BIGINT_DUMP=dir
// keeps the cases and both outputs there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, rng, tempDir } from './helpers/common.mjs';
import { OPTIMIZED, SANITIZED, buildNative } from './helpers/runtime_build.mjs';

const SEED = Number(process.env.ML_FUZZ_SEED || 20261203);
const CASES = Number(process.env.ML_FUZZ_CASES || 4000);
const MINE = ['rt_int.c', 'rt_bigint.c', 'rt_bigint_mag.c', 'rt_bigint_text.c', 'rt_bigint_float.c', 'rt_io.c'];

// ---- building ----

// both at once: the two builds are most of this test's time
const DRIVER = 'tests/unit/rt_bigint_test.c';
const builds = { opt: buildNative('rt_bigint_test', DRIVER, OPTIMIZED), san: buildNative('rt_bigint_test_san', DRIVER, SANITIZED) };
for (const b of Object.values(builds)) b.catch(() => {}); // reported by the test that awaits it

function run(exe, args) {
  const r = spawnSync(exe, args, {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20,
    env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=0', UBSAN_OPTIONS: 'print_stacktrace=1' },
  });
  assert.equal(r.status, 0, `${exe} failed (${r.status}):\n${r.stderr}`);
  assert.match(r.stderr, / 0 failures/);
  return r.stdout;
}

// ---- the cases ----


function makeCases(seed, count) {
  const R = rng(seed);
  const int = (lo, hi) => lo + Math.floor(R() * (hi - lo + 1));
  const pick = (a) => a[Math.floor(R() * a.length)];
  const sign = (v) => (R() < 0.5 ? -v : v);
  const hex = (v) => (v < 0n ? '-' + (-v).toString(16) : v.toString(16));
  const digits = (n, base = 10) => {
    let s = (1 + Math.floor(R() * (base - 1))).toString(base);
    while (s.length < n) s += Math.floor(R() * base).toString(base);
    return s;
  };
  const ofBits = (bits) => (bits <= 0 ? 0n : BigInt('0b1' + Array.from({ length: bits - 1 }, () => (R() < 0.5 ? '0' : '1')).join('')));
  const limbs = (k) => { // carry and borrow heavy patterns
    let v = 0n;
    for (let i = 0; i < k; i++) v = (v << 32n) | BigInt(pick([0, 0xffffffff, 0x80000000, 1, 0x7fffffff, int(0, 0xffffffff)]));
    return v;
  };
  const BOUNDS = [2n ** 61n, 2n ** 63n, 2n ** 32n, 2n ** 64n, 2n ** 31n, 2n ** 62n, 2n ** 53n, 2n ** 96n, 2n ** 128n];
  // an operand of up to maxDigits decimal digits (log-uniform), or a special one
  const operand = (maxDigits = 2000) => {
    const r = R();
    if (r < 0.15) return BigInt(int(-300, 300));
    if (r < 0.32) return sign(pick(BOUNDS) + BigInt(int(-3, 3)));
    if (r < 0.45) return sign(limbs(int(1, Math.max(1, Math.min(70, maxDigits >> 3)))));
    return sign(BigInt(digits(Math.ceil(maxDigits ** R()))));
  };
  const nonzero = (maxDigits) => {
    for (;;) {
      const v = operand(maxDigits);
      if (v !== 0n) return v;
    }
  };
  const bits = (v) => (v < 0n ? -v : v).toString(2).length;
  const floatText = (x) => (Number.isNaN(x) ? 'nan' : x === Infinity ? 'inf' : x === -Infinity ? '-inf' : String(x));
  const randomDouble = () => sign((1 + R()) * 2 ** int(-30, 1023));
  // Knuth D's rare "add back" step (Hacker's Delight, divmnu64 tests)
  const FIXED = [
    ['divmod', 0x7fffffff800000000000000000000000n, 0x800000000000000000000001n],
    ['divmod', 0x800000000000000000000003n, 0x200000000000000000000001n],
    ['divmod', 0x8000000000000000fffffffe00000000n, 0x80000000ffffffffn],
    ['divmod', 0x80000000fffffffffffffffen, 0x80000000ffffffffn],
    ['divmod', 2n ** 128n - 1n, 2n ** 64n - 1n],
  ];
  const lines = FIXED.map(([op, a, b]) => `${op} ${hex(a)} ${hex(b)}`);
  const two = ['add', 'sub', 'mul', 'floordiv', 'mod', 'divmod', 'and', 'or', 'xor', 'cmp', 'eq'];
  const one = ['invert', 'neg', 'abs', 'hash', 'bitlen', 'toi64'];
  const gens = [
    [30, () => { // binary operators on any operands, sometimes of very different sizes
      const op = pick(two), a = operand(), b = R() < 0.2 ? a + BigInt(int(-1, 1)) : operand(int(1, 2000));
      return `${op} ${hex(a)} ${hex(b)}`;
    }],
    [6, () => { // big products: several Karatsuba levels, lopsided halves
      const a = sign(BigInt(digits(int(500, 12000)))), b = R() < 0.3 ? a : sign(BigInt(digits(int(300, 12000))));
      return `mul ${hex(a)} ${hex(b)}`;
    }],
    [8, () => { // a = b q + r: quotients of every size
      const b = nonzero(int(1, 1500)), q = operand(int(1, 1500)), r = BigInt(int(-5, 5));
      return `${pick(['floordiv', 'mod', 'divmod'])} ${hex(b * q + r)} ${hex(b)}`;
    }],
    [4, () => { // a // small literal
      const b = R() < 0.2 ? sign(2n ** 61n - BigInt(int(1, 3))) : BigInt(pick([int(-1000, -2), int(1, 1000)]));
      return `${pick(['floordivnz', 'modnz'])} ${hex(operand())} ${hex(b)}`;
    }],
    [8, () => `${pick(one)} ${hex(operand())}`],
    [6, () => { // a ** e with results up to ~60,000 bits
      const a = R() < 0.4 ? BigInt(pick([0, 1, -1, 2, -2, 3, 10, -7, 16, 1024])) : operand(100);
      const e = int(0, Math.min(3000, Math.floor(60000 / Math.max(1, bits(a)))));
      return `pow ${hex(a)} ${hex(BigInt(e))}`;
    }],
    [5, () => { // pow(a, b, m) with negative exponents (inverses) and moduli of both signs
      const a = operand(600), m = R() < 0.15 ? BigInt(pick([1, -1, 0, 2, 3, -7, 97])) : nonzero(int(1, 300));
      const abs = (v) => (v < 0n ? -v : v);
      const b = R() < 0.3 ? -abs(nonzero(20)) : R() < 0.5 ? BigInt(int(0, 100)) : abs(operand(100));
      return `powmod ${hex(a)} ${hex(b)} ${hex(m)}`;
    }],
    [6, () => { // shifts: ordinary, negative, absurd counts
      const a = operand(), r = R();
      const n = r < 0.05 ? -BigInt(int(1, 100)) : r < 0.1 ? pick([2n ** 62n, 2n ** 63n, 2n ** 64n, 2n ** 100n, 2n ** 66n * 3n])
        : BigInt(int(0, bits(a) + 200));
      const op = pick(['lshift', 'rshift']);
      return `${op} ${hex(op === 'lshift' && n > 2n ** 30n && R() < 0.5 ? 0n : a)} ${hex(n)}`;
    }],
    [6, () => { // float(a): halfway cases, near 2^1024
      const r = R();
      let a;
      if (r < 0.3) { // (2^53 + j) 2 + 1 is halfway between two doubles
        const m = (2n ** 53n + BigInt(int(0, 1000))) * 2n + BigInt(int(0, 2));
        a = (m << BigInt(int(0, 1000))) + BigInt(int(-1, 1));
      }
      else if (r < 0.5) a = (2n ** 53n - 1n) * 2n ** 971n + pick([0n, 2n ** 970n - 1n, 2n ** 970n, 2n ** 970n + 1n, 2n ** 969n]);
      else a = ofBits(int(1, 1100));
      return `tofloat ${hex(sign(a))}`;
    }],
    [7, () => { // a / b across the whole exponent range, subnormals, overflow
      const bb = int(1, 2500), a = ofBits(Math.max(0, bb + int(-1120, 1120))), b = ofBits(bb);
      return R() < 0.2 ? `truediv ${hex(operand())} ${hex(operand())}` : `truediv ${hex(sign(a))} ${hex(sign(b))}`;
    }],
    [4, () => { // a / b exactly halfway between two doubles (m odd, of 54 bits or fewer for subnormals)
      const b = nonzero(int(1, 300)), sub = R() < 0.3;
      const top = R() < 0.2; // (2^53 - 1/2) 2^971: a tie that rounds to 2^1024, overflow
      const m = sub ? BigInt(2 * int(0, 2 ** 20) + 1) : top ? 2n ** 54n - 1n : 2n ** 53n + BigInt(2 * int(0, 2 ** 30) + 1);
      const k = sub ? BigInt(int(1060, 1080)) : top ? BigInt(int(969, 971)) : BigInt(int(0, 1020));
      const a = R() < 0.5 ? (m * b) << k : m * b, d = a === m * b ? (2n * b) << k : 2n * b;
      return `truediv ${hex(sign(a))} ${hex(sign(d))}`;
    }],
    [5, () => { // a <=> x, exactly
      const a = R() < 0.3 ? BigInt(int(-1000, 1000)) * 2n ** BigInt(int(0, 1100)) : operand(400), r = R();
      let x = Number(a);
      if (r < 0.3) x *= 1 + pick([-1, 1]) * 2 ** -52;
      else if (r < 0.4) x = pick([Infinity, -Infinity, NaN, 0.5, -0.5, 0]);
      else if (r < 0.5) x = randomDouble();
      else if (r < 0.6) x += 0.5;
      return `cmpf ${hex(a)} ${floatText(x)}`;
    }],
    [5, () => { // round(a, -k), exact halves of both parities
      const k = int(1, 60), q = operand(100);
      const a = R() < 0.5 ? q * 10n ** BigInt(k) + sign(5n * 10n ** BigInt(k - 1)) + BigInt(int(-1, 1)) : operand();
      const nd = R() < 0.1 ? BigInt(int(0, 5)) : R() < 0.1 ? -BigInt(int(100, 3000)) : -BigInt(k);
      return `round ${hex(a)} ${hex(nd)}`;
    }],
    [3, () => `fromfloat ${floatText(R() < 0.3 ? pick([2 ** 63, -(2 ** 63), 9223372036854774784, 2 ** 61, -(2 ** 61), 1e30, -1e308, 0.5, -2.5, 2 ** 64])
      : randomDouble())}`],
    [6, () => { // text: every base, around the 4300-digit limit
      const r = R();
      const a = r < 0.3 ? sign(10n ** BigInt(int(4295, 4301)) + BigInt(int(-2, 2))) : r < 0.4 ? sign(BigInt(digits(int(4290, 4400))))
        : operand(r < 0.6 ? 5000 : 2000);
      return `${pick(['str', 'str', 'bin', 'oct', 'hex'])} ${hex(a)}`;
    }],
    [5, () => { // parsing digit strings in every base
      const base = int(2, 36), r = R();
      const n = r < 0.15 && (base & (base - 1)) ? int(4295, 4305) : Math.ceil((r < 0.3 ? 6000 : 1500) ** R());
      let s = (R() < 0.2 ? '0'.repeat(int(1, 5)) : '') + digits(n, base);
      if (R() < 0.3) s = s.toUpperCase();
      return `parse ${s} ${base} ${int(0, 1)}`;
    }],
    [6, () => { // int(s, base): signs, prefixes, underscores, spaces, junk
      const base = pick([0, 0, 10, 16, 8, 2, int(2, 36)]);
      const b = base === 0 ? pick([10, 16, 8, 2]) : base;
      let body = digits(R() < 0.1 ? int(4290, 4400) : Math.ceil(300 ** R()), b);
      if (R() < 0.3) body = body.replace(/(.)(.)/g, (m, x, y) => (R() < 0.3 ? `${x}_${y}` : m));
      if (R() < 0.05) body = '0' + body;
      const prefix = b === 10 ? '' : (base === 0 || R() < 0.3 ? { 16: '0x', 8: '0o', 2: '0b' }[b] || '' : '');
      const junk = R() < 0.1 ? pick(['x', '_', '__1', ' 1', '.', '9z']) : '';
      const s = `${pick(['', ' ', '\t'])}${pick(['', '-', '+'])}${prefix}${body}${junk}${pick(['', ' ', '\n'])}`;
      return `intstr ${base} ${Buffer.from(s, 'utf8').toString('hex')}`;
    }],
  ];
  const total = gens.reduce((s, [w]) => s + w, 0);
  while (lines.length < count) {
    let r = R() * total;
    const g = gens.find(([w]) => (r -= w) < 0) || gens[0];
    lines.push(g[1]());
  }
  return lines;
}

// The same cases in CPython (one process for the whole batch: python3 may
// be a slow shim).
const PY = String.raw`
import sys
def H(s): return int(s, 16)
def X(v): return format(v, 'x')
def F(v): return repr(v)
def case(a):
    op = a[0]
    if op == 'add': return X(H(a[1]) + H(a[2]))
    if op == 'sub': return X(H(a[1]) - H(a[2]))
    if op == 'mul': return X(H(a[1]) * H(a[2]))
    if op in ('floordiv', 'floordivnz'): return X(H(a[1]) // H(a[2]))
    if op in ('mod', 'modnz'): return X(H(a[1]) % H(a[2]))
    if op == 'divmod':
        q, r = divmod(H(a[1]), H(a[2]))
        return X(q) + ' ' + X(r)
    if op == 'pow': return X(H(a[1]) ** H(a[2]))
    if op == 'powmod': return X(pow(H(a[1]), H(a[2]), H(a[3])))
    if op == 'lshift': return X(H(a[1]) << H(a[2]))
    if op == 'rshift': return X(H(a[1]) >> H(a[2]))
    if op == 'and': return X(H(a[1]) & H(a[2]))
    if op == 'or': return X(H(a[1]) | H(a[2]))
    if op == 'xor': return X(H(a[1]) ^ H(a[2]))
    if op == 'invert': return X(~H(a[1]))
    if op == 'neg': return X(-H(a[1]))
    if op == 'abs': return X(abs(H(a[1])))
    if op == 'cmp':
        x, y = H(a[1]), H(a[2])
        return str((x > y) - (x < y))
    if op == 'eq': return str(int(H(a[1]) == H(a[2])))
    if op == 'hash': return str(hash(H(a[1])))
    if op == 'bitlen': return str(H(a[1]).bit_length())
    if op == 'toi64':
        x = H(a[1])
        return str(x) if -2**63 <= x < 2**63 else 'none'
    if op == 'str': return str(H(a[1]))
    if op == 'bin': return format(H(a[1]), 'b')
    if op == 'oct': return format(H(a[1]), 'o')
    if op == 'hex': return format(H(a[1]), 'x')
    if op == 'parse':
        v = int(a[1], int(a[2]))
        return X(-v if a[3] == '1' else v)
    if op == 'intstr': return X(int(bytes.fromhex(a[2] if len(a) > 2 else '').decode(), int(a[1])))
    if op == 'tofloat': return F(float(H(a[1])))
    if op == 'truediv': return F(H(a[1]) / H(a[2]))
    if op == 'cmpf':
        x, f = H(a[1]), float(a[2])
        return '2' if f != f else str((x > f) - (x < f))
    if op == 'round': return X(round(H(a[1]), H(a[2])))
    if op == 'fromfloat': return X(int(float(a[1])))
    return '?op'
out = []
for line in open(sys.argv[1]):
    try:
        out.append(case(line.rstrip('\n').split(' ')))
    except Exception as e:
        out.append('!' + type(e).__name__ + ': ' + str(e))
sys.stdout.write('\n'.join(out) + '\n')
`;

function differential(exe, lines) {
  const dir = tempDir();
  const file = join(dir, 'cases.txt'), py = join(dir, 'eval.py');
  writeFileSync(file, lines.join('\n') + '\n');
  writeFileSync(py, PY);
  const p = spawnSync('python3', [py, file], { encoding: 'utf8', maxBuffer: 256 << 20 });
  assert.equal(p.status, 0, p.stderr);
  const ours = run(exe, [file]);
  if (process.env.ML_BIGINT_DUMP) { // keep the cases and both outputs for a look
    mkdirSync(process.env.ML_BIGINT_DUMP, { recursive: true });
    writeFileSync(join(process.env.ML_BIGINT_DUMP, 'cases.txt'), lines.join('\n') + '\n');
    writeFileSync(join(process.env.ML_BIGINT_DUMP, 'ours.txt'), ours);
    writeFileSync(join(process.env.ML_BIGINT_DUMP, 'cpython.txt'), p.stdout);
  }
  const want = p.stdout.split('\n'), got = ours.split('\n');
  const cut = (s) => (s.length > 300 ? `${s.slice(0, 300)}... (${s.length} chars)` : s);
  for (let i = 0; i < lines.length; i++) {
    if (got[i] !== want[i])
      assert.fail(`case ${i + 1} of ${lines.length} (ML_FUZZ_SEED=${SEED}) differs:\n  case:    ${cut(lines[i])}\n` +
        `  ours:    ${cut(String(got[i]))}\n  CPython: ${cut(String(want[i]))}`);
  }
  assert.equal(got.length, want.length);
}

const lines = makeCases(SEED, CASES);

test(`big ints agree with CPython on ${CASES} random cases (seed ${SEED}, -O2)`, async () => {
  differential(await builds.opt, lines);
});

test('big ints under ASan and UBSan (the same cases)', async () => {
  differential(await builds.san, lines);
});

test('the big int sources build for wasm32 with -Werror and need no compiler helper', () => {
  const dir = tempDir();
  for (const f of MINE) {
    const obj = join(dir, f.replace(/\.c$/, '.o'));
    execFileSync('clang', ['--target=wasm32-wasi', '-std=c11', '-O2', '-fno-unroll-loops', '-DML_RUNTIME_BUILD', '-Wall', '-Wextra',
      '-Werror', '-mbulk-memory', '-mnontrapping-fptoint', '-msign-ext', '-mmutable-globals', '-ffunction-sections',
      '-fdata-sections', '-fno-builtin-printf', '-I', 'src/runtime', '-c', `src/runtime/${f}`, '-o', obj], { cwd: ROOT, stdio: 'inherit' });
    const undef = execFileSync('llvm-nm', ['-u', obj], { encoding: 'utf8' }).split('\n').map((l) => l.trim().replace(/^U /, ''))
      .filter((s) => s && !s.startsWith('rt_') && s !== '__stack_pointer');
    assert.deepEqual(undef, [], `${f} calls outside the runtime`);
  }
});
