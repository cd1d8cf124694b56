// The wasm32 runtime (src/runtime) and the runtime linker (src/back/rtlink):
// tests/unit/rtlink_test.c links hand-written `_start` functions with the
// runtime parts they reach; each module is assembled with the wat2wasm CLI,
// run under Node's WASI, and its output compared with CPython computing the
// same values (float repr and parsing, int/float arithmetic, round(), str,
// error messages and exit status, input(), argv).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir, runWasm } from './helpers/common.mjs';

const OUT = join(ROOT, 'build/tests');
const work = tempDir('ml-runtime-');
// per process: test files may run concurrently
const DRIVER = join(work, 'rtlink_test');
const SAN = ['-fsanitize=address,undefined', '-fno-omit-frame-pointer', '-fno-sanitize-recover=undefined'];
const env = { ...process.env, ASAN_OPTIONS: 'detect_leaks=1', UBSAN_OPTIONS: 'print_stacktrace=1' };

let dataEnd = 0;
function setup() {
  if (dataEnd) return;
  execFileSync('make', ['-s', 'build/gen/runtime_wat.c'], { cwd: ROOT, stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });
  execFileSync('gcc', ['-std=c11', '-Wall', '-Wextra', '-Werror', '-g', '-O1', '-I', 'src', '-I', 'build/gen', ...SAN,
    '-o', DRIVER, 'tests/unit/rtlink_test.c', 'src/back/rtlink.c', 'src/util/arena.c', 'src/util/buf.c',
    'build/gen/runtime_wat.c'], { cwd: ROOT, stdio: 'inherit' });
  dataEnd = Number(driver(['data-end']).stdout.trim());
}

function driver(args) {
  const r = spawnSync(DRIVER, args, { cwd: ROOT, encoding: 'utf8', env });
  assert.equal(r.status, 0, `rtlink_test ${args[0]} failed (${r.status}):\n${r.stdout}${r.stderr}`);
  return r;
}

function python(code, input = '') {
  const r = spawnSync('python3', ['-c', code], { input, encoding: 'utf8', maxBuffer: 256 << 20 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

// ---- building programs -----------------------------------------------------

const i64 = (v) => `(i64.const ${BigInt.asIntN(64, BigInt(v))})`;
const f64bits = (bits) => `(f64.reinterpret_i64 (i64.const ${BigInt.asIntN(64, BigInt(bits))}))`;
const f64 = (x) => {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(x);
  return f64bits(b.readBigUInt64LE());
};

function watBytes(buf) {
  let s = '"';
  for (const c of buf) s += c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c ? String.fromCharCode(c) : '\\' + c.toString(16).padStart(2, '0');
  return s + '"';
}

let nprog = 0;
class Prog {
  // raises: false for programs whose runtime calls cannot raise (no
  // check after each statement, so nothing of the reporting is linked)
  constructor({ raises = true } = {}) {
    this.raises = raises;
    this.body = [];
    this.data = [];
    this.roots = new Set(['rt_flush']);
    this.next = dataEnd;
    this.strs = new Map();
  }
  // An RtStr in the data segment: 16-byte header, UTF-8 bytes, NUL.
  str(s) {
    if (this.strs.has(s)) return `(i32.const ${this.strs.get(s)})`;
    const bytes = Buffer.from(s, 'utf8');
    const obj = Buffer.alloc(16 + bytes.length + 1);
    obj.writeUInt32LE(1 | 0x100, 0);
    obj.writeUInt32LE(bytes.length, 8);
    obj.writeUInt32LE([...s].length, 12);
    bytes.copy(obj, 16);
    const addr = this.next;
    this.data.push(`  (data (i32.const ${addr}) ${watBytes(obj)})`);
    this.next = (addr + obj.length + 15) & ~15;
    this.strs.set(s, addr);
    return `(i32.const ${addr})`;
  }
  // An int as generated code holds it (rt_abi.h: tagged): a small value
  // is itself, any other is made by the runtime from its decimal text.
  int(v) {
    const b = BigInt(v);
    if (b >= -(2n ** 61n) && b < 2n ** 61n) return i64(v);
    return this.call('rt_int_from_str', this.str(String(v)));
  }
  call(name, ...args) {
    this.roots.add(name);
    return `(call $${name}${args.map((a) => ' ' + a).join('')})`;
  }
  // Runtime functions raise by leaving an exception pending and returning
  // (as generated code sees them): after each statement, an uncaught one is
  // reported and _start returns, as a module's _start does.
  stmt(text) {
    this.body.push(text);
    if (this.raises) this.body.push(`(if ${this.call('rt_exc_pending')} (then ${this.call('rt_exc_report')} (return)))`);
    return this;
  }
  print(s) { return this.stmt(this.call('rt_print_str', this.str(s))); }
  line(s) { return this.print(s + '\n'); }
  printCall(kind, expr) { // kind: int | float | str | bool
    this.stmt(this.call(`rt_print_${kind}`, expr));
    return this.print('\n');
  }
  build() {
    const id = nprog++;
    // RTLINK_APPLY, rt_ml_gen_resume, rt_ml_builtin and rt_ml_special_repr,
    // which the compiler generates in every module: these programs make no
    // function values, generators, builtin methods nor classes, so the
    // runtime never calls the first three and the last finds no __repr__
    const apply = '  (func $rt_ml_apply (param i32 i32) (result i32) (unreachable))\n' +
      '  (func $rt_ml_gen_resume (param i32) (result i32) (unreachable))\n' +
      '  (func $rt_ml_builtin (param i32 i32 i32 i32) (result i32) (unreachable))\n' +
      '  (func $rt_ml_special_repr (param i32 i32 i32) (result i32) (i32.const 0))\n';
    const user = `  (func $_start\n    ${this.body.join('\n    ')}\n    ${this.call('rt_flush')})\n${apply}${this.data.join('\n')}\n`;
    const userPath = join(work, `user${id}.wat`);
    const watPath = join(work, `mod${id}.wat`);
    const wasmPath = join(work, `mod${id}.wasm`);
    writeFileSync(userPath, user);
    const heap = (this.next + 15) & ~15;
    const r = driver(['link', userPath, String(heap), watPath, ...this.roots]);
    const w = spawnSync('wat2wasm', ['--enable-all', watPath, '-o', wasmPath], { encoding: 'utf8' });
    assert.equal(w.status, 0, `wat2wasm ${watPath}:\n${w.stderr}`);
    return { wasm: wasmPath, wat: watPath, imports: r.stdout.trim().split('\n').filter(Boolean) };
  }
  run(opts = {}) {
    const m = this.build();
    return { ...runWasm(m.wasm, opts), ...m };
  }
}

function runOk(prog, opts) {
  const r = prog.run(opts);
  assert.equal(r.status, 0, `module failed (status ${r.status}, signal ${r.signal}):\n${r.stderr}`);
  assert.equal(r.stderr, '');
  return r.stdout;
}

function compareLines(actual, expected, labels) {
  const got = actual.split('\n');
  assert.equal(got.length, expected.length + 1, 'line count');
  for (let i = 0; i < expected.length; i++) {
    if (got[i] !== expected[i]) assert.fail(`${labels ? labels[i] : `line ${i}`}: got ${got[i]}, want ${expected[i]}`);
  }
}

// ---- oracle data --------------------------------------------------------------

const FLOATS_PY = String.raw`
import json, math, random, struct
random.seed(20240607)
def bits(x): return struct.unpack('<q', struct.pack('<d', x))[0]
def frombits(b): return struct.unpack('<d', struct.pack('<Q', b & (2**64 - 1)))[0]
vals = [0.1 + 0.2, 1e16, 1e22, 5e-324, 1.7976931348623157e308, 123456789012345680.0, -0.0, 0.0,
        math.inf, -math.inf, math.nan, 0.3, 2.5, 1 / 3, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001, 1e-07,
        0.00012345, 123456.789, 2.0**53, 2.0**63, 2.0**64, 2.2250738585072014e-308, 2.225073858507201e-308,
        1e23, 9007199254740993.0, 1e21, 1e-323, 4.9406564584124654e-324, 0.5, 100.0, 1234567890123456.0,
        12345678901234567.0, 0.1, 0.7, 1.1, 2.675, -1.5, 1e100, 1e-100, 3.141592653589793, 2.718281828459045,
        8.41e21, 5e-310, 1.5e300, 6.02214076e23, 299792458.0, 1e308, 9.999999999999999e22, 0.9999999999999999,
        1.0000000000000002, 4.35, 0.035, 1e-300 * 1e-10, 2.0**-1022, 2.0**-1023, 2.0**-1074 * 3, 65536.0,
        144115188075855877.0, 9.5e-5, 9.999e-5]
for p in range(-325, 310):
    for m in (1, 2, 5, 9.5):
        try: vals.append(float(f'{m}e{p}'))
        except OverflowError: pass
for e in range(-1074, 1024, 7): vals.append(2.0**e)
for _ in range(1200): vals.append(frombits(random.getrandbits(64)))
for _ in range(300): vals.append(frombits(random.getrandbits(52)))  # subnormals
for _ in range(300): vals.append(round(random.uniform(-1e4, 1e4), random.randint(0, 8)))
for _ in range(300): vals.append(float(random.randint(1, 10**6)) * 10.0**random.randint(10, 23))
for _ in range(200): vals.append(random.randint(1, 2**53) * 2.0**random.randint(1, 30))
print(json.dumps([[str(bits(v)), repr(v)] for v in vals]))
`;

// ---- tests ----------------------------------------------------------------------

test('runtime builds, links deterministically and defines every rt_abi.h function', () => {
  setup();
  assert.ok(dataEnd > 65536 && dataEnd % 16 === 0);
  driver(['selftest']);
  const abi = readFileSync(join(ROOT, 'src/runtime/rt_abi.h'), 'utf8');
  const names = [...abi.matchAll(/RT_FN\([^,]+,\s*(\w+)\s*,/g)].map((m) => m[1]).filter((n) => n !== 'name');
  assert.ok(names.length >= 40, `found ${names.length} names`);
  driver(['has', ...names]);
  // the runtime build itself: wasm32 objects compiled with -Werror (runtime.mk)
  const wat = readFileSync(join(ROOT, 'build/runtime/runtime.wat'), 'utf8');
  assert.ok(!wat.includes('call_indirect'), 'the runtime uses no function pointers');
});

test('hello world stays small; float printing adds the formatter only', (t) => {
  setup();
  const hello = new Prog({ raises: false }).line('hello, world').run();
  assert.equal(hello.status, 0);
  assert.equal(hello.stdout, 'hello, world\n');
  // proc_exit: a stdout its reader closed ends the program with status 1
  assert.deepEqual([...hello.imports].sort(), ['fd_write', 'proc_exit']);
  const helloSize = statSync(hello.wasm).size;
  const fl = new Prog({ raises: false });
  fl.printCall('float', f64(0.1 + 0.2));
  const flr = fl.run();
  assert.equal(flr.stdout, '0.30000000000000004\n');
  const floatSize = statSync(flr.wasm).size;
  t.diagnostic(`module sizes: print a string ${helloSize} bytes, print a float ${floatSize} bytes`);
  assert.ok(helloSize < 2048, `hello world module is ${helloSize} bytes`);
  // 14,500: the formatter's exact path (~9.5 KB code and tables) and its
  // fast path for the shortest digits (rt_dtoa_fast.c, ~3.3 KB, 4.5x
  // faster printing). The rest is a data segment of the runtime's string
  // literals (wasm-ld concatenates every file's .L.str.N into one segment
  // of that name, and a module takes a segment whole: 6.4 KB here, growing
  // by a few bytes with each message the runtime gains; 13,934 -> 14,037
  // bytes for complex, random.Random and hashlib's), which a module could
  // shrink by copying only the strings it addresses.
  assert.ok(floatSize < 14500, `float printing module is ${floatSize} bytes`);
  assert.ok(!readFileSync(flr.wat, 'utf8').includes('__pow_log_data'));
});

test('float repr matches CPython for ~3,000 doubles (print and str())', () => {
  setup();
  const cases = python(FLOATS_PY);
  const p = new Prog();
  for (const [b] of cases) p.printCall('float', f64bits(b));
  compareLines(runOk(p), cases.map((c) => c[1]), cases.map((c) => `bits ${c[0]}`));
  const q = new Prog(); // rt_str_from_float gives the same text
  const some = cases.filter((_, i) => i % 7 === 0);
  for (const [b] of some) q.printCall('str', q.call('rt_str_from_float', f64bits(b)));
  compareLines(runOk(q), some.map((c) => c[1]));
});

test('float() parses repr output back to the same double, and tricky decimals correctly', () => {
  setup();
  const cases = python(FLOATS_PY).filter((c) => c[1] !== 'nan');
  const extra = python(String.raw`
import json, random, struct, math
from fractions import Fraction
from decimal import Decimal, getcontext
getcontext().prec = 2000
random.seed(7)
def bits(x): return struct.unpack('<q', struct.pack('<d', x))[0]
def frombits(b): return struct.unpack('<d', struct.pack('<Q', b))[0]
out = []
def exact(fr):  # exact decimal text of a dyadic rational
    return format(Decimal(fr.numerator) / Decimal(fr.denominator), 'f')
for _ in range(150):
    b = random.getrandbits(63)
    if (b >> 52) == 0x7ff: continue
    x, y = frombits(b), frombits(b + 1)
    if math.isinf(y): continue
    mid = (Fraction(x) + Fraction(y)) / 2
    m = exact(mid)
    out.append(m)                                         # exact halfway: ties to even
    out.append(m + '000000000000000000000000000000001')   # just above
    lo = exact(mid - Fraction(1, 10**400) * Fraction(x if x else 1))
    out.append(lo)                                        # just below
texts = ['1e500', '-1e500', '1e-500', '-1e-500', '2.4703282292062327e-324', '2.4703282292062328e-324',
         '2.470328229206232720882e-324', '1.7976931348623158e308', '1.7976931348623159e308',
         '  1.5  ', '\t-2.5e+3\n', '1_000.000_1', '1e1_0', '+.5', '5.', '-0', '0e0', '00000.000001',
         '\u0663.\u0664', '\u0967\u0968\u0969', '\uff11\uff12', '\u00a0 7 \u3000', 'INF', '-Infinity', 'iNfInItY',
         '0.' + '0' * 400 + '1e400', '1' + '0' * 400 + 'e-400', '9' * 1000, '0.' + '9' * 1000,
         '4.9406564584124654e-324', '2.2250738585072011e-308', '2.2250738585072012e-308',
         '179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368',
         '1e-400', '7.2057594037927933e+16', '9007199254740993', '9007199254740992.5', '123456789012345678901234567890']
for t in texts: out.append(t)
print(json.dumps([[t, str(bits(float(t)))] for t in out]))
`);
  const all = [...cases.map((c) => [c[1], c[0]]), ...extra];
  const p = new Prog();
  for (const [text] of all) p.printCall('int', p.call('rt_int_from_i64', `(i64.reinterpret_f64 ${p.call('rt_float_from_str', p.str(text))})`));
  compareLines(runOk(p), all.map((c) => c[1]), all.map((c) => `float(${JSON.stringify(c[0]).slice(0, 80)})`));
  // nan parses to a nan
  const q = new Prog();
  for (const s of ['nan', ' -NaN ', '+nan']) q.printCall('float', q.call('rt_float_from_str', q.str(s)));
  assert.equal(runOk(q), 'nan\nnan\nnan\n');
});

const INT_VALUES = ['0', '1', '-1', '2', '-2', '3', '-3', '7', '-7', '10', '-10', '13', '-13', '1000000007',
  '-999999999999', '4611686018427387904', '-4611686018427387904', '9223372036854775807', '-9223372036854775808',
  '9223372036854775806', '-9223372036854775807', '123456789123456789', '-987654321987654321'];

test('int arithmetic matches Python: // and % sign table, + - * **, shifts, abs, true division, big results', () => {
  setup();
  const expected = python(String.raw`
import json, sys
vals = [int(v) for v in json.loads(sys.stdin.read())]
ok = lambda r: True  # results of any size: big ints
out = []
for a in vals:
    for b in vals:
        for op in ('floordiv', 'mod', 'add', 'sub', 'mul', 'truediv'):
            try:
                r = {'floordiv': lambda: a // b, 'mod': lambda: a % b, 'add': lambda: a + b, 'sub': lambda: a - b,
                     'mul': lambda: a * b, 'truediv': lambda: a / b}[op]()
            except ZeroDivisionError:
                continue
            if op == 'truediv': out.append([op, str(a), str(b), repr(r)])
            elif ok(r): out.append([op, str(a), str(b), str(r)])
    for n in range(0, 70, 3):
        if ok(a << n): out.append(['lshift', str(a), str(n), str(a << n)])
        out.append(['rshift', str(a), str(n), str(a >> n)])
    for k in (0, 1, 2, 3, 5, 17, 62, 63, 64):
        if ok(a ** k): out.append(['pow', str(a), str(k), str(a ** k)])
    if ok(-a): out.append(['neg', str(a), '0', str(-a)])
    if ok(abs(a)): out.append(['abs', str(a), '0', str(abs(a))])
    out.append(['str', str(a), '0', str(a)])
for base in range(-12, 13):
    for k in range(0, 70):
        if ok(base ** k): out.append(['pow', str(base), str(k), str(base ** k)])
print(json.dumps(out))
`, JSON.stringify(INT_VALUES));
  const p = new Prog();
  for (const [op, a, b] of expected) {
    if (op === 'truediv') p.printCall('float', p.call('rt_int_truediv', p.int(a), p.int(b)));
    else if (op === 'neg' || op === 'abs') p.printCall('int', p.call(`rt_int_${op}`, p.int(a)));
    else if (op === 'str') p.printCall('str', p.call('rt_str_from_int', p.int(a)));
    else p.printCall('int', p.call(`rt_int_${op}`, p.int(a), p.int(b)));
  }
  compareLines(runOk(p), expected.map((c) => c[3]), expected.map((c) => `${c[0]}(${c[1]}, ${c[2]})`));
});

test('float arithmetic matches Python: / // % ** and int()', () => {
  setup();
  const expected = python(String.raw`
import json, math, struct
def bits(x): return str(struct.unpack('<q', struct.pack('<d', x))[0])
vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 7.5, -7.5, 0.1, -0.1, 3.0, 1e300, -1e300, 1e-300, 5e-324, 0.5, -0.5,
        math.inf, -math.inf, math.nan, 2.5, 1/3, 10.0, -3.0, 1e16, 123.456, 4.0]
out = []
for a in vals:
    for b in vals:
        for op, f in (('div', lambda: a / b), ('floordiv', lambda: a // b), ('mod', lambda: a % b), ('pow', lambda: a ** b)):
            try: r = f()
            except (ZeroDivisionError, OverflowError): continue
            if isinstance(r, complex): continue
            out.append([op, bits(a), bits(b), repr(r)])
    try: out.append(['int', bits(a), '0', str(int(a))])
    except (OverflowError, ValueError): pass
print(json.dumps(out))
`);
  const p = new Prog();
  for (const [op, a, b] of expected) {
    if (op === 'int') p.printCall('int', p.call('rt_int_from_float', f64bits(a)));
    else p.printCall('float', p.call(`rt_float_${op}`, f64bits(a), f64bits(b)));
  }
  compareLines(runOk(p), expected.map((c) => c[3]), expected.map((c) => `${c[0]}(${c[1]}, ${c[2]})`));
});

test('round() matches Python: round(x), round(x, n), round(int, n)', () => {
  setup();
  const expected = python(String.raw`
import json, random, struct
random.seed(99)
def bits(x): return str(struct.unpack('<q', struct.pack('<d', x))[0])
xs = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.285, 1.0000000000000002, 123.456, -123.456,
      1e16, 1e22, 1.7976931348623157e308, 5e-324, 0.0, -0.0, 0.49999999999999994, 4.5, 5.5, 1234.5678, 1e-10,
      2.5e-8, 999.9999, 0.045, 0.055, 12345678901234.5, -7.25, 1e300]
xs += [random.uniform(-1e6, 1e6) for _ in range(120)] + [random.uniform(-1, 1) for _ in range(120)]
out = []
for x in xs:
    for n in (-400, -308, -309, -20, -5, -3, -2, -1, 0, 1, 2, 3, 4, 6, 10, 15, 17, 20, 100, 323, 324, 400):
        try: out.append(['round', bits(x), str(n), repr(round(x, n))])
        except OverflowError: pass
    if abs(x) < 2**62: out.append(['round_int', bits(x), '0', str(round(x))])
for v in [0, 5, 15, 25, 35, -25, -35, 149, 150, 151, -150, 12345, 99999, 10**18, 9223372036854775807,
          -9223372036854775808, 4999999999999999999, -4999999999999999999]:
    for n in (-25, -20, -19, -18, -5, -3, -2, -1, 0, 1, 5):
        r = round(v, n)
        out.append(['int_round', str(v), str(n), str(r)])
print(json.dumps(out))
`);
  const p = new Prog();
  for (const [op, a, n] of expected) {
    if (op === 'round') p.printCall('float', p.call('rt_float_round', f64bits(a), i64(n)));
    else if (op === 'round_int') p.printCall('int', p.call('rt_float_round_int', f64bits(a)));
    else p.printCall('int', p.call('rt_int_round', p.int(a), i64(n)));
  }
  compareLines(runOk(p), expected.map((c) => c[3]), expected.map((c) => `${c[0]}(${c[1]}, ${c[2]})`));
});

test('str: concat, repeat, ==, ordering, len, repr and int() match Python', () => {
  setup();
  const strs = ['', 'a', 'abc', 'ab', "it's", 'say "hi"', `both ' and "`, 'tab\there', 'new\nline', 'cr\rx',
    'back\\slash', '\x00\x01\x1f\x7f', 'é', 'naïve café', '日本語', '😀 emoji', '\u0080\u009f\u00a0\u00ad',
    '\u200b\u2028\u3000\ufeff', 'العربية', 'हिन्दी', '\ue000', 'zzz', 'Z', '\u00ff\u0100',
    // unassigned in Unicode 14 (CPython 3.11 escapes them), and assigned neighbours
    '\u0378\u0379\u037a', '\u13ff\u13fe', '\u{4f83f}\u{1f600}', '\u{e01f0}\u{e0100}'];
  const expected = python(String.raw`
import json, sys
strs = json.loads(sys.stdin.read())
out = []
for a in strs:
    out.append(repr(a)); out.append(str(len(a)))
    out.append(a * 3); out.append(repr(a * 0)); out.append(a * 1)
    for b in strs[:8] + strs[-6:]:
        out.append(a + b)
        out.append(str(int(a == b)))
        out.append(str((a > b) - (a < b)))
print(json.dumps(out))
`, JSON.stringify(strs));
  const p = new Prog();
  const bs = [...strs.slice(0, 8), ...strs.slice(-6)];
  for (const a of strs) {
    p.printCall('str', p.call('rt_str_repr', p.str(a)));
    p.printCall('int', p.call('rt_str_len', p.str(a)));
    p.printCall('str', p.call('rt_str_repeat', p.str(a), i64(3)));
    p.printCall('str', p.call('rt_str_repr', p.call('rt_str_repeat', p.str(a), i64(-2))));
    p.printCall('str', p.call('rt_str_repeat', p.str(a), i64(1)));
    for (const b of bs) {
      p.printCall('str', p.call('rt_str_concat', p.str(a), p.str(b)));
      p.printCall('int', `(i64.extend_i32_s ${p.call('rt_str_eq', p.str(a), p.str(b))})`);
      p.printCall('int', `(i64.extend_i32_s ${p.call('rt_str_cmp', p.str(a), p.str(b))})`);
    }
  }
  // strings built at run time carry their code point count
  p.printCall('int', p.call('rt_str_len', p.call('rt_str_concat', p.str('日本'), p.call('rt_str_repeat', p.str('é'), i64(5)))));
  const out = runOk(p);
  compareLines(out, [...expected, '7'].join('\n').split('\n'));

  const ints = [' 42 ', '-17', '+0', '1_000_000', '007', '\u0663\u0664', '\u0966\u0967', '\u00a0\u20009\u3000',
    '9223372036854775807', '-9223372036854775808', '\t\n12\r\n', '0_0'];
  const want = python('import json,sys\nprint(json.dumps([str(int(s)) for s in json.loads(sys.stdin.read())]))', JSON.stringify(ints));
  const q = new Prog();
  for (const s of ints) q.printCall('int', q.call('rt_int_from_str', q.str(s)));
  q.printCall('bool', '(i32.const 1)');
  q.printCall('bool', '(i32.const 0)');
  q.stmt(q.call('rt_print_none')).print('\n');
  compareLines(runOk(q), [...want, 'True', 'False', 'None']);
});

// Each case: a statement that raises, the Python statement that raises the
// same way (null when Python has no equivalent), and the expected last line.
// An exception class's number: its row in the runtime's table.
function excNumber(name) {
  const rows = readFileSync(join(ROOT, 'src/runtime/rt_exceptions.def'), 'utf8')
    .split('\n').filter((l) => l.startsWith('RT_EXCEPTION('));
  const i = rows.findIndex((l) => l.includes(`"${name}"`));
  assert.ok(i >= 0, name);
  return i;
}

const ERRORS = [
  ['rt_int_floordiv', [i64(7), i64(0)], '7 // 0', 'ZeroDivisionError: integer division or modulo by zero'],
  ['rt_int_mod', [i64(7), i64(0)], '7 % 0', 'ZeroDivisionError: integer modulo by zero'],
  ['rt_int_truediv', [i64(7), i64(0)], '7 / 0', 'ZeroDivisionError: division by zero'],
  ['rt_float_div', [f64(1), f64(0)], '1.0 / 0.0', 'ZeroDivisionError: float division by zero'],
  ['rt_float_floordiv', [f64(1), f64(-0)], '1.0 // -0.0', 'ZeroDivisionError: float floor division by zero'],
  ['rt_float_mod', [f64(1), f64(0)], '1.0 % 0.0', 'ZeroDivisionError: float modulo'],
  ['rt_float_pow', [f64(0), f64(-1)], '0.0 ** -1.0', 'ZeroDivisionError: 0.0 cannot be raised to a negative power'],
  ['rt_float_pow', [f64(10), f64(400)], '10.0 ** 400.0', "OverflowError: (34, 'Numerical result out of range')"],
  ['rt_float_pow', [f64(-8), f64(1 / 3)], null, 'ValueError: complex results are not supported yet'],
  ['rt_int_lshift', [i64(1), i64(-1)], '1 << -1', 'ValueError: negative shift count'],
  ['rt_int_rshift', [i64(1), i64(-1)], '1 >> -1', 'ValueError: negative shift count'],
  ['rt_int_from_float', [f64(Infinity)], "int(float('inf'))", 'OverflowError: cannot convert float infinity to integer'],
  ['rt_int_from_float', [f64(NaN)], "int(float('nan'))", 'ValueError: cannot convert float NaN to integer'],
  ['rt_float_round_int', [f64(-Infinity)], "round(float('-inf'))", 'OverflowError: cannot convert float infinity to integer'],
  ['rt_float_round', [f64(1.7976931348623157e308), i64(-308)], 'round(1.7976931348623157e308, -308)', 'OverflowError: rounded value too large to represent'],
  ['rt_int_from_str', ['abc'], "int('abc')", "ValueError: invalid literal for int() with base 10: 'abc'"],
  ['rt_int_from_str', ["it's 1_"], `int("it's 1_")`, `ValueError: invalid literal for int() with base 10: "it's 1_"`],
  ['rt_int_from_str', [' 1__0 '], "int(' 1__0 ')", "ValueError: invalid literal for int() with base 10: ' 1__0 '"],
  ['rt_int_from_str', [''], "int('')", "ValueError: invalid literal for int() with base 10: ''"],
  ['rt_int_from_str', ['x'.repeat(300)], "int('x' * 300)", null],
  ['rt_float_from_str', ['xyz'], "float('xyz')", "ValueError: could not convert string to float: 'xyz'"],
  ['rt_float_from_str', ['1_.5'], "float('1_.5')", "ValueError: could not convert string to float: '1_.5'"],
  ['rt_float_from_str', ['  '], "float('  ')", "ValueError: could not convert string to float: '  '"],
  ['rt_float_from_str', ['1e'], "float('1e')", "ValueError: could not convert string to float: '1e'"],
  ['rt_float_from_str', ['infinityy'], "float('infinityy')", "ValueError: could not convert string to float: 'infinityy'"],
  ['rt_float_from_str', ['\u00e9\n'], "float('\u00e9\\n')", "ValueError: could not convert string to float: '\u00e9\\n'"],
  ['rt_argv', [i64(0)], null, 'IndexError: argv index out of range'],
  ['rt_raise', [`(i32.const ${excNumber('ValueError')})`, '(i32.const 0)'], 'raise ValueError', 'ValueError'],
];

test('uncaught errors: stdout flushed, traceback on stderr, CPython last line, exit status 1', () => {
  setup();
  const pyLines = python(String.raw`
import json, sys
out = []
for stmt in json.loads(sys.stdin.read()):
    if stmt is None: out.append(None); continue
    try: exec(stmt); out.append('no error')
    except Exception as e: out.append(f'{type(e).__name__}: {e}' if str(e) else type(e).__name__)
print(json.dumps(out))
`, JSON.stringify(ERRORS.map((e) => e[2])));
  ERRORS.forEach(([fn, args, , want], i) => {
    const p = new Prog();
    p.line('before');
    const argv = args.map((a) => (a.startsWith('(') ? a : p.str(a)));
    const isVoid = fn === 'rt_raise';
    p.stmt(isVoid ? p.call(fn, ...argv) : `(drop ${p.call(fn, ...argv)})`);
    p.line('after');
    const r = p.run();
    const expectLine = want ?? pyLines[i];
    if (pyLines[i] !== null) assert.equal(pyLines[i], expectLine, `Python disagrees for ${ERRORS[i][2]}`);
    assert.equal(r.status, 1, `${fn}: exit status`);
    assert.equal(r.stdout, 'before\n', `${fn}: stdout`);
    // no Python frame here (compiled programs have at least <module>, and
    // the traceback header with it): the exception line alone
    assert.equal(r.stderr, `${expectLine}\n`, `${fn}: stderr`);
  });
  // rt_exit flushes and exits with the given status
  const p = new Prog();
  p.line('bye');
  p.stmt(p.call('rt_exit', '(i32.const 3)'));
  p.line('not reached');
  const r = p.run();
  assert.equal(r.status, 3);
  assert.equal(r.stdout, 'bye\n');
});

test('input() reads lines from stdin (long lines, CRLF, last line without newline, EOF)', () => {
  // CPython's stdin translates no newlines on POSIX: input() of "second\r\n"
  // is 'second\r' (python3 -c 'print(repr(input()))' <<< $'second\r').
  setup();
  const long = 'x'.repeat(10000) + 'é'.repeat(3000);
  const input = `first line\nsecond\r\n${long}\n\nlast without newline`;
  const p = new Prog();
  for (let i = 0; i < 5; i++) {
    p.stmt(`(global.set $line ${p.call('rt_input', i === 1 ? '(i32.const 0)' : p.str(`prompt${i}> `))})`);
    p.print('[');
    p.stmt(p.call('rt_print_str', '(global.get $line)'));
    p.print('] ');
    p.printCall('int', p.call('rt_str_len', '(global.get $line)'));
  }
  p.stmt(`(drop ${p.call('rt_input', p.str('eof> '))})`);
  p.data.push('  (global $line (mut i32) (i32.const 0))');
  const r = p.run({ input });
  const lines = ['first line', 'second\r', long, '', 'last without newline'];
  const want = lines.map((l, i) => `${i === 1 ? '' : `prompt${i}> `}[${l}] ${[...l].length}\n`).join('') + 'eof> ';
  assert.equal(r.stdout, want);
  assert.equal(r.stderr, 'EOFError: EOF when reading a line\n');
  assert.equal(r.status, 1);
  assert.ok(r.imports.includes('fd_read'));
});

test('argc()/argv(i) see the user arguments only', () => {
  setup();
  const p = new Prog();
  p.printCall('int', p.call('rt_argc'));
  for (let i = 0; i < 3; i++) {
    p.print('<');
    p.stmt(p.call('rt_print_str', p.call('rt_argv', i64(i))));
    p.print('> ');
    p.printCall('int', p.call('rt_str_len', p.call('rt_argv', i64(i))));
  }
  p.stmt(`(drop ${p.call('rt_argv', i64(3))})`);
  const r = p.run({ args: ['Alice', 'héllo wörld', ''] });
  assert.equal(r.stdout, '3\n<Alice> 5\n<héllo wörld> 11\n<> 0\n');
  assert.equal(r.stderr, 'IndexError: argv index out of range\n');
  assert.equal(r.status, 1);
  assert.deepEqual([...r.imports].sort(), ['args_get', 'args_sizes_get', 'fd_write', 'proc_exit']);
  const q = new Prog();
  q.printCall('int', q.call('rt_argc'));
  assert.equal(runOk(q), '0\n');
});

test('output larger than the buffer and allocation beyond the first pages', () => {
  setup();
  const p = new Prog();
  // 20 x 1 MB strings: memory grows; the output is written through the 4 KB buffer
  p.stmt(`(global.set $s ${p.call('rt_str_repeat', p.str('ab'), i64(500000))})`);
  for (let i = 0; i < 20; i++) p.stmt(`(global.set $s ${p.call('rt_str_concat', p.str('c'), p.call('rt_str_repeat', p.str('ab'), i64(500000)))})`);
  p.printCall('int', p.call('rt_str_len', '(global.get $s)'));
  p.stmt(p.call('rt_print_str', p.call('rt_str_repeat', p.str('0123456789'), i64(1000))));
  p.print('\n');
  p.data.push('  (global $s (mut i32) (i32.const 0))');
  const out = runOk(p);
  assert.equal(out, `1000001\n${'0123456789'.repeat(1000)}\n`);
});
