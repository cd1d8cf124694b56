// The Python emitter (src/back/py_emit*.c), which writes transpiled.py.
//
// Builds tests/unit/py_emit_test.c with the emitter, the front end and the
// language packs (ASan + UBSan), then:
//   - runs its hand-built AST checks, and CPython on every program they
//     wrote (valid Python; the runnable ones print what they should);
//   - emits every English corpus program and compares
//     ast.dump(ast.parse(original)) with ast.dump(ast.parse(emitted)):
//     the English corpus is valid Python, so the trees must be identical;
//   - emits every corpus program (all languages) and runs it under CPython:
//     stdout must equal the .out file, and .err cases must fail with that
//     last stderr line and exit status 1.
// The corpus tests skip themselves while the lexer/parser are not built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXE = path.join(ROOT, 'build', 'tests', 'py_emit_test');
const OUT = path.join(ROOT, 'build', 'tests', 'py_emit');

function corpusRoot() {
  const local = path.join(ROOT, 'tests', 'corpus');
  if (existsSync(path.join(local, 'en'))) return local;
  return path.resolve(ROOT, '..', 'shared', 'conformance');
}

function cFiles(dir) {
  const full = path.join(ROOT, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full).filter((f) => f.endsWith('.c')).sort().map((f) => path.join(dir, f));
}

let built = null;
/* Build once: with the front end when it compiles and links, else without
 * (then only the hand-built checks run). */
function build() {
  if (built) return built;
  if (!existsSync(path.join(ROOT, 'build', 'gen', 'lang_packs.c'))) {
    execFileSync('make', ['build/gen/lang_packs.c'], { cwd: ROOT, stdio: 'inherit' });
  }
  mkdirSync(path.dirname(EXE), { recursive: true });
  const common = ['-std=c11', '-Wall', '-Wextra', '-Werror', '-g', '-fsanitize=address,undefined',
    '-fno-sanitize-recover=undefined', '-I', 'src', '-I', 'build/gen', '-o', EXE, 'tests/unit/py_emit_test.c',
    ...cFiles('src/util'), ...cFiles('src/lang'), 'build/gen/lang_packs.c',
    ...cFiles('src/back').filter((f) => path.basename(f).startsWith('py_emit'))];
  const full = spawnSync('gcc', [...common, ...cFiles('src/front'), '-lm'], { cwd: ROOT, encoding: 'utf8' });
  if (full.status === 0) {
    built = { front: true };
  } else {
    const alone = spawnSync('gcc', [...common, '-lm'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(alone.status, 0, `py_emit_test does not build:\n${alone.stderr}`);
    built = { front: false, why: full.stderr };
  }
  return built;
}

function python(args, opts = {}) {
  return spawnSync('python3', args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
}

test('py_emit: hand-built ASTs give the expected Python', () => {
  build();
  rmSync(path.join(OUT, 'unit'), { recursive: true, force: true });
  mkdirSync(path.join(OUT, 'unit'), { recursive: true });
  const r = spawnSync(EXE, ['unit', path.join(OUT, 'unit')], {
    encoding: 'utf8', env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=1' },
  });
  assert.equal(r.status, 0, `py_emit_test unit failed:\n${r.stdout}${r.stderr}`);
});

test('py_emit: every unit program is valid Python and runnable ones print what they should', () => {
  const dir = path.join(OUT, 'unit');
  const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
  assert.ok(files.length > 50, 'the unit run wrote its programs');
  const parsed = python(['-c', `
import ast, sys
bad = []
for f in sys.argv[1:]:
    try:
        ast.parse(open(f, encoding='utf-8').read(), f)
    except SyntaxError as e:
        bad.append(f'{f}: {e}')
print('\\n'.join(bad))
sys.exit(1 if bad else 0)
`, ...files.map((f) => path.join(dir, f))]);
  assert.equal(parsed.status, 0, `invalid Python:\n${parsed.stdout}${parsed.stderr}`);
  for (const f of files) {
    const base = path.join(dir, f.slice(0, -3));
    if (!existsSync(`${base}.expected`)) continue;
    const args = existsSync(`${base}.args`) ? readFileSync(`${base}.args`, 'utf8').split(/\s+/).filter(Boolean) : [];
    const r = python([path.join(dir, f), ...args]);
    assert.equal(r.stderr, '', `${f} wrote to stderr`);
    assert.equal(r.status, 0, `${f} failed`);
    assert.equal(r.stdout, readFileSync(`${base}.expected`, 'utf8'), `${f} printed something else`);
  }
});

function corpusCases() {
  const root = corpusRoot();
  const cases = [];
  for (const dir of readdirSync(root).sort()) {
    const full = path.join(root, dir);
    if (dir.startsWith('.') || !statSync(full).isDirectory()) continue;
    for (const file of readdirSync(full).sort()) {
      if (!file.endsWith('.ml')) continue;
      const base = path.join(full, file.slice(0, -3));
      const read = (ext) => (existsSync(base + ext) ? readFileSync(base + ext, 'utf8') : null);
      cases.push({
        id: `${dir}/${file}`,
        lang: dir === 'seeds' ? 'auto' : dir,
        file: path.join(full, file),
        out: read('.out'),
        err: read('.err'),
        input: read('.in') ?? '',
        args: (read('.args') ?? '').split(/\s+/).filter(Boolean),
      });
    }
  }
  return cases;
}

function emit(c) {
  const outFile = path.join(OUT, 'corpus', c.id.replace('/', '__').replace(/\.ml$/, '.py'));
  mkdirSync(path.dirname(outFile), { recursive: true });
  const r = spawnSync(EXE, ['emit', c.lang, c.file, outFile], {
    encoding: 'utf8', env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=1' },
  });
  return { status: r.status, stderr: r.stderr, outFile };
}

test('py_emit: the English corpus round-trips (identical Python ASTs)', (t) => {
  const b = build();
  if (!b.front) return t.skip('lexer/parser not built yet');
  const cases = corpusCases().filter((c) => c.lang === 'en');
  assert.ok(cases.length > 0);
  const pairs = [];
  for (const c of cases) {
    const r = emit(c);
    if (r.status === 77) return t.skip('lexer/parser not linked');
    assert.equal(r.status, 0, `${c.id}: emit failed\n${r.stderr}`);
    pairs.push(c.file, r.outFile);
  }
  const cmp = python(['-c', `
import ast, sys
PRELUDE = ('import sys', 'def argc', 'def argv')
def body(path):
    return ast.parse(open(path, encoding='utf-8').read(), path)
bad = []
args = sys.argv[1:]
for orig, emitted in zip(args[::2], args[1::2]):
    a = body(orig)
    try:
        e = body(emitted)
    except SyntaxError as err:
        bad.append(f'{emitted}: {err}')
        continue
    if ast.dump(a) != ast.dump(e):
        da, de = ast.dump(a, indent=1).splitlines(), ast.dump(e, indent=1).splitlines()
        i = next((k for k in range(min(len(da), len(de))) if da[k] != de[k]), min(len(da), len(de)))
        bad.append(f'{orig}: AST differs at line {i}: {da[i:i+1]} vs {de[i:i+1]}')
print('\\n'.join(bad))
sys.exit(1 if bad else 0)
`, ...pairs]);
  assert.equal(cmp.status, 0, `AST mismatch:\n${cmp.stdout}${cmp.stderr}`);
});

test('py_emit: every corpus program behaves the same under CPython', (t) => {
  const b = build();
  if (!b.front) return t.skip('lexer/parser not built yet');
  const failures = [];
  for (const c of corpusCases()) {
    const r = emit(c);
    if (r.status === 77) return t.skip('lexer/parser not linked');
    if (r.status !== 0) {
      failures.push(`${c.id}: emit failed: ${r.stderr.trim()}`);
      continue;
    }
    const py = python([r.outFile, ...c.args], { input: c.input });
    if (c.out !== null && py.stdout !== c.out) {
      failures.push(`${c.id}: stdout differs\n--- got\n${py.stdout}--- want\n${c.out}${py.stderr}`);
    }
    if (c.err !== null) {
      const last = py.stderr.trimEnd().split('\n').pop();
      if (py.status !== 1 || last !== c.err.trim()) {
        failures.push(`${c.id}: want exit 1 with '${c.err.trim()}', got ${py.status} '${last}'`);
      }
    } else if (py.status !== 0) {
      failures.push(`${c.id}: exit ${py.status}\n${py.stderr}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('py_emit: output is deterministic across runs', (t) => {
  const b = build();
  if (!b.front) return t.skip('lexer/parser not built yet');
  const c = corpusCases().find((x) => x.lang !== 'en') ?? corpusCases()[0];
  const first = emit(c);
  if (first.status === 77) return t.skip('lexer/parser not linked');
  assert.equal(first.status, 0, first.stderr);
  const a = readFileSync(first.outFile);
  writeFileSync(first.outFile, '');
  const second = emit(c);
  assert.equal(second.status, 0, second.stderr);
  assert.deepEqual(readFileSync(second.outFile), a);
});
