#!/usr/bin/env node
// `multilingual` of the npm package: a thin Node host around the CLI core
// of the native build (src/cli: arguments, usage, messages, exit statuses,
// commands), built by Emscripten into build/web/multilingual_cli.mjs. This
// file only supplies the host functions the core calls (src/cli/cli_host.h,
// src/emscripten/cli_host.c): stdout and stderr, reading a file, writing the
// bundle (shim/node_bundle.mjs), running a module (bin/run_wasi.mjs, the
// native CLI's runner too), and compiling with the compiler's own
// Emscripten build and wabt.js (shim/compiler.mjs), which it loads only when
// the command needs them: --help, --version and usage errors load no compiler.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import createCli from '../build/web/multilingual_cli.mjs';
import { hostFailure, writeBundle } from '../shim/node_bundle.mjs';

const RUNNER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'run_wasi.mjs');

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

// node --no-warnings run_wasi.mjs [--dir DIR]... module.wasm ARGS..., with our stdio.
function runModule(wasm, args, dirs = []) {
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
    const child = spawnSync(process.execPath, ['--no-warnings', RUNNER, ...dirs.flatMap((d) => ['--dir', d]), wasmPath, ...args], { stdio: 'inherit' });
    if (child.error) return hostFailure('noNode', null, child.error);
    return child.status ?? 128 + (constants.signals[child.signal] ?? 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const host = {
  args: process.argv.slice(2),
  write: (fd, bytes) => (fd === 1 ? process.stdout : process.stderr).write(bytes),
  readFile,
  writeBundle,
  runModule,
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
process.exitCode = cliCore._ml_js_cli_execute(cli);
