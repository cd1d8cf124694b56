// Programs of several files (tests/modules/<case>/: main.ml and the modules
// it imports, in several languages; cli_args adds options such as --path).
// Each is compiled by the native CLI into one module.wasm, run under Node's
// WASI and compared with its expected output (main.out, and main.err's last
// line for a program that fails) and with CPython running transpiled.py,
// which carries the modules' Python in an import hook: same stdout, same
// status, same traceback frames. The npm bin (the Emscripten build, reading
// the files through Node) prints the same. A rebuild is byte-identical, and
// build_graph.json and build.lock.json list every module file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI_ASAN, ROOT, cli, lastLine, runPython, runWasm, tempDir } from './helpers/common.mjs';

const DIR = path.join(ROOT, 'tests', 'modules');
const BIN = path.join(ROOT, 'bin', 'multilingual.mjs');
const CORE = path.join(ROOT, 'build', 'web', 'multilingual_cli.mjs');

const cases = readdirSync(DIR).filter((d) => existsSync(path.join(DIR, d, 'main.ml'))).sort();

/* The frames of a traceback ("in <module>", "in f"), without the import
 * machinery's own (CPython's importlib and transpiled.py's hook). */
const frames = (stderr) =>
  stderr.split('\n').filter((l) => l.startsWith('  File "') && !l.includes('<frozen importlib') && !l.endsWith('in exec_module'))
    .map((l) => l.replace(/^ {2}File ".*", line \d+, /, ''));

function read(c, name) {
  const p = path.join(DIR, c, name);
  return existsSync(p) ? readFileSync(p, 'utf8') : null;
}

const argsOf = (c) => (read(c, 'cli_args') ?? '').split(/\s+/).filter(Boolean);

test('the module corpus has cases', () => assert.ok(cases.length >= 6, `${cases.length} cases`));

for (const c of cases) {
  test(`modules ${c}`, () => {
    const cwd = path.join(DIR, c);
    const out = tempDir();
    const r = cli(['build-wasm-bundle', 'main.ml', '--out-dir', out, ...argsOf(c)], { cwd });
    assert.equal(r.status, 0, r.stderr);
    const run = runWasm(path.join(out, 'module.wasm'));
    assert.equal(run.stdout, read(c, 'main.out'), `stdout differs\n${run.stderr}`);
    const err = read(c, 'main.err');
    if (err !== null) {
      assert.equal(run.status, 1);
      assert.equal(lastLine(run.stderr), err.trim());
    } else {
      assert.equal(run.status, 0, run.stderr);
    }
    // the oracle
    const py = runPython(path.join(out, 'transpiled.py'));
    assert.equal(py.stdout, run.stdout, 'transpiled.py stdout differs');
    assert.equal(py.status, run.status, 'transpiled.py status differs');
    if (run.status) {
      assert.equal(lastLine(py.stderr), lastLine(run.stderr));
      assert.deepEqual(frames(run.stderr), frames(py.stderr), `frames differ:\n${run.stderr}\n${py.stderr}`);
      // each frame of ours names its file
      const files = run.stderr.split('\n').filter((l) => l.startsWith('  File "')).map((l) => l.match(/File "([^"]*)"/)[1]);
      assert.ok(files.includes('main.ml') && files.some((f) => f !== 'main.ml'), run.stderr);
    }
    // the graph and the lock list every module, with its hash and language
    const graph = JSON.parse(readFileSync(path.join(out, 'build_graph.json'), 'utf8'));
    const lock = JSON.parse(readFileSync(path.join(out, 'build.lock.json'), 'utf8'));
    const listed = graph.modules.map((m) => m.name).sort();
    assert.ok(listed.length >= 1, 'build_graph.json lists the modules');
    for (const m of graph.modules) {
      assert.match(m.language, /^[a-z]{2}$/);
      assert.equal(lock.modules[m.name].sha256, m.sha256);
    }
    // a rebuild is byte-identical
    const again = tempDir();
    assert.equal(cli(['build-wasm-bundle', 'main.ml', '--out-dir', again, ...argsOf(c)], { cwd }).status, 0);
    for (const f of ['module.wasm', 'module.wat', 'transpiled.py', 'build_graph.json', 'build.lock.json'])
      assert.ok(readFileSync(path.join(out, f)).equals(readFileSync(path.join(again, f))), `${f} differs on a rebuild`);
  });
}

test('a module of another language: its language is its own', () => {
  const out = tempDir();
  const cwd = path.join(DIR, '02_languages');
  assert.equal(cli(['build-wasm-bundle', 'main.ml', '--out-dir', out], { cwd }).status, 0);
  const graph = JSON.parse(readFileSync(path.join(out, 'build_graph.json'), 'utf8'));
  assert.equal(graph.language, 'en');
  assert.deepEqual(Object.fromEntries(graph.modules.map((m) => [m.name, m.language])), { outils: 'fr', 計算: 'ja' });
  const lock = JSON.parse(readFileSync(path.join(out, 'build.lock.json'), 'utf8'));
  const src = readFileSync(path.join(cwd, 'outils.ml'));
  assert.equal(lock.modules.outils.sha256, createHash('sha256').update(src).digest('hex'));
});

test('errors: a missing module names where it looked; an error in a module names its file', () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'main.ml'), 'import nowhere\nfrom bad import f\n');
  writeFileSync(path.join(dir, 'bad.ml'), 'def f():\n    return 1 +\n');
  const r = cli(['check', 'main.ml', '--path', 'extra'], { cwd: dir });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^main\.ml:1:8: error: no module named 'nowhere' \(looked in \.\/, extra\/\)$/m);
  assert.match(r.stderr, /^bad\.ml:2:15: error: invalid syntax$/m);
  writeFileSync(path.join(dir, 'bad.ml'), 'def f():\n    return 1\n');
  writeFileSync(path.join(dir, 'main.ml'), 'from bad import g\n');
  const r2 = cli(['check', 'main.ml'], { cwd: dir });
  assert.match(r2.stderr, /^main\.ml:1:17: error: cannot import name 'g' from 'bad' \(bad\.ml\)$/m);
});

test('modules compile under AddressSanitizer + UBSan, byte-identical', { skip: !existsSync(CLI_ASAN) }, () => {
  for (const c of cases) {
    const cwd = path.join(DIR, c);
    const a = tempDir(), b = tempDir();
    const plain = cli(['build-wasm-bundle', 'main.ml', '--out-dir', a, ...argsOf(c)], { cwd });
    const asan = cli(['build-wasm-bundle', 'main.ml', '--out-dir', b, ...argsOf(c)], { cwd, exe: CLI_ASAN });
    assert.equal(asan.status, plain.status, asan.stderr);
    assert.doesNotMatch(asan.stderr, /AddressSanitizer|LeakSanitizer|runtime error:/, `${c}:\n${asan.stderr}`);
    assert.ok(readFileSync(path.join(a, 'module.wasm')).equals(readFileSync(path.join(b, 'module.wasm'))), c);
  }
});

test('the npm bin runs the same programs', { skip: existsSync(CORE) ? false : 'run `make web`' }, () => {
  for (const c of cases) {
    const cwd = path.join(DIR, c);
    const r = spawnSync(process.execPath, [BIN, 'run', 'main.ml', ...argsOf(c)], { cwd, encoding: 'utf8' });
    assert.equal(r.stdout, read(c, 'main.out'), `${c}: ${r.stderr}`);
    assert.equal(r.status, read(c, 'main.err') === null ? 0 : 1, `${c}: ${r.stderr}`);
  }
});
