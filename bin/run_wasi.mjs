// Runs a WASI module for `multilingual run`, in the npm bin and in the
// native CLI (src/cli/posix/posix_run.c embeds this file): node --no-warnings run_wasi.mjs
// module.wasm [args...], with the process's stdin/stdout/stderr; the exit
// status is the module's; a wasm stack overflow becomes Python's RecursionError.
import { WASI } from 'node:wasi';
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';

// Node 20's V8 crashes now and then (SIGSEGV or abort, after the program's
// output) when its concurrent marker runs while a wasm memory grows fast:
// a module growing to ~20 MB crashed 3 runs in 30 here, none in 40
// without concurrent marking, which costs wasm programs nothing.
v8.setFlagsFromString('--no-concurrent-marking');

const [, , wasmPath, ...args] = process.argv;
const wasi = new WASI({ version: 'preview1', args: ['module.wasm', ...args], env: {}, returnOnExit: true });
const module = await WebAssembly.compile(readFileSync(wasmPath));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
try {
  process.exitCode = wasi.start(instance);
} catch (e) {
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    process.stderr.write('Traceback (most recent call last):\nRecursionError: maximum recursion depth exceeded\n');
  } else {
    process.stderr.write(`error: the module trapped: ${e.message}\n`);
  }
  process.exitCode = 1;
}
