// The playground page. Three threads: this one (UI, editor, console, canvas),
// the compiler worker (compiles as you type, debounced) and, while a program
// runs, its own run worker (Stop terminates it). The page marks its state in
// <body data-state>: loading, ready, running, done, error, stopped (tests
// and benchmarks wait on it); window.playground exposes timings.
import { ENGLISH_BUILTINS, EXAMPLES, LANGS } from 'ml:generated';
import { ARTIFACTS } from '../../build/gen/ml_tables.mjs';
import { CompilerClient } from './compiler_client.js';
import { ConsoleView } from './console_view.js';
import { createEditor } from './editor.js';
import { applyLabels, label } from './i18n.js';
import { decodeShare, encodeShare } from './share.js';
import { Runner } from './runner.js';
import { makeZip } from './zip.js';

const STORE_KEY = 'multilingual-playground';
// Checks wait for a short pause in typing, and never queue up: while one is
// in the worker, the next waits for it (compiles take a few ms).
const CHECK_DELAY_MS = 25;
const SAVE_DELAY_MS = 250;
const CONSOLE_LIMIT = 8 * 1024 * 1024; // characters kept in the console

const $ = (id) => document.getElementById(id);
const ui = {
  lang: $('lang'), example: $('example'), run: $('run'), stop: $('stop'), share: $('share'),
  zip: $('download-zip'), wasm: $('download-wasm'), status: $('status'), diagnostics: $('diagnostics'),
  notice: $('notice'), stdin: $('stdin'), args: $('args'), limit: $('limit'), console: $('console'),
  canvases: $('canvases'), timing: $('timing'), tabs: $('tabs'),
};
// Times in ms since navigation started (performance.now()).
const metrics = { readyMs: null, dataMs: null, firstCompileMs: null, lastCompileMs: null, checks: 0, lastCheckAt: 0, runs: 0 };
window.playground = { metrics };

let uiLang = 'en';
let saved = loadSaved();
let current = null; // {source, result} of the latest finished compile
let ranSource = null; // the program the last Run ran: its outcome stays in the status
let checkTimer = 0;
let saveTimer = 0;
let checkSeq = 0;

/* ---- state and status ---- */
function setState(state, text) {
  document.body.dataset.state = state;
  if (text !== undefined) ui.status.textContent = text;
  ui.run.disabled = state === 'loading';
  ui.stop.disabled = !runner?.active;
}
const say = (key, values) => label(uiLang, key, values);
// The status as a label and its values, said again when the language changes.
let status = null;
function setStatus(state, key, values) {
  status = { key, values };
  setState(state, say(key, values));
}

/* ---- the compiler worker ---- */
const compiler = new CompilerClient(new URL('./compiler_worker.js', import.meta.url));
const ask = (op, payload) => compiler.ask(op, payload);
// The first checks ran before the compiler's data came (no artifacts for
// the panes): check again with it.
let dataArrived = false;
compiler.onData = () => {
  dataArrived = true;
  metrics.dataMs = performance.now();
  if (current?.result.checkOnly) check();
};

// assemble: false for diagnostics and the panes (no module.wasm: a little
// faster as you type); a Run and the downloads assemble.
async function compileNow(source, assemble = true) {
  const t = performance.now();
  const result = await ask('compile', { source, assemble });
  const ms = performance.now() - t;
  metrics.lastCompileMs = ms;
  if (metrics.firstCompileMs === null) metrics.firstCompileMs = ms;
  return result;
}

/* ---- diagnostics as you type ---- */
let checking = false;
let checkAgain = false;
function scheduleCheck() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(check, CHECK_DELAY_MS);
}

async function check() {
  if (checking) {
    checkAgain = true;
    return;
  }
  checking = true;
  const seq = ++checkSeq;
  const source = editor.getText();
  let result;
  try {
    result = await compileNow(source, false);
  } finally {
    checking = false;
  }
  if (checkAgain || source !== editor.getText() || (result.checkOnly && dataArrived)) {
    checkAgain = false;
    check();
  }
  if (seq !== checkSeq || source !== editor.getText()) return; // a newer check follows
  metrics.checks++;
  metrics.lastCheckAt = performance.now();
  current = { source, result };
  showDiagnostics(result);
  refreshPanes();
  ui.zip.disabled = ui.wasm.disabled = !result.ok;
  // A check of the program a Run just ran (one queued before the Run:
  // again with the data, or a pending keystroke's) leaves the Run's
  // outcome (done, error, stopped) in the status: only an edit replaces it.
  const ranThis = source === ranSource && document.body.dataset.state !== 'ready';
  if (!runner.active && document.body.dataset.state !== 'running' && !ranThis) {
    if (result.ok) setStatus('ready', 'ok', { lang: result.lang });
    else setStatus('ready', 'errors', { n: result.diagnostics.length });
  }
}

function showDiagnostics(result) {
  editor.showDiagnostics(result.ok ? [] : result.diagnostics);
  ui.diagnostics.replaceChildren();
  if (result.ok) return;
  // One entry per diagnostic, with the CLI's text (file:line:col: error: ...).
  const texts = result.diagnosticsText.split(/\n(?=main\.ml:)/);
  result.diagnostics.forEach((d, i) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.className = 'diagnostic';
    b.textContent = d.line ? `${d.line}:${d.col}: ${d.message}` : d.message;
    b.title = texts[i] ?? d.message;
    b.dataset.line = d.line;
    b.dataset.col = d.col;
    b.addEventListener('click', () => editor.goTo(d.line, d.col));
    li.append(b);
    ui.diagnostics.append(li);
  });
}

/* ---- the panes: WAT, manifest, transpiled.py, host_shim.js ---- */
const PANES = { 'tab-wat': ['pane-wat', 'wat'], 'tab-manifest': ['pane-manifest', 'abiManifest'], 'tab-py': ['pane-py', 'transpiledPy'], 'tab-shim': ['pane-shim', 'hostShim'] };
let paneShown = null; // [tab id, result] last written
function refreshPanes() {
  const tab = ui.tabs.querySelector('[aria-selected="true"]').id;
  const pane = PANES[tab];
  if (!pane || !current?.result.ok || current.result.checkOnly) return;
  if (paneShown && paneShown[0] === tab && paneShown[1] === current.result) return;
  $(pane[0]).textContent = current.result[pane[1]];
  paneShown = [tab, current.result];
}
// Arrow keys move between the tabs (the ARIA tabs pattern).
ui.tabs.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
  const tabs = [...ui.tabs.querySelectorAll('[role="tab"]')];
  const rtl = document.documentElement.dir === 'rtl';
  const step = (e.key === 'ArrowRight') !== rtl ? 1 : -1;
  const next = tabs[(tabs.indexOf(document.activeElement.closest('[role="tab"]')) + step + tabs.length) % tabs.length];
  next.focus();
  next.click();
  e.preventDefault();
});
ui.tabs.addEventListener('click', (e) => {
  const tab = e.target.closest('[role="tab"]');
  if (!tab) return;
  for (const t of ui.tabs.querySelectorAll('[role="tab"]')) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    $(t.getAttribute('aria-controls')).hidden = !on;
  }
  refreshPanes();
});

/* ---- running a program ---- */
const consoleView = new ConsoleView(ui.console, CONSOLE_LIMIT);
const runner = new Runner({
  workerUrl: new URL('./run_worker.js', import.meta.url),
  consoleView,
  canvases: ui.canvases,
  onEvent(e) {
    if (e.type === 'running') setStatus('running', 'running');
    else if (e.type === 'done') setStatus('done', 'done', { ms: e.ms });
    else if (e.type === 'error') {
      setStatus('error', 'exitError', { message: e.message });
      linkTraceback();
    } else if (e.type === 'stopped') {
      for (const el of ui.console.querySelectorAll('input.stdin-line')) el.remove();
      consoleView.write(3, `\n${say(e.reason, e.values)}\n`);
      setStatus('stopped', e.reason, e.values);
    }
    ui.stop.disabled = !runner.active;
  },
  // Interactive input: a line to type in the console, as in a terminal.
  onInput(answer) {
    const input = document.createElement('input');
    input.className = 'stdin-line';
    input.setAttribute('aria-label', say('inputLine'));
    input.spellcheck = false;
    consoleView.appendNode(input);
    input.focus();
    setStatus('running', 'waitingInput');
    input.addEventListener('keydown', (e) => {
      const eof = e.key.toLowerCase() === 'd' && e.ctrlKey;
      if (e.key !== 'Enter' && !eof) return;
      e.preventDefault();
      e.stopPropagation();
      const text = eof ? null : input.value;
      input.remove();
      setStatus('running', 'running');
      answer(text);
    });
  },
});

async function runProgram() {
  runner.stop();
  const source = editor.getText();
  clearTimeout(checkTimer);
  ranSource = source;
  setStatus('running', 'compiling');
  let result = current?.source === source ? current.result : null;
  if (!result || (result.ok && !result.wasm)) {
    result = await compileNow(source);
    current = { source, result };
    showDiagnostics(result);
    refreshPanes();
  }
  if (!result.ok) {
    setStatus('error', 'errors', { n: result.diagnostics.length });
    return;
  }
  metrics.runs++;
  // One column (a phone): bring the output into view.
  if (matchMedia('(max-width: 860px)').matches) ui.console.scrollIntoView({ block: 'nearest' });
  runner.start(result, {
    stdin: ui.stdin.value,
    interactive: ui.stdin.value === '' && globalThis.crossOriginIsolated === true,
    args: ui.args.value.trim() ? ui.args.value.trim().split(/\s+/) : [],
    limit: Number(ui.limit.value) || 0,
  });
}

// A traceback that names a line of main.ml: a button that goes there.
function linkTraceback() {
  const lines = [...consoleView.stderr.matchAll(/line (\d+)/g)].map((m) => Number(m[1]));
  if (!lines.length) return;
  const line = lines[lines.length - 1];
  const b = document.createElement('button');
  b.className = 'goto';
  b.textContent = say('gotoLine', { line });
  b.addEventListener('click', () => editor.goTo(line, 1));
  consoleView.appendNode(b);
}

/* ---- languages, examples, autosave, share ---- */
// English builtin names work in every language beside the localized ones.
const wordsOf = (info) => ({ ...info.words, builtins: [...info.words.builtins, ...ENGLISH_BUILTINS] });

function langInfo(code) {
  return LANGS.find((l) => l.code === code) ?? LANGS[0];
}

function setLanguage(code) {
  uiLang = langInfo(code).code;
  ui.lang.value = uiLang;
  const info = langInfo(uiLang);
  document.documentElement.lang = uiLang;
  document.documentElement.dir = info.rtl ? 'rtl' : 'ltr';
  applyLabels(document, uiLang);
  if (status && document.body.dataset.state !== 'loading') ui.status.textContent = say(status.key, status.values);
  editor.setWords(wordsOf(info), info.rtl);
}

/** Shows `source` in the current language (the compiler translates it).
 * from: the language the text is believed to be in (the page's previous
 * one), tried first; detection decides otherwise. */
async function showInLanguage(source, from) {
  ui.notice.hidden = true;
  let r = from ? await ask('translate', { source, lang: from, to: uiLang }) : null;
  if (!r?.ok) r = await ask('translate', { source, to: uiLang });
  if (r.ok) {
    // names the language reserves (`i` in Swedish) come back renamed: say so
    if (r.renames?.length) {
      const list = r.renames.map((n) => `${n.from} → ${n.to} (${n.reason})`).join(', ');
      ui.notice.textContent = say('renamed', { lang: langInfo(uiLang).name, list });
      ui.notice.hidden = false;
    }
    return r.text;
  }
  const first = r.diagnostics[0];
  ui.notice.textContent = say('translateFailed', { lang: langInfo(uiLang).name, message: first ? first.message : r.diagnosticsText });
  ui.notice.hidden = false;
  return source;
}

function loadSaved() {
  try {
    return JSON.parse(localStorage.getItem(STORE_KEY)) ?? {};
  } catch {
    return {};
  }
}

function save() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
}
function saveNow() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  const drafts = saved.drafts ?? {};
  drafts[currentExample] = { source: editor.getText(), stdin: ui.stdin.value, args: ui.args.value };
  saved = { lang: uiLang, example: currentExample, limit: ui.limit.value, drafts };
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(saved));
  } catch { /* storage full or disabled: nothing to keep */ }
}

let currentExample = 'custom'; // whose draft the editor holds

async function openExample(id, { useDraft = true } = {}) {
  if (saveTimer) saveNow(); // the draft being left, under its own name
  const custom = { id: 'custom', source: '', stdin: '', args: '' }; // a shared or own program
  const ex = id === 'custom' ? custom : (EXAMPLES.find((e) => e.id === id) ?? EXAMPLES[0]);
  ui.example.value = ex.id;
  currentExample = ex.id;
  const draft = useDraft ? saved.drafts?.[ex.id] : null;
  let source = draft?.source ?? ex.source;
  if (!draft) source = await showInLanguage(source);
  ui.stdin.value = draft?.stdin ?? ex.stdin;
  ui.args.value = draft?.args ?? ex.args;
  setText(source);
}

let textOps = Promise.resolve();
function queue(op) {
  textOps = textOps.then(op).catch((e) => {
    status = null;
    setState('error', String(e.message ?? e));
  });
  return textOps;
}

let settingText = false;
function setText(text) {
  settingText = true;
  editor.setText(text);
  settingText = false;
  saveNow();
  scheduleCheck();
}

async function share() {
  const fragment = await encodeShare({
    v: 1, source: editor.getText(), lang: uiLang, stdin: ui.stdin.value, args: ui.args.value, limit: ui.limit.value,
  });
  history.replaceState(null, '', `#${fragment}`);
  try {
    await navigator.clipboard.writeText(location.href);
  } catch { /* no clipboard permission: the link is in the address bar */ }
  ui.notice.textContent = say('shared');
  ui.notice.hidden = false;
}

function download(name, bytes, type) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// The current result with its module.wasm (assembled now if the checks
// as you type did not), or null.
async function assembled() {
  if (!current?.result.ok) return null;
  if (!current.result.wasm) {
    const { source } = current;
    const result = await compileNow(source);
    if (current?.source === source) current = { source, result };
    if (!result.ok) return null;
    return result;
  }
  return current.result;
}

async function downloadZip() {
  const r = await assembled();
  if (!r) return;
  const files = ARTIFACTS.map((a) => [`bundle/${a.file}`, r[a.key]]);
  files.push(['bundle/main.ml', current.source]);
  download('multilingual-bundle.zip', makeZip(files), 'application/zip');
}

/* ---- start ---- */
const editor = createEditor($('editor'), {
  doc: '',
  words: wordsOf(LANGS[0]),
  rtl: false,
  label: 'Program',
  onRun: () => runProgram(),
  onChange: () => {
    if (settingText) return;
    save();
    scheduleCheck();
  },
});

window.playground.view = editor.view; // for tests and the console
window.playground.check = check; // for tests: a check, as after a keystroke

async function main() {
  for (const l of LANGS) ui.lang.append(new Option(`${l.name} (${l.code})`, l.code));
  for (const e of EXAMPLES) ui.example.append(new Option(e.title, e.id));
  ui.example.append(new Option('—', 'custom'));
  ui.limit.value = saved.limit ?? ui.limit.value;
  if (globalThis.crossOriginIsolated) ui.stdin.placeholder = say('stdinInteractive');
  setLanguage(saved.lang ?? 'en');
  setStatus('loading', 'loading');

  ui.run.addEventListener('click', () => runProgram());
  ui.stop.addEventListener('click', () => runner.stop({ reason: 'stopped' }));
  ui.share.addEventListener('click', () => share());
  ui.zip.addEventListener('click', downloadZip);
  ui.wasm.addEventListener('click', async () => {
    const r = await assembled();
    if (r) download('module.wasm', r.wasm, 'application/wasm');
  });
  for (const el of [ui.stdin, ui.args, ui.limit]) el.addEventListener('input', save);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && runner.active) {
      e.preventDefault();
      runner.stop({ reason: 'stopped' });
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) {
      e.preventDefault();
      runProgram();
    }
  });

  let ready;
  try {
    ready = await compiler.ready;
  } catch (e) {
    status = null;
    setState('error', `Could not load the compiler: ${e.message}`);
    return;
  }
  metrics.compilerReadyMs = performance.now();
  runner.prepare();
  metrics.workerInitMs = ready.ms;

  // Example and language switches replace the text: one at a time, in order.
  ui.lang.addEventListener('change', () => {
    const from = uiLang;
    setLanguage(ui.lang.value);
    queue(async () => setText(await showInLanguage(editor.getText(), from)));
  });
  ui.example.addEventListener('change', () => {
    const id = ui.example.value;
    queue(() => openExample(id));
  });

  const shared = await decodeShare(location.hash.slice(1)).catch(() => null);
  if (shared) {
    setLanguage(shared.lang ?? uiLang);
    ui.example.value = currentExample = 'custom';
    ui.stdin.value = shared.stdin ?? '';
    ui.args.value = shared.args ?? '';
    if (shared.limit !== undefined) ui.limit.value = shared.limit;
    setText(shared.source ?? '');
    // Now a draft like any other: a reload keeps the visitor's edits.
    history.replaceState(null, '', location.pathname + location.search);
  } else {
    await openExample(saved.example ?? EXAMPLES[0].id);
  }
  setStatus('ready', 'ready');
  metrics.readyMs = performance.now();
  ui.timing.textContent = `Ready in ${Math.round(metrics.readyMs)} ms.`;
}

main();
