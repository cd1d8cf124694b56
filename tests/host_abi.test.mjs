// The host ABI of modules: the manifest (against shim/abi_manifest.schema.json
// and against the module itself), the generated host_shim.js round trips
// (numbers, strings, arrays, tuples, errors), real point streams checked
// against CPython, and the shared renderer (shim/canvas.mjs) on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

import { cli, corpusCases, lastLine, ROOT, runPython, tempDir } from './helpers/common.mjs';
import { drawPoints, fitPoints, renderExport } from '../shim/canvas.mjs';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'shim', 'abi_manifest.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);

let counter = 0;
/* Builds a program; returns its bundle directory and manifest. */
function build(source, { target = 'wasi', lang = 'en' } = {}) {
  const dir = tempDir('ml-abi-');
  const file = path.join(dir, 'prog.ml');
  writeFileSync(file, source);
  const out = path.join(dir, 'out');
  const r = cli(['build-wasm-bundle', file, '--lang', lang, '--wasm-target', target, '--out-dir', out]);
  assert.equal(r.status, 0, r.stderr);
  return { dir: out, manifest: JSON.parse(readFileSync(path.join(out, 'abi_manifest.json'), 'utf8')) };
}

/* Imports the generated host_shim.js of a bundle and instantiates it. */
async function load(dir, options = {}) {
  const shim = await import(`${pathToFileURL(path.join(dir, 'host_shim.js'))}?v=${counter++}`);
  const wasm = readFileSync(path.join(dir, 'module.wasm'));
  let stderr = '';
  const m = await shim.instantiate(wasm, { stdout: () => {}, stderr: (s) => { stderr += s; }, ...options });
  return { shim, m, wasm, stderr: () => stderr };
}

const ABI_PROGRAM = `
def area(w, h):
    return w * h

def count_to(n):
    return n + 1

def is_big(x):
    return x > 100

def greet(name):
    return "¡Hola, " + name + "! " + str(len(name))

def stats(xs):
    total = 0.0
    for x in xs:
        total += x
    return (len(xs), total, total / len(xs))

def swap(a, b):
    if a > b:
        return (b, a)
    return (a, b)

def describe(n):
    return [n, "two", (True, None), 2 ** 60]

def shout(text):
    print(text.upper())

def divide(a, b):
    return a / b

def first(xs):
    return xs[0]

print(area(2.0, 3.5), count_to(41), is_big(5.0), greet("Ana"), swap(3.0, 1.0))
`;

test('manifests of every corpus program and of the ABI program validate against the schema', () => {
  const sources = [ABI_PROGRAM, readFileSync(path.join(ROOT, 'tests/corpus/en/120_render_modes.ml'), 'utf8')];
  let checked = 0;
  for (const c of corpusCases()) {
    if (c.err) continue;
    for (const target of ['wasi', 'browser']) {
      const r = cli(['wat-abi', c.file, '--wasm-target', target]);
      if (r.status !== 0) continue; // unsupported programs are checked elsewhere
      const manifest = JSON.parse(r.stdout);
      assert.ok(validate(manifest), `${c.id}: ${JSON.stringify(validate.errors)}`);
      assert.equal(manifest.target, target);
      checked++;
    }
  }
  for (const s of sources) assert.ok(validate(build(s).manifest), JSON.stringify(validate.errors));
  assert.ok(checked > 100, `only ${checked} manifests checked`);
});

test('the schema rejects manifests that break the contract', () => {
  const { manifest } = build(readFileSync(path.join(ROOT, 'tests/corpus/en/120_render_modes.ml'), 'utf8'));
  assert.ok(validate(manifest));
  const clone = () => structuredClone(manifest);
  const broken = [];
  let m = clone();
  delete m.exports.find((e) => e.name === 'wave').stream_output;
  broken.push(m);
  m = clone();
  m.exports.find((e) => e.name === 'grid').mode = 'scatter';
  broken.push(m);
  m = clone();
  m.tuple_lowering.preferred = 'multi_value';
  broken.push(m);
  m = clone();
  m.exports[0].arg_types = ['float'];
  broken.push(m);
  m = clone();
  m.extra = true;
  broken.push(m);
  for (const b of broken) assert.equal(validate(b), false);
});

test('the manifest describes the module exactly: exports, their arity, imports', async () => {
  for (const source of [ABI_PROGRAM, readFileSync(path.join(ROOT, 'tests/corpus/en/120_render_modes.ml'), 'utf8')]) {
    const { dir, manifest } = build(source);
    const module = new WebAssembly.Module(readFileSync(path.join(dir, 'module.wasm')));
    const imports = WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}`).sort();
    assert.deepEqual(manifest.required_host_imports.map((i) => `${i.module}.${i.name}`).sort(), imports);
    const { m } = await load(dir);
    const exported = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
    const expected = new Set(['memory', manifest.flush_export, manifest.reset_export]);
    for (const e of manifest.exports) {
      expected.add(e.name);
      assert.equal(m.instance.exports[e.name].length, e.wasm_params.length, `${e.name} arity`);
      if (e.stream_output) {
        expected.add(e.stream_output.count_export);
        expected.add(e.stream_output.writer_export);
      }
      if (e.tuple_return) expected.add(e.tuple_return.multi_value_export);
    }
    if (manifest.memory_layout.host_buffer) expected.add(manifest.memory_layout.host_buffer.export);
    if (manifest.memory_layout.big_int_result) expected.add(manifest.memory_layout.big_int_result.export);
    assert.deepEqual([...exported].sort(), [...expected].sort());
  }
});

test('host shim: numbers, strings, arrays, tuples and objects round-trip', async () => {
  const { dir, manifest } = build(ABI_PROGRAM);
  const sig = (n) => manifest.exports.find((e) => e.name === n);
  assert.deepEqual(sig('area').arg_types, ['f64', 'f64']);
  assert.equal(sig('area').return_type, 'f64');
  assert.deepEqual(sig('count_to').arg_types, ['i64']);
  assert.deepEqual(sig('greet').arg_types, ['str']);
  assert.equal(sig('greet').return_type, 'str');
  assert.deepEqual(sig('stats').arg_types, ['list<any>']); // unannotated: a list of any values
  assert.equal(sig('stats').return_type, 'tuple<f64,f64,f64>');
  assert.equal(sig('swap').tuple_return.arity, 2);
  assert.equal(sig('describe').return_type, 'object');
  // parameters no call types: a method says str, indexing or iterating says list
  assert.deepEqual(sig('shout').arg_types, ['str']);
  assert.deepEqual(sig('first').arg_types, ['list<any>']);

  const { m } = await load(dir);
  assert.equal(m.exports.area(2, 3.5), 7);
  assert.equal(m.exports.count_to(41), 42);
  assert.equal(m.exports.count_to(2n ** 62n), 2n ** 62n + 1n);
  assert.equal(m.exports.is_big(5), false);
  assert.equal(m.exports.is_big(500), true);
  assert.equal(m.exports.greet('Zoë 東京'), '¡Hola, Zoë 東京! 6');
  assert.equal(m.exports.greet(''), '¡Hola, ! 0');
  const long = 'ab'.repeat(50000);
  assert.equal(m.exports.greet(long), `¡Hola, ${long}! 100000`);
  assert.deepEqual(m.exports.stats([1, 2, 4.5]), [3, 7.5, 2.5]);
  assert.deepEqual(m.exports.stats(new Float64Array([0.1, 0.2])), [2, 0.1 + 0.2, (0.1 + 0.2) / 2]);
  assert.deepEqual(m.exports.swap(3, 1), [1, 3]);
  assert.deepEqual(m.exports.swap(-1, 1), [-1, 1]);
  assert.deepEqual(m.exports.describe(5), [5, 'two', [true, null], 2n ** 60n]); // beyond 2^53: BigInt
  let printed = '';
  const { m: m2 } = await load(dir, { stdout: (s) => { printed += s; } });
  assert.equal(m2.exports.shout('ça va'), undefined);
  assert.equal(printed, 'ÇA VA\n');
});

test('host shim: tuple lowering, out_params and multi_value, at the wasm level', async () => {
  const { dir, manifest } = build(ABI_PROGRAM);
  const { m } = await load(dir);
  const raw = m.instance.exports;
  const entry = manifest.exports.find((e) => e.name === 'swap');
  // multi_value: (f64, f64) straight from the export
  assert.deepEqual(raw[entry.tuple_return.multi_value_export](5, 2), [2, 5]);
  // out_params: trailing i32 address, i32 count header then f64 items
  const out = raw.__ml_host_buffer(4 + 16);
  assert.equal(raw.swap(5, 2, out), 2);
  const dv = new DataView(raw.memory.buffer);
  assert.equal(dv.getInt32(out, true), 2);
  assert.equal(dv.getFloat64(out + 4, true), 2);
  assert.equal(dv.getFloat64(out + 12, true), 5);
});

test('host shim: a Python exception becomes a thrown Error with the exception line', async () => {
  const { dir } = build(ABI_PROGRAM);
  const { m, stderr } = await load(dir);
  assert.throws(() => m.exports.divide(1, 0), { message: 'ZeroDivisionError: float division by zero' });
  assert.throws(() => m.exports.first([]), { message: 'IndexError: list index out of range' });
  assert.throws(() => m.exports.stats([]), { message: 'ZeroDivisionError: float division by zero' });
  assert.match(stderr(), /Traceback \(most recent call last\):/);
  assert.throws(() => m.exports.area(1), TypeError);
  assert.throws(() => m.exports.stats('abc'), TypeError);
  assert.throws(() => m.exports.count_to(1.5), TypeError);
  // the instance stays usable after errors: each one leaves dead frames on
  // the module's C and shadow stacks, which the shim resets (reset_export)
  for (let i = 0; i < 6000; i++) assert.throws(() => m.exports.first([]), /IndexError/);
  assert.equal(m.exports.divide(1, 4), 0.25);
  assert.deepEqual(m.exports.describe(1), [1, 'two', [true, null], 2n ** 60n]);
  // the error is CPython's
  const dirPy = tempDir('ml-abi-py-');
  const py = path.join(dirPy, 'p.py');
  writeFileSync(py, `${readFileSync(path.join(dir, 'transpiled.py'), 'utf8')}\ndivide(1.0, 0.0)\n`);
  assert.equal(lastLine(runPython(py).stderr), 'ZeroDivisionError: float division by zero');
});

test('host shim: run() and start() run the top-level code with WASI stdout, stdin and args', async () => {
  const { dir } = build('name = input()\nprint("hi", name, argc(), argv(0))\nprint("é" * 3000)\n');
  const { shim, wasm } = await load(dir);
  const r = await shim.run(wasm, { stdin: 'Bob\n', args: ['x', 'y'] });
  assert.deepEqual(r, { exitCode: 0, stdout: `hi Bob 2 x\n${'é'.repeat(3000)}\n`, stderr: '' });
  const bad = build('print("before")\nprint(1 // 0)\n');
  const { shim: s2, wasm: w2 } = await load(bad.dir);
  const r2 = await s2.run(w2);
  assert.equal(r2.exitCode, 1);
  assert.equal(r2.stdout, 'before\n');
  assert.equal(lastLine(r2.stderr), 'ZeroDivisionError: integer division or modulo by zero');
});

/* Points a function returns for some arguments, according to CPython. */
function pythonPoints(dir, call) {
  const py = path.join(tempDir('ml-pts-'), 'p.py');
  writeFileSync(py, `${readFileSync(path.join(dir, 'transpiled.py'), 'utf8')}\nprint(repr([(float(x), float(y)) for x, y in ${call}]))\n`);
  const r = runPython(py);
  assert.equal(r.status, 0, r.stderr);
  const text = lastLine(r.stdout);
  return JSON.parse(text.replace(/\(/g, '[').replace(/\)/g, ']').replace(/inf/g, '1e999'));
}

const POINTS_PROGRAM = `
@render_mode("polyline")
def rose(t, n):
    pts = []
    for i in range(n):
        a = i * 0.01 + t
        r = 1.0 - a * a / 7.0
        pts.append((r * (1.0 - a * a / 2.0), r * a))
    return pts

@render_mode("point_stream")
def lattice(n):
    return [(x, y * 0.5) for x in range(n) for y in range(n) if (x + y) % 3 != 0]

@render_mode("point_stream")
def spiral(n):
    for i in range(n):
        yield (i * 0.5, i * 0.25)

@render_mode("polyline")
def nothing(k):
    if k > 0:
        return [(0, 0), (k, k)]

def garbage(n):
    total = 0
    for i in range(n):
        xs = [i, i + 1, str(i)]
        total += len(xs)
    return total

first = rose(0.0, 3)
print(len(first))
`;

test('point streams expose exactly the points of the last call, any number of them (checked against CPython)', async () => {
  const { dir, manifest } = build(POINTS_PROGRAM);
  const entry = manifest.exports.find((e) => e.name === 'rose');
  assert.equal(entry.mode, 'polyline');
  assert.equal(entry.stream_output.count_export, 'rose_point_count');
  assert.equal(manifest.exports.find((e) => e.name === 'lattice').mode, 'point_stream');
  const { m } = await load(dir);
  // the program's own call counts: after start(), rose's points are those of rose(0.0, 3)
  m.start();
  assert.deepEqual(m.points('rose'), pythonPoints(dir, 'rose(0.0, 3)'));
  for (const [t, n] of [[0.25, 1], [0.5, 700], [1.0, 5000]]) {
    assert.equal(m.exports.rose(t, n), n);
    assert.deepEqual(m.points('rose'), pythonPoints(dir, `rose(${t}, ${n})`));
  }
  assert.equal(m.exports.lattice(30), pythonPoints(dir, 'lattice(30)').length);
  assert.deepEqual(m.points('lattice'), pythonPoints(dir, 'lattice(30)'));
  // a render function may yield its points
  assert.equal(m.exports.spiral(7), 7);
  assert.deepEqual(m.points('spiral'), pythonPoints(dir, 'spiral(7)'));
  // collections in between do not disturb the kept points
  const kept = m.points('lattice');
  assert.equal(m.exports.garbage(200000), 600000);
  assert.deepEqual(m.points('lattice'), kept);
  // an empty list: no points
  assert.equal(m.exports.lattice(0), 0);
  assert.deepEqual(m.points('lattice'), []);
  // a call that returns None has no points; the previous ones are gone
  assert.equal(m.exports.nothing(2), 2);
  assert.deepEqual(m.points('nothing'), [[0, 0], [2, 2]]);
  assert.equal(m.exports.nothing(0), 0);
  assert.deepEqual(m.points('nothing'), []);
});

test('point streams: the writer honours the buffer length it is given', async () => {
  const { dir } = build(POINTS_PROGRAM);
  const { m } = await load(dir);
  const raw = m.instance.exports;
  assert.equal(m.exports.rose(0.1, 10), 10);
  assert.equal(raw.rose_point_count(), 10);
  const buf = raw.__ml_host_buffer(16 * 10 + 16);
  const dv = new DataView(raw.memory.buffer);
  dv.setFloat64(buf + 16 * 4, 12345, true);
  assert.equal(raw.rose_write_points(buf, 4), 4);
  assert.equal(dv.getFloat64(buf + 16 * 4, true), 12345); // nothing past the 4th point
  const all = m.points('rose');
  assert.equal(dv.getFloat64(buf + 16 * 3, true), all[3][0]);
  assert.equal(dv.getFloat64(buf + 16 * 3 + 8, true), all[3][1]);
});

test('render functions: localized decorator names, and designed errors', () => {
  const fr = build('@mode_rendu("polyline")\ndéf courbe(t):\n    retour [(0, t), (1, t)]\n', { lang: 'fr' });
  assert.equal(fr.manifest.exports.find((e) => e.name === 'courbe').mode, 'polyline');
  const dir = tempDir('ml-render-err-');
  const cases = [
    ['@render_mode("spiral")\ndef f(t):\n    return [(t, t)]\n', 'prog.ml:1:14: error: unknown render mode \'spiral\''],
    ['@render_mode("polyline")\ndef f(t):\n    return t\n', 'prog.ml:2:1: error: a polyline function returns a list of (x, y) pairs, not a float'],
    ['@render_mode()\ndef f(t):\n    return [(t, t)]\n', 'prog.ml:1:2: error: render_mode takes one string'],
    ['def __ml_flush():\n    return 1\n', "prog.ml:1:1: error: a function cannot be called '__ml_flush': the module exports its own"],
    ['def d(g):\n    return g\n@render_mode("polyline")\n@d\ndef f(t):\n    return [(t, t)]\n',
      'prog.ml:3:2: error: @render_mode on a def that is decorated again, redefined, assigned, inside a block or given a default that is not a literal is not supported yet'],
    ['@render_mode("polyline")\ndef f(t):\n    return [(t, t)]\ndef f_point_count():\n    return 1\n',
      "error: the function 'f_point_count' clashes with the export 'f_point_count' of 'f'"],
  ];
  for (const [source, message] of cases) {
    const file = path.join(dir, 'prog.ml');
    writeFileSync(file, source);
    const r = cli(['check', file]);
    assert.equal(r.status, 1, source);
    assert.ok(r.stderr.includes(message), `${source}\n---\n${r.stderr}`);
  }
});

/* A 2D context that records what is drawn. */
function fakeCanvas(width = 200, height = 100) {
  const calls = [];
  const ctx = new Proxy({}, {
    get: (target, prop) => (prop in target ? target[prop] : (...args) => calls.push([prop, ...args])),
    set: (target, prop, value) => { target[prop] = value; return true; },
  });
  return { width, height, calls, getContext: () => ctx };
}

test('renderer (shim/canvas.mjs): scales to fit, joins polylines, dots point streams', () => {
  const fit = fitPoints([[0, 0], [10, 5]], 200, 100, 0);
  assert.deepEqual([fit.x(0), fit.y(0), fit.x(10), fit.y(5)], [0, 100, 200, 0]);
  const square = fitPoints([[0, 0], [1, 1]], 200, 100, 0); // aspect kept: 100 x 100 centred
  assert.deepEqual([square.x(0), square.x(1), square.y(0), square.y(1)], [50, 150, 100, 0]);
  assert.equal(fitPoints([], 10, 10), null);

  const line = fakeCanvas();
  drawPoints(line, [[0, 0], [1, 2], [2, 0], [NaN, 1], [3, 3]], 'polyline');
  const ops = line.calls.map((c) => c[0]);
  assert.deepEqual(ops.filter((o) => o === 'moveTo' || o === 'lineTo'), ['moveTo', 'lineTo', 'lineTo', 'moveTo']);
  assert.ok(ops.includes('stroke'));
  const dots = fakeCanvas();
  drawPoints(dots, [[0, 0], [1, 1], [2, 2]], 'point_stream');
  assert.equal(dots.calls.filter((c) => c[0] === 'arc').length, 3);
  assert.equal(dots.calls.filter((c) => c[0] === 'lineTo').length, 0);
});

test('renderer: renderExport draws what a module export produced', async () => {
  const { dir } = build(POINTS_PROGRAM);
  const { m } = await load(dir);
  const canvas = fakeCanvas();
  assert.equal(renderExport(canvas, m, 'rose', 0.5, 25), 25);
  assert.equal(canvas.calls.filter((c) => c[0] === 'lineTo').length, 24);
  const dots = fakeCanvas();
  renderExport(dots, m, 'lattice', 4);
  assert.equal(dots.calls.filter((c) => c[0] === 'arc').length, pythonPoints(dir, 'lattice(4)').length);
  assert.throws(() => renderExport(canvas, m, 'garbage', 1), TypeError);
  // the generated renderer_template.js is the same code plus the module's modes
  const text = readFileSync(path.join(dir, 'renderer_template.js'), 'utf8');
  assert.ok(text.includes("'rose': 'polyline'") || text.includes('"rose": \'polyline\''), text.slice(0, 600));
  assert.ok(text.endsWith(readFileSync(path.join(ROOT, 'shim', 'canvas.mjs'), 'utf8')));
  const shim = readFileSync(path.join(dir, 'host_shim.js'), 'utf8');
  // shim/dom.mjs, shim/host_values.mjs then shim/host_runtime.mjs, whose
  // imports of them are dropped (tools/embed.c: one module, the siblings are in it)
  const embedded = ['dom.mjs', 'host_values.mjs', 'host_runtime.mjs']
    .map((f) => readFileSync(path.join(ROOT, 'shim', f), 'utf8').split('\n').filter((l) => !/^import .* from '\.\//.test(l)).join('\n'))
    .join('');
  assert.ok(shim.includes(embedded));
  assert.doesNotMatch(shim, /^import /m);
});
