// src/util (arena, string map): build tests/unit/util_test.c with them and
// run it, natively and under AddressSanitizer/UndefinedBehaviorSanitizer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function build(name, extraFlags) {
  mkdirSync(join(root, 'build/tests'), { recursive: true });
  const exe = join(root, 'build/tests', name);
  execFileSync('gcc', ['-std=c11', '-Wall', '-Wextra', '-Werror', ...extraFlags, '-I', 'src', '-o', exe,
    'tests/unit/util_test.c', 'src/util/arena.c', 'src/util/strmap.c'], { cwd: root, stdio: 'inherit' });
  return exe;
}

test('arena and string map unit test passes', () => {
  const r = spawnSync(build('util_test', ['-O2']), [], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, `util_test failed:\n${r.stdout}${r.stderr}`);
  assert.equal(r.stdout, 'util: ok\n');
});

test('arena and string map unit test passes under ASan/UBSan', () => {
  const r = spawnSync(build('util_test_asan', ['-g', '-fsanitize=address,undefined', '-fno-sanitize-recover=all']), [],
    { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, `util_test_asan failed:\n${r.stdout}${r.stderr}`);
});
