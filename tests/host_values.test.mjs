// Shaped parameters of exported functions (shim/host_values.mjs,
// src/runtime/rt_host_value.c): the shape the manifest gives a parameter
// from its annotation (in English, French and Japanese), every JS value a
// shape takes, seen from inside the program by repr() and compared with
// CPython receiving the same call through the python backend; the values
// refused with the item named; int results beyond 64 bits and bytes
// results; and a module fed malformed encodings raises, never traps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { cli, rng, tempDir } from './helpers/common.mjs';
import { load } from '../shim/host.mjs';

function build(source, lang = 'en') {
  const dir = tempDir('ml-values-');
  const file = path.join(dir, 'prog.ml');
  writeFileSync(file, source);
  const out = path.join(dir, 'out');
  const r = cli(['build-wasm-bundle', file, '--lang', lang, '--out-dir', out]);
  assert.equal(r.status, 0, r.stderr);
  return { dir: out, manifest: JSON.parse(readFileSync(path.join(out, 'abi_manifest.json'), 'utf8')) };
}

const PROGRAM = `
def show(v: object) -> str:
    return repr(v)

def first(xs):
    return repr(xs[0])

def matrix(m: list[list[float]]) -> str:
    return repr(m)

def ints(xs: list[int]) -> str:
    return repr(xs)

def points(p: list[tuple[float, ...]]) -> str:
    return repr(p)

def pair(t: tuple[int, str]) -> str:
    return repr(t)

def index(d: dict[str, list[int]]) -> str:
    return repr(sorted(d.items()))

def tags(s: set[str]) -> str:
    return repr(sorted(s))

def raw(b: bytes) -> str:
    return repr(b)

def flip(b: bytes) -> bytes:
    return bytes(255 - x for x in b)

def power(n: int) -> int:
    return 2 ** n

def lowest(k: int) -> int:
    return -2 ** 63 - k

def grid(n: int) -> list:
    return [[i * n + j for j in range(n)] for i in range(n)]

def flags(n: int) -> list:
    f = [False] * n
    f[1] = True
    return f

def floats(n: int) -> list:
    xs = [0.5] * n
    xs[0] += 1.25
    return [xs, [1.5, 2.25], (xs[1], [True] * 2)]
`;

let bundle = null;
const program = () => (bundle ??= build(PROGRAM));

test('a parameter\'s shape comes from its annotation, in any language, else from its inferred type', () => {
  const { manifest } = program();
  const types = Object.fromEntries(manifest.exports.map((e) => [e.name, e.arg_types]));
  assert.deepEqual(types.show, ['any']);
  assert.deepEqual(types.first, ['list<any>']); // unannotated, indexed: a list of anything
  assert.deepEqual(types.matrix, ['list<list<f64>>']);
  assert.deepEqual(types.ints, ['list<i64>']);
  assert.deepEqual(types.points, ['list<tuple<f64>>']);
  assert.deepEqual(types.pair, ['tuple<any>']); // a tuple of mixed items: any item
  assert.deepEqual(types.index, ['dict<str,list<i64>>']);
  assert.deepEqual(types.tags, ['set<str>']);
  assert.deepEqual(types.raw, ['bytes']);
  assert.deepEqual(types.power, ['i64']);
  assert.ok(manifest.memory_layout.value_encoding.tags.list >= 0);
  assert.deepEqual(manifest.memory_layout.big_int_result, { export: '__ml_big_int', return_type: 'i32', sentinel: '-9223372036854775808' });
  // the same in French and Japanese: the annotations' names are the language's
  const fr = build('déf f(m: liste[liste[flottant]], d: dictionnaire[chaîne, entier], o: octets) -> chaîne:\n    retour repr((m, d, o))\n', 'fr');
  assert.deepEqual(fr.manifest.exports.find((e) => e.name === 'f').arg_types, ['list<list<f64>>', 'dict<str,i64>', 'bytes']);
  const ja = cli(['translate', path.join(path.dirname(fr.dir), 'prog.ml'), '--to', 'ja']);
  assert.equal(ja.status, 0, ja.stderr);
  const jaBuild = build(ja.stdout, 'ja');
  assert.deepEqual(jaBuild.manifest.exports[0].arg_types, ['list<list<f64>>', 'dict<str,i64>', 'bytes']);
});

// [function, arguments, what the program sees (repr)]
const CASES = [
  ['show', [null], 'None'],
  ['show', [undefined], 'None'],
  ['show', [true], 'True'],
  ['show', [3], '3'],
  ['show', [-0], '0'],
  ['show', [3.5], '3.5'],
  ['show', [2 ** 53], '9007199254740992'],
  ['show', [1e300], BigInt(1e300).toString()], // an integral double: its exact int, as int(1e300)
  ['show', [NaN], 'nan'],
  ['show', [-Infinity], '-inf'],
  ['show', [10n ** 30n], `1${'0'.repeat(30)}`],
  ['show', [-(2n ** 64n) - 5n], '-18446744073709551621'],
  ['show', [-(2n ** 63n)], '-9223372036854775808'],
  ['show', ['é 日本'], "'é 日本'"],
  ['show', [[1, 'a', [2.5, null], []]], "[1, 'a', [2.5, None], []]"],
  ['show', [new Uint8Array([0, 65, 255])], "b'\\x00A\\xff'"],
  ['show', [new Uint8Array([1, 2]).buffer], "b'\\x01\\x02'"],
  ['show', [new Float64Array([1, 2.5])], '[1.0, 2.5]'],
  ['show', [new Float32Array([0.5])], '[0.5]'],
  ['show', [new Int32Array([1, -2])], '[1, -2]'],
  ['show', [new Uint16Array([65535])], '[65535]'],
  ['show', [new BigInt64Array([-(2n ** 63n), 7n])], '[-9223372036854775808, 7]'],
  ['show', [new BigUint64Array([2n ** 64n - 1n])], '[18446744073709551615]'],
  ['show', [new Set([3])], '{3}'],
  ['show', [new Map([[1, 'a'], ['b', [2]]])], "{1: 'a', 'b': [2]}"],
  ['show', [{ x: 1.5, y: { z: null } }], "{'x': 1.5, 'y': {'z': None}}"],
  ['show', [[new Float64Array([1]), new Uint8Array([9])]], "[[1.0], b'\\t']"],
  ['first', [[2, 'x']], '2'],
  ['matrix', [[[1, 2], [3, 4.5]]], '[[1.0, 2.0], [3.0, 4.5]]'],
  ['matrix', [[new Float64Array([1]), new Int32Array([2]), [true]]], '[[1.0], [2.0], [1.0]]'],
  ['matrix', [[]], '[]'],
  ['matrix', [[[]]], '[[]]'],
  ['ints', [[1, 2, -3]], '[1, 2, -3]'],
  ['ints', [[2n ** 70n, 1]], '[1180591620717411303424, 1]'],
  ['ints', [[2 ** 60, 1]], '[1152921504606846976, 1]'],
  ['ints', [new Int8Array([-1, 1])], '[-1, 1]'],
  ['ints', [[true, false]], '[1, 0]'],
  ['ints', [[]], '[]'],
  ['points', [[[1, 2], new Float64Array([3, 4])]], '[(1.0, 2.0), (3.0, 4.0)]'],
  ['pair', [[1, 'one']], "(1, 'one')"],
  ['index', [{ b: [2], a: [1, 1] }], "[('a', [1, 1]), ('b', [2])]"],
  ['index', [new Map([['k', new Int32Array([5])]])], "[('k', [5])]"],
  ['tags', [new Set(['b', 'a'])], "['a', 'b']"],
  ['tags', [['b', 'b', 'c']], "['b', 'c']"],
  ['raw', [new Uint8Array([104, 105])], "b'hi'"],
  ['raw', [[104, 105]], "b'hi'"],
  ['raw', [new Uint8Array(0)], "b''"],
];

test('every JS value reaches the program as the Python value its shape says, as CPython receives it', async () => {
  const { dir } = program();
  const wasm = await load(dir, { cache: false, backend: 'wasm' });
  const python = await load(dir, { cache: false, backend: 'python' });
  for (const [name, args, expected] of CASES) {
    const label = `${name}(${args.map((a) => (typeof a === 'bigint' ? `${a}n` : a?.constructor?.name ?? String(a))).join(', ')}) -> ${expected.slice(0, 40)}`;
    assert.equal(await wasm.call(name, ...args), expected, `wasm: ${label}`);
    assert.equal(await python.call(name, ...args), expected, `python: ${label}`);
  }
});

test('results: bytes as a Uint8Array, ints beyond 64 bits as BigInts, the sentinel itself as is, lists of bools and floats', async () => {
  const { dir } = program();
  for (const backend of ['wasm', 'python']) {
    const m = await load(dir, { cache: false, backend });
    assert.deepEqual(await m.call('flip', new Uint8Array([0, 1, 255])), new Uint8Array([255, 254, 0]), backend);
    assert.equal(await m.call('power', 62), 2n ** 62n, backend);
    assert.equal(await m.call('power', 63), 2n ** 63n, backend);
    assert.equal(await m.call('power', 200), 2n ** 200n, backend);
    assert.equal(await m.call('power', 3), 8, backend);
    assert.equal(await m.call('lowest', 0), -(2n ** 63n), backend); // INT64_MIN itself: the sentinel, no int behind it
    assert.equal(await m.call('lowest', 1), -(2n ** 63n) - 1n, backend);
    assert.equal(await m.call('power', 2), 4, `${backend}: after a big result, a small one`);
    assert.deepEqual(await m.call('grid', 2), [[0, 1], [2, 3]], backend);
    // lists of bools and of floats (their items unboxed in the module)
    assert.deepEqual(await m.call('flags', 3), [false, true, false], backend);
    assert.deepEqual(await m.call('floats', 3), [[1.75, 0.5, 0.5], [1.5, 2.25], [0.5, [true, true]]], backend);
  }
});

test('a value that does not fit its shape is a TypeError naming the item, before the module runs', async () => {
  const { dir } = program();
  for (const backend of ['wasm', 'python']) {
    const m = await load(dir, { cache: false, backend });
    const refused = [
      [['matrix', [1, 2]], "matrix(): parameter 'm' expects list[list[float]] (item [0] is number 1, not a list (an array or a typed array))"],
      [['matrix', [[1], [2, 'x']]], "matrix(): parameter 'm' expects list[list[float]] (item [1][1] is string \"x\", not a number)"],
      [['matrix', 'ab'], "matrix(): parameter 'm' expects list[list[float]], not string \"ab\""],
      [['ints', [1, 1.5]], "ints(): parameter 'xs' expects list[int] (item [1] is number 1.5, not an int)"],
      [['ints', new Float64Array([1.5])], "ints(): parameter 'xs' expects list[int] (item [0] is number 1.5, not an int)"],
      [['index', { a: [1], b: 'x' }], "index(): parameter 'd' expects dict[str, list[int]] (item [\"b\"] is string \"x\", not a list (an array or a typed array))"],
      [['index', new Map([[1, [1]]])], "index(): parameter 'd' expects dict[str, list[int]] (the key of item [1] is number 1, not a string)"],
      [['tags', 'abc'], "tags(): parameter 's' expects set[str], not string \"abc\""],
      [['raw', [1, 256]], "raw(): parameter 'b' expects bytes, not an array"],
      [['raw', 'hi'], "raw(): parameter 'b' expects bytes, not string \"hi\""],
      [['show', () => 1], "show(): parameter 'v' expects object, not function"],
      [['show', [Symbol('s')]], "show(): parameter 'v' expects object (item [0] is symbol, not a value Python has (number, bigint, string, boolean, null, array, typed array, Set, Map or plain object))"],
      [['show', new Date(0)], /show\(\): parameter 'v' expects object, not object/],
    ];
    for (const [[name, arg], message] of refused) {
      await assert.rejects(m.call(name, arg), { name: 'TypeError', message }, `${backend}: ${name}`);
    }
    // deeper than 1000: refused, not a stack overflow
    let deep = [];
    for (let i = 0; i < 1200; i++) deep = [deep];
    await assert.rejects(m.call('show', deep), { name: 'TypeError', message: /nested less than 1000 deep/ });
  }
});

test('a malformed encoding is a SystemError from the module, never a trap', async () => {
  const { dir } = program();
  const m = await load(dir, { cache: false, stderr: () => {} });
  await m.instantiate();
  const { exports } = m._instance.instance;
  const random = rng(12345);
  let raised = 0;
  for (let i = 0; i < 400; i++) {
    const n = Math.floor(random() * 40);
    const bytes = Uint8Array.from({ length: n }, () => (random() < 0.5 ? Math.floor(random() * 16) : Math.floor(random() * 256)));
    const at = exports.__ml_host_buffer(Math.max(n, 8));
    new Uint8Array(exports.memory.buffer, at, n).set(bytes);
    try {
      exports.show(at, n);
    } catch (e) {
      assert.ok(!(e instanceof WebAssembly.RuntimeError), `a trap on ${[...bytes]}: ${e.message}`);
      exports.__ml_reset();
      raised++;
    }
  }
  assert.ok(raised > 300, `${raised} of 400 raised`);
  // the module still works after them
  assert.equal(await m.call('show', [1, 'x']), "[1, 'x']");
});
