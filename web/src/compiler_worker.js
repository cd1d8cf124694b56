// The compiler in a Web Worker: the page never waits on a compile. Loads the
// Emscripten build of the C library (multilingual_core.mjs + .wasm, streamed)
// once, then answers requests in order:
//   {id, op: 'compile', source, lang, assemble} -> {id, result} (artifacts
//       included; module.wasm and build.lock.json only when assemble is true)
//   {id, op: 'translate', source, lang, to} -> {id, result}
//   {id, op: 'warm'} -> {id, result: true} once wabt.js is loaded
// wabt.js (WAT -> wasm, 190 KB gzipped) is loaded by the first compile that
// assembles (a Run, a download) or a 'warm': diagnostics and the WAT panes
// of the first screen do without it.
// First message out: {op: 'ready', languages, ms} (or {op: 'failed', message}).
import { init, compileSync, loadAssembler, translateBytesSync } from '../../shim/compiler.mjs';

const t0 = performance.now();
const decoder = new TextDecoder();
// The core streams its .wasm when called.
const here = (file) => new URL(file, import.meta.url).href;
const wabt = () => import(here('./wabt.mjs')).then((m) => m.default());
const ready = import(here('./multilingual_core.mjs'))
  .then((core) => init({ core: core.default, wabt, deferWabt: true }))
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

function compile({ source, lang, assemble = true }) {
  const t = performance.now();
  const r = compileSync(source, { lang: lang || undefined, target: 'browser', filename: 'main.ml', assemble });
  const ms = performance.now() - t;
  const result = {
    ok: r.ok, lang: r.lang, ms, diagnostics: r.diagnostics, diagnosticsText: r.diagnosticsText,
  };
  const transfer = [];
  if (r.ok) {
    for (const key of ['wat', 'wasm', 'abiManifest', 'hostShim', 'rendererTemplate', 'transpiledPy', 'buildGraph', 'buildLock']) result[key] = r[key];
    result.manifest = r.manifest;
    if (r.wasm) transfer.push(r.wasm.buffer);
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

const OPS = { compile, translate, warm: () => [true, []] };
// the ops that assemble, which wait for wabt.js
const needsWabt = (data) => data.op === 'warm' || (data.op === 'compile' && data.assemble !== false);

onmessage = async ({ data }) => {
  try {
    await ready;
    if (needsWabt(data)) await loadAssembler();
    const [result, transfer] = OPS[data.op](data);
    postMessage({ id: data.id, result }, transfer);
  } catch (e) {
    postMessage({ id: data.id, error: String(e?.stack ?? e) });
  }
};
