// Runs a WASI module for `multilingual run`, in the npm bin and in the
// native CLI (src/cli/posix/posix_run.c embeds this file): node --no-warnings run_wasi.mjs
// [--dir DIR]... module.wasm [args...], with the process's stdin/stdout/stderr;
// the exit status is the module's; a wasm stack overflow becomes Python's
// RecursionError. Each --dir is pre-opened under the name it was given (the
// program opens "data/x.csv" under --dir data, "x.csv" under --dir .): the
// module reaches no other file.
// The npm bin imports runWasi() and runs the module in its own process
// (one Node start-up fewer); run as a script, this file is the runner.
import { WASI } from 'node:wasi';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';

// Node 20's V8 crashes now and then (SIGSEGV or abort, after the program's
// output) when its concurrent marker runs while a wasm memory grows fast:
// a module growing to ~20 MB crashed 3 runs in 30 here, none in 40
// without concurrent marking, which costs wasm programs nothing.
v8.setFlagsFromString('--no-concurrent-marking');

/**
 * Runs module bytes under WASI with this process's stdin/stdout/stderr;
 * dirs are pre-opened under the names given. Resolves to the exit status
 * (2 with a message when a dir is not a directory).
 */
export async function runWasi(wasm, args = [], dirs = []) {
  const preopens = {};
  for (const dir of dirs) {
    let isDir = false;
    try {
      isDir = statSync(dir).isDirectory();
    } catch {
      // reported below
    }
    if (!isDir) {
      process.stderr.write(`multilingual: error: --dir '${dir}' is not a directory\n`);
      return 2;
    }
    preopens[dir] = path.resolve(dir);
  }
  const wasi = new WASI({ version: 'preview1', args: ['module.wasm', ...args], env: {}, preopens, returnOnExit: true });
  const module = await WebAssembly.compile(wasm);
  // Each WASI function wrapped in a JS function of our own: imported
  // directly, Node 20's node:wasi functions keep a view of the memory from
  // before a memory.grow, and node crashed (SIGSEGV, after correct output)
  // on a 9 MB line read by input() every run, and now and then after joining
  // 1,024 strings of 100 KB or growing a list to 10^6 items.
  const wasiImports = {};
  for (const [name, fn] of Object.entries(wasi.getImportObject().wasi_snapshot_preview1)) {
    wasiImports[name] = (...a) => fn(...a);
  }
  const instance = await WebAssembly.instantiate(module, { wasi_snapshot_preview1: wasiImports });
  try {
    return wasi.start(instance);
  } catch (e) {
    try {
      instance.exports.__ml_flush?.(); // what the program printed before the trap
    } catch {
      // the module cannot run any more: its output stays lost
    }
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      process.stderr.write('Traceback (most recent call last):\nRecursionError: maximum recursion depth exceeded\n');
    } else {
      process.stderr.write(`error: the module trapped: ${e.message}\n`);
    }
    return 1;
  }
}

const main = process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (main) {
  const argv = process.argv.slice(2);
  const dirs = [];
  while (argv[0] === '--dir') {
    dirs.push(argv[1]);
    argv.splice(0, 2);
  }
  const [wasmPath, ...args] = argv;
  process.exitCode = await runWasi(readFileSync(wasmPath), args, dirs);
}
