// Backend selection of run() (shim/index.mjs) and of `multilingual run`
// (--backend): 'wasm' runs the module; 'python' runs transpiled.py with
// python3; 'auto' runs the module, and only when the compiler refused
// constructs it does not support yet (every diagnostic says so) runs
// transpiled.py instead, saying so in one line of stderr. A Python exception
// or a trap is the program's behaviour, never a reason to fall back; no
// python3 is a clear message; a time limit stops python3 too.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { run } from '../shim/index.mjs';
import { CLI, ROOT, tempDir } from './helpers/common.mjs';

// memoryview is refused by the compiler (REFUSED in sema/builtins.def) and is valid Python
const REFUSED = 'print("start")\nprint(memoryview(b"ab")[1])\nprint(input().upper())\n';
const REFUSED_DIAG = "main.ml:2:7: error: the builtin 'memoryview' is not supported yet\n    print(memoryview(b\"ab\")[1])\n          ^\n";

test("run(): 'auto' falls back to python3 for a refused construct, and says why in one line", async () => {
  let err = '';
  const r = await run(REFUSED, { backend: 'auto', stdin: 'ada\n', stderr: (s) => { err += s; } });
  assert.equal(r.ok, true);
  assert.equal(r.backend, 'python');
  assert.equal(r.exitCode, 0);
  assert.equal(r.stdout, 'start\n98\nADA\n'); // CPython's output
  const note = "multilingual: backend python: main.ml:2:7: the builtin 'memoryview' is not supported yet\n";
  assert.equal(r.stderr, note);
  assert.equal(err, note);
  assert.equal(r.diagnosticsText, REFUSED_DIAG);
});

test("run(): 'wasm' (the default) on a refused program gives the compile error", async () => {
  for (const options of [{}, { backend: 'wasm' }]) {
    const r = await run(REFUSED, options);
    assert.equal(r.ok, false);
    assert.equal(r.exitCode, 1);
    assert.equal(r.stderr, REFUSED_DIAG);
    assert.equal(r.backend, undefined);
  }
});

test("run(): 'auto' does not fall back for a wrong program, an exception or a trap", async () => {
  // not a refusal: a real error of the program
  const bad = await run('print(1\n', { backend: 'auto' });
  assert.equal(bad.ok, false);
  assert.match(bad.stderr, /^main\.ml:1:6: error: /);
  const exc = await run('print("a")\nprint(1 // 0)\n', { backend: 'auto', stderr: () => {} });
  assert.equal(exc.backend, 'wasm');
  assert.equal(exc.exitCode, 1);
  assert.equal(exc.stdout, 'a\n');
  assert.match(exc.stderr, /ZeroDivisionError: integer division or modulo by zero\n$/);
  const deep = await run('def f(n):\n    return f(n + 1)\nf(0)\n', { backend: 'auto', stderr: () => {} });
  assert.equal(deep.backend, 'wasm');
  assert.equal(deep.exitCode, 1);
  assert.match(deep.stderr, /RecursionError: maximum recursion depth exceeded/);
});

test("run(): 'python' runs transpiled.py with stdin, args, env and the in-memory file system", async () => {
  const src = 'import os\nimport sys\nprint(sys.argv[1:], os.environ.get("WHO"))\n'
    + 'with open("out.txt", "w") as o:\n    o.write(open("in.txt").read().upper())\nprint(input())\n';
  const r = await run(src, { backend: 'python', args: ['x', 'y'], env: { WHO: 'ada' }, stdin: 'hello\n', fs: { 'in.txt': 'hi\n', 'empty/': '' } });
  assert.equal(r.backend, 'python');
  assert.equal(r.stdout, "['x', 'y'] ada\nhello\n");
  assert.deepEqual(r.fs, { 'empty/': '', 'in.txt': 'hi\n', 'out.txt': 'HI\n' });
  // the same program on the module gives the same
  const w = await run(src, { args: ['x', 'y'], env: { WHO: 'ada' }, stdin: 'hello\n', fs: { 'in.txt': 'hi\n', 'empty/': '' } });
  assert.equal(w.stdout, r.stdout);
  assert.deepEqual(w.fs, r.fs);
  // a Python exception: CPython's traceback, status 1
  const e = await run('print(1 // 0)\n', { backend: 'python' });
  assert.equal(e.exitCode, 1);
  assert.match(e.stderr, /ZeroDivisionError: integer division or modulo by zero\n$/);
});

test('run(): no python3 is a clear message', async () => {
  const none = '/nonexistent/python3';
  await assert.rejects(run('print(1)\n', { backend: 'python', python: none }), /^Error: run\(\): no \/nonexistent\/python3 on the PATH: the python backend runs the program with python3$/);
  const r = await run(REFUSED, { backend: 'auto', python: none });
  assert.equal(r.ok, false);
  assert.equal(r.stderr, `${REFUSED_DIAG}multilingual: no ${none} on the PATH: the program cannot fall back to the python backend\n`);
  await assert.rejects(run('print(1)\n', { backend: 'fast' }), { name: 'TypeError', message: /'auto', 'wasm' or 'python'/ });
});

test('run(): a time limit stops python3 (the process is killed)', async () => {
  const t0 = Date.now();
  // 3 s: python3 may be a pyenv shim taking 0.5 s to start, more on a loaded machine
  await assert.rejects(run('print("going")\nwhile True:\n    pass\n', { backend: 'python', timeout: 3000 }), (e) => {
    assert.equal(e.name, 'TimeoutError');
    assert.match(e.message, /timeout: 3000 ms/);
    assert.equal(e.stdout, 'going\n');
    return true;
  });
  assert.ok(Date.now() - t0 < 15000);
});

// `multilingual run --backend`: the native CLI and the npm bin (the same C core)
const BIN = path.join(ROOT, 'bin', 'multilingual.mjs');
const COMMANDS = [['native', CLI, []], ['npm', process.execPath, [BIN]]];

function cliRun(exe, pre, args, { input = '', env = process.env } = {}) {
  return spawnSync(exe, [...pre, ...args], { input, env, encoding: 'utf8' });
}

test('multilingual run --backend auto|wasm|python (native CLI and npm bin)', () => {
  const dir = tempDir('ml-backend-');
  const prog = path.join(dir, 'prog.ml');
  writeFileSync(prog, REFUSED);
  const ok = path.join(dir, 'ok.ml');
  writeFileSync(ok, 'import sys\nprint("args", sys.argv[1:])\nprint(1 // 0)\n');
  const diag = REFUSED_DIAG.replace('main.ml', prog);
  for (const [name, exe, pre] of COMMANDS) {
    const auto = cliRun(exe, pre, ['run', '--backend', 'auto', prog], { input: 'ada\n' });
    assert.equal(auto.stdout, 'start\n98\nADA\n', name);
    assert.equal(auto.stderr, `multilingual: backend python: ${prog}:2:7: the builtin 'memoryview' is not supported yet\n`, name);
    assert.equal(auto.status, 0, name);
    for (const args of [['run', prog], ['run', '--backend', 'wasm', prog]]) {
      const wasm = cliRun(exe, pre, args);
      assert.equal(wasm.stderr, diag, name);
      assert.equal(wasm.stdout, '');
      assert.equal(wasm.status, 1, name);
    }
    const py = cliRun(exe, pre, ['run', '--backend', 'python', prog], { input: 'bob\n' });
    assert.equal(py.stdout, 'start\n98\nBOB\n', name);
    assert.equal(py.stderr, '', name);
    // an exception is the program's: auto runs the module, python3 gives CPython's traceback
    const a = cliRun(exe, pre, ['run', '--backend', 'auto', ok, '--', 'x']);
    assert.equal(a.stdout, "args ['x']\n", name);
    assert.match(a.stderr, /^Traceback \(most recent call last\):\n[^]*ZeroDivisionError: integer division or modulo by zero\n$/, name);
    assert.doesNotMatch(a.stderr, /backend python/);
    assert.equal(a.status, 1, name);
    const p = cliRun(exe, pre, ['run', '--backend', 'python', ok, '--', 'y']);
    assert.equal(p.stdout, "args ['y']\n", name);
    assert.match(p.stderr, /transpiled\.py", line \d+, in <module>\n[^]*ZeroDivisionError: integer division or modulo by zero\n$/, name);
    assert.equal(p.status, 1, name);
    // no python3 on the PATH: a clear message (node found by its full path)
    const none = cliRun(exe === CLI ? CLI : process.execPath, pre, ['run', '--backend', 'python', prog], { env: { ...process.env, PATH: '/nonexistent' } });
    assert.equal(none.stderr, "multilingual: error: cannot run python3 (needed by the python backend of 'run'): No such file or directory\n", name);
    assert.equal(none.status, 1, name);
    // usage errors
    const bad = cliRun(exe, pre, ['run', '--backend', 'fast', prog]);
    assert.equal(bad.stderr, "multilingual: error: unknown --backend 'fast' (expected auto, wasm or python)\n(see 'multilingual --help')\n", name);
    assert.equal(bad.status, 2);
    const check = cliRun(exe, pre, ['check', '--backend', 'python', prog]);
    assert.equal(check.stderr, "multilingual: error: --backend only goes with 'run', not 'check'\n(see 'multilingual --help')\n", name);
  }
});
