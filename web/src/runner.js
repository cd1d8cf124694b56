// Runs compiled programs, each in a fresh run worker (run_worker.js) that
// stop() terminates at once, whatever the program does. Output goes to a
// ConsoleView; polyline/point_stream functions are drawn in `canvases`,
// their points computed in the worker, frame by frame when they take a time.
// onEvent({type}): 'running'; 'done' {ms}; 'error' {message};
// 'stopped' {reason, values} (reason 'stopped' or 'timeLimit').
import { drawPoints } from '../../shim/canvas.mjs';
import { makeWorker } from './compiler_client.js';

export class Runner {
  constructor({ workerUrl, consoleView, canvases, onEvent, onInput }) {
    Object.assign(this, { workerUrl, consoleView, canvases, onEvent, onInput });
    this.run = null;
    this.runs = 0;
    this.spare = null; // a run worker started ahead, its script loaded
  }

  /** Starts the next run's worker now, so that Run starts at once. */
  prepare() {
    this.spare ??= makeWorker(this.workerUrl);
  }

  get active() {
    return this.run !== null;
  }

  /** result: a successful compile (wasm, manifest); limit in seconds (0:
   * none). interactive: no stdin given, each line is asked for as the
   * program reads it (onInput(answer) shows the question; answer(text) or
   * answer(null) for the end of input); needs a cross-origin isolated page
   * (SharedArrayBuffer), else input ends at once. */
  start(result, { stdin = '', args = [], limit = 0, interactive = false } = {}) {
    this.stop();
    this.observer?.disconnect();
    this.observer = null;
    this.consoleView.clear();
    this.canvases.replaceChildren();
    const worker = this.spare ?? makeWorker(this.workerUrl);
    this.spare = null;
    this.runs++;
    const me = { worker, timer: 0, frames: 0, started: performance.now(), drawn: [], done: false };
    this.run = me;
    this.onEvent({ type: 'running' });
    // The time limit counts the program's time, not the visitor's typing.
    me.limit = limit * 1000;
    me.used = 0;
    const arm = () => {
      me.since = performance.now();
      if (me.limit > 0) me.timer = setTimeout(() => this.stop({ reason: 'timeLimit', values: { s: limit } }), me.limit - me.used);
    };
    arm();
    const shared = interactive && globalThis.crossOriginIsolated ? new SharedArrayBuffer(8 + 65536) : null;
    worker.onmessage = ({ data }) => {
      if (this.run !== me) return;
      if (data.op === 'out') for (const [fd, text] of data.chunks) this.consoleView.write(fd, text);
      else if (data.op === 'started') this.startDrawing(me, data.drawn);
      else if (data.op === 'exit') this.finished(me, data);
      else if (data.op === 'points') this.drawFrame(me, data);
      else if (data.op === 'stdin') {
        clearTimeout(me.timer);
        me.used += performance.now() - me.since;
        this.onInput?.((text) => {
          if (this.run !== me) return;
          const ctrl = new Int32Array(shared, 0, 2);
          const bytes = new TextEncoder().encode(text ?? '').subarray(0, shared.byteLength - 8);
          new Uint8Array(shared, 8).set(bytes);
          ctrl[1] = text === null ? -1 : bytes.length;
          Atomics.store(ctrl, 0, 1);
          Atomics.notify(ctrl, 0);
          arm();
        });
      }
      else if (data.op === 'frameError') {
        this.stop();
        this.onEvent({ type: 'error', message: `${data.name}(): ${data.message}` });
      }
    };
    worker.onerror = (e) => {
      if (this.run !== me) return;
      this.consoleView.write(3, `${e.message}\n`);
      this.stop();
      this.onEvent({ type: 'error', message: e.message });
    };
    worker.postMessage({ op: 'start', wasm: result.wasm.slice(), manifest: result.manifest, stdin, args, shared });
  }

  /** Ends the run (terminates its worker); with a reason, says so. */
  stop(reason = null) {
    const me = this.run;
    if (!me) return false;
    this.run = null;
    clearTimeout(me.timer);
    cancelAnimationFrame(me.frames);
    me.worker.terminate();
    setTimeout(() => this.prepare(), 0);
    if (reason) this.onEvent({ type: 'stopped', ...reason });
    return true;
  }

  finished(me, { code, message }) {
    clearTimeout(me.timer);
    me.done = true;
    this.consoleView.flush(); // all the output is shown when the page says done
    if (code === 0) {
      if (!me.drawn.length) this.stop();
      this.onEvent({ type: 'done', ms: Math.round(performance.now() - me.started) });
    } else {
      this.stop();
      this.onEvent({ type: 'error', message });
    }
  }

  startDrawing(me, drawn) {
    const scale = window.devicePixelRatio || 1;
    me.drawn = drawn.map((d) => {
      const figure = document.createElement('figure');
      const canvas = document.createElement('canvas');
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', `${d.name}(t): ${d.mode}`);
      const caption = document.createElement('figcaption');
      caption.textContent = `${d.name}(t) — ${d.mode}`;
      figure.append(canvas, caption);
      this.canvases.append(figure);
      // A drawing buffer of the displayed size in device pixels: sharp lines.
      canvas.width = Math.round((canvas.clientWidth || 480) * scale);
      canvas.height = Math.round((canvas.clientHeight || 360) * scale);
      return { ...d, canvas };
    });
    if (!me.drawn.length) return;
    // A resized canvas gets a buffer of its new size, the last frame redrawn
    // (it stays after the run ends).
    this.observer = new ResizeObserver(() => {
      for (const d of me.drawn) {
        const w = Math.round(d.canvas.clientWidth * (window.devicePixelRatio || 1));
        const h = Math.round(d.canvas.clientHeight * (window.devicePixelRatio || 1));
        if (!w || !h || (w === d.canvas.width && h === d.canvas.height)) continue;
        d.canvas.width = w;
        d.canvas.height = h;
        if (d.points) this.draw(d);
      }
    });
    this.observer.observe(this.canvases);
    me.animated = me.drawn.some((d) => d.animated) && !matchMedia('(prefers-reduced-motion: reduce)').matches;
    me.t0 = performance.now();
    me.worker.postMessage({ op: 'frame', t: 0 });
  }

  draw(d) {
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    const scale = window.devicePixelRatio || 1;
    drawPoints(d.canvas, d.points, d.mode, {
      background: dark ? '#0b0f14' : '#ffffff',
      color: dark ? '#60a5fa' : '#2563eb',
      lineWidth: 2 * scale,
      pointRadius: 2.5 * scale,
    });
  }

  drawFrame(me, { drawn }) {
    for (const { name, data } of drawn) {
      const d = me.drawn.find((x) => x.name === name);
      d.points = [];
      for (let i = 0; i < data.length; i += 2) d.points.push([data[i], data[i + 1]]);
      this.draw(d);
    }
    if (!me.animated) {
      if (me.done) this.stop();
      return;
    }
    // The next frame is asked for only once this one is drawn: never a queue.
    me.frames = requestAnimationFrame(() => {
      if (this.run === me) me.worker.postMessage({ op: 'frame', t: (performance.now() - me.t0) / 1000 });
    });
  }
}
