// The npm package's API (`import ... from 'multilingual'`): the compiler
// (./compiler.mjs, the C library built with Emscripten) plus run(), which
// compiles a program for WASI and runs it with the shared JS host runtime
// (./host_runtime.mjs), in Node or a browser.
import { compile } from './compiler.mjs';
import { runModule } from './host_runtime.mjs';

export { ARTIFACT_FILES, bundleFiles, compile, compileSync, init, languages, translate, version } from './compiler.mjs';

/**
 * Compiles `source` (target 'wasi') and runs it. Options: lang, filename
 * (for diagnostics), stdin (string), args (the program's arguments),
 * stdout/stderr (callbacks receiving text as it is written), env (the
 * program's os.environ), fs (an in-memory file system the program's open(),
 * os and pathlib use: {path: string | Uint8Array}, "dir/" an empty folder;
 * the result's fs holds the files after the run, a string where the bytes
 * are UTF-8, else a Uint8Array; without fs no file can be opened). Resolves to
 * {ok, diagnostics, diagnosticsText, exitCode, stdout, stderr}: ok says
 * whether the program compiled (when it did not, exitCode is 1 and stderr
 * holds the diagnostics, as with `multilingual run`); exitCode is the
 * program's (1 after an uncaught Python error, whose last line is in stderr).
 *
 * backend: 'wasm' (the default) runs the module; 'python' runs the
 * program's transpiled.py with python3 (Node); 'auto' runs the module, and
 * when the compiler refused only constructs it does not support yet, runs
 * transpiled.py with python3 instead, saying so in one line of stderr (the
 * result's backend says which ran). A Python exception is the program's.
 *
 * timeout (milliseconds): the module runs in a worker (a Node worker thread,
 * or a Web Worker in a page) that is terminated when the time is up; run()
 * then rejects with a TimeoutError (error.name) whose stdout and stderr hold
 * what the program wrote until then. Nothing is left running.
 */
export async function run(source, options = {}) {
  const { lang, filename, files, timeout, backend = 'wasm', python, ...io } = options;
  if (timeout !== undefined && !(typeof timeout === 'number' && timeout > 0 && Number.isFinite(timeout))) {
    throw new TypeError(`run(): the timeout option is a number of milliseconds greater than 0, not ${String(timeout)}`);
  }
  if (!['auto', 'wasm', 'python'].includes(backend)) {
    throw new TypeError(`run(): the backend option is 'auto', 'wasm' or 'python', not ${JSON.stringify(backend)}`);
  }
  const r = await compile(source, { lang, filename, files, target: 'wasi' });
  const runOptions = {};
  for (const key of ['stdin', 'args', 'stdout', 'stderr', 'env', 'fs']) if (io[key] !== undefined) runOptions[key] = io[key];
  const inNode = typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined';
  // the python backend: asked for, or auto's fallback for a program refused
  // only for constructs the compiler does not support yet (in Node)
  const py = backend === 'python' ? (r.ok ? r.transpiledPy : r.fallbackPy)
    : backend === 'auto' && !r.ok && r.fallbackPy && inNode ? r.fallbackPy : null;
  if (backend === 'python' && !py && !r.ok) {
    const { diagnostics, diagnosticsText } = r;
    return { ok: false, diagnostics, diagnosticsText, exitCode: 1, stdout: '', stderr: diagnosticsText };
  }
  if (py) {
    const { pythonMissing, runPython } = await import('./python_backend.mjs');
    const missing = await pythonMissing(python);
    if (missing && backend === 'python') throw new Error(`run(): ${missing}: the python backend runs the program with python3`);
    if (missing) {
      const note = `multilingual: ${missing}: the program cannot fall back to the python backend\n`;
      if (io.stderr) io.stderr(note);
      return { ok: false, diagnostics: r.diagnostics, diagnosticsText: r.diagnosticsText, exitCode: 1, stdout: '', stderr: r.diagnosticsText + note };
    }
    let note = '';
    if (backend === 'auto') {
      const d = r.diagnostics[0];
      // the CLI's line (src/cli/cli_commands.c): the first refusal, as a diagnostic says it
      note = `multilingual: backend python: ${d.file}:${d.line}:${d.col}: ${d.message}\n`;
      if (io.stderr) io.stderr(note);
    }
    const ran = await runPython(py, { ...runOptions, timeout, python });
    const done = { ok: true, backend: 'python', diagnostics: r.ok ? [] : r.diagnostics, diagnosticsText: r.ok ? '' : r.diagnosticsText,
      exitCode: ran.exitCode, stdout: ran.stdout, stderr: note + ran.stderr };
    if (ran.fs !== undefined) done.fs = ran.fs;
    return done;
  }
  if (!r.ok) {
    const { diagnostics, diagnosticsText } = r;
    return { ok: false, diagnostics, diagnosticsText, exitCode: 1, stdout: '', stderr: diagnosticsText };
  }
  const { exitCode, stdout, stderr, fs } = timeout === undefined
    ? await runModule(r.manifest, r.wasm, runOptions)
    : await runInWorker(r.manifest, r.wasm, runOptions, timeout);
  const done = { ok: true, diagnostics: [], diagnosticsText: '', exitCode, stdout, stderr };
  if (backend !== 'wasm') done.backend = 'wasm';
  if (fs !== undefined) done.fs = fs;
  return done;
}

const WORKER_URL = new URL('./run_worker.mjs', import.meta.url);

/* A worker running run_worker.mjs with data: {post(message), terminate()
 * (a promise)}, its messages to onMessage. */
async function startWorker(data, onMessage, onError) {
  if (typeof process !== 'undefined' && process.versions?.node && typeof Worker === 'undefined') {
    const { Worker: NodeWorker } = await import('node:worker_threads');
    // execArgv []: not the parent's (`node --input-type=module -e` would
    // make the worker's own module fail to load)
    const w = new NodeWorker(WORKER_URL, { workerData: data, execArgv: [] });
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', (code) => onError(new Error(`the worker stopped (exit code ${code})`)));
    return { terminate: () => w.terminate() };
  }
  const w = new Worker(WORKER_URL, { type: 'module' });
  w.onmessage = ({ data: m }) => onMessage(m);
  w.onerror = (e) => onError(new Error(e.message || 'the worker failed'));
  w.postMessage(data);
  return { terminate: async () => w.terminate() };
}

/* runModule() in a worker, stopped after timeout ms. */
function runInWorker(manifest, wasm, options, timeout) {
  return new Promise((resolve, reject) => {
    let stdout = '', stderr = '', settled = false, worker = null, timer = null;
    const finish = (fn) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // wait for the worker to be gone: nothing runs after run() settles
      Promise.resolve(worker && worker.terminate()).then(fn, fn);
    };
    const onMessage = (m) => {
      if (settled) return;
      if (m.kind === 'stdout' || m.kind === 'stderr') {
        if (m.kind === 'stdout') stdout += m.text;
        else stderr += m.text;
        const cb = options[m.kind];
        if (cb) cb(m.text);
      } else if (m.kind === 'done') {
        finish(() => resolve(m.fs !== undefined ? { exitCode: m.exitCode, stdout, stderr, fs: m.fs } : { exitCode: m.exitCode, stdout, stderr }));
      } else if (m.kind === 'error') {
        finish(() => reject(new Error(m.message)));
      }
    };
    const onError = (e) => finish(() => reject(e));
    timer = setTimeout(() => finish(() => {
      const e = new Error(`run(): the program was stopped: it ran longer than its time limit (timeout: ${timeout} ms)`);
      e.name = 'TimeoutError';
      e.stdout = stdout;
      e.stderr = stderr;
      reject(e);
    }), timeout);
    const data = { manifest, wasm, stdin: options.stdin, args: options.args, env: options.env, fs: options.fs };
    startWorker(data, onMessage, onError).then((w) => {
      worker = w;
      if (settled) w.terminate();
    }, onError);
  });
}
