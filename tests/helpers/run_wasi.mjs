// Runs a WASI module under Node's WASI: node run_wasi.mjs module.wasm [args...]
// stdin/stdout/stderr are the process's; the exit status is the module's.
import { WASI } from 'node:wasi';
import { readFileSync } from 'node:fs';

const [, , wasmPath, ...args] = process.argv;
const wasi = new WASI({ version: 'preview1', args: ['module.wasm', ...args], env: {}, returnOnExit: true });
const module = await WebAssembly.compile(readFileSync(wasmPath));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
