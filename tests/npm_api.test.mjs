// The npm API's options: run()'s time limit (the module runs in a worker that
// is terminated: a clear error, nothing left running), translate() without
// `to` says which option is missing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT, cli, tempDir } from './helpers/common.mjs';

const CORE = path.join(ROOT, 'build', 'web', 'multilingual_core.mjs');
const skip = existsSync(CORE) ? false : 'build/web/multilingual_core.mjs is not built: run `make web`';
const API = pathToFileURL(path.join(ROOT, 'shim', 'index.mjs')).href;

// A script in its own Node process: it must end by itself (a worker left
// running would keep it alive), within `limit` ms.
function script(code, limit = 30000) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', timeout: limit });
  assert.equal(r.signal, null, `the process did not end by itself:\n${r.stdout}${r.stderr}`);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('run({timeout}) stops an endless loop: TimeoutError, and the process ends', { skip }, () => {
  const out = script(`
    import { run } from ${JSON.stringify(API)};
    const t0 = performance.now();
    let error = null;
    try {
      await run('n = 0\\nwhile True:\\n    n = n + 1\\n', { timeout: 300 });
    } catch (e) {
      error = { name: e.name, message: e.message, stdout: e.stdout, stderr: e.stderr };
    }
    console.log(JSON.stringify({ error, ms: performance.now() - t0 }));
  `);
  assert.deepEqual(out.error, {
    name: 'TimeoutError',
    message: 'run(): the program was stopped: it ran longer than its time limit (timeout: 300 ms)',
    stdout: '',
    stderr: '',
  });
  assert.ok(out.ms >= 300 && out.ms < 10000, `${out.ms} ms`);
});

test('run({timeout}): a program that ends in time gives the same result as without', { skip }, async () => {
  const { run } = await import(API);
  const source = 'nom = input()\nprint("Salut", nom, argv(0))\nprint(1 // 0)\n';
  const chunks = [];
  const options = { stdin: 'Ada\n', args: ['x'] };
  const limited = await run(source, { ...options, timeout: 20000, stdout: (t) => chunks.push(t) });
  const plain = await run(source, options);
  assert.deepEqual(limited, plain);
  assert.equal(limited.exitCode, 1);
  assert.equal(limited.stdout, 'Salut Ada x\n');
  assert.match(limited.stderr, /ZeroDivisionError: integer division or modulo by zero\n$/);
  assert.equal(chunks.join(''), limited.stdout, 'the stdout callback hears the worker');
  // the compile errors come back as before: no worker for a rejected program
  const rejected = await run('print(1\n', { timeout: 1000 });
  assert.equal(rejected.ok, false);
  await assert.rejects(run('print(1)\n', { timeout: 0 }), { name: 'TypeError', message: /timeout option is a number of milliseconds/ });
  await assert.rejects(run('print(1)\n', { timeout: '1s' }), { name: 'TypeError' });
});

test('translate() without `to` says which option is missing', { skip }, async () => {
  const { translate } = await import(API);
  const { translateBytesSync, init } = await import(pathToFileURL(path.join(ROOT, 'shim', 'compiler.mjs')).href);
  const missing = { name: 'TypeError', message: /^translate\(\): the option 'to' is missing: the code of the language to translate to/ };
  await assert.rejects(translate('print(1)\n'), missing);
  await assert.rejects(translate('print(1)\n', { lang: 'en' }), missing);
  await assert.rejects(translate('print(1)\n', { to: '' }), missing);
  await init();
  assert.throws(() => translateBytesSync('print(1)\n', {}), missing);
  // an unknown one is a diagnostic, as in the CLI
  const unknown = await translate('print(1)\n', { to: 'xx' });
  assert.equal(unknown.ok, false);
  assert.match(unknown.diagnosticsText, /unknown language 'xx'/);
  assert.equal((await translate('print(1)\n', { to: 'fr' })).text, 'afficher(1)\n');
});

// A program of several files through the JS API: compile() and run() take
// the other files as a map; the module is the native CLI's, byte for byte.
test('compile({files}) and run({files}): the program\'s modules, as the CLI builds them', { skip }, async () => {
  const { compile, run } = await import(API);
  const dir = path.join(ROOT, 'tests', 'modules', '01_basic');
  const main = readFileSync(path.join(dir, 'main.ml'), 'utf8');
  const files = { 'geometry.ml': readFileSync(path.join(dir, 'geometry.ml')) };
  const r = await compile(main, { files });
  assert.ok(r.ok, r.diagnosticsText);
  const out = tempDir();
  assert.equal(cli(['build-wasm-bundle', 'main.ml', '--out-dir', out], { cwd: dir }).status, 0);
  assert.ok(Buffer.from(r.wasm).equals(readFileSync(path.join(out, 'module.wasm'))), 'module.wasm differs from the CLI\'s');
  assert.equal(r.buildGraph, readFileSync(path.join(out, 'build_graph.json'), 'utf8'));
  const ran = await run(main, { files: { 'geometry.ml': readFileSync(path.join(dir, 'geometry.ml'), 'utf8') } });
  assert.equal(ran.stdout, readFileSync(path.join(dir, 'main.out'), 'utf8'));
  assert.equal(ran.exitCode, 0);

  const missing = await compile('import nowhere\n', { files: {} });
  assert.equal(missing.ok, false);
  assert.deepEqual(missing.diagnostics, [{
    file: 'main.ml', line: 1, col: 8, message: "no module named 'nowhere' (looked in the files given to compile())",
  }]);
  const broken = await compile('import broken\nprint(broken.x)\n', { files: { 'broken.ml': 'x = (1 +\n' } });
  assert.equal(broken.ok, false);
  assert.equal(broken.diagnostics[0].file, 'broken.ml');
  assert.match(broken.diagnosticsText, /^broken\.ml:1:\d+: error: /);
  // a loader of the caller's own
  const asked = [];
  const own = await compile('from lib import twice\nprint(twice(21))\n', {
    loadModule: (name, importer) => {
      asked.push([name, importer]);
      if (name !== 'lib') return { looked: 'nowhere' };
      return { path: `src/${name}.ml`, source: 'def twice(x):\n    return 2 * x\n' };
    },
  });
  assert.ok(own.ok, own.diagnosticsText);
  // lib, then whether lib.twice is a submodule (from lib import twice)
  assert.deepEqual(asked, [['lib', 'main.ml'], ['lib.twice', 'main.ml']]);
});

// time.sleep() in the JS host (host_runtime.mjs's poll_oneoff: Atomics.wait
// where blocking is allowed) waits, and the clocks go forward.
test('run(): time.sleep waits and perf_counter measures it', { skip }, async () => {
  const { run } = await import(API);
  const r = await run('import time\nt = time.perf_counter()\ntime.sleep(0.05)\nd = time.perf_counter() - t\nprint(d >= 0.05, d < 5)\n');
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'True True\n');
});
