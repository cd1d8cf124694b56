#!/usr/bin/env node
// `multilingual` of the npm package: a thin Node host around the CLI core
// of the native build (src/cli: arguments, usage, messages, exit statuses,
// commands), compiled by Emscripten with the compiler into
// build/web/multilingual_core.mjs. This file only supplies the host
// functions the core calls (src/cli/cli_host.h, src/emscripten/cli_host.c):
// stdout and stderr, reading a file, writing the bundle
// (shim/node_bundle.mjs), running a module (bin/run_wasi.mjs, the native
// CLI's runner too). wabt.js is loaded only for a command that compiles.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import createCore from '../build/web/multilingual_core.mjs';
import { loadWabt, makeAssembler } from '../shim/assembler.mjs';
import { hostFailure, writeBundle } from '../shim/node_bundle.mjs';

const RUNNER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'run_wasi.mjs');

function readFile(file) {
  try {
    return readFileSync(file);
  } catch (e) {
    return hostFailure('read', file, e);
  }
}

// node --no-warnings run_wasi.mjs module.wasm ARGS..., with our stdio.
function runModule(wasm, args) {
  let dir;
  try {
    dir = mkdtempSync(path.join(tmpdir(), 'multilingual-run-'));
  } catch (e) {
    return hostFailure('tempDir', null, e);
  }
  try {
    const wasmPath = path.join(dir, 'module.wasm');
    try {
      writeFileSync(wasmPath, wasm);
    } catch (e) {
      return hostFailure('tempWrite', dir, e);
    }
    const child = spawnSync(process.execPath, ['--no-warnings', RUNNER, wasmPath, ...args], { stdio: 'inherit' });
    if (child.error) return hostFailure('noNode', null, child.error);
    return child.status ?? 128 + (constants.signals[child.signal] ?? 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const core = await createCore();
core.mlHost = {
  args: process.argv.slice(2),
  write: (fd, bytes) => (fd === 1 ? process.stdout : process.stderr).write(bytes),
  readFile,
  writeBundle,
  runModule,
};
const cli = core._ml_js_cli_parse();
if (core._ml_js_cli_compiles(cli)) core.mlAssemble = makeAssembler(await loadWabt());
process.exitCode = core._ml_js_cli_execute(cli);
