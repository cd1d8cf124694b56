// Language packs: build tests/unit/lang_test.c against src/lang/*.c and the
// generated build/gen/lang_packs.c, then run it. Also checks that genpacks
// rejects malformed packs with a file:line message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gen = join(root, 'build/gen/lang_packs.c');
const genpacks = join(root, 'build/tools/genpacks');

function ensureGenerated() {
  if (!existsSync(gen) || !existsSync(genpacks)) {
    execFileSync('make', ['build/gen/lang_packs.c', 'build/gen/lang_messages.c'], { cwd: root, stdio: 'inherit' });
  }
}

test('lang unit test passes', () => {
  ensureGenerated();
  mkdirSync(join(root, 'build/tests'), { recursive: true });
  const langSrcs = readdirSync(join(root, 'src/lang'))
    .filter((f) => f.endsWith('.c'))
    .map((f) => join('src/lang', f));
  const exe = join(root, 'build/tests/lang_test');
  execFileSync('gcc', ['-std=c11', '-Wall', '-Wextra', '-Werror', '-I', 'src', '-I', 'build/gen',
    '-o', exe, 'tests/unit/lang_test.c', ...langSrcs, 'build/gen/lang_packs.c', 'build/gen/lang_messages.c'],
  { cwd: root, stdio: 'inherit' });
  const r = spawnSync(exe, [], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, `lang_test failed:\n${r.stdout}${r.stderr}`);
});

test('genpacks rejects bad packs with file:line', () => {
  ensureGenerated();
  const dir = mkdtempSync(join(tmpdir(), 'genpacks-'));
  try {
    const cases = [
      ['code = bad\nname = X\nkeyword NO_SUCH = foo\n', /bad\.lang:3: error: unknown concept 'NO_SUCH'/],
      ['code = bad\nname = X\nkeyword COND_IF = si\nkeyword COND_ELSE = si\n', /bad\.lang:4: error: 'si' is already a spelling of COND_IF/],
      ['code = bad\nname = X\nkeyword COND_IF = si\nbuiltin print = si\n', /bad\.lang:4: error: builtin alias 'si' is also the keyword spelling of COND_IF/],
      ['code = bad\nname = X\nthis is not valid\n', /bad\.lang:3: error:/],
      ['code = bad\nname = X\nkeyword COND_ELIF = sinon  si\n', /bad\.lang:3: error: words must be separated by a single space/],
      ['code = bad\nname = X\nbuiltin len = long\nbuiltin max = long\n', /bad\.lang:4: error: 'long' is already an alias of len/],
      ['name = X\n', /bad\.lang: error: missing 'code = \.\.\.'/],
    ];
    for (const [text, re] of cases) {
      const path = join(dir, 'bad.lang');
      writeFileSync(path, text);
      const out = join(dir, 'out.c');
      const r = spawnSync(genpacks, [out, path], { encoding: 'utf8' });
      assert.notEqual(r.status, 0, `expected failure for:\n${text}`);
      assert.match(r.stderr, re);
      assert.equal(existsSync(out), false);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The front end reads a localized builtin's spelling as the builtin
// wherever it stands, attributes included: an alias that is also the name
// of an attribute of a builtin type would turn `r.stop` (Danish quit was
// `stop`) or `x.real` (Portuguese float was `real`) into another attribute.
// The names are CPython 3.11's dir() of each builtin type
// (src/runtime/rt_type_attr_names.h).
test('no builtin alias is the name of an attribute of a builtin type', async () => {
  const { readFileSync } = await import('node:fs');
  const header = readFileSync(join(root, 'src', 'runtime', 'rt_type_attr_names.h'), 'utf8');
  const body = header.slice(header.indexOf('rt_type_attr_names(uint32_t type)'));
  // (each list is cut into C strings at any character: join a case's pieces)
  const joined = [...body.slice(0, body.indexOf('\n}\n')).matchAll(/return ((?:"[^"]*"\s*)+);/g)]
    .map((m) => [...m[1].matchAll(/"([^"]*)"/g)].map((p) => p[1]).join(''));
  const attrs = new Set();
  for (const list of joined) for (const w of list.split(' ')) if (w) attrs.add(w);
  assert.ok(attrs.has('stop') && attrs.has('real') && attrs.has('append'), 'the attribute lists were read');
  const clashes = [];
  for (const file of readdirSync(join(root, 'src', 'lang', 'packs')).filter((f) => f.endsWith('.lang'))) {
    for (const line of readFileSync(join(root, 'src', 'lang', 'packs', file), 'utf8').split('\n')) {
      const m = /^builtin (\w+) = (.*)$/.exec(line);
      if (!m) continue;
      for (const alias of m[2].split('|').map((a) => a.trim())) {
        if (attrs.has(alias) && alias !== m[1]) clashes.push(`${file}: ${m[1]} = ${alias}`);
      }
    }
  }
  assert.deepEqual(clashes, []);
});
