// The dynamic half of the runtime (boxed objects, containers, garbage
// collector: src/runtime/rt_obj*, rt_gc*, rt_list, rt_dict, rt_set, rt_dyn*,
// rt_repr): tests/unit/rt_obj_test.c compiles every runtime source natively
// with gcc (stubbed WASI imports, an mmap arena for the heap) and checks
// repr/str against CPython's text, container semantics and error messages,
// and that 10 million short-lived objects run in bounded memory with rooted
// objects intact -- once optimized and once under ASan/UBSan. Also checks
// that the runtime still builds for wasm32 with -Wall -Wextra -Werror and
// uses no function pointers (call_indirect would link every function).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runWasm } from './helpers/common.mjs';

const OUT = join(ROOT, 'build/tests');
const SRCS = readdirSync(join(ROOT, 'src/runtime')).filter((f) => f.endsWith('.c')).map((f) => `src/runtime/${f}`);
const BASE = ['-std=c11', '-Wall', '-Wextra', '-Werror', '-g', '-DML_RUNTIME_BUILD', '-DML_RT_NATIVE', '-DML_RT_GC_DEBUG',
  '-I', 'src/runtime'];
const SAN = ['-fsanitize=address,undefined', '-fno-omit-frame-pointer', '-fno-sanitize-recover=undefined'];

function build(name, flags) {
  mkdirSync(OUT, { recursive: true });
  const exe = join(OUT, name);
  execFileSync('gcc', [...BASE, ...flags, '-o', exe, 'tests/unit/rt_obj_test.c', ...SRCS, '-lm'],
    { cwd: ROOT, stdio: 'inherit' });
  return exe;
}

function run(exe, args = []) {
  const r = spawnSync(exe, args, {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 16 << 20,
    env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=0', UBSAN_OPTIONS: 'print_stacktrace=1' },
  });
  assert.equal(r.status, 0, `${exe} failed (${r.status}):\n${r.stdout}${r.stderr}`);
  assert.match(r.stderr, / 0 failures/);
  return r.stderr;
}

test('runtime objects, containers and GC (native, -O2)', () => {
  const log = run(build('rt_obj_test', ['-O2']));
  assert.match(log, /gc: 10000000 iterations/);
});

test('runtime objects, containers and GC under ASan and UBSan', () => {
  run(build('rt_obj_test_san', ['-O1', ...SAN]), ['3000000']);
});

test('the runtime builds for wasm32 without warnings and without call_indirect', () => {
  execFileSync('make', ['-s', 'build/gen/runtime_wat.c'], { cwd: ROOT, stdio: 'inherit' });
  const wat = readFileSync(join(ROOT, 'build/runtime/runtime.wat'), 'utf8');
  assert.ok(!wat.includes('call_indirect'), 'a function pointer in the runtime would link every function');
  for (const fn of ['rt_gc_collect', 'rt_box_int', 'rt_dyn_add', 'rt_dyn_repr', 'rt_dict_setitem', 'rt_set_add',
    'rt_list_sort_with_keys', 'rt_iter_next', 'rt_str_split', 'rt_builtin_sorted'])
    assert.ok(wat.includes(`(func $${fn} `), `${fn} missing from the wasm runtime`);
});

// A hand-written module links the object runtime through src/back/rtlink
// (the driver of tests/runtime.test.mjs) and runs under Node's WASI: wasm32
// layouts, the collector with real memory.grow, and print of containers.
test('objects and the collector in a wasm module', () => {
  execFileSync('make', ['-s', 'build/gen/runtime_wat.c'], { cwd: ROOT, stdio: 'inherit' });
  const driverExe = join(OUT, 'rtlink_test_obj');
  execFileSync('gcc', ['-std=c11', '-Wall', '-Wextra', '-Werror', '-O1', '-I', 'src', '-I', 'build/gen', '-o', driverExe,
    'tests/unit/rtlink_test.c', 'src/back/rtlink.c', 'src/util/arena.c', 'src/util/buf.c', 'build/gen/runtime_wat.c'],
  { cwd: ROOT, stdio: 'inherit' });
  const drv = (args) => {
    const r = spawnSync(driverExe, args, { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  const dataEnd = Number(drv(['data-end']).trim());
  // one static str "é'x" at dataEnd
  const bytes = Buffer.from("é'x", 'utf8');
  const obj = Buffer.alloc(16 + bytes.length + 1);
  obj.writeUInt32LE(1 | 0x100, 0);
  obj.writeUInt32LE(bytes.length, 8);
  obj.writeUInt32LE(3, 12);
  bytes.copy(obj, 16);
  let lit = '"';
  for (const c of obj) lit += '\\' + c.toString(16).padStart(2, '0');
  lit += '"';
  const s = `(i32.const ${dataEnd})`;
  const user = `  (func $_start (local $fr i32) (local $i i32)
    (local.set $fr (call $rt_gc_frame_push (i32.const 2)))
    (i32.store (local.get $fr) (call $rt_list_new (i32.const 0)))
    (call $rt_list_append (i32.load (local.get $fr)) (call $rt_box_int (i64.const 123456789012)))
    (call $rt_list_append (i32.load (local.get $fr)) (call $rt_box_float (f64.const 2.5)))
    (call $rt_list_append (i32.load (local.get $fr)) ${s})
    (call $rt_list_append (i32.load (local.get $fr)) (call $rt_tuple_pack2 (call $rt_none) (call $rt_box_bool (i32.const 1))))
    (i32.store offset=4 (local.get $fr) (call $rt_dict_new))
    (loop $L
      (call $rt_dict_setitem (i32.load offset=4 (local.get $fr)) (call $rt_box_int (i64.extend_i32_u (i32.rem_u (local.get $i) (i32.const 5))))
        (call $rt_str_concat ${s} (call $rt_str_from_int (i64.extend_i32_u (local.get $i)))))
      (drop (call $rt_list_new (i32.const 20)))
      (call $rt_gc_poll)
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $L (i32.lt_u (local.get $i) (i32.const 1000000))))
    (call $rt_list_append (i32.load (local.get $fr)) (i32.load offset=4 (local.get $fr)))
    (call $rt_list_append (i32.load (local.get $fr)) (call $rt_builtin_set (call $rt_range_new (i64.const 9) (i64.const -1) (i64.const -3))))
    (call $rt_print_obj (i32.load (local.get $fr)))
    (call $rt_print_str (call $rt_str_from_int (i64.const 0)))
    (call $rt_print_bool (i64.gt_s (call $rt_gc_collections) (i64.const 10)))
    (call $rt_print_bool (i64.lt_s (call $rt_gc_heap_bytes) (i64.const 16777216)))
    (call $rt_gc_frame_pop (local.get $fr))
    (call $rt_flush))
  (func $rt_ml_apply (param i32 i32) (result i32) (unreachable))
  (func $rt_ml_gen_resume (param i32) (result i32) (unreachable))
  (func $rt_ml_builtin (param i32 i32 i32 i32) (result i32) (unreachable))
  (func $rt_ml_special_repr (param i32 i32 i32) (result i32) (i32.const 0))
  (data (i32.const ${dataEnd}) ${lit})
`;
  const dir = join(OUT, 'rt_obj_wasm');
  mkdirSync(dir, { recursive: true });
  const userPath = join(dir, 'user.wat'), watPath = join(dir, 'mod.wat'), wasmPath = join(dir, 'mod.wasm');
  writeFileSync(userPath, user);
  const roots = ['rt_gc_frame_push', 'rt_gc_frame_pop', 'rt_list_new', 'rt_list_append', 'rt_box_int', 'rt_box_float',
    'rt_tuple_pack2', 'rt_none', 'rt_box_bool', 'rt_dict_new', 'rt_dict_setitem', 'rt_str_concat', 'rt_str_from_int',
    'rt_gc_poll', 'rt_builtin_set', 'rt_range_new', 'rt_print_obj', 'rt_print_str', 'rt_print_bool', 'rt_gc_collections',
    'rt_gc_heap_bytes', 'rt_flush'];
  drv(['link', userPath, String((dataEnd + obj.length + 15) & ~15), watPath, ...roots]);
  const w = spawnSync('wat2wasm', ['--enable-all', watPath, '-o', wasmPath], { encoding: 'utf8' });
  assert.equal(w.status, 0, w.stderr);
  const r = runWasm(wasmPath);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  // CPython: l = [123456789012, 2.5, "é'x", (None, True)]; d = {}; for i in range(1000000): d[i % 5] = "é'x" + str(i)
  //          l.append(d); l.append(set(range(9, -1, -3))); print(l, end='')
  assert.equal(r.stdout, `[123456789012, 2.5, "é'x", (None, True), {0: "é'x999995", 1: "é'x999996", 2: "é'x999997", ` +
    `3: "é'x999998", 4: "é'x999999"}, {0, 9, 3, 6}]0TrueTrue`);
});
