#!/usr/bin/env node
// `multilingual` of the npm package: a thin Node host around the CLI core
// of the native build (src/cli: arguments, usage, messages, exit statuses,
// commands), built by Emscripten into build/web/multilingual_cli.mjs. This
// file only supplies the host functions the core calls (src/cli/cli_host.h,
// src/emscripten/cli_host.c): stdout and stderr, reading a file, writing the
// bundle (shim/node_bundle.mjs), running a module (bin/run_wasi.mjs, the
// native CLI's runner too), and compiling with the compiler's own
// Emscripten build (shim/compiler.mjs), which it loads only when the
// command needs it: --help, --version and usage errors load no compiler.
// `run --backend python` runs the program's transpiled.py with python3.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import createCli from '../build/web/multilingual_cli.mjs';
import { hostFailure, writeBundle } from '../shim/node_bundle.mjs';

// The most a source file may be, and the words for more: the native
// CLI's (ML_MAX_SOURCE_BYTES and ML_MAX_SOURCE_TEXT, src/cli/cli_host.h),
// so that reading /dev/zero stops instead of taking all memory.
const MAX_SOURCE_BYTES = 64 * 1024 * 1024;
const MAX_SOURCE_TEXT = 'larger than 64 MiB, the most a source file may be';

function readFile(file) {
  try {
    const fd = openSync(file, 'r');
    try {
      const chunks = [];
      const buf = Buffer.alloc(1 << 20);
      let total = 0;
      for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) {
        total += n;
        if (total > MAX_SOURCE_BYTES) return { ...hostFailure('read', file, null), reason: MAX_SOURCE_TEXT };
        chunks.push(Buffer.from(buf.subarray(0, n)));
      }
      return Buffer.concat(chunks, total);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return hostFailure('read', file, e);
  }
}

// `run`: the module runs in this process once the CLI core has returned
// (bin/run_wasi.mjs's runWasi, the native CLI's runner): no second Node
// start-up, and the compiler's call stack is gone when the program's
// starts, so its recursion limit is the runner's.
let pending = null;
function runModule(wasm, args, dirs = []) {
  pending = { wasm: Uint8Array.from(wasm), args: [...args], dirs: [...dirs] };
  return 0;
}

async function runPending() {
  // node:wasi says it is experimental once; the runner's child ran with --no-warnings
  const others = process.listeners('warning');
  process.removeAllListeners('warning');
  process.on('warning', (w) => {
    if (w.name === 'ExperimentalWarning' && /WASI/.test(w.message)) return;
    for (const l of others) l(w);
  });
  v8.setFlagsFromString(`--wasm-tiering-budget=${TIERING_BUDGET}`);
  const { runWasi } = await import('./run_wasi.mjs');
  return runWasi(pending.wasm, pending.args, pending.dirs);
}

// run --backend python (and auto's fallback): python3 transpiled.py ARGS..., with our stdio.
function runPython(source, args) {
  let dir;
  try {
    dir = mkdtempSync(path.join(tmpdir(), 'multilingual-run-'));
  } catch (e) {
    return hostFailure('tempDir', null, e);
  }
  try {
    const pyPath = path.join(dir, 'transpiled.py');
    try {
      writeFileSync(pyPath, source);
    } catch (e) {
      return hostFailure('tempWrite', dir, e);
    }
    const child = spawnSync('python3', [pyPath, ...args], { stdio: 'inherit' });
    if (child.error) return hostFailure('noPython', null, child.error);
    return child.status ?? 128 + (constants.signals[child.signal] ?? 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// V8 recompiles a wasm function with its optimizing compiler once it has
// run a while (the tiering budget). A compile is too short to repay that
// for the compiler's hot functions, and on two cores those
// background compiles held `run`'s hello world back by ~70 ms (0.24 s ->
// 0.16 s with 20 times the budget; a 1,000-line program 0.39 -> 0.28 s,
// 10,000 lines 0.75 -> 0.66 s: bench/README.md). The program's module
// gets V8's default back before it is compiled (runPending).
const TIERING_BUDGET = 1800000; // V8's default in Node 20
v8.setFlagsFromString(`--wasm-tiering-budget=${20 * TIERING_BUDGET}`);

const host = {
  args: process.argv.slice(2),
  write: (fd, bytes) => (fd === 1 ? process.stdout : process.stderr).write(bytes),
  readFile,
  writeBundle,
  runModule,
  runPython,
};
const cliCore = await createCli();
cliCore.mlHost = host;
const cli = cliCore._ml_js_cli_parse();
if (cliCore._ml_js_cli_needs_compiler(cli)) {
  const compiler = await import('../shim/compiler.mjs');
  await compiler.init();
  host.compile = compiler.compileBytesSync;
  host.translate = compiler.translateBytesSync;
}
const status = cliCore._ml_js_cli_execute(cli);
process.exitCode = pending && status === 0 ? await runPending() : status;
