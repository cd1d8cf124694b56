// What the lowering leaves out of a module, asserted on module.wat and on
// the run: code after a raise (never reached), the NameError test of a def
// that has already run, the value of print() as a statement, and the
// 11-instruction store of each int global's root (one call instead), and
// the zeros of the static data (memory starts zeroed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBundle as build, funcText } from './helpers/common.mjs';

const count = (text, re) => (text.match(re) || []).length;

test('nothing after a raise is lowered', () => {
  const { wat, run } = build('print("a")\nprint(u1)\nprint(u2)\nx = [1, u3, 3]\nprint("never")\n');
  const main = funcText(wat, '__main');
  assert.equal(count(main, /call \$rt_raise\b/g), 1, main);
  assert.doesNotMatch(main, /\$rt_print_none|"never"/);
  const r = run();
  assert.equal(r.stdout, 'a\n');
  assert.match(r.stderr, /NameError: name 'u1' is not defined\n$/);
});

test("a def's NameError test is left out where the def has surely run", () => {
  const src = 'print("start")\n' +
    'g = lambda: f()\n' +              // a function value: may run before the def
    'try:\n    f()\nexcept NameError as e:\n    print(e)\n' +
    'def f():\n    return 2\n' +
    'print(f(), g(), [f() for _ in range(2)])\n' +
    'for i in range(2):\n    print(f() + i)\n';
  const { wat, run } = build(src);
  const main = funcText(wat, '__main');
  // the call in the try (before the def) tests; the three after do not
  assert.equal(count(main, /global\.get \$defined_f_f\b/g), 1, main);
  assert.equal(count(funcText(wat, 'lambda_\\d+'), /global\.get \$defined_f_f\b/g), 1);
  assert.equal(run().stdout, "start\nname 'f' is not defined\n2 2 [2, 2]\n2\n3\n");
});

test('print() as a statement drops no None', () => {
  const { wat, run } = build('print(1)\nprint("x", 2)\n');
  assert.doesNotMatch(funcText(wat, '__main'), /\bdrop\b/);
  assert.equal(run().stdout, '1\nx 2\n');
});

test("int globals' roots are stored by one call each, and big ints in them survive collections", () => {
  let src = '';
  for (let i = 0; i < 300; i++) src += `v${i} = ${i} ** 30\n`;
  src += 'junk = 0\nfor i in range(200000):\n    junk = [i, str(i)]\n';
  src += 'print((v' + Array.from({ length: 300 }, (_, i) => i).join(' + v') + ') % 1000003, v299 % 97)\n';
  const { wat, run } = build(src);
  const mirror = funcText(wat, '__ml_mirror_roots');
  assert.equal(count(mirror, /call \$__ml_root_int\b/g), 301); // v0 ... v299 and i
  assert.doesNotMatch(mirror, /select/);
  // their root slots start zeroed: no run of zeros is in a data segment
  const segments = wat.match(/^\(data \(i32\.const \d+\) "[^\n]*/gm);
  assert.ok(segments.length > 1, 'the static data is cut at its zero runs');
  for (const seg of segments) assert.doesNotMatch(seg, /(\\00){16}|"\\00|\\00"\)$/, seg.slice(0, 200));
  let total = 0n;
  for (let i = 0n; i < 300n; i++) total += i ** 30n;
  assert.equal(run().stdout, `${total % 1000003n} ${299n ** 30n % 97n}\n`);
});

test("the runtime's imports from generated code are defined only when linked code calls them", () => {
  const stubs = /^\(func \$(rt_ml_builtin|rt_ml_gen_resume|rt_ml_apply|rt_ml_depth_cell|rt_ml_special_repr)\b/gm;
  const hello = build('print("Hello, world!")\n');
  assert.deepEqual(hello.wat.match(stubs), null);
  assert.equal(hello.run().stdout, 'Hello, world!\n');
  // a generator, a method called through getattr, a function value called
  // by the runtime (sorted's key) and the recursion limit: each links its own
  const { wat, run } = build('import sys\n' +
    'def gen(n):\n    yield from range(n)\n' +
    'print(list(gen(3)), getattr("ab", "upper")(), sorted([3, 1, 2], key=lambda x: -x))\n' +
    'sys.setrecursionlimit(50)\n' +
    'def deep(n):\n    return deep(n + 1)\n' +
    'try:\n    deep(0)\nexcept RecursionError as e:\n    print(e)\n');
  const defined = [...wat.matchAll(stubs)].map((m) => m[1]).sort();
  assert.deepEqual(defined, ['rt_ml_apply', 'rt_ml_builtin', 'rt_ml_depth_cell', 'rt_ml_gen_resume', 'rt_ml_special_repr']);
  assert.equal(run().stdout, "[0, 1, 2] AB [3, 2, 1]\nmaximum recursion depth exceeded\n");
});

// repr() and str() reach a class's __repr__ and __str__ through the
// generated rt_ml_special_repr: a program without classes answers "none"
// and links none of the classes' machinery (attribute lookup, method calls
// and the operators they reach), which printing numbers or reporting an
// error would otherwise carry (001_hello's module was 238 KB, now ~50 KB).
test('printing values and reporting an error link the classes\' machinery only in a program with classes', () => {
  const plain = build('print("Hello", 42, 3.5, True, None, [1, "a"])\nprint(1 // 0)\n');
  const stub = funcText(plain.wat, 'rt_ml_special_repr');
  assert.match(stub, /i32\.const 0/);
  assert.doesNotMatch(stub, /call /);
  assert.doesNotMatch(plain.wat, /^ *\(func \$rt_getattr\b/m);
  assert.ok(plain.wasm.length < 100_000, `${plain.wasm.length} bytes`);
  const r = plain.run();
  assert.equal(r.stdout, "Hello 42 3.5 True None [1, 'a']\n");
  assert.match(r.stderr, /ZeroDivisionError: integer division or modulo by zero\n$/);
  const classes = build('class P:\n    def __repr__(self):\n        return "P!"\nprint([P()], object() is not None)\n');
  assert.match(classes.wat, /call \$rt_special_repr_into/);
  assert.equal(classes.run().stdout, '[P!] True\n');
  // a class made inside a function only (sema's program lists module-level classes)
  const nested = build('def make():\n    class Q:\n        def __repr__(self):\n            return "Q!"\n    return Q()\nprint([make()])\n');
  assert.match(nested.wat, /call \$rt_special_repr_into/);
  assert.equal(nested.run().stdout, '[Q!]\n');
});

test('a raise inside an expression whose value is converted after it lowers to a valid module', () => {
  // found by the compile fuzzer: `up.index(ch) + shift` on a NameError's
  // value left `call $rt_getattr` (an object) before `local.set` of an int
  const { wat, run } = build('def caesar(text, shift):\n    out = []\n    for ch in text:\n' +
    '        if ch in "abc":\n            out.append(ch)\n' +
    '        elif ch in string.ascii_uppercase:\n            up = string.ascii_uppercase\n' +
    '            out.append(up[(up.index(ch) + shift) % 26])\n' +
    '        else:\n            out.append(ch)\n    return "".join(out)\n\n\n' +
    'try:\n    print(caesar("ab", 1))\n    print(caesar("aB", 1))\nexcept NameError as e:\n    print("NameError:", e)\n' +
    'n = len(undefined_list) + 1\nprint(n)\n');
  assert.match(wat, /\$f_caesar/);
  const r = run();
  assert.equal(r.stdout, "ab\nNameError: name 'string' is not defined\n");
  assert.match(r.stderr, /NameError: name 'undefined_list' is not defined\n$/);
});
