// Runs an example of programs/ in its part of the page (see index.html).
//
// In-page compile (the default): compile(source, { target: 'browser' })
// gives the module and its generated host_shim.js (as text, imported
// through a Blob URL); instantiate(wasm, { root }) confines the program's
// DOM builtins to the example's markup; start() runs its top-level code,
// which registers its handlers; from then on, the page's events call them.
// ?bundle=DIR runs a bundle the CLI built instead (DIR/host_shim.js,
// DIR/module.wasm): the same module, byte for byte.
//
// The page marks its progress in <body data-state="...">: loading,
// running, done or error (tests wait on it). window.mlDom.run(source, root)
// compiles and starts any program confined to `root` (tests, tinkering).

const COMPILER_URL = new URL('../../../shim/compiler.mjs', import.meta.url);
const CORE_URL = new URL('../../../build/web/multilingual_core.mjs', import.meta.url);

const $ = (id) => document.getElementById(id);
const ui = { example: $('example'), lang: $('lang'), source: $('source'), status: $('status'), app: $('app'), output: $('output') };

let compiler = null; // shim/compiler.mjs, loaded once
let current = null; // the running example's module (disposed when another starts)

function setState(state, message) {
  document.body.dataset.state = state;
  ui.status.textContent = message;
}

function write(text, stream) {
  const span = document.createElement('span');
  span.className = stream; // 'stdout' or 'stderr'
  span.textContent = text;
  ui.output.append(span);
  ui.output.scrollTop = ui.output.scrollHeight;
}

async function importText(text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
  try {
    return await import(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function loadCompiler() {
  if (!compiler) {
    const c = await import(COMPILER_URL);
    await c.init({ core: CORE_URL });
    compiler = c;
  }
  return compiler;
}

// Compiles source for the browser target and instantiates it confined to
// root; throws an Error with the diagnostics if it does not compile.
async function instantiate(source, root, { lang, filename = 'main.ml', bundle, stdout, stderr } = {}) {
  let shim, wasm;
  if (bundle) {
    shim = await import(new URL('host_shim.js', bundle));
    wasm = fetch(new URL('module.wasm', bundle));
  } else {
    const r = await (await loadCompiler()).compile(source, { target: 'browser', lang, filename });
    if (!r.ok) throw Object.assign(new Error(r.diagnosticsText), { diagnostics: true });
    shim = await importText(r.hostShim);
    wasm = r.wasm;
  }
  return shim.instantiate(wasm, {
    root,
    stdout: stdout ?? ((text) => write(text, 'stdout')),
    stderr: stderr ?? ((text) => write(text, 'stderr')),
  });
}

async function runExample() {
  const example = ui.example.value;
  const lang = ui.lang.value;
  const params = new URLSearchParams(location.search);
  current?.dispose();
  current = null;
  ui.output.replaceChildren();
  ui.app.replaceChildren($(`ui-${example}`).content.cloneNode(true));
  ui.app.dir = lang === 'ar' ? 'rtl' : 'ltr';
  setState('running', 'Compiling…');
  const response = await fetch(new URL(`./programs/${lang}/${example}.ml`, import.meta.url));
  const source = await response.text();
  ui.source.textContent = source;
  try {
    const bundle = params.get('bundle') ? new URL(params.get('bundle'), location.href) : undefined;
    current = await instantiate(source, ui.app, { lang, filename: `${example}.ml`, bundle });
    current.start(); // registers the handlers; throws on an uncaught Python exception
  } catch (e) {
    if (e.exitCode === undefined) write(`${e.message}\n`, 'stderr');
    setState('error', e.diagnostics ? 'Compile error.' : `Error: ${e.message.split('\n')[0]}`);
    return;
  }
  setState('done', `Running: ${example} (${lang}). Use it on the right.`);
}

// For tests: a program confined to root, started; its module. options:
// lang, filename, stdout(text), stderr(text) (default: the Output box).
window.mlDom = {
  run: async (source, root, options = {}) => {
    const m = await instantiate(source, root, options);
    m.start();
    return m;
  },
};

async function main() {
  const params = new URLSearchParams(location.search);
  if (params.has('example')) ui.example.value = params.get('example');
  if (params.has('lang')) ui.lang.value = params.get('lang');
  const safeRun = () =>
    runExample().catch((e) => {
      write(`${e.stack || e}\n`, 'stderr');
      setState('error', `Internal error: ${e.message}`);
    });
  ui.example.addEventListener('change', safeRun);
  ui.lang.addEventListener('change', safeRun);
  await safeRun();
}

main();
