// Compile a multilingual program in the page, run it, draw it on a canvas.
//
// How it works, in four steps (see run() below):
//   1. compile(source, { target: 'browser' }) -> wasm bytes plus two generated
//      ES modules as text: hostShim (instantiate/run the wasm) and
//      rendererTemplate (renderModes, drawPoints, renderExport, animate);
//   2. import both texts as modules through Blob URLs;
//   3. shim.instantiate(wasm, { stdout, stderr }) then start() runs the
//      program's top-level code, its print() lines going to the Output box;
//   4. every function marked @render_mode("polyline") or
//      @render_mode("point_stream") is drawn with renderer.animate(), which
//      calls it on every animation frame with t = seconds since Run.
//
// Copying this example into another site (plain files, no build step):
//   - copy index.html and main.js (and programs/, or put your own program in
//     the textarea and drop the Example menu);
//   - copy the compiler: shim/compiler.mjs and build/web/multilingual_core.mjs
//     with multilingual_core.wasm beside it (made by `make web`; nothing
//     else: the compiler assembles its modules itself);
//   - set COMPILER_URL and CORE_URL below to where you put them;
//   - serve everything over http(s): ES modules do not load from file://,
//     and .mjs/.js files must be served as text/javascript. With a
//     Content-Security-Policy, script-src needs 'wasm-unsafe-eval' (wasm)
//     and blob: (the generated modules).
// The page marks its progress in <body data-state="...">: loading, ready,
// running, done or error (tests wait on it).

const COMPILER_URL = new URL('../../shim/compiler.mjs', import.meta.url);
const CORE_URL = new URL('../../build/web/multilingual_core.mjs', import.meta.url);

const EXAMPLES = {
  lissajous: new URL('./programs/lissajous.ml', import.meta.url),
  tournesol: new URL('./programs/tournesol.ml', import.meta.url),
};
const DRAWN_MODES = new Set(['polyline', 'point_stream']);

const $ = (id) => document.getElementById(id);
const ui = {
  source: $('source'),
  stdin: $('stdin'),
  example: $('example'),
  lang: $('lang'),
  run: $('run'),
  pause: $('pause'),
  status: $('status'),
  output: $('output'),
  canvases: $('canvases'),
  diagnosticsPanel: $('diagnostics-panel'),
  diagnostics: $('diagnostics'),
  gotoError: $('goto-error'),
};

let compiler = null; // the module shim/compiler.mjs, once loaded
let drawings = []; // [{ canvas, module, name, stop }] of the last run
let paused = matchMedia('(prefers-reduced-motion: reduce)').matches;
let firstError = null; // { line, col } of the first compile error
let stderrText = ''; // what the program wrote to stderr in this run

function setState(state, message) {
  document.body.dataset.state = state;
  ui.status.textContent = message;
  ui.run.disabled = state === 'loading' || state === 'running';
}

function write(text, stream) {
  if (stream === 'stderr') stderrText += text;
  const span = document.createElement('span');
  span.className = stream; // 'stdout' or 'stderr'
  span.textContent = text;
  ui.output.append(span);
  ui.output.scrollTop = ui.output.scrollHeight;
}

// Imports JavaScript source text as an ES module.
async function importText(text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
  try {
    return await import(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function loadExample(name) {
  const url = EXAMPLES[name] ?? EXAMPLES.lissajous;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  ui.source.value = await response.text();
}

function stopAnimations() {
  for (const d of drawings) {
    d.stop?.();
    d.stop = null;
  }
}

function clearDrawings() {
  stopAnimations();
  drawings = [];
  ui.canvases.replaceChildren();
  ui.pause.hidden = true;
}

function animateAll() {
  for (const d of drawings) {
    d.stop?.();
    d.stop = null;
    if (paused) continue;
    // Calls d.name(t) on every frame, t = seconds since the animation started.
    d.stop = d.renderer.animate(d.canvas, d.module, d.name, { onError: (e) => drawingFailed(d.name, e) });
  }
  ui.pause.textContent = paused ? 'Play animation' : 'Pause animation';
}

// A Python exception raised while drawing (in any frame) stops the
// animations and shows the exception line, like one in top-level code.
function drawingFailed(name, error) {
  stopAnimations();
  ui.pause.hidden = true;
  // The runtime already printed a Python exception's traceback to stderr.
  if (!stderrText.trimEnd().endsWith(error.message)) write(`${error.message}\n`, 'stderr');
  setState('error', `Runtime error in ${name}(): ${error.message}`);
}

function addCanvas(name, mode) {
  const figure = document.createElement('figure');
  const canvas = document.createElement('canvas');
  const caption = document.createElement('figcaption');
  caption.textContent = `${name}(t) — ${mode}`;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `Drawing of the ${mode} function ${name}(t)`);
  figure.append(canvas, caption);
  ui.canvases.append(figure);
  // A drawing buffer of the displayed size in device pixels: sharp lines.
  const scale = window.devicePixelRatio || 1;
  canvas.width = Math.round(canvas.clientWidth * scale) || 640;
  canvas.height = Math.round(canvas.clientHeight * scale) || 480;
  return canvas;
}

async function run() {
  clearDrawings();
  ui.output.replaceChildren();
  stderrText = '';
  ui.diagnosticsPanel.hidden = true;
  firstError = null;
  setState('running', 'Compiling…');

  const t0 = performance.now();
  const result = await compiler.compile(ui.source.value, {
    lang: ui.lang.value || undefined, // undefined: detected from the keywords
    target: 'browser',
    filename: 'main.ml',
  });
  const compileMs = performance.now() - t0;
  if (!result.ok) {
    ui.diagnostics.textContent = result.diagnosticsText;
    ui.diagnosticsPanel.hidden = false;
    firstError = result.diagnostics.find((d) => d.line > 0) ?? null;
    ui.gotoError.hidden = !firstError;
    const n = result.diagnostics.length;
    setState('error', `Compile error${n > 1 ? `s (${n})` : ''}: see Compile errors.`);
    return;
  }

  const [shim, renderer] = await Promise.all([importText(result.hostShim), importText(result.rendererTemplate)]);
  const module = await shim.instantiate(result.wasm, {
    stdout: (text) => write(text, 'stdout'),
    stderr: (text) => write(text, 'stderr'),
    stdin: ui.stdin.value,
  });
  setState('running', 'Running…');
  const t1 = performance.now();
  try {
    module.start(); // the top-level code; throws on an uncaught Python exception
  } catch (e) {
    if (e.exitCode === undefined) write(`${e}\n`, 'stderr'); // not a Python error: show it
    setState('error', `Runtime error: ${e.message}`);
    return;
  }
  const runMs = performance.now() - t1;

  for (const [name, mode] of Object.entries(renderer.renderModes)) {
    if (!DRAWN_MODES.has(mode)) continue;
    const canvas = addCanvas(name, mode);
    drawings.push({ canvas, module, name, renderer, stop: null });
    try {
      renderer.renderExport(canvas, module, name, 0); // the first frame: name(0)
    } catch (e) {
      drawingFailed(name, e);
      return;
    }
  }
  ui.pause.hidden = drawings.length === 0;
  animateAll();
  const lang = ui.lang.value ? result.lang : `${result.lang} (detected)`;
  setState('done', `Done — language ${lang}, compiled in ${compileMs.toFixed(0)} ms, ran in ${runMs.toFixed(0)} ms.`);
}

async function main() {
  const params = new URLSearchParams(location.search);
  if (params.has('example') && params.get('example') in EXAMPLES) ui.example.value = params.get('example');
  if (params.has('lang')) ui.lang.value = params.get('lang');

  try {
    compiler = await import(COMPILER_URL);
    await Promise.all([compiler.init({ core: CORE_URL }), loadExample(ui.example.value)]);
  } catch (e) {
    setState('error', `Could not load the compiler: ${e.message}`);
    throw e;
  }

  const safeRun = () => {
    if (document.body.dataset.state === 'running') return Promise.resolve();
    return run().catch((e) => {
      write(`${e.stack || e}\n`, 'stderr');
      setState('error', `Internal error: ${e.message}`);
    });
  };
  ui.run.addEventListener('click', safeRun);
  ui.source.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      safeRun();
    }
  });
  ui.example.addEventListener('change', async () => {
    await loadExample(ui.example.value);
    safeRun();
  });
  ui.pause.addEventListener('click', () => {
    paused = !paused;
    animateAll();
  });
  ui.gotoError.addEventListener('click', () => {
    if (!firstError) return;
    const lines = ui.source.value.split('\n');
    const start = lines.slice(0, firstError.line - 1).reduce((n, l) => n + l.length + 1, 0);
    const end = start + (lines[firstError.line - 1] ?? '').length;
    ui.source.focus();
    ui.source.setSelectionRange(start, end);
  });

  setState('ready', 'Ready.');
  if (params.get('autorun') !== '0') await safeRun();
}

main();
