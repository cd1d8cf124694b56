// src/bundle (SHA-256, JSON, lock/graph files), the native host's atomic
// writes + lock (src/cli/posix/bundle_write.c) and the
// libwabt bridge (src/wabt): builds tests/unit/{bundle,wabt}_test.c under
// ASan+UBSan into build/tests/, runs them, then checks their outputs from JS:
// the sample bundle's JSON is canonical (sorted keys, 2-space indent) with
// correct hashes, and the wasm assembled by the bridge instantiates in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build/tests');
const SAN = ['-fsanitize=address,undefined', '-fno-omit-frame-pointer',
  '-fno-sanitize-recover=undefined'];
// build/gen: ml_version.h (ML_VERSION, from package.json), which make generates.
const CFLAGS = ['-std=c11', '-Wall', '-Wextra', '-Werror', '-g', '-O1', '-I', 'src', '-I', 'build/gen', ...SAN];
const CXXFLAGS = ['-std=c++17', '-Wall', '-Wextra', '-Werror', '-g', '-O1', '-I', 'src', ...SAN];
const env = { ...process.env, ASAN_OPTIONS: 'detect_leaks=1', UBSAN_OPTIONS: 'print_stacktrace=1' };

function run(exe, args) {
  const r = spawnSync(exe, args, { cwd: root, encoding: 'utf8', env });
  assert.equal(r.status, 0, `${exe} failed (status ${r.status}):\n${r.stdout}${r.stderr}`);
  return r;
}

// Python's json.dumps(v, indent=2, sort_keys=True) + "\n".
function canonical(v) {
  const sort = (x) => Array.isArray(x) ? x.map(sort)
    : x && typeof x === 'object'
      ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sort(x[k])])) : x;
  return JSON.stringify(sort(v), null, 2) + '\n';
}

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

test('bundle unit test (sha256, json, lock, atomic writes) passes under ASan/UBSan', () => {
  mkdirSync(out, { recursive: true });
  const exe = join(out, 'bundle_test');
  const srcs = readdirSync(join(root, 'src/bundle')).filter((f) => f.endsWith('.c'))
    .map((f) => join('src/bundle', f));
  // The native host's writer and the wording of its failures.
  execFileSync('gcc', [...CFLAGS, '-o', exe, 'tests/unit/bundle_test.c', ...srcs,
    'src/cli/posix/bundle_write.c', 'src/cli/host_failure.c', 'src/util/buf.c'], { cwd: root, stdio: 'inherit' });
  const sample = join(out, 'bundle_sample');
  rmSync(sample, { recursive: true, force: true });
  run(exe, [sample]);

  const names = readdirSync(sample).sort();
  assert.deepEqual(names, ['abi_manifest.json', 'build.lock.json', 'build_graph.json',
    'host_shim.js', 'module.wasm', 'module.wat', 'renderer_template.js', 'transpiled.py']);
  for (const f of ['build.lock.json', 'build_graph.json']) {
    const text = readFileSync(join(sample, f), 'utf8');
    assert.equal(text, canonical(JSON.parse(text)), `${f} is not canonical JSON`);
  }
  const lock = JSON.parse(readFileSync(join(sample, 'build.lock.json'), 'utf8'));
  assert.equal(lock.lock_version, 1);
  assert.equal(lock.tool.name, 'multilingual');
  assert.equal(lock.source.path, 'prog.ml');
  assert.equal(lock.source.sha256, sha256(Buffer.from('afficher("bonjour")\n')));
  assert.deepEqual(Object.keys(lock.artifacts), names.filter((n) => n !== 'build.lock.json'));
  for (const [name, info] of Object.entries(lock.artifacts)) {
    const data = readFileSync(join(sample, name));
    assert.equal(info.bytes, data.length, name);
    assert.equal(info.sha256, sha256(data), name);
  }
  const graph = JSON.parse(readFileSync(join(sample, 'build_graph.json'), 'utf8'));
  assert.equal(graph.graph_version, 1);
  assert.equal(graph.language, 'fr');
  assert.equal(graph.target, 'wasi');
  assert.equal(graph.source, 'prog.ml');
  // Nodes are topologically ordered: every dep is an earlier node.
  const seen = new Set();
  for (const node of graph.nodes) {
    for (const d of node.deps) assert.ok(seen.has(d), `${node.id} depends on later ${d}`);
    seen.add(node.id);
  }
  const last = graph.nodes.at(-1);
  assert.equal(last.id, 'write_artifacts');
  assert.deepEqual(last.outputs, names);
  assert.equal(last.lock, '.multilingual-build.lock');
});

test('wabt bridge assembles valid, deterministic wasm that Node instantiates', async () => {
  if (!existsSync('/usr/include/wabt/wast-parser.h')) {
    throw new Error('libwabt headers missing: apt-get install wabt');
  }
  mkdirSync(out, { recursive: true });
  const bridgeObj = join(out, 'wabt_bridge.o');
  const testObj = join(out, 'wabt_test.o');
  const exe = join(out, 'wabt_test');
  execFileSync('g++', [...CXXFLAGS, '-c', 'src/wabt/wabt_bridge.cc', '-o', bridgeObj],
    { cwd: root, stdio: 'inherit' });
  execFileSync('gcc', [...CFLAGS, '-c', 'tests/unit/wabt_test.c', '-o', testObj],
    { cwd: root, stdio: 'inherit' });
  // the bridge's checked assembler calls the compiler's own (src/back/wasm)
  const asmObjs = ['src/back/wasm/wat_asm.c', 'src/back/wasm/wat_lex.c', 'src/util/buf.c'].map((src) => {
    const obj = join(out, src.replace(/\//g, '_').replace(/\.c$/, '.o'));
    execFileSync('gcc', [...CFLAGS, '-c', src, '-o', obj], { cwd: root, stdio: 'inherit' });
    return obj;
  });
  execFileSync('g++', [...SAN, '-o', exe, testObj, bridgeObj, ...asmObjs, '-lwabt'],
    { cwd: root, stdio: 'inherit' });
  const wasmPath = join(out, 'wabt_test.wasm');
  rmSync(wasmPath, { force: true });
  const r = run(exe, [wasmPath]);
  assert.match(r.stdout, /module\.wat:3:\d+: error: type mismatch/);

  const bytes = readFileSync(wasmPath);
  assert.ok(WebAssembly.validate(bytes), 'Node rejects the module');
  const { instance } = await WebAssembly.instantiate(bytes);
  const e = instance.exports;
  assert.deepEqual(e.divmod(17, 5), [3, 2]); // multi-value
  assert.equal(e.sum_divmod(17, 5), 5);
  assert.equal(e.copy(), 'h'.charCodeAt(0) + 33); // bulk memory
  assert.equal(e.counter.value, 1); // mutable exported global
  assert.equal(e.ext(255), -1); // sign extension
  assert.equal(e.sat(1e20), 2147483647); // saturating conversion
  assert.equal(new TextDecoder().decode(new Uint8Array(e.memory.buffer, 16, 5)), 'hello');
});
