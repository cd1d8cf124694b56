// Parser: build tests/unit/parser_test.c (with the lexer, language packs and
// util) under ASan/UBSan and run it; then parse every conformance program
// with its language pack and expect no syntax error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, dirname, basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const exe = join(root, 'build/tests/parser_test');

function cFiles(dir) {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.c'))
    .map((f) => join(dir, f));
}

let built = false;
function build() {
  if (built) return;
  if (!(existsSync(join(root, 'build/gen/lang_packs.c')) && existsSync(join(root, 'build/gen/lang_messages.c')))) {
    execFileSync('make', ['build/gen/lang_packs.c', 'build/gen/lang_messages.c'], { cwd: root, stdio: 'inherit' });
  }
  mkdirSync(join(root, 'build/tests'), { recursive: true });
  execFileSync('gcc', ['-std=c11', '-Wall', '-Wextra', '-Werror', '-g',
    '-fsanitize=address,undefined', '-fno-omit-frame-pointer', '-fno-sanitize-recover=undefined',
    '-I', 'src', '-I', 'build/gen', '-o', exe, 'tests/unit/parser_test.c',
    ...cFiles('src/util'), ...cFiles('src/front'), ...cFiles('src/lang'), 'build/gen/lang_packs.c', 'build/gen/lang_messages.c', '-lm'],
  { cwd: root, stdio: 'inherit' });
  built = true;
}

test('parser unit test passes (ASan/UBSan)', () => {
  build();
  const r = spawnSync(exe, [], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, `parser_test failed:\n${r.stdout}${r.stderr}`);
});

function corpusDir() {
  for (const d of [join(root, 'tests/corpus'), join(root, '../shared/conformance')]) {
    if (existsSync(d) && statSync(d).isDirectory()) return d;
  }
  return null;
}

function mlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...mlFiles(p));
    else if (name.endsWith('.ml')) out.push(p);
  }
  return out;
}

// The language of a corpus program: its folder's name; in seeds/, *_fr.ml
// are French and the others English.
function langOf(dir, file) {
  const folder = basename(dirname(file));
  if (folder === 'seeds') return /_fr\.ml$/.test(file) ? 'fr' : 'en';
  return folder;
}

test('every conformance program parses without errors', (t) => {
  const dir = corpusDir();
  if (!dir) {
    t.skip('no corpus (tests/corpus or ../shared/conformance)');
    return;
  }
  build();
  const files = mlFiles(dir);
  assert.ok(files.length > 0, `no .ml files under ${dir}`);
  const failures = [];
  for (const f of files) {
    const r = spawnSync(exe, ['--file', f, langOf(dir, f)], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) failures.push(`${relative(root, f)} (${langOf(dir, f)}):\n${r.stderr}${r.stdout}`);
  }
  assert.equal(failures.length, 0, failures.join('\n'));
});
