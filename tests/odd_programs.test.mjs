// Valid Python that once crashed the compiler or made it generate invalid
// WebAssembly ("internal error"): each compiles, and its run prints what
// CPython prints (stdout, the last line of stderr, the exit status). One
// python3 process computes every expectation (python3 may be a slow shim).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, lastLine, tempDir } from './helpers/common.mjs';

const PROGRAMS = [
  // a condition whose value is None
  'if None:\n    print(1)\nprint(2)',
  'def f():\n    pass\nif f():\n    print(1)\nelse:\n    print(0)',
  'print(1 if print() else 2)',
  'while None:\n    pass\nprint("done")',
  'def f():\n    pass\nprint(not f(), f() or 3, f() and 3)',
  // an operand that raises (a name never bound)
  'x = 9 in u',
  'print(9 in u)',
  'print(9 not in u)',
  'u if 1 else u',
  'print(u if 1 else 2)',
  'print(1 < u < 3)',
  // iterating over None
  'for i in None:\n    pass',
  'print([i for i in None])',
  'def f():\n    pass\nfor x in f():\n    print(x)',
  // calling what cannot be called, in a program without function values
  'x = 3\nx(1)',
  '1()',
  'print = 3\nprint(1)',
  // sorted's key given as None
  'print(sorted([3, 1, 2], key=None))',
  'k = None\nprint(sorted([3, 1, 2], key=k, reverse=True))',
  'print(list(map(ValueError, ["a", "b"])))',
  // a name never bound stored into variables typed int, float or bool
  // (found by tests/fuzz: fuzz_compile)
  'a, b = 1, 2\na, b = f, a\nprint(a, b)',
  'a, b = 1, 2.5\na, b = 3, f\nprint(a, b)',
  'def g():\n    a, b = True, 2\n    a, b = f, 3\n    print(a, b)\ng()',
  'a = 1\nb = 2\na = b = f\nprint(a, b)',
  'a = 1\nb = 2\na, b = f\nprint(a, b)',
  // a float and an int beyond the float range, the int held as an object:
  // OverflowError, not the ZeroDivisionError of the 0.0 it was converted to
  // (found by tests/diff_programs.test.mjs, ML_DIFF_SEED=90186)
  'n = max(10 ** 400, 1.0)\nprint(0.5 % -n)',
  'n = max(10 ** 400, 1.0)\nprint(0.5 // -n)',
  'n = max(10 ** 400, 1.0)\nprint(divmod(0.5, -n))',
  'n = max(10 ** 400, 1.0)\nprint(0.5 ** -n)',
  // a bare return where other paths return a value
  'def f(n):\n    if n:\n        return n\n    return\nprint(f(0), f(2))',
];

const PY = String.raw`
import contextlib, io, json, sys
out = []
for src in json.loads(sys.stdin.read()):
    buf = io.StringIO()
    last, status = '', 0
    try:
        with contextlib.redirect_stdout(buf):
            exec(compile(src, 'prog.py', 'exec'), {'__name__': '__main__'})
    except Exception as e:
        last, status = (f'{type(e).__name__}: {e}' if str(e) else type(e).__name__), 1
    out.append({'stdout': buf.getvalue(), 'last': last, 'status': status})
print(json.dumps(out))
`;

test('valid programs that once broke the compiler run as CPython runs them', () => {
  const py = spawnSync('python3', ['-c', PY], { input: JSON.stringify(PROGRAMS), encoding: 'utf8' });
  assert.equal(py.status, 0, py.stderr);
  const want = JSON.parse(py.stdout);
  const dir = tempDir();
  PROGRAMS.forEach((src, i) => {
    const file = path.join(dir, `p${i}.ml`);
    writeFileSync(file, src + '\n');
    const r = cli(['run', file]);
    assert.ok(!/internal error/.test(r.stderr), `${JSON.stringify(src)}: ${r.stderr}`);
    assert.equal(r.stdout, want[i].stdout, `${JSON.stringify(src)}: stdout`);
    assert.equal(r.status, want[i].status, `${JSON.stringify(src)}: status\n${r.stderr}`);
    if (want[i].status) assert.equal(lastLine(r.stderr), want[i].last, `${JSON.stringify(src)}: last line`);
  });
});

test('a None condition compiles in every language', () => {
  const dir = tempDir();
  const src = path.join(dir, 'none_if.ml');
  writeFileSync(src, 'def f():\n    pass\nif f():\n    print(1)\nelif None:\n    print(2)\nelse:\n    print(3 if print() else 4)\n');
  for (const to of 'en fr es de hi ar bn ta zh ja it pt pl nl sv da fi'.split(' ')) {
    const t = cli(['translate', src, '--to', to]);
    assert.equal(t.status, 0, `${to}: ${t.stderr}`);
    const file = path.join(dir, `none_if_${to}.ml`);
    writeFileSync(file, t.stdout);
    const r = cli(['run', file, '--lang', to]);
    assert.equal(r.stderr, '', `${to}: ${r.stderr}`);
    assert.equal(r.stdout, '\n4\n', to);
  }
});

// Long chains built in a loop (a + b + ..., x[0][0]..., s.upper().upper()...):
// the compiler walks trees recursively, so the parser bounds them with a
// designed error (CPython compiles a 3,000-term sum and gives up before
// 30,000); they once overflowed the compiler's stack.
test('long operator and postfix chains: up to the bound they run, beyond it a designed error', () => {
  const dir = tempDir();
  const cases = [
    [`x = ${Array(2999).fill('1').join(' + ')}\nprint(x)\n`, 0, '2999\n'],
    [`x = ${Array(30000).fill('1').join(' + ')}\nprint(x)\n`, 1, /:1:\d+: error: too many operations in one expression \(more than 3000 in a chain\)/],
    [`x = [0]\ny = x${'[0]'.repeat(3001)}\n`, 1, /:2:\d+: error: too many operations in one expression/],
    [`s = "a"\nprint(s${'.upper()'.repeat(1400)})\n`, 0, 'A\n'], // two links each (.upper, ())
    [`s = "a"\nprint(s${'.upper()'.repeat(13000)})\n`, 1, /error: too many operations in one expression/],
  ];
  cases.forEach(([src, status, want], i) => {
    const file = path.join(dir, `chain${i}.ml`);
    writeFileSync(file, src);
    const r = cli(['run', file]);
    assert.equal(r.status, status, `case ${i}: ${r.stderr.slice(0, 300)}`);
    if (typeof want === 'string') assert.equal(r.stdout, want, `case ${i}`);
    else assert.match(r.stderr, want, `case ${i}`);
  });
});

// The JS build's stack is small: nothing may recurse as deep as the
// expressions. A 100-term sum once failed there (in wabt.js, which then
// assembled the WAT) with "memory access out of bounds".
test('long chains compile in the JS build too', async () => {
  const { compile } = await import('../shim/index.mjs');
  for (const src of [
    `x = ${Array(2999).fill('1').join(' + ')}\nprint(x)\n`,
    `x = [0]\ny = x${'[0]'.repeat(1000)}\n`,
    `s = "a"\nprint(s${'.upper()'.repeat(1000)})\n`,
  ]) {
    const r = await compile(src);
    assert.equal(r.ok, true, JSON.stringify(r.diagnostics).slice(0, 300));
  }
});
