// The loader of `multilingual/host` (shim/loader.mjs): loading a module from
// a bundle directory, a module.wasm path, a file: or http: URL, bytes and a
// compile() result; the cache (one instantiation per module, LRU eviction by
// count and by bytes); every conversion both ways, the TypeErrors of values
// that do not fit (named parameter, before the module runs), empty lists;
// the python backend (transpiled.py on CPython) against the wasm one, and
// the fallback of 'auto' when the module cannot be instantiated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { cli, tempDir } from './helpers/common.mjs';
import { startStaticServer } from './helpers/static_server.mjs';
import { load, ModuleCache, sha256, WasmModule } from '../shim/host.mjs';

function build(source, lang = 'en') {
  const dir = tempDir('ml-loader-');
  const file = path.join(dir, 'prog.ml');
  writeFileSync(file, source);
  const out = path.join(dir, 'out');
  const r = cli(['build-wasm-bundle', file, '--lang', lang, '--out-dir', out]);
  assert.equal(r.status, 0, r.stderr);
  return out;
}

const PROGRAM = `
calls = 0

def add(a: int, b: int) -> int:
    return a + b

def scale(x: float, k: float) -> float:
    return x * k

def negate(flag: bool) -> bool:
    return not flag

def shout(s: str) -> str:
    return s.upper() + "!"

def length(s: str) -> int:
    return len(s)

def count(xs: list[float]) -> int:
    n = 0
    for x in xs:
        n += 1
    return n

def total(xs: list[float]) -> float:
    s = 0.0
    for x in xs:
        s += x
    return s

def doubled(xs: list[float]) -> list[float]:
    return [x * 2 for x in xs]

def upto(n: int) -> list[int]:
    return list(range(n))

def identity(n: int) -> list[list[int]]:
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def minmax(xs: list[float]) -> tuple[float, float]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        lo = min(lo, x)
        hi = max(hi, x)
    return (lo, hi)

def mixed(n: int) -> list:
    return [n, str(n), None, n > 0, (n / 2, [])]

def maybe(n: int):
    if n < 0:
        return None
    return n

def nothing(n: int) -> None:
    pass

def big(n: int) -> int:
    return 2 ** n

def neg(n: int):
    return -(2 ** n) + 1

def fail(n: int) -> int:
    return 10 // n

def bump() -> int:
    global calls
    calls += 1
    return calls
`;

let bundle = null;
const program = () => (bundle ??= build(PROGRAM));

test('loader: a bundle directory, module.wasm, bytes and URLs are one module, instantiated once', async () => {
  const dir = program();
  const cache = new ModuleCache();
  const m = await load(dir, { cache });
  const lock = JSON.parse(readFileSync(path.join(dir, 'build.lock.json'), 'utf8'));
  assert.equal(m.hash, lock.artifacts['module.wasm'].sha256);
  // the lock's hash is the content hash: bytes hashed here find the same entry
  const bytes = readFileSync(path.join(dir, 'module.wasm'));
  assert.equal(await sha256(bytes), m.hash);
  assert.equal(m.instantiations, 0, 'lazy: nothing instantiated before the first call');
  assert.equal(await m.call('add', 2, 3), 5);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'abi_manifest.json'), 'utf8'));
  const again = [
    await load(`${dir}/`, { cache }),
    await load(path.join(dir, 'module.wasm'), { cache }),
    await load(bytes, { cache, manifest }),
    await load(new Uint8Array(bytes).buffer, { cache, manifest }),
    await load(pathToFileURL(`${dir}/`), { cache }),
  ];
  for (const x of again) assert.equal(x, m);
  assert.equal(await again[2].call('bump'), 1);
  assert.equal(await again[3].call('bump'), 2, 'one instance: its globals are shared');
  assert.equal(m.instantiations, 1);
  assert.deepEqual(cache.stats, { hits: 5, misses: 1, evictions: 0 });
  // WasmModule.load is load()
  assert.equal(await WasmModule.load(dir, { cache }), m);
  // without a cache, a new module
  const fresh = await load(dir, { cache: false });
  assert.notEqual(fresh, m);
  assert.equal(await fresh.call('bump'), 1);
});

test('loader: has(), exports() with the parameters\' names and types, unknown names', async () => {
  const m = await load(program(), { cache: false });
  assert.ok(m.has('add'));
  assert.ok(!m.has('_start'));
  assert.ok(!m.has('missing'));
  const sigs = Object.fromEntries(m.exports().map((s) => [s.name, s]));
  assert.deepEqual(sigs.add, { name: 'add', params: [{ name: 'a', type: 'int' }, { name: 'b', type: 'int' }], returns: 'int' });
  assert.deepEqual(sigs.total.params, [{ name: 'xs', type: 'list[float]' }]);
  assert.equal(sigs.minmax.returns, 'tuple[float, float]');
  assert.equal(sigs.nothing.returns, 'None');
  assert.equal(sigs.shout.returns, 'str');
  assert.equal(sigs.negate.returns, 'bool');
  await assert.rejects(m.call('missing', 1), { name: 'TypeError', message: /the module has no function 'missing' \(it has: add, .*\)/ });
  assert.equal(m.instantiations, 0, 'an unknown name instantiates nothing');
});

test('loader: conversions both ways', async () => {
  const m = await load(program(), { cache: false });
  await m.instantiate();
  const f = (name) => m.fn(name);
  // int: number when safe, BigInt beyond 2^53, BigInt and bool arguments
  assert.equal(f('add')(2, -7), -5);
  assert.equal(f('add')(2n ** 62n, 0), 4611686018427387904n);
  assert.equal(f('add')(-(2n ** 63n), 0), -9223372036854775808n);
  assert.equal(f('add')(2 ** 53, 0), 9007199254740992n, '2^53 is not a safe integer: a BigInt');
  assert.equal(f('add')(true, 1), 2);
  assert.equal(f('big')(52), 2 ** 52);
  assert.equal(f('big')(60), 2n ** 60n);
  assert.equal(f('big')(62), 4611686018427387904n);
  // beyond the runtime's small ints (2^61): its big ints, limb by limb
  assert.equal(f('big')(100), 1267650600228229401496703205376n);
  assert.equal(f('neg')(70), -1180591620717411303423n);
  assert.equal(f('neg')(61), -2305843009213693951n);
  assert.equal(f('neg')(3), -7);
  // float
  assert.equal(f('scale')(1.5, 4), 6);
  assert.equal(f('scale')(0.1, 3), 0.30000000000000004);
  assert.ok(Number.isNaN(f('scale')(NaN, 1)));
  assert.equal(f('scale')(Infinity, -1), -Infinity);
  assert.equal(f('scale')(2n, 2), 4);
  // bool
  assert.equal(f('negate')(true), false);
  assert.equal(f('negate')(false), true);
  // str: UTF-8 both ways
  assert.equal(f('shout')('ça va 日本'), 'ÇA VA 日本!');
  assert.equal(f('shout')(''), '!');
  assert.equal(f('length')('日本語'), 3);
  assert.equal(f('length')('😀'), 1);
  // list[float]: arrays, typed arrays, empty
  assert.equal(f('count')([]), 0);
  assert.equal(f('count')(new Float64Array(0)), 0);
  assert.equal(f('total')([1, 2, 3.5]), 6.5);
  assert.equal(f('total')(new Float64Array([0.5, 0.25])), 0.75);
  assert.equal(f('total')(new Int32Array([1, 2, 3])), 6);
  assert.equal(f('total')(new Uint8Array([255, 1])), 256);
  assert.equal(f('total')([true, 2n]), 3);
  assert.deepEqual(f('doubled')([1.5, -2]), [3, -4]);
  assert.deepEqual(f('doubled')([]), []);
  const big = Float64Array.from({ length: 100000 }, (_, i) => i);
  assert.equal(f('total')(big), (99999 * 100000) / 2);
  // lists, nested lists, tuples back
  assert.deepEqual(f('upto')(0), []);
  assert.deepEqual(f('upto')(4), [0, 1, 2, 3]);
  assert.deepEqual(f('identity')(2), [[1, 0], [0, 1]]);
  assert.deepEqual(f('identity')(0), []);
  assert.deepEqual(f('minmax')([3, -1, 2]), [-1, 3]);
  assert.deepEqual(f('mixed')(3), [3, '3', null, true, [1.5, []]]);
  // None
  assert.equal(f('maybe')(-1), null);
  assert.equal(f('maybe')(4), 4);
  assert.equal(f('nothing')(1), undefined);
  // call() and callSync() are the same conversions
  assert.deepEqual(await m.call('minmax', new Float64Array([2, 9])), [2, 9]);
  assert.equal(m.callSync('shout', 'a'), 'A!');
});

test('loader: a value that does not fit is a TypeError naming the parameter, before the module runs', async () => {
  let out = '';
  const m = await load(program(), { cache: false, stdout: (s) => { out += s; } });
  const cases = [
    [['add', 1.5, 2], "add(): parameter 'a' expects int, not number 1.5"],
    [['add', 1, '2'], "add(): parameter 'b' expects int, not string \"2\""],
    [['add', 1, null], "add(): parameter 'b' expects int, not null"],
    [['add', 2n ** 64n, 1], "add(): parameter 'a' expects int (18446744073709551616n does not fit in 64 bits)"],
    [['add', 2 ** 64, 1], "add(): parameter 'a' expects int (18446744073709552000 does not fit in 64 bits)"],
    [['scale', '1', 2], "scale(): parameter 'x' expects float, not string \"1\""],
    [['scale', 1, [2]], "scale(): parameter 'k' expects float, not an array"],
    [['negate', 1], "negate(): parameter 'flag' expects bool, not number 1"],
    [['shout', 42], "shout(): parameter 's' expects str, not number 42"],
    [['shout', undefined], "shout(): parameter 's' expects str, not undefined"],
    [['total', 5], "total(): parameter 'xs' expects list[float], not number 5"],
    [['total', 'abc'], "total(): parameter 'xs' expects list[float], not string \"abc\""],
    [['total', [1, 'a']], "total(): parameter 'xs' expects list[float] (item 1 is string \"a\", not a number)"],
    [['total', [[1, 2], [3, 4]]], "total(): parameter 'xs' expects list[float] (item 0 is an array, not a number)"],
    [['total', { length: 2 }], "total(): parameter 'xs' expects list[float], not object"],
    [['add', 1], 'add() takes 2 argument(s) (1 given)'],
    [['bump', 1], 'bump() takes 0 argument(s) (1 given)'],
  ];
  for (const [args, message] of cases) await assert.rejects(m.call(...args), { name: 'TypeError', message }, String(args));
  assert.equal(m.instantiations, 0, 'the checks come before the module is instantiated');
  await m.instantiate();
  for (const [args, message] of cases) assert.throws(() => m.callSync(...args), { name: 'TypeError', message });
  assert.equal(await m.call('bump'), 1, 'the module was not entered by the failed calls');
  assert.equal(out, '');
});

test('loader: Python exceptions are thrown, the module stays usable', async () => {
  let err = '';
  const m = await load(program(), { cache: false, stderr: (s) => { err += s; } });
  await assert.rejects(m.call('fail', 0), { message: 'ZeroDivisionError: integer division or modulo by zero' });
  assert.match(err, /Traceback \(most recent call last\):/);
  assert.equal(await m.call('fail', 5), 2);
  await assert.rejects(m.call('minmax', []), { message: 'IndexError: list index out of range' });
});

test('loader: the cache evicts the least recently used module, by count and by bytes', async () => {
  const dirs = [1, 2, 3].map((k) => build(`def k() -> int:\n    return ${k}\n`));
  const cache = new ModuleCache({ maxEntries: 2 });
  const [a, b] = [await load(dirs[0], { cache }), await load(dirs[1], { cache })];
  assert.equal(await load(dirs[0], { cache }), a, 'a is now the most recently used');
  const c = await load(dirs[2], { cache });
  assert.equal(cache.size, 2);
  assert.equal(cache.stats.evictions, 1);
  assert.ok(cache.has(a.hash) && cache.has(c.hash) && !cache.has(b.hash), 'b, the least recently used, went');
  assert.equal(await load(dirs[0], { cache }), a, 'a stayed');
  const b2 = await load(dirs[1], { cache });
  assert.notEqual(b2, b, 'b was evicted: loaded again, a new module');
  assert.deepEqual([await a.call('k'), await b2.call('k'), await c.call('k')], [1, 2, 3]);
  assert.equal(b2.instantiations, 1);
  // a byte bound: one module at a time, the one just loaded stays
  const small = new ModuleCache({ maxBytes: 1 });
  const x = await load(dirs[0], { cache: small });
  await load(dirs[1], { cache: small });
  assert.equal(small.size, 1);
  assert.notEqual(await load(dirs[0], { cache: small }), x);
  assert.equal(small.stats.evictions, 2);
  assert.throws(() => new ModuleCache({ maxEntries: 0 }), TypeError);
});

test('loader: over http, as a page loads it (fetch)', async () => {
  const dir = program();
  const server = await startStaticServer(path.dirname(dir));
  try {
    const cache = new ModuleCache();
    const m = await load(`${server.url}/out/`, { cache });
    const lock = JSON.parse(readFileSync(path.join(dir, 'build.lock.json'), 'utf8'));
    assert.equal(m.hash, lock.artifacts['module.wasm'].sha256);
    assert.equal(await m.call('shout', 'web'), 'WEB!');
    assert.equal(await load(`${server.url}/out/module.wasm`, { cache }), m);
    await assert.rejects(load(`${server.url}/nowhere/`), /cannot load module\.wasm from .*\/nowhere\/module\.wasm \(HTTP 404\)/);
    await assert.rejects(load(`${server.url}/nowhere/`, { cache: false }), /cannot load abi_manifest\.json from .*\/nowhere\/abi_manifest\.json \(HTTP 404\)/);
  } finally {
    await server.close();
  }
});

test('loader: what cannot be loaded says why', async () => {
  await assert.rejects(load('/nonexistent/bundle'), /cannot load a module from '\/nonexistent\/bundle': no such file or directory/);
  await assert.rejects(load(new Uint8Array([0, 97, 115, 109])), { name: 'TypeError', message: /module bytes need options\.manifest/ });
  await assert.rejects(load(42), { name: 'TypeError' });
  await assert.rejects(load(program(), { backend: 'fast' }), { name: 'TypeError', message: /'auto', 'wasm' or 'python'/ });
  const bare = tempDir('ml-loader-bare-');
  cpSync(path.join(program(), 'module.wasm'), path.join(bare, 'prog.wasm'));
  await assert.rejects(load(path.join(bare, 'prog.wasm')), /abi_manifest\.json: no such file/);
});

test('loader: the python backend (transpiled.py on CPython) gives what the module gives', async () => {
  const dir = program();
  const w = await load(dir, { cache: false });
  const p = await load(dir, { cache: false, backend: 'python' });
  const calls = [
    ['add', 2, 3], ['add', 2n ** 62n, 2n ** 62n - 1n], ['scale', 0.1, 3], ['negate', false], ['shout', 'ça va'],
    ['total', [1, 2, 3.5]], ['total', new Float64Array([0.5])], ['count', []], ['doubled', [1, 2]], ['upto', 3],
    ['identity', 2], ['minmax', [4, -2]], ['mixed', 3], ['maybe', -1], ['big', 62], ['big', 100], ['neg', 70], ['upto', 0],
  ];
  for (const c of calls) assert.deepEqual(await p.call(...c), await w.call(...c), String(c));
  await assert.rejects(p.call('fail', 0), { message: 'ZeroDivisionError: integer division or modulo by zero' });
  await assert.rejects(p.call('add', 1.5, 1), { name: 'TypeError', message: /parameter 'a' expects int/ });
  // no python3: a clear message
  const none = await load(dir, { cache: false, backend: 'python', python: '/nonexistent/python3' });
  await assert.rejects(none.call('add', 1, 2), /no python3 on the PATH to run transpiled\.py/);
});

test("loader: 'auto' falls back to python3 when the module cannot be instantiated, and says so", async () => {
  const dir = tempDir('ml-loader-broken-');
  cpSync(program(), dir, { recursive: true });
  writeFileSync(path.join(dir, 'module.wasm'), 'not a module');
  let err = '';
  const m = await load(dir, { cache: false, stderr: (s) => { err += s; } });
  assert.equal(await m.call('add', 40, 2), 42);
  assert.equal(await m.instantiate(), 'python');
  assert.match(err, /^multilingual: backend python: the module could not be instantiated \(.*\)\n$/);
  const strict = await load(dir, { cache: false, backend: 'wasm' });
  await assert.rejects(strict.call('add', 1, 2), WebAssembly.CompileError);
  const nopy = await load(dir, { cache: false, python: '/nonexistent/python3' });
  await assert.rejects(nopy.call('add', 1, 2), /no python3 on the PATH to run transpiled\.py, and the module could not be instantiated/);
});

test('loader: a time limit stops a runaway python call', async () => {
  const dir = build('def spin(n: int) -> int:\n    while True:\n        n += 1\n    return n\n');
  const p = await load(dir, { cache: false, backend: 'python', timeout: 300 });
  const t0 = Date.now();
  await assert.rejects(p.call('spin', 1), { name: 'TimeoutError', message: /spin\(\) on python3 was stopped: .*timeout: 300 ms/ });
  assert.ok(Date.now() - t0 < 5000);
});

test('loader: a time limit stops a runaway call of the module (its worker), and the module is usable again', async () => {
  const dir = build('count = 0\n\ndef spin(n: int) -> int:\n    while n > 0:\n        n += 1\n    return n\n\ndef bump() -> int:\n    global count\n    count += 1\n    print("bump", count)\n    return count\n\ndef boom(n: int) -> int:\n    return n // 0\n');
  let out = '';
  const m = await load(dir, { cache: false, timeout: 500, stdout: (s) => { out += s; } });
  assert.equal(await m.call('spin', -3), -3);
  assert.equal(await m.call('bump'), 1);
  assert.equal(await m.call('bump'), 2);
  assert.throws(() => m.fn('bump'), /calls are asynchronous/);
  const t0 = Date.now();
  await assert.rejects(m.call('spin', 1), { name: 'TimeoutError', message: 'multilingual: spin() was stopped: it ran longer than its time limit (timeout: 500 ms)' });
  assert.ok(Date.now() - t0 < 5000);
  // a new instance: its state starts again
  assert.equal(await m.call('bump'), 1);
  assert.equal(m.instantiations, 2);
  await assert.rejects(m.call('bump', 1), { name: 'TypeError', message: 'bump() takes 0 argument(s) (1 given)' });
  await assert.rejects(m.call('boom', 1), { message: 'ZeroDivisionError: integer division or modulo by zero', exitCode: 1 });
  assert.equal(await m.call('bump'), 2, 'an exception is no reason to start again');
  assert.equal(out, 'bump 1\nbump 2\nbump 1\nbump 2\n');
  await m.close();
});

test('loader: a top-level loop under a time limit is a TimeoutError, never a reason to fall back to python', async () => {
  const dir = build('while True:\n    pass\n\ndef one() -> int:\n    return 1\n');
  const m = await load(dir, { cache: false, timeout: 400 });
  await assert.rejects(m.call('one'), { name: 'TimeoutError', message: /the module's top-level code was stopped/ });
  // without the top-level code, it runs
  const lib = await load(dir, { cache: false, timeout: 400, start: false });
  assert.equal(await lib.call('one'), 1);
  await lib.close();
});

test('loader: a compile() result loads and calls', async () => {
  const { compile } = await import('../shim/index.mjs');
  const r = await compile('def twice(s: str) -> str:\n    return s * 2\n');
  assert.ok(r.ok);
  const cache = new ModuleCache();
  const m = await load(r, { cache });
  assert.equal(await m.call('twice', 'ab'), 'abab');
  assert.equal(m.hash, await sha256(r.wasm));
  assert.equal(await load({ manifest: r.manifest, wasm: r.wasm }, { cache }), m);
});
