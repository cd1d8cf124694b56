// Lexer and language detection: build tests/unit/lexer_test.c against
// src/front (lexer, detection, diagnostics), src/util, src/lang and the
// generated build/gen/lang_packs.c, then run it, natively and under
// AddressSanitizer/UndefinedBehaviorSanitizer. The conformance corpus (every
// program must lex cleanly in its folder's language; that it is detected as
// that language is checked by front_door.test.mjs) comes from tests/corpus/,
// else ../shared/conformance next to the repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function ensureGenerated() {
  if (!(existsSync(join(root, 'build/gen/lang_packs.c')) && existsSync(join(root, 'build/gen/lang_messages.c')))) {
    execFileSync('make', ['build/gen/lang_packs.c', 'build/gen/lang_messages.c'], { cwd: root, stdio: 'inherit' });
  }
}

function sources() {
  const dir = (d, pred) => readdirSync(join(root, d)).filter(pred).map((f) => join(d, f));
  return [
    'tests/unit/lexer_test.c',
    ...dir('src/util', (f) => f.endsWith('.c')),
    ...dir('src/front', (f) => /^(lexer|lex_.*|detect|token|diag|position|unicode_class|unicode_width)\.c$/.test(f)),
    ...dir('src/lang', (f) => f.endsWith('.c')),
    'build/gen/lang_packs.c',
    'build/gen/lang_messages.c',
  ];
}

function build(name, extraFlags) {
  ensureGenerated();
  mkdirSync(join(root, 'build/tests'), { recursive: true });
  const exe = join(root, 'build/tests', name);
  execFileSync('gcc', ['-std=c11', '-Wall', '-Wextra', '-Werror', ...extraFlags,
    '-I', 'src', '-I', 'build/gen', '-o', exe, ...sources(), '-lm'],
  { cwd: root, stdio: 'inherit' });
  return exe;
}

function corpusDir() {
  for (const d of [join(root, 'tests/corpus'), join(root, '../shared/conformance')]) {
    if (existsSync(d)) return d;
  }
  return null;
}

test('lexer unit test passes', () => {
  const exe = build('lexer_test', ['-O2']);
  const r = spawnSync(exe, [], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, `lexer_test failed:\n${r.stdout}${r.stderr}`);
});

test('lexer unit test passes under ASan/UBSan', () => {
  const exe = build('lexer_test_asan', ['-g', '-fsanitize=address,undefined',
    '-fno-sanitize-recover=all']);
  const r = spawnSync(exe, [], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, `lexer_test_asan failed:\n${r.stdout}${r.stderr}`);
});

test('conformance programs lex cleanly in their language', (t) => {
  const dir = corpusDir();
  if (!dir) {
    t.skip('no conformance corpus (tests/corpus or ../shared/conformance)');
    return;
  }
  const exe = build('lexer_test', ['-O2']);
  const r = spawnSync(exe, [dir], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, `corpus lexing failed:\n${r.stdout}${r.stderr}`);
  assert.match(r.stdout, /corpus: [1-9]\d* programs/);
});
