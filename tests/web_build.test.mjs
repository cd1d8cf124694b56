// The Emscripten build of the compiler (make web) through its JS API
// (shim/compiler.mjs): every artifact must be byte-identical to the native
// CLI's `build-wasm-bundle` output, and every rejected program must give the
// same diagnostics.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { generateProgram } from '../bench/gen_program.mjs';
import { ROOT, cli, corpusCases, tempDir } from './helpers/common.mjs';

const CORE = path.join(ROOT, 'build', 'web', 'multilingual_core.mjs');
const skip = existsSync(CORE) ? false : 'build/web/multilingual_core.mjs is not built: run `make web`';

const FILES = [
  ['wat', 'module.wat'],
  ['wasm', 'module.wasm'],
  ['abiManifest', 'abi_manifest.json'],
  ['hostShim', 'host_shim.js'],
  ['rendererTemplate', 'renderer_template.js'],
  ['transpiledPy', 'transpiled.py'],
  ['buildGraph', 'build_graph.json'],
  ['buildLock', 'build.lock.json'],
];

let api;
let work;
before(async () => {
  if (skip) return;
  api = await import('../shim/compiler.mjs');
  await api.init();
  work = tempDir('ml-web-');
});
after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function bytesOf(value) {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

let outCount = 0;
/* Compiles `file` natively and through the JS API (same bytes, name and
 * options) and checks that both agree. Returns whether the native CLI
 * accepted the program. */
async function assertSameAsNative(file, { lang, target = 'wasi' } = {}) {
  const out = path.join(work, `out${outCount++}`);
  const args = ['build-wasm-bundle', file, '--wasm-target', target, '--out-dir', out];
  if (lang) args.push('--lang', lang);
  const native = cli(args);
  const r = await api.compile(readFileSync(file), { lang, target, filename: file });
  if (native.status === 0) {
    assert.equal(r.ok, true, `JS API rejected what the native CLI compiles:\n${r.diagnosticsText}`);
    assert.deepEqual(r.diagnostics, []);
    for (const [key, name] of FILES) {
      const want = readFileSync(path.join(out, name));
      assert.ok(r[key] !== null, `${name}: missing`);
      assert.ok(want.equals(bytesOf(r[key])), `${name}: differs from the native build's`);
    }
    assert.ok(r.wasm instanceof Uint8Array);
    assert.deepEqual(r.manifest, JSON.parse(r.abiManifest));
    return true;
  }
  assert.equal(native.status, 1, `native CLI: unexpected status ${native.status}:\n${native.stderr}`);
  assert.equal(r.ok, false, 'JS API compiled what the native CLI rejects');
  assert.equal(r.diagnosticsText, native.stderr);
  assert.ok(r.diagnostics.length > 0);
  const lines = native.stderr.split('\n');
  for (const d of r.diagnostics) {
    const head = d.line > 0 ? `${file}:${d.line}:${d.col}: error: ${d.message}` : `${file}: error: ${d.message}`;
    assert.ok(lines.includes(head), `native diagnostics lack: ${head}`);
  }
  const heads = lines.filter((l) => l.startsWith(`${file}:`));
  assert.equal(heads.length, r.diagnostics.length, 'same number of diagnostics');
  for (const key of ['wat', 'wasm', 'abiManifest', 'hostShim', 'buildLock']) assert.equal(r[key], null);
  return false;
}

describe('web build: corpus programs, byte-identical to the native CLI', { skip }, () => {
  for (const c of corpusCases()) {
    test(c.id, async () => {
      await assertSameAsNative(c.file);
    });
  }
});

describe('web build: examples, both targets', { skip }, () => {
  const dir = path.join(ROOT, 'examples');
  const examples = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ml')).sort() : [];
  for (const f of examples) {
    for (const target of ['wasi', 'browser']) {
      test(`${f} (${target})`, async () => {
        await assertSameAsNative(path.join(dir, f), { target });
      });
    }
  }
});

describe('web build: rejected programs, same diagnostics as the native CLI', { skip }, () => {
  const cases = {
    'syntax error': 'x = (1 +\n',
    'several errors': 'def f(:\n    pass\nprint(undefined_name)\n',
    'unmatched bracket': 'print(1))\n',
    'bad number': 'x = 1__0\n',
    'bad indentation': 'if True:\nprint(1)\n',
    'unterminated string': 'print("abc)\n',
    'unicode before the error': 'x = "héllo wörld 日本"; y = (\n',
    'invalid UTF-8': Buffer.from([0x70, 0x72, 0x69, 0x6e, 0x74, 0x28, 0xff, 0x29, 0x0a]),
    'NUL byte': Buffer.from('print(1)\n\0\n'),
  };
  for (const [name, text] of Object.entries(cases)) {
    test(name, async () => {
      const file = path.join(work, `${name.replace(/\W+/g, '_')}.ml`);
      writeFileSync(file, text);
      const accepted = await assertSameAsNative(file);
      assert.equal(accepted, false, 'this program must be rejected');
    });
  }

  test('unknown language: a diagnostic, not an exception', async () => {
    const r = await api.compile('print(1)\n', { lang: 'xx' });
    assert.equal(r.ok, false);
    assert.equal(r.lang, null);
    assert.match(r.diagnostics[0].message, /unknown language 'xx'/);
    assert.equal(r.diagnostics[0].line, 0);
  });

  test('unknown target: a diagnostic, not an exception', async () => {
    const r = await api.compile('print(1)\n', { target: 'mars' });
    assert.equal(r.ok, false);
    assert.match(r.diagnostics[0].message, /unknown target 'mars'/);
  });
});

describe('web build: the JS API', { skip }, () => {
  test('syntax error: structured diagnostics and the rendered text', async () => {
    const r = await api.compile('x = 1\ny = (2 +\n', { filename: 'prog.ml' });
    assert.equal(r.ok, false);
    assert.equal(r.lang, 'en');
    assert.deepEqual(r.diagnostics, [{ file: 'prog.ml', line: 2, col: 5, message: "'(' was never closed" }]);
    assert.equal(r.diagnosticsText, "prog.ml:2:5: error: '(' was never closed\n    y = (2 +\n        ^\n");
    assert.equal(r.wasm, null);
  });

  test('defaults: target wasi, filename main.ml, language detected', async () => {
    const r = await api.compile('déf f(x):\n    retour x * 2\nafficher(f(21))\n');
    assert.equal(r.ok, true, r.diagnosticsText);
    assert.equal(r.lang, 'fr');
    assert.match(r.buildGraph, /"main\.ml"/);
    assert.ok(WebAssembly.validate(r.wasm));
    const { instance } = await WebAssembly.instantiate(r.wasm, {
      wasi_snapshot_preview1: new Proxy({}, { get: () => () => 0 }),
    });
    assert.equal(typeof instance.exports._start, 'function');
    assert.equal(typeof instance.exports.f, 'function');
  });

  test('strings and bytes give the same result', async () => {
    const text = 'afficher("bonjour, 世界")\n';
    const a = await api.compile(text, { lang: 'fr' });
    const b = await api.compile(new TextEncoder().encode(text), { lang: 'fr' });
    assert.equal(a.ok, true, a.diagnosticsText);
    assert.deepEqual(a, b);
  });

  test('compileSync after init, and bundleFiles', async () => {
    await api.init();
    const a = api.compileSync('print(40 + 2)\n');
    assert.deepEqual(a, await api.compile('print(40 + 2)\n'));
    const files = api.bundleFiles(a);
    assert.deepEqual(Object.keys(files).sort(), FILES.map(([, name]) => name).sort());
    assert.equal(files['module.wasm'], a.wasm);
    assert.deepEqual(api.bundleFiles(api.compileSync('x = (\n')), {});
  });

  test('ARTIFACT_FILES: the native CLI\'s files, in its order (one table, src/bundle/artifacts.def)', async () => {
    const out = path.join(work, 'artifact-order');
    const r = cli(['build-wasm-bundle', path.join(ROOT, 'examples', 'hello_wasi.ml'), '--out-dir', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), Object.values(api.ARTIFACT_FILES).map((f) => `[PASS] ${out}/${f}`));
    assert.deepEqual(Object.keys(api.ARTIFACT_FILES).sort(), FILES.map(([key]) => key).sort());
  });

  test('concurrent calls are independent', async () => {
    const progs = ['print(1)\n', 'print("deux")\n', 'x = (\n', 'def f():\n    return 3\nprint(f())\n'];
    const seq = [];
    for (const p of progs) seq.push(await api.compile(p));
    const par = await Promise.all([...progs, ...progs].map((p) => api.compile(p)));
    assert.deepEqual(par, [...seq, ...seq]);
  });

  test('200 compiles of the same source: memory stays bounded', async () => {
    const src = readFileSync(path.join(ROOT, 'tests', 'corpus', 'en', '103_functions.ml'));
    const first = await api.compile(src);
    assert.equal(first.ok, true, first.diagnosticsText);
    for (let i = 0; i < 10; i++) await api.compile(src); // warm up
    const before = await api.memoryStats();
    for (let i = 0; i < 200; i++) {
      const r = await api.compile(src);
      assert.equal(r.ok, true);
      if (i === 199) assert.deepEqual(r, first);
    }
    const afterStats = await api.memoryStats();
    assert.equal(afterStats.inUse, before.inUse, `malloc'd bytes went from ${before.inUse} to ${afterStats.inUse}`);
    assert.equal(afterStats.heapSize, before.heapSize, 'the heap grew');
    // Failing compiles release their memory too.
    for (let i = 0; i < 50; i++) await api.compile('x = (1 +\n');
    assert.equal((await api.memoryStats()).inUse, before.inUse);
  });

  test('the 1,000-line benchmark program: same bytes, and its compile time', async (t) => {
    const text = generateProgram(1000);
    const file = path.join(work, 'bench.ml');
    writeFileSync(file, text);
    assert.equal(await assertSameAsNative(file), true);
    const times = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      const r = await api.compile(text, { filename: file });
      times.push(performance.now() - t0);
      assert.equal(r.ok, true);
    }
    times.sort((a, b) => a - b);
    t.diagnostic(`compile of the 1,000-line program (JS API, after init): median ${times[5].toFixed(1)} ms`);
  });

  test('version matches the native CLI', async () => {
    const native = cli(['--version']).stdout.trim();
    assert.equal(`multilingual ${await api.version()}`, native);
  });
});
