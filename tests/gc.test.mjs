// Memory is managed: a program that allocates far more than it keeps runs
// in bounded memory (the collector reclaims what is no longer reachable),
// and objects it keeps survive collections intact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WASI } from 'node:wasi';
import { cli, tempDir } from './helpers/common.mjs';

async function runAndMeasure(source) {
  const dir = tempDir();
  const file = path.join(dir, 'prog.ml');
  writeFileSync(file, source);
  const r = cli(['build-wasm-bundle', file, '--out-dir', path.join(dir, 'out')]);
  assert.equal(r.status, 0, r.stderr);
  const out = path.join(dir, 'stdout.txt');
  const { openSync, closeSync } = await import('node:fs');
  const fd = openSync(out, 'w');
  const wasi = new WASI({ version: 'preview1', args: ['m'], env: {}, returnOnExit: true, stdout: fd });
  const mod = await WebAssembly.compile(readFileSync(path.join(dir, 'out', 'module.wasm')));
  const inst = await WebAssembly.instantiate(mod, wasi.getImportObject());
  const status = wasi.start(inst);
  closeSync(fd);
  return { status, stdout: readFileSync(out, 'utf8'), memory: inst.exports.memory.buffer.byteLength };
}

test('a loop allocating ~400 MB of garbage runs in bounded memory', async () => {
  const { status, stdout, memory } = await runAndMeasure(
    'total = 0\nkeep = []\nfor i in range(1000000):\n    s = str(i) + "-" + str(i * 2)\n' +
    '    parts = [s, s, (i, s)]\n    total += len(parts[0])\n    if i % 100000 == 0:\n        keep.append(s)\n' +
    'print(total, keep)\n');
  assert.equal(status, 0);
  assert.equal(stdout, '13333335 [\'0-0\', \'100000-200000\', \'200000-400000\', \'300000-600000\', ' +
    '\'400000-800000\', \'500000-1000000\', \'600000-1200000\', \'700000-1400000\', \'800000-1600000\', ' +
    '\'900000-1800000\']\n');
  assert.ok(memory < 32 * 1024 * 1024, `linear memory grew to ${memory} bytes`);
});

test('recursion that allocates keeps every live object', async () => {
  const { status, stdout, memory } = await runAndMeasure(
    'def build(n):\n    if n == 0:\n        return []\n    rest = build(n - 1)\n' +
    '    junk = [str(k) for k in range(200)]\n    return rest + [str(n) * 2]\n' +
    'r = build(300)\nprint(len(r), r[0], r[-1], r[150])\n');
  assert.equal(status, 0);
  assert.equal(stdout, '300 11 300300 151151\n');
  assert.ok(memory < 64 * 1024 * 1024, `linear memory grew to ${memory} bytes`);
});

// sum(), list(), join(), max(), any(), set() iterate a generator passed
// straight to them with what they hold rooted, so the generator's body
// collects as it runs (rt_gen_collecting): without that every line below
// keeps hundreds of MB of garbage until the consumer returns (2.8 GB).
test('generators consumed by sum(), list(), join() ... run in bounded memory', async () => {
  const { status, stdout, memory } = await runAndMeasure(
    'def words(n):\n    for i in range(n):\n        junk = [str(i) * 20] * 50\n        yield str(i % 97)\n' +
    'print(sum(len(str(i) * 1000) for i in range(300000)))\n' +
    'print(len(list(x * 2 for x in words(100000))))\n' +
    'print(len("".join(words(100000))))\n' +
    'print(max(len(s * 500) for s in words(100000)))\n' +
    'print(any(len(s * 2000) > 10**9 for s in words(100000)))\n' +
    'print(sorted(set(s[:1] for s in words(100000) if len(s * 999) > 0)))\n');
  assert.equal(status, 0);
  assert.equal(stdout, "1688890000\n100000\n189690\n1000\nFalse\n['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']\n");
  assert.ok(memory < 64 * 1024 * 1024, `linear memory grew to ${memory} bytes`);
});

// A function whose calls can neither allocate nor collect gets no frame and
// no polls (the collector has nothing to do while it runs), so a program
// that allocates nothing links no collector at all; code that allocates only
// on an error path still polls, or a loop catching the error would grow
// without bound.
test('a program that allocates nothing links no collector; error paths still poll', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'hello.ml');
  const wat = (src) => {
    writeFileSync(file, src);
    const r = cli(['build-wasm-bundle', file, '--out-dir', path.join(dir, 'out')]);
    assert.equal(r.status, 0, r.stderr);
    return readFileSync(path.join(dir, 'out', 'module.wat'), 'utf8');
  };
  assert.doesNotMatch(wat('print("Hello, world!")\n'), /\$rt_gc_collect\b/);
  // a float function: no frame, no poll (its caller still polls: it calls
  // generated code, which the lowering does not look into)
  const half = wat('def half(x):\n    return x * 0.5\n\nprint(half(3.0))\n').match(/^\(func \$f_half[^]*?^\(func /m)[0];
  assert.doesNotMatch(half, /rt_gc_frame_push|rt_gc_collect|i64\.lt_s/);
  const { status, stdout, memory } = await runAndMeasure(
    'caught = 0\nfor i in range(300000):\n    try:\n        x = i // 0\n    except ZeroDivisionError:\n' +
    '        caught += 1\nprint(caught)\n');
  assert.equal(status, 0);
  assert.equal(stdout, '300000\n');
  assert.ok(memory < 32 * 1024 * 1024, `linear memory grew to ${memory} bytes`);
});

// More globals than one function mirrors into the collector's roots
// (IR_MIRROR_PART, 4,096): the mirror is split into parts, each called
// before a collection, and top level of more than 256 statements is lowered
// in parts too (LOWER_MAIN_PART). Every global's list must survive the
// collections that the garbage loop at the end forces.
test('5,000 object globals set across parts of the top level survive collections', async () => {
  const n = 5000;
  let src = '';
  for (let i = 0; i < n; i++) src += `g${i} = [${i}, str(${i})]\n`;
  src += 'junk = 0\nfor i in range(300000):\n    junk += len([str(i)] * 3)\n';
  src += 's = 0\n';
  for (let i = 0; i < n; i++) src += `s += g${i}[0]\n`;
  src += 'print(junk, s)\n';
  src += `print(g0[1], g4095[1], g4096[1], g${n - 1}[1])\n`;
  const { status, stdout } = await runAndMeasure(src);
  assert.equal(status, 0);
  assert.equal(stdout, `900000 ${(n * (n - 1)) / 2}\n0 4095 4096 ${n - 1}\n`);
});
