// The compiler's assembler (src/back/wasm) against wabt: tests/unit/
// wat_asm_test.c assembles the same text with both and wants the same
// bytes (wabt also validates). Under ASan: a module using every instruction
// and module field the assembler reads (tests/unit/wat_asm_cases.wat), and
// the refusals (designed messages with positions; the checked assembler
// refuses an invalid module). With the optimised objects: the module of
// every corpus program, in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build/tests');

function objects(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) found.push(...objects(p));
    else if (name.endsWith('.o')) found.push(p);
  }
  return found;
}

// The harness linked with the library's objects (less the CLI's) of objDir.
function harness(objDir, name, flags) {
  mkdirSync(out, { recursive: true });
  const libs = objects(objDir).filter((p) => !p.includes(`${join(objDir, 'src/cli')}/`));
  const obj = join(out, `${name}.o`), exe = join(out, name);
  execFileSync('gcc', ['-std=c11', '-Wall', '-Wextra', '-Werror', '-g', '-I', 'src', '-I', 'build/gen', ...flags,
    '-c', 'tests/unit/wat_asm_test.c', '-o', obj], { cwd: root, stdio: 'inherit' });
  execFileSync('g++', [...flags, '-o', exe, obj, ...libs, '-lwabt', '-lm'], { cwd: root, stdio: 'inherit' });
  return exe;
}

const SAN = ['-fsanitize=address,undefined', '-fno-omit-frame-pointer', '-fno-sanitize-recover=undefined', '-O1'];
const sanEnv = { ...process.env, ASAN_OPTIONS: 'detect_leaks=1' };

test('every instruction and module field: the same bytes as wabt; refusals are designed (ASan)', () => {
  const exe = harness(join(root, 'build/asan'), 'wat_asm_test_asan', SAN);
  let r = spawnSync(exe, ['--wat', 'tests/unit/wat_asm_cases.wat'], { cwd: root, encoding: 'utf8', env: sanEnv });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout, 'wat_asm_test: 1 modules identical, 0 skipped\n');
  r = spawnSync(exe, ['--errors'], { cwd: root, encoding: 'utf8', env: sanEnv });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout, 'wat_asm_test: refusals ok\n');
});

test('every corpus program: the assembler writes the module wabt writes', () => {
  const exe = harness(join(root, 'build/obj'), 'wat_asm_test', ['-O2']);
  const corpus = join(root, 'tests/corpus');
  const files = [];
  for (const lang of readdirSync(corpus).sort()) {
    if (!statSync(join(corpus, lang)).isDirectory()) continue;
    for (const f of readdirSync(join(corpus, lang)).sort()) if (f.endsWith('.ml')) files.push(join(corpus, lang, f));
  }
  assert.ok(files.length > 300, `${files.length} corpus programs`);
  const r = spawnSync(exe, files, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const m = /^wat_asm_test: (\d+) modules identical, (\d+) skipped\n$/.exec(r.stdout);
  assert.ok(m, r.stdout);
  assert.equal(Number(m[1]), files.length, r.stdout); // none skipped: no corpus program fails to compile
});
