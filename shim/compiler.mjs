// The multilingual compiler as a JS API (browser and Node): the same C
// library as the native CLI, built with Emscripten (`make web` ->
// build/web/multilingual_core.mjs), which assembles its modules itself, so
// that every artifact is byte-identical to `multilingual build-wasm-bundle`'s.
// It needs nothing else: no wabt.js, no other package.
//
//   import { compile } from './shim/compiler.mjs';
//   const r = await compile(source, { lang: 'fr', target: 'browser' });
//   if (r.ok) WebAssembly.instantiate(r.wasm, imports); else console.log(r.diagnosticsText);

import { ARTIFACTS, TARGETS, VERSION } from '../build/gen/ml_tables.mjs';

const DEFAULT_CORE_URL = new URL('../build/web/multilingual_core.mjs', import.meta.url);

/** Artifact file names of `build-wasm-bundle`, keyed by result property,
 * in the order the CLI lists them (build.lock.json last); from
 * src/bundle/artifacts.def. */
export const ARTIFACT_FILES = Object.freeze(Object.fromEntries(ARTIFACTS.map((a) => [a.key, a.file])));

let config = {};
let instance = null; // Promise of the state below, once initialisation started
let ready = null; // the state, once initialised: {core, encoder, decoder, languages}

/**
 * Optional: how to load the compiler, before the first compile().
 * - core: the factory exported by multilingual_core.mjs, or its URL
 *   (default: ../build/web/multilingual_core.mjs next to this file).
 * (The options `wabt` and `deferWabt` of earlier versions are ignored: the
 * compiler no longer uses wabt.js.)
 * Returns the initialised API state; calling it again after initialisation
 * has no effect unless the configuration is different (then it resets).
 */
export async function init(options = {}) {
  const keys = ['core'];
  if (instance && keys.some((k) => options[k] !== undefined)) {
    const same = keys.every((k) => options[k] === undefined || options[k] === config[k]);
    if (!same) instance = ready = null;
  }
  if (keys.some((k) => options[k] !== undefined)) config = { ...config, ...options };
  return load();
}

/**
 * Kept for callers of earlier versions, which loaded wabt.js with it: the
 * compiler assembles its modules itself now, so this only initialises it
 * (as init() does).
 */
export async function loadAssembler() {
  await load();
}

/**
 * Gives the compiler its data file, multilingual_data.bin (bytes), for a
 * core built without it (the playground's: build/web/site/); the npm
 * core has it built in. Until then, such a core compiles only with
 * `check: true`, and not a program that imports the standard library
 * (result.needsData). Throws for a file that is not this compiler's.
 */
export async function loadData(bytes) {
  const state = await load();
  const { core } = state;
  const data = toBytes(bytes);
  const ptr = core._malloc(data.length || 1);
  const errPtr = core._malloc(4);
  if (!ptr || !errPtr) throw new Error('multilingual: out of memory');
  core.HEAPU8.set(data, ptr);
  core.HEAPU32[errPtr >>> 2] = 0;
  const handle = core._ml_js_data_open(ptr, data.length, errPtr);
  const err = core.HEAPU32[errPtr >>> 2];
  core._free(errPtr);
  if (!handle) {
    core._free(ptr);
    const message = err ? takeCString(core, err, state.decoder) : 'not a data file';
    throw new Error(`multilingual: ${message}`);
  }
  if (state.data) {
    core._ml_js_data_free(state.data.handle);
    core._free(state.data.bytes);
  }
  state.data = { handle, bytes: ptr }; // kept: the data points into its bytes
}

function load() {
  if (!instance) {
    const p = initialise(config);
    instance = p;
    p.then(
      (state) => {
        if (instance === p) ready = state;
      },
      () => {
        if (instance === p) instance = null; // let a later call try again
      },
    );
  }
  return instance;
}

async function loadCore(core) {
  let factory = core;
  let options = {};
  if (!factory || typeof factory !== 'function') {
    const spec = String(core ?? DEFAULT_CORE_URL);
    const mod = await import(spec);
    factory = mod.default;
    options = await nodeWasm(spec);
  }
  return factory(options);
}

// Node's fetch cannot read a file: URL, so in Node the core's .wasm (beside
// its .mjs) is read from disk and handed over; a browser fetches it itself.
async function nodeWasm(spec) {
  if (typeof process === 'undefined' || !process.versions?.node || !spec.startsWith('file:')) return {};
  const { readFileSync } = await import('node:fs');
  return { wasmBinary: readFileSync(new URL(spec.replace(/\.mjs$/, '.wasm'))) };
}

async function initialise({ core }) {
  const coreModule = await loadCore(core);
  return {
    core: coreModule,
    encoder: new TextEncoder(),
    decoder: new TextDecoder('utf-8'),
    languages: takeCString(coreModule, coreModule._ml_js_languages(), new TextDecoder('utf-8')).split(' '),
  };
}

// A malloc'd C string of the core, read then freed.
function takeCString(core, ptr, decoder) {
  try {
    return readCString(core, ptr, decoder);
  } finally {
    core._free(ptr);
  }
}

function readCString(core, ptr, decoder) {
  const heap = core.HEAPU8;
  let end = ptr;
  while (heap[end]) end++;
  return decoder.decode(heap.subarray(ptr, end));
}

// Copies bytes into the core's heap, NUL-terminated; returns the address.
function writeBytes(core, bytes) {
  const ptr = core._malloc(bytes.length + 1);
  if (!ptr) throw new Error('multilingual: out of memory');
  core.HEAPU8.set(bytes, ptr); // HEAPU8 read after malloc: memory may have grown
  core.HEAPU8[ptr + bytes.length] = 0;
  return ptr;
}

// The NUL-terminated bytes at ptr, copied out of the core.
function readCBytes(core, ptr) {
  const heap = core.HEAPU8;
  let end = ptr;
  while (heap[end]) end++;
  return heap.slice(ptr, end);
}

// An artifact of result r (ARTIFACTS entry a), copied out of the core, or
// null when it was not produced.
function readArtifact(core, r, a) {
  const len = core._ml_js_artifact_len(r, a.id);
  if (len < 0) return null;
  const ptr = core._ml_js_artifact(r, a.id);
  return core.HEAPU8.slice(ptr, ptr + len);
}

function unknownTarget(target) {
  const names = Object.keys(TARGETS);
  return `unknown target '${target}' (expected ${names.slice(0, -1).join(', ')} or ${names.at(-1)})`;
}

// ml_compile's result, its texts as the UTF-8 bytes the C library wrote:
// {ok, lang, diagnostics, diagnosticsText, artifacts (by ARTIFACTS id)}.
function compileBytesWith(state, source, { lang, target = 'wasi', filename = 'main.ml', files, loadModule, messages, assemble = true, check = false } = {}) {
  const { core, encoder } = state;
  if (!Object.hasOwn(TARGETS, target)) throw new TypeError(`multilingual: ${unknownTarget(target)}`);
  if (check) assemble = false;
  const src = typeof source === 'string' ? encoder.encode(source) : toBytes(source);
  const ptrs = [];
  let r = 0;
  try {
    const srcPtr = writeBytes(core, src);
    ptrs.push(srcPtr);
    const langPtr = writeBytes(core, encoder.encode(lang ?? ''));
    ptrs.push(langPtr);
    const filePtr = writeBytes(core, encoder.encode(String(filename)));
    ptrs.push(filePtr);
    const msgPtr = writeBytes(core, encoder.encode(messages ?? ''));
    ptrs.push(msgPtr);
    // the program's other files, for its imports (ml_js_find_module)
    // (ml_exports.c's loader: the caller's function, else the map, where
    // the C library looks for a module's file names)
    core.mlLoadModule = typeof loadModule === 'function' ? loadModule : null;
    core.mlFiles = files && typeof files === 'object' ? files : null;
    try {
      r = core._ml_js_compile(srcPtr, src.length, langPtr, TARGETS[target], filePtr, assemble ? 1 : 0, msgPtr,
        state.data?.handle ?? 0, check ? 1 : 0);
    } finally {
      core.mlLoadModule = null;
      core.mlFiles = null;
    }
    const diagnostics = [];
    const n = core._ml_js_diag_count(r);
    for (let i = 0; i < n; i++) {
      diagnostics.push({
        file: readCString(core, core._ml_js_diag_file(r, i), state.decoder),
        line: core._ml_js_diag_line(r, i),
        col: core._ml_js_diag_col(r, i),
        message: readCString(core, core._ml_js_diag_message(r, i), state.decoder),
      });
    }
    const usedLang = core._ml_js_lang(r);
    const fallback = core._ml_js_fallback_py(r);
    return {
      fallbackPy: fallback ? readCBytes(core, fallback) : null,
      needsData: core._ml_js_needs_data(r) !== 0,
      ok: core._ml_js_ok(r) !== 0,
      lang: usedLang ? readCBytes(core, usedLang) : null,
      diagnostics,
      diagnosticsText: readCBytes(core, core._ml_js_diagnostics(r)),
      artifacts: ARTIFACTS.map((a) => readArtifact(core, r, a)),
    };
  } finally {
    if (r) core._ml_js_free(r);
    for (const p of ptrs) core._free(p);
  }
}

function compileWith(state, source, options = {}) {
  const { target = 'wasi', filename = 'main.ml' } = options;
  if (!Object.hasOwn(TARGETS, target)) {
    const message = unknownTarget(target);
    return failure(message, `${filename}: error: ${message}\n`, null, filename);
  }
  const raw = compileBytesWith(state, source, options);
  const { decoder } = state;
  const result = {
    ok: raw.ok,
    diagnostics: raw.diagnostics,
    diagnosticsText: decoder.decode(raw.diagnosticsText),
    lang: raw.lang && decoder.decode(raw.lang),
  };
  for (const a of ARTIFACTS) {
    const value = raw.artifacts[a.id];
    result[a.key] = value === null || a.bytes ? value : decoder.decode(value);
  }
  result.manifest = result.abiManifest === null ? null : JSON.parse(result.abiManifest);
  // refused only for what is not supported yet: the Python program still runs on CPython
  if (raw.fallbackPy) result.fallbackPy = decoder.decode(raw.fallbackPy);
  if (raw.needsData) result.needsData = true;
  return result;
}

function toBytes(source) {
  if (source instanceof Uint8Array) return source;
  if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  throw new TypeError('multilingual: source must be a string or bytes (Uint8Array)');
}

function failure(message, diagnosticsText, lang, file) {
  const result = { ok: false, diagnostics: [{ file, line: 0, col: 0, message }], diagnosticsText, lang, manifest: null };
  for (const a of ARTIFACTS) result[a.key] = null;
  return result;
}

/**
 * Compiles a multilingual program (a string, or UTF-8 bytes) to the
 * artifacts of `multilingual build-wasm-bundle`. Initialises the compiler
 * on first use. Never throws for errors in the program: they come back as
 * ok = false with diagnostics.
 */
export async function compile(source, options = {}) {
  return compileWith(await load(), source, options);
}

/**
 * Synchronous compile() for callers that already awaited init() (e.g. on
 * every keystroke of an editor). Throws if the compiler is not initialised.
 */
export function compileSync(source, options = {}) {
  if (!ready) throw new Error('multilingual: call and await init() before compileSync()');
  return compileWith(ready, source, options);
}

/**
 * compileSync() with the C library's texts as the UTF-8 bytes it wrote
 * (Uint8Array), for hosts that pass them on unchanged (the npm bin):
 * {ok, lang, diagnostics, diagnosticsText, artifacts}, artifacts indexed
 * like ARTIFACTS (build/gen/ml_tables.mjs), null where not produced. Throws
 * a TypeError for an unknown target.
 */
export function compileBytesSync(source, options = {}) {
  if (!ready) throw new Error('multilingual: call and await init() before compileBytesSync()');
  return compileBytesWith(ready, source, options);
}

/** The artifacts of a successful result as {file name: string | Uint8Array}. */
export function bundleFiles(result) {
  if (!result.ok) return {};
  const files = {};
  for (const [key, name] of Object.entries(ARTIFACT_FILES)) files[name] = result[key];
  return files;
}

// ml_translate's result with its texts as the bytes the C library wrote:
// {text (null when it failed), lang (null when the source was rejected
// before its language was decided), diagnosticsText, diagnostics}.
// translate() needs options.to: a missing target is the caller's mistake,
// said as such (not as "unknown language ''").
function checkTranslateOptions(options) {
  const to = options?.to;
  if (to === undefined || to === null || to === '') {
    throw new TypeError("translate(): the option 'to' is missing: the code of the language to translate to, "
      + "one of languages() (e.g. { to: 'fr' })");
  }
}

function translateBytesWith(state, source, options = {}) {
  checkTranslateOptions(options);
  const { lang, to, filename = 'main.ml', messages } = options;
  const { core, encoder, decoder } = state;
  const src = typeof source === 'string' ? encoder.encode(source) : toBytes(source);
  const ptrs = [];
  let t = 0;
  const bytes = (ptr) => (ptr ? readCBytes(core, ptr) : null);
  const text = (ptr) => (ptr ? readCString(core, ptr, decoder) : null);
  try {
    for (const b of [src, encoder.encode(lang ?? ''), encoder.encode(to ?? ''), encoder.encode(String(filename)), encoder.encode(messages ?? '')]) {
      ptrs.push(writeBytes(core, b));
    }
    t = core._ml_js_translate(ptrs[0], src.length, ptrs[1], ptrs[2], ptrs[3], ptrs[4]);
    const diagnostics = [];
    const n = core._ml_js_translation_diag_count(t);
    for (let i = 0; i < n; i++) {
      diagnostics.push({
        line: core._ml_js_translation_diag_line(t, i),
        col: core._ml_js_translation_diag_col(t, i),
        message: text(core._ml_js_translation_diag_message(t, i)),
      });
    }
    const renames = [];
    const m = core._ml_js_translation_rename_count(t);
    for (let i = 0; i < m; i++) {
      const field = (f) => text(core._ml_js_translation_rename(t, i, f));
      renames.push({ from: field(0), to: field(1), reason: field(2) });
    }
    return {
      text: bytes(core._ml_js_translation_text(t)),
      renames,
      lang: text(core._ml_js_translation_lang(t)),
      diagnosticsText: bytes(core._ml_js_translation_diagnostics(t)) ?? new Uint8Array(0),
      diagnostics,
    };
  } finally {
    if (t) core._ml_js_translation_free(t);
    for (const p of ptrs) core._free(p);
  }
}

function translateWith(state, source, options) {
  const { text, lang, diagnosticsText, diagnostics, renames } = translateBytesWith(state, source, options);
  const { decoder } = state;
  return {
    ok: text !== null,
    text: text && decoder.decode(text),
    lang,
    renames,
    diagnostics,
    diagnosticsText: decoder.decode(diagnosticsText),
  };
}

/**
 * translate() with the C library's texts as UTF-8 bytes, once init() has
 * resolved: {text (null on failure), lang, diagnosticsText, diagnostics,
 * renames}.
 */
export function translateBytesSync(source, options = {}) {
  if (!ready) throw new Error('multilingual: call and await init() before translateBytesSync()');
  return translateBytesWith(ready, source, options);
}

/**
 * Re-spells a program's keywords and builtin names in another language
 * (`multilingual translate FILE --to CODE`): {ok, text, lang, diagnostics,
 * diagnosticsText, renames}, diagnostics as compile() gives them; renames
 * the names of the program that the target language reserves, renamed
 * consistently: [{from: 'i', to: 'i_', reason: 'a keyword in Svenska'}].
 * Options: lang, the source's language (detected when omitted, exactly as
 * compile() detects it); to, the target's. Result: lang is the source's
 * language as decided (null when the source was rejected before, e.g. not
 * UTF-8).
 */
export async function translate(source, options = {}) {
  checkTranslateOptions(options);
  const state = await load();
  return translateWith(state, source, options);
}

/** The language codes the compiler knows, in its order (en fr es ...). */
export async function languages() {
  return (await load()).languages.slice();
}

/** The compiler's version (same as `multilingual --version`); loads nothing. */
export async function version() {
  return VERSION;
}

/**
 * Memory of the compiler's wasm instance: heapSize (bytes of linear memory,
 * which only grows) and inUse (bytes malloc'd now). Repeated compiles must
 * leave both stable.
 */
export async function memoryStats() {
  const { core } = await load();
  return { heapSize: core.HEAPU8.length, inUse: core._ml_js_heap_in_use() };
}
