// The multilingual compiler as a JS API (browser and Node): the same C
// library as the native CLI, built with Emscripten (`make web` ->
// build/web/multilingual_core.mjs), with WAT -> wasm done by wabt.js (npm
// `wabt`) configured exactly like the native libwabt bridge, so that every
// artifact is byte-identical to `multilingual build-wasm-bundle`'s.
//
//   import { compile } from './shim/compiler.mjs';
//   const r = await compile(source, { lang: 'fr', target: 'browser' });
//   if (r.ok) WebAssembly.instantiate(r.wasm, imports); else console.log(r.diagnosticsText);

const DEFAULT_CORE_URL = new URL('../build/web/multilingual_core.mjs', import.meta.url);

// Field numbers of src/emscripten/ml_exports.c.
const F = {
  lang: 0,
  diagnostics: 1,
  wat: 2,
  wasm: 3,
  abiManifest: 4,
  hostShim: 5,
  rendererTemplate: 6,
  transpiledPy: 7,
  buildGraph: 8,
  buildLock: 9,
};

const TARGETS = { wasi: 0, browser: 1 };

// The native bridge (src/wabt/wabt_bridge.cc) disables every wabt feature,
// then enables exactly these (DESIGN.md §4).
const WABT_ENABLED = ['mutable_globals', 'sign_extension', 'sat_float_to_int', 'multi_value', 'bulk_memory'];
// wabt.js's settable features (wabt.FEATURES lists them too; this list
// guards against a build that does not export it).
const WABT_KNOWN = [
  'exceptions', 'mutable_globals', 'sat_float_to_int', 'sign_extension', 'simd', 'threads',
  'function_references', 'multi_value', 'tail_call', 'bulk_memory', 'reference_types', 'annotations',
  'code_metadata', 'gc', 'memory64', 'multi_memory', 'extended_const', 'relaxed_simd',
];
const WABT_WRITE = { log: false, write_debug_names: false, canonicalize_lebs: true, relocatable: false };

/** Artifact file names of `build-wasm-bundle`, keyed by result property,
 * in the order the CLI lists them (build.lock.json last). */
export const ARTIFACT_FILES = Object.freeze({
  transpiledPy: 'transpiled.py',
  wat: 'module.wat',
  wasm: 'module.wasm',
  abiManifest: 'abi_manifest.json',
  hostShim: 'host_shim.js',
  rendererTemplate: 'renderer_template.js',
  buildGraph: 'build_graph.json',
  buildLock: 'build.lock.json',
});

let config = {};
let instance = null; // Promise of the state below, once initialisation started
let ready = null; // the state, once initialised: {core, wabt, encoder, decoder, version, languages}

/**
 * Optional: how to load the two wasm modules, before the first compile().
 * - core: the factory exported by multilingual_core.mjs, or its URL
 *   (default: ../build/web/multilingual_core.mjs next to this file);
 * - wabt: wabt.js's factory (the default export of npm `wabt`) or an
 *   initialised wabt module. Default: globalThis.WabtModule when a page
 *   loaded node_modules/wabt/index.js with a <script>, else import('wabt').
 * Returns the initialised API state; calling it again after initialisation
 * has no effect unless the configuration is different (then it resets).
 */
export async function init(options = {}) {
  if (instance && (options.core !== undefined || options.wabt !== undefined)) {
    const same = options.core === config.core && options.wabt === config.wabt;
    if (!same) instance = ready = null;
  }
  if (options.core !== undefined || options.wabt !== undefined) config = { ...config, ...options };
  return load();
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

async function loadWabt(wabt) {
  if (wabt && typeof wabt.parseWat === 'function') return wabt;
  let factory = wabt;
  if (!factory && typeof globalThis.WabtModule === 'function') factory = globalThis.WabtModule;
  if (!factory) {
    const mod = await import('wabt');
    factory = mod.default ?? mod;
  }
  if (typeof factory !== 'function') throw new Error('multilingual: wabt.js not found (npm package "wabt")');
  return factory();
}

async function loadCore(core) {
  let factory = core;
  if (!factory || typeof factory !== 'function') {
    const mod = await import(String(core ?? DEFAULT_CORE_URL));
    factory = mod.default;
  }
  return factory();
}

function makeAssembler(wabt) {
  const features = {};
  for (const name of [...WABT_KNOWN, ...Object.keys(wabt.FEATURES ?? {})]) features[name] = false;
  for (const name of WABT_ENABLED) features[name] = true;
  // Called by the C library (ml_js_assemble_call) with the WAT bytes.
  return (watBytes) => {
    let module = null;
    try {
      // A fresh copy: wabt.js copies a typed array's whole underlying buffer.
      module = wabt.parseWat('module.wat', new Uint8Array(watBytes), features);
      module.resolveNames();
      module.validate(features);
      const { buffer } = module.toBinary(WABT_WRITE);
      return { wasm: buffer };
    } catch (e) {
      return { error: String((e && e.message) || e).trim() };
    } finally {
      if (module) module.destroy();
    }
  };
}

async function initialise({ core, wabt }) {
  const [coreModule, wabtModule] = await Promise.all([loadCore(core), loadWabt(wabt)]);
  coreModule.mlAssemble = makeAssembler(wabtModule);
  return {
    core: coreModule,
    wabt: wabtModule,
    encoder: new TextEncoder(),
    decoder: new TextDecoder('utf-8'),
    version: readCString(coreModule, coreModule._ml_js_version(), new TextDecoder('utf-8')),
    languages: readCString(coreModule, coreModule._ml_js_languages(), new TextDecoder('utf-8')).split(' '),
  };
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

function readField(state, r, field, asBytes) {
  const { core, decoder } = state;
  const len = core._ml_js_field_len(r, field);
  if (len < 0) return null;
  const ptr = core._ml_js_field(r, field);
  const view = core.HEAPU8.subarray(ptr, ptr + len);
  return asBytes ? view.slice() : decoder.decode(view);
}

function compileWith(state, source, { lang, target = 'wasi', filename = 'main.ml' } = {}) {
  const { core, encoder } = state;
  if (!Object.hasOwn(TARGETS, target)) {
    const message = `unknown target '${target}' (expected wasi or browser)`;
    return failure(message, `${filename}: error: ${message}\n`, null);
  }
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
    r = core._ml_js_compile(srcPtr, src.length, langPtr, TARGETS[target], filePtr, 1);
    const ok = core._ml_js_ok(r) !== 0;
    const diagnostics = [];
    const n = core._ml_js_diag_count(r);
    for (let i = 0; i < n; i++) {
      diagnostics.push({
        line: core._ml_js_diag_line(r, i),
        col: core._ml_js_diag_col(r, i),
        message: readCString(core, core._ml_js_diag_message(r, i), state.decoder),
      });
    }
    const abiManifest = readField(state, r, F.abiManifest);
    return {
      ok,
      diagnostics,
      diagnosticsText: readField(state, r, F.diagnostics) ?? '',
      lang: readField(state, r, F.lang),
      wat: readField(state, r, F.wat),
      wasm: readField(state, r, F.wasm, true),
      manifest: abiManifest === null ? null : JSON.parse(abiManifest),
      abiManifest,
      hostShim: readField(state, r, F.hostShim),
      rendererTemplate: readField(state, r, F.rendererTemplate),
      transpiledPy: readField(state, r, F.transpiledPy),
      buildGraph: readField(state, r, F.buildGraph),
      buildLock: readField(state, r, F.buildLock),
    };
  } finally {
    if (r) core._ml_js_free(r);
    for (const p of ptrs) core._free(p);
  }
}

function toBytes(source) {
  if (source instanceof Uint8Array) return source;
  if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  throw new TypeError('multilingual: source must be a string or bytes (Uint8Array)');
}

function failure(message, diagnosticsText, lang) {
  return {
    ok: false,
    diagnostics: [{ line: 0, col: 0, message }],
    diagnosticsText,
    lang,
    wat: null,
    wasm: null,
    manifest: null,
    abiManifest: null,
    hostShim: null,
    rendererTemplate: null,
    transpiledPy: null,
    buildGraph: null,
    buildLock: null,
  };
}

/**
 * Compiles a multilingual program (a string, or UTF-8 bytes) to the
 * artifacts of `multilingual build-wasm-bundle`. Initialises the compiler
 * on first use. Never throws for errors in the program: they come back as
 * ok = false with diagnostics.
 */
export async function compile(source, options = {}) {
  const state = await load();
  return compileWith(state, source, options);
}

/**
 * Synchronous compile() for callers that already awaited init() (e.g. on
 * every keystroke of an editor). Throws if the compiler is not initialised.
 */
export function compileSync(source, options = {}) {
  if (!ready) throw new Error('multilingual: call and await init() before compileSync()');
  return compileWith(ready, source, options);
}

/** The artifacts of a successful result as {file name: string | Uint8Array}. */
export function bundleFiles(result) {
  if (!result.ok) return {};
  const files = {};
  for (const [key, name] of Object.entries(ARTIFACT_FILES)) files[name] = result[key];
  return files;
}

function translateWith(state, source, { lang, to, filename = 'main.ml' } = {}) {
  const { core, encoder, decoder } = state;
  const src = typeof source === 'string' ? encoder.encode(source) : toBytes(source);
  const ptrs = [];
  let t = 0;
  const text = (ptr) => (ptr ? readCString(core, ptr, decoder) : null);
  try {
    for (const bytes of [src, encoder.encode(lang ?? ''), encoder.encode(to ?? ''), encoder.encode(String(filename))]) {
      ptrs.push(writeBytes(core, bytes));
    }
    t = core._ml_js_translate(ptrs[0], src.length, ptrs[1], ptrs[2], ptrs[3]);
    const translated = text(core._ml_js_translation_text(t));
    const diagnostics = [];
    const n = core._ml_js_translation_diag_count(t);
    for (let i = 0; i < n; i++) {
      diagnostics.push({
        line: core._ml_js_translation_diag_line(t, i),
        col: core._ml_js_translation_diag_col(t, i),
        message: text(core._ml_js_translation_diag_message(t, i)),
      });
    }
    return {
      ok: translated !== null,
      text: translated,
      lang: text(core._ml_js_translation_lang(t)),
      diagnostics,
      diagnosticsText: text(core._ml_js_translation_diagnostics(t)) ?? '',
    };
  } finally {
    if (t) core._ml_js_translation_free(t);
    for (const p of ptrs) core._free(p);
  }
}

/**
 * Re-spells a program's keywords and builtin names in another language
 * (`multilingual translate FILE --to CODE`): {ok, text, lang, diagnostics,
 * diagnosticsText}, diagnostics as compile() gives them.
 * Options: lang, the source's language (detected when omitted, exactly as
 * compile() detects it); to, the target's. Result: lang is the source's
 * language as decided (null when the source was rejected before, e.g. not
 * UTF-8).
 */
export async function translate(source, options = {}) {
  const state = await load();
  return translateWith(state, source, options);
}

/** The language codes the compiler knows, in its order (en fr es ...). */
export async function languages() {
  return (await load()).languages.slice();
}

/** The compiler's version (same as `multilingual --version`). */
export async function version() {
  return (await load()).version;
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
