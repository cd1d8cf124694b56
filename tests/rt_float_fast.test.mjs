// The double-double fast paths of the float conversions (decimal -> double,
// repr's shortest digits: src/runtime/rt_decimal_fast.c, rt_dtoa_fast.c)
// against glibc's correctly rounded strtod and printf on millions of seeded
// random inputs (tests/unit/rt_float_fast_test.c), optimized and under
// ASan/UBSan. What they answer must be exact; they may decline, rarely.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/common.mjs';

const OUT = join(ROOT, 'build/tests');
const SRCS = ['src/runtime/rt_decimal_fast.c', 'src/runtime/rt_dtoa_fast.c'];
const BASE = ['-std=c11', '-Wall', '-Wextra', '-Werror', '-g', '-DML_RUNTIME_BUILD', '-DML_RT_NATIVE', '-I', 'src/runtime'];
const SAN = ['-fsanitize=address,undefined', '-fno-omit-frame-pointer', '-fno-sanitize-recover=undefined'];

function check(name, flags) {
  mkdirSync(OUT, { recursive: true });
  const exe = join(OUT, name);
  execFileSync('gcc', [...BASE, ...flags, '-o', exe, 'tests/unit/rt_float_fast_test.c', ...SRCS, '-lm'], { cwd: ROOT, stdio: 'inherit' });
  const r = spawnSync(exe, [], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=0' } });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  assert.match(r.stderr, / 0 failures/);
}

test('float conversion fast paths agree with glibc (native, -O2)', () => check('rt_float_fast_test', ['-O2']));
test('float conversion fast paths under ASan and UBSan', () => check('rt_float_fast_test_san', ['-O1', ...SAN]));
