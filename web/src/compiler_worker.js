// The compiler in a Web Worker: the page never waits on a compile. Loads the
// Emscripten build of the C library (multilingual_core.mjs + .wasm, streamed)
// and wabt.js once, then answers requests in order:
//   {id, op: 'compile', source, lang}  -> {id, result} (artifacts included)
//   {id, op: 'translate', source, lang, to} -> {id, result}
// First message out: {op: 'ready', languages, ms} (or {op: 'failed', message}).
import { init, compileSync, translateBytesSync } from '../../shim/compiler.mjs';

const t0 = performance.now();
const decoder = new TextDecoder();
// Both modules download at once; the core streams its .wasm when called.
const here = (file) => new URL(file, import.meta.url).href;
const ready = Promise.all([import(here('./multilingual_core.mjs')), import(here('./wabt.mjs'))])
  .then(([core, wabt]) => init({ core: core.default, wabt: wabt.default }))
  .then(
  (state) => {
    postMessage({ op: 'ready', languages: state.languages, ms: performance.now() - t0 });
    return state;
  },
  (e) => {
    postMessage({ op: 'failed', message: String(e?.message ?? e) });
    throw e;
  },
);

function compile({ source, lang }) {
  const t = performance.now();
  const r = compileSync(source, { lang: lang || undefined, target: 'browser', filename: 'main.ml' });
  const ms = performance.now() - t;
  const result = {
    ok: r.ok, lang: r.lang, ms, diagnostics: r.diagnostics, diagnosticsText: r.diagnosticsText,
  };
  const transfer = [];
  if (r.ok) {
    for (const key of ['wat', 'wasm', 'abiManifest', 'hostShim', 'rendererTemplate', 'transpiledPy', 'buildGraph', 'buildLock']) result[key] = r[key];
    result.manifest = r.manifest;
    transfer.push(r.wasm.buffer);
  }
  return [result, transfer];
}

function translate({ source, lang, to }) {
  const r = translateBytesSync(source, { lang: lang || undefined, to, filename: 'main.ml' });
  return [{
    ok: r.text !== null,
    text: r.text && decoder.decode(r.text),
    lang: r.lang,
    renames: r.renames,
    diagnostics: r.diagnostics,
    diagnosticsText: decoder.decode(r.diagnosticsText),
  }, []];
}

const OPS = { compile, translate };

onmessage = async ({ data }) => {
  try {
    await ready;
    const [result, transfer] = OPS[data.op](data);
    postMessage({ id: data.id, result }, transfer);
  } catch (e) {
    postMessage({ id: data.id, error: String(e?.stack ?? e) });
  }
};
