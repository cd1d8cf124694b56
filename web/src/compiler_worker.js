// The compiler in a Web Worker: the page never waits on a compile. Loads the
// Emscripten build of the C library (multilingual_core.mjs + .wasm, streamed)
// once, then answers requests in order:
//   {id, op: 'compile', source, lang, assemble} -> {id, result} (artifacts
//       included; module.wasm and build.lock.json only when assemble is true)
//   {id, op: 'translate', source, lang, to} -> {id, result}
// The core assembles its modules itself (WAT -> wasm): nothing else loads.
// The core is built without its data (the runtime it links into every
// module, the standard library's sources: multilingual_data.bin, 80% of its
// bytes), which is fetched once the core is up: until it is there, the
// checks as you type are checks only (diagnostics, no artifacts: the page
// asks again when {op: 'data'} comes), and what needs it waits for it.
// First message out: {op: 'ready', languages, ms} (or {op: 'failed', message}).
import { init, compileSync, loadData, translateBytesSync } from '../../shim/compiler.mjs';

const t0 = performance.now();
const decoder = new TextDecoder();
// The core streams its .wasm when called.
const here = (file) => new URL(file, import.meta.url).href;
const ready = import(here('./multilingual_core.mjs'))
  .then((core) => init({ core: core.default }))
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

// The data, fetched after the first screen; `hasData` once it is loaded.
let hasData = false;
const dataLoaded = ready
  .then(() => fetch(here('./multilingual_data.bin')))
  .then((r) => {
    if (!r.ok) throw new Error(`multilingual_data.bin: HTTP ${r.status}`);
    return r.arrayBuffer();
  })
  .then((bytes) => loadData(bytes))
  .then(
    () => {
      hasData = true;
      postMessage({ op: 'data' });
    },
    (e) => {
      postMessage({ op: 'failed', message: `Could not load the compiler's data: ${e?.message ?? e}` });
      throw e;
    },
  );
dataLoaded.catch(() => {}); // reported above; the compiles that need it fail with it

async function compile({ source, lang, assemble = true }) {
  if (assemble) await dataLoaded;
  const options = { lang: lang || undefined, target: 'browser', filename: 'main.ml', assemble, check: !hasData };
  const t = performance.now();
  let r = compileSync(source, options);
  if (r.needsData) { // a check of a program importing the standard library
    await dataLoaded;
    r = compileSync(source, { ...options, check: false });
  }
  const ms = performance.now() - t;
  const result = {
    ok: r.ok, lang: r.lang, ms, diagnostics: r.diagnostics, diagnosticsText: r.diagnosticsText, checkOnly: options.check && !r.needsData,
  };
  const transfer = [];
  if (r.ok && !result.checkOnly) {
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

const OPS = { compile, translate };

onmessage = async ({ data }) => {
  try {
    await ready;
    const [result, transfer] = await OPS[data.op](data);
    postMessage({ id: data.id, result }, transfer);
  } catch (e) {
    postMessage({ id: data.id, error: String(e?.stack ?? e) });
  }
};
