// ml_compile's last steps (src/api.c, finish): tests/unit/api_finish_test.c,
// linked with the whole library (the objects `make all` built, less the
// CLI's), under ASan: a failing assembler gives one designed internal
// error and no artifact, a working one every artifact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function objects(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...objects(p));
    else if (name.endsWith('.o')) out.push(p);
  }
  return out;
}

test('a failing assembler is one internal error and no artifact; a working one gives them all', () => {
  const objDir = join(root, 'build/asan');
  const libs = objects(objDir).filter((p) => !p.includes(`${join(objDir, 'src/cli')}/`));
  const out = join(root, 'build/tests');
  mkdirSync(out, { recursive: true });
  const exe = join(out, 'api_finish_test');
  const SAN = ['-fsanitize=address,undefined', '-fno-omit-frame-pointer', '-fno-sanitize-recover=undefined'];
  execFileSync('gcc', ['-std=c11', '-Wall', '-Wextra', '-Werror', '-g', '-O1', '-I', 'src', '-I', 'build/gen', ...SAN,
    '-c', 'tests/unit/api_finish_test.c', '-o', join(out, 'api_finish_test.o')], { cwd: root, stdio: 'inherit' });
  execFileSync('g++', [...SAN, '-o', exe, join(out, 'api_finish_test.o'), ...libs, '-lwabt', '-lm'],
    { cwd: root, stdio: 'inherit' });
  const r = spawnSync(exe, [], { cwd: root, encoding: 'utf8', env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=1' } });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout, 'api_finish_test: ok\n');
});
