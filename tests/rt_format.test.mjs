// format(value, spec) (src/runtime/rt_format.c): tests/unit/rt_format_test.c
// compiles every runtime source natively with gcc (stubbed WASI imports, an
// mmap arena for the heap, like tests/rt_obj.test.mjs) and checks a table of
// (value, spec) -> CPython 3.11's format(value, spec) text or error message,
// hand-picked cases for every part of the mini-language plus random floats,
// ints and strs x random specs -- once optimized and once under ASan/UBSan.
// Also checks that the wasm32 runtime still builds with -Wall -Wextra -Werror
// and contains the format entry points.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/common.mjs';

const OUT = join(ROOT, 'build/tests');
const SRCS = readdirSync(join(ROOT, 'src/runtime')).filter((f) => f.endsWith('.c')).map((f) => `src/runtime/${f}`);
const BASE = ['-std=c11', '-Wall', '-Wextra', '-Werror', '-g', '-DML_RUNTIME_BUILD', '-DML_RT_NATIVE', '-I', 'src/runtime'];
const SAN = ['-fsanitize=address,undefined', '-fno-omit-frame-pointer', '-fno-sanitize-recover=undefined'];

function build(name, flags) {
  mkdirSync(OUT, { recursive: true });
  const exe = join(OUT, name);
  execFileSync('gcc', [...BASE, ...flags, '-o', exe, 'tests/unit/rt_format_test.c', ...SRCS, '-lm'],
    { cwd: ROOT, stdio: 'inherit' });
  return exe;
}

function run(exe) {
  const r = spawnSync(exe, [], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 16 << 20,
    env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=0', UBSAN_OPTIONS: 'print_stacktrace=1' },
  });
  assert.equal(r.status, 0, `${exe} failed (${r.status}):\n${r.stdout}${r.stderr}`);
  assert.match(r.stderr, / 0 failures/);
  const m = r.stderr.match(/(\d+) cases/);
  assert.ok(m && Number(m[1]) > 5000, 'the case table looks truncated');
}

test('format(value, spec) matches CPython 3.11 (native, -O2)', () => {
  run(build('rt_format_test', ['-O2']));
});

test('format(value, spec) under ASan and UBSan', () => {
  run(build('rt_format_test_san', ['-O1', ...SAN]));
});

test('the runtime with rt_format builds for wasm32 without warnings', () => {
  execFileSync('make', ['-s', 'build/gen/runtime_wat.c'], { cwd: ROOT, stdio: 'inherit' });
  const wat = readFileSync(join(ROOT, 'build/runtime/runtime.wat'), 'utf8');
  assert.ok(!wat.includes('call_indirect'), 'a function pointer in the runtime would link every function');
  for (const fn of ['rt_format', 'rt_format_i64', 'rt_format_f64', 'rt_format_str'])
    assert.ok(wat.includes(`(func $${fn} `), `${fn} missing from the wasm runtime`);
});
