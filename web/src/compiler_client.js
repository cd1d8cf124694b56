// The page's side of the compiler worker (compiler_worker.js): requests
// answered in order, as promises.
/** A module worker from `url`; from another origin (a page embedding the
 * playground's element), through a same-origin blob that imports it. */
const boots = new Map(); // worker URL -> its blob (one per URL, kept)
export function makeWorker(url) {
  const href = new URL(url, location.href).href;
  if (new URL(href).origin === location.origin) return new Worker(href, { type: 'module' });
  if (!boots.has(href)) {
    boots.set(href, URL.createObjectURL(new Blob([`import ${JSON.stringify(href)};`], { type: 'text/javascript' })));
  }
  return new Worker(boots.get(href), { type: 'module' });
}

export class CompilerClient {
  constructor(url) {
    this.worker = makeWorker(url);
    this.pending = new Map();
    this.nextId = 1;
    /** Called once the compiler's data is loaded (the checks before it
     * were checks only: results with checkOnly, no artifacts). */
    this.onData = null;
    /** Resolves to {languages, ms} once the compiler is loaded. */
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = ({ data }) => {
        if (data.op === 'ready') return resolve(data);
        if (data.op === 'failed') return reject(new Error(data.message));
        if (data.op === 'data') return this.onData?.();
        const p = this.pending.get(data.id);
        this.pending.delete(data.id);
        if (data.error) p.reject(new Error(data.error));
        else p.resolve(data.result);
      };
      this.worker.onerror = (e) => reject(new Error(e.message || 'the compiler worker failed to load'));
    });
  }

  /** op 'compile' ({source, lang}) or 'translate' ({source, lang, to}). */
  ask(op, payload) {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, ...payload });
    });
  }
}
