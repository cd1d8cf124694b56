#!/usr/bin/env node
// `multilingual` of the npm package: the native CLI's commands, options,
// messages and exit statuses (src/cli/main.c, cli_run.c), with the compiler
// built with Emscripten (shim/compiler.mjs) and modules run by Node's WASI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFiles, compile, languages, translate, version } from '../shim/compiler.mjs';
import { BundleError, errorText, writeBundle } from '../shim/node_bundle.mjs';

const EXIT_OK = 0;
const EXIT_USER = 1;
const EXIT_USAGE = 2;
const RUNNER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'run_wasi.mjs');

const USAGE = `usage: multilingual <command> FILE [options] [-- program arguments]

Compile multilingual programs (.ml, .multi) to WebAssembly.

commands:
  build-wasm-bundle FILE   write the 8 build artifacts into --out-dir
  run FILE [-- ARGS...]    compile and run under Node's WASI (stdin passes through)
  check FILE               report errors only
  wat-abi FILE             print the ABI manifest (abi_manifest.json)
  wat-host-shim FILE       print the JS host shim (host_shim.js)
  wat-renderer-template FILE  print the canvas renderer (renderer_template.js)
  encoding-check-generated FILE  check generated artifacts for broken text encoding
  translate FILE --to CODE print the program with its keywords and builtin names in
                           another language

options:
  --lang CODE              source language (en fr es de hi ar bn ta zh ja it pt pl nl sv da fi);
                           detected from the keywords when absent
  --wasm-target wasi|browser   module target (default: wasi)
  --out-dir DIR            output directory of build-wasm-bundle (default: build/wasm)
  --lock-timeout SECONDS   wait at most this long for the output directory lock (default: 30)
  --to CODE                target language of translate
  --help, --version
`;

const COMMANDS = ['build-wasm-bundle', 'run', 'check', 'wat-abi', 'wat-host-shim', 'wat-renderer-template',
  'encoding-check-generated', 'translate'];
const VALUE_OPTIONS = ['--lang', '--wasm-target', '--out-dir', '--lock-timeout', '--to'];

class UsageError extends Error {}

// C's strtod() with the whole string consumed: what --lock-timeout accepts.
function parseSeconds(text) {
  if (text === '') return 0;
  const m = /^\s*[+-]?(?:(\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)|(0x[\da-f]+)|(inf(?:inity)?)|(nan(?:\(\w*\))?))$/i
    .exec(text);
  if (!m) return null;
  const sign = /^\s*-/.test(text) ? -1 : 1;
  if (m[1]) return sign * parseFloat(m[1]);
  if (m[2]) return sign * Number(m[2]);
  return m[3] ? sign * Infinity : NaN;
}

/** The options of argv (without node and the script), as src/cli/main.c parses them. */
function parseArgs(argv, langs) {
  const o = { target: 'wasi', outDir: 'build/wasm', lockTimeout: 30, progArgs: [] };
  const knownLang = (v) => {
    if (!langs.includes(v)) throw new UsageError(`unknown language '${v}' (known: ${langs.join(' ')})`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      o.progArgs = argv.slice(i + 1);
      break;
    }
    if (VALUE_OPTIONS.includes(a)) {
      if (i + 1 >= argv.length) throw new UsageError(`option ${a} needs a value`);
      const v = argv[++i];
      if (a === '--lang') o.lang = knownLang(v);
      else if (a === '--to') o.to = knownLang(v);
      else if (a === '--out-dir') o.outDir = v;
      else if (a === '--wasm-target') {
        if (v !== 'wasi' && v !== 'browser') throw new UsageError(`unknown --wasm-target '${v}' (expected wasi or browser)`);
        o.target = v;
      } else {
        o.lockTimeout = parseSeconds(v);
        if (o.lockTimeout === null || o.lockTimeout < 0) throw new UsageError(`invalid --lock-timeout '${v}'`);
      }
      continue;
    }
    if (a.length > 1 && a[0] === '-') throw new UsageError(`unknown option '${a}'`);
    if (!o.command) {
      if (!COMMANDS.includes(a)) throw new UsageError(`unknown command '${a}'`);
      o.command = a;
    } else if (o.file === undefined) {
      o.file = a;
    } else {
      throw new UsageError(`unexpected argument '${a}'`);
    }
  }
  if (!o.command) throw new UsageError('no command given');
  if (o.file === undefined) throw new UsageError(`'${o.command}' needs a FILE`);
  if (o.command === 'translate' && !o.to) throw new UsageError('translate needs --to CODE');
  if (o.to && o.command !== 'translate') throw new UsageError(`--to only goes with 'translate', not '${o.command}'`);
  if (o.progArgs.length && o.command !== 'run') {
    throw new UsageError(`program arguments after '--' only go with 'run', not '${o.command}'`);
  }
  return o;
}

function error(message) {
  process.stderr.write(`multilingual: error: ${message}\n`);
  return EXIT_USER;
}

function readSource(file) {
  try {
    return readFileSync(file);
  } catch (e) {
    // fopen() succeeds on a directory and the read fails: EIO, as the C CLI says.
    error(`cannot read '${file}': ${e.code === 'EISDIR' ? 'Input/output error' : errorText(e)}`);
    return null;
  }
}

// The last line of check and translate when they fail: how many errors, and
// in which language the source was read (as the C CLI says it).
function errorSummary(file, r) {
  const n = r.diagnostics.length;
  process.stderr.write(`${file}: ${n} error${n === 1 ? '' : 's'}${r.lang ? ` (language: ${r.lang})` : ''}\n`);
}

/** Compiles o.file; prints the diagnostics and returns null when it fails. */
async function compileFile(o) {
  const src = readSource(o.file);
  if (!src) return null;
  const r = await compile(src, { lang: o.lang, target: o.target, filename: o.file });
  if (r.ok) return r;
  process.stderr.write(r.diagnosticsText);
  if (o.command === 'check') errorSummary(o.file, r);
  return null;
}

async function cmdBundle(o) {
  const r = await compileFile(o);
  if (!r) return EXIT_USER;
  const files = bundleFiles(r);
  try {
    await writeBundle(o.outDir, files, { lockTimeout: o.lockTimeout });
  } catch (e) {
    if (e instanceof BundleError) return error(e.message);
    throw e;
  }
  for (const name of Object.keys(files)) process.stdout.write(`[PASS] ${o.outDir}/${name}\n`);
  return EXIT_OK;
}

async function cmdRun(o) {
  const r = await compileFile(o);
  if (!r) return EXIT_USER;
  let dir;
  try {
    dir = mkdtempSync(path.join(tmpdir(), 'multilingual-run-'));
  } catch (e) {
    return error(`cannot create a temporary directory: ${errorText(e)}`);
  }
  try {
    const wasmPath = path.join(dir, 'module.wasm');
    try {
      writeFileSync(wasmPath, r.wasm);
    } catch (e) {
      return error(`cannot write to ${dir}: ${errorText(e)}`);
    }
    const child = spawnSync(process.execPath, ['--no-warnings', RUNNER, wasmPath, ...o.progArgs], { stdio: 'inherit' });
    if (child.error) return error(`cannot run node (needed by 'run'): ${errorText(child.error)}`);
    return child.status ?? 128 + (constants.signals[child.signal] ?? 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function cmdTranslate(o) {
  const src = readSource(o.file);
  if (!src) return EXIT_USER;
  const t = await translate(src, { lang: o.lang, to: o.to, filename: o.file });
  if (!t.ok) {
    process.stderr.write(t.diagnosticsText);
    errorSummary(o.file, t);
    return EXIT_USER;
  }
  process.stdout.write(t.text);
  process.stderr.write(`${o.file}: translated from ${t.lang} to ${o.to}\n`);
  return EXIT_OK;
}

// Replacement characters and the usual UTF-8-read-as-Latin-1 patterns.
const MOJIBAKE = [[0xef, 0xbf, 0xbd], [0xc3, 0x83, 0xc2], [0xc3, 0xa2, 0xe2, 0x82, 0xac]].map((b) => Buffer.from(b));

async function cmdPrint(o) {
  const r = await compileFile(o);
  if (!r) return EXIT_USER;
  if (o.command === 'check') process.stderr.write(`${o.file}: ok (language: ${r.lang})\n`);
  else if (o.command === 'wat-abi') process.stdout.write(r.abiManifest);
  else if (o.command === 'wat-host-shim') process.stdout.write(r.hostShim);
  else if (o.command === 'wat-renderer-template') process.stdout.write(r.rendererTemplate);
  else {
    let status = EXIT_OK;
    const texts = { 'transpiled.py': r.transpiledPy, 'module.wat': r.wat, 'abi_manifest.json': r.abiManifest,
      'host_shim.js': r.hostShim, 'renderer_template.js': r.rendererTemplate };
    for (const [name, text] of Object.entries(texts)) {
      const bytes = Buffer.from(text, 'utf8');
      if (MOJIBAKE.some((bad) => bytes.includes(bad))) {
        process.stderr.write(`[FAIL] ${name}: broken text encoding (replacement character or mojibake)\n`);
        status = EXIT_USER;
      } else {
        process.stdout.write(`[PASS] ${name}\n`);
      }
    }
    return status;
  }
  return EXIT_OK;
}

async function main(argv) {
  for (const a of argv) {
    if (a === '--') break;
    if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      return EXIT_OK;
    }
    if (a === '--version') {
      process.stdout.write(`multilingual ${await version()}\n`);
      return EXIT_OK;
    }
  }
  let o;
  try {
    o = parseArgs(argv, await languages());
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`multilingual: error: ${e.message}\n(see 'multilingual --help')\n`);
    return EXIT_USAGE;
  }
  if (o.command === 'build-wasm-bundle') return cmdBundle(o);
  if (o.command === 'run') return cmdRun(o);
  if (o.command === 'translate') return cmdTranslate(o);
  return cmdPrint(o);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // Our bug or a broken installation, not the user's: say so distinctly.
  process.stderr.write(`multilingual: internal error: ${e?.stack ?? e}\n`);
  process.exitCode = EXIT_USER;
}
