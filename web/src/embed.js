// <ml-playground>: one program with Run, Stop, its output and its drawings,
// for course pages. The program is the element's text, or the file its src
// attribute names; lang shows it in that language (the compiler translates
// it); stdin and args attributes feed the run.
//
//   <script type="module" src="https://HOST/PATH/embed.js"></script>
//   <ml-playground lang="fr">print("Hello")</ml-playground>
//   <ml-playground src="spiral.ml"></ml-playground>
//
// The element's data-state is ready, running, done, error or stopped.
import { CompilerClient } from './compiler_client.js';
import { ConsoleView } from './console_view.js';
import { Runner } from './runner.js';
import { label } from './i18n.js';
import { encodeShare } from './share.js';

let compiler = null; // one compiler worker for every element of the page
const here = (file) => new URL(file, import.meta.url);

const STYLE = `
:host { display: block; border: 1px solid #d8dde4; border-radius: 8px; padding: 8px; background: #fff; color: #1f2933;
        font: 14px/1.45 system-ui, sans-serif; }
@media (prefers-color-scheme: dark) { :host { background: #171d24; color: #e3e8ee; border-color: #2c3642; } }
.bar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 6px; }
button { font: inherit; padding: 4px 12px; border-radius: 6px; border: 1px solid #c5ccd6; background: transparent; color: inherit; cursor: pointer; }
button.run { background: #2563eb; border-color: #2563eb; color: #fff; font-weight: 600; }
button:disabled { opacity: .5; cursor: default; }
a { color: inherit; font-size: .85em; }
.status { font-size: .85em; opacity: .8; }
pre { margin: 0; font: 13px/1.45 ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap; overflow-wrap: anywhere;
      unicode-bidi: plaintext; text-align: start; }
.code { padding: 8px; border-radius: 6px; background: rgba(127, 127, 127, .08); overflow: auto; max-height: 24em; }
.console { margin-top: 6px; padding: 8px; border-radius: 6px; background: #111827; color: #e5e7eb; max-height: 16em; overflow: auto; }
.console:empty { display: none; }
.console .err { color: #fca5a5; } .console .in { color: #93c5fd; } .console .sys { color: #9ca3af; font-style: italic; }
.canvases { display: grid; gap: 6px; margin-top: 6px; }
figure { margin: 0; } figcaption { font-size: .8em; opacity: .7; }
canvas { display: block; width: 100%; aspect-ratio: 4 / 3; border-radius: 6px; }
`;

class MlPlayground extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const lang = this.getAttribute('lang') || 'en';
    const say = (key, values) => label(lang, key, values);
    root.innerHTML = `<style>${STYLE}</style>
      <div class="bar"><button class="run" disabled></button><button class="stop" disabled></button>
      <span class="status" role="status"></span><a class="open" target="_blank" rel="noopener"></a></div>
      <pre class="code" tabindex="0"></pre><pre class="console" tabindex="0"></pre><div class="canvases"></div>`;
    const $ = (sel) => root.querySelector(sel);
    const [run, stop, status, code] = [$('.run'), $('.stop'), $('.status'), $('.code')];
    run.textContent = say('run');
    stop.textContent = say('stop');
    $('.open').textContent = say('openPlayground');
    code.setAttribute('aria-label', 'Program');
    const setState = (state, text = '') => {
      this.dataset.state = state;
      status.textContent = text;
      run.disabled = state === 'loading';
      stop.disabled = !runner.active;
    };
    const consoleView = new ConsoleView($('.console'), 2 * 1024 * 1024);
    const runner = new Runner({
      workerUrl: here('./run_worker.js'),
      consoleView,
      canvases: $('.canvases'),
      onEvent: (e) => {
        if (e.type === 'running') setState('running', say('running'));
        else if (e.type === 'done') setState('done', say('done', { ms: e.ms }));
        else if (e.type === 'error') setState('error', say('exitError', { message: e.message }));
        else if (e.type === 'stopped') setState('stopped', say(e.reason, e.values));
        stop.disabled = !runner.active;
      },
    });
    setState('loading', say('loading'));

    compiler ??= new CompilerClient(here('./compiler_worker.js'));
    let source = this.textContent.replace(/^\n+/, '').replace(/\s+$/, '\n');
    const indent = Math.min(...source.split('\n').filter((l) => l.trim()).map((l) => /^ */.exec(l)[0].length));
    if (indent > 0 && indent < Infinity) source = source.split('\n').map((l) => l.slice(indent)).join('\n');
    try {
      if (this.hasAttribute('src')) {
        const r = await fetch(new URL(this.getAttribute('src'), document.baseURI));
        if (!r.ok) throw new Error(`${this.getAttribute('src')}: HTTP ${r.status}`);
        source = await r.text();
      }
      await compiler.ready;
      if (this.hasAttribute('lang')) {
        const t = await compiler.ask('translate', { source, to: lang });
        if (t.ok) source = t.text;
      }
    } catch (e) {
      setState('error', String(e.message ?? e));
      return;
    }
    code.textContent = source;
    const stdin = (this.getAttribute('stdin') ?? '').replace(/\\n/g, '\n');
    const args = (this.getAttribute('args') ?? '').trim().split(/\s+/).filter(Boolean);
    encodeShare({ v: 1, source, lang, stdin, args: args.join(' ') }).then((f) => {
      $('.open').href = `${here('./index.html').href}#${f}`;
    });
    run.addEventListener('click', async () => {
      runner.stop();
      setState('running', say('compiling'));
      const result = await compiler.ask('compile', { source });
      if (!result.ok) {
        consoleView.clear();
        consoleView.write(2, result.diagnosticsText);
        setState('error', say('errors', { n: result.diagnostics.length }));
        return;
      }
      runner.start(result, { stdin, args, limit: Number(this.getAttribute('time-limit') ?? 10) });
    });
    stop.addEventListener('click', () => runner.stop({ reason: 'stopped' }));
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && runner.active) runner.stop({ reason: 'stopped' });
      else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run.click();
    });
    setState('ready', '');
  }
}

if (!customElements.get('ml-playground')) customElements.define('ml-playground', MlPlayground);
