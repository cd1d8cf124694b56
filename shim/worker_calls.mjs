// The calls of a loaded module with a time limit (load(..., { timeout })):
// the module runs in a worker (./call_worker.mjs: a Node worker thread or a
// Web Worker); a call that outlives the limit terminates the worker before
// its promise rejects with a TimeoutError, so nothing is left running.

const IS_NODE = typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined';

export function timeoutError(what, ms) {
  const e = new Error(`multilingual: ${what} was stopped: it ran longer than its time limit (timeout: ${ms} ms)`);
  e.name = 'TimeoutError';
  return e;
}

const CALL_WORKER_URL = new URL('./call_worker.mjs', import.meta.url);

async function spawnWorker(onMessage, onError) {
  if (IS_NODE && typeof Worker === 'undefined') {
    const { Worker: NodeWorker } = await import('node:worker_threads');
    const w = new NodeWorker(CALL_WORKER_URL, { execArgv: [] });
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', (code) => onError(new Error(`multilingual: the module's worker stopped (exit code ${code})`)));
    // an idle module keeps no program alive; a load or a call in flight does
    return { post: (m) => w.postMessage(m), terminate: () => w.terminate().then(() => {}), ref: () => w.ref(), unref: () => w.unref() };
  }
  const w = new Worker(CALL_WORKER_URL, { type: 'module' });
  w.onmessage = ({ data }) => onMessage(data);
  w.onerror = (e) => onError(new Error(e.message || 'multilingual: the module\'s worker failed'));
  return { post: (m) => w.postMessage(m), terminate: async () => w.terminate(), ref: () => {}, unref: () => {} };
}

/* The module (manifest, bytes) instantiated in a worker with options (those
 * of load(): stdout, stderr, stdin, args, env, fs, start, timeout):
 * {call(name, args) -> Promise, terminate()}. A time-out calls lost() (the
 * module's state went with the worker: its next call instantiates again). */
export async function startCallWorker(manifest, bytes, options, lost) {
  const { stdout, stderr, stdin, args, env, fs, start, timeout } = options;
  const write = (k, text) => {
    const sink = k === 'stdout' ? stdout : stderr;
    if (sink) sink(text);
    else if (IS_NODE) process[k].write(text);
    else console[k === 'stdout' ? 'log' : 'error'](text.replace(/\n$/, ''));
  };
  const calls = new Map();
  let nextId = 1;
  let ready = null;
  let starting = () => {};
  let dead = false;
  const fail = (e) => {
    dead = true;
    if (ready) ready.reject(e);
    for (const c of calls.values()) c.reject(e);
    calls.clear();
  };
  const onMessage = (m) => {
    if (m.kind === 'stdout' || m.kind === 'stderr') write(m.kind, m.text);
    else if (m.kind === 'starting') starting();
    else if (m.kind === 'ready') ready.resolve();
    else if (m.kind === 'failed') ready.reject(Object.assign(new Error(m.message), m.exitCode !== undefined ? { exitCode: m.exitCode } : {}));
    else {
      const c = calls.get(m.id);
      if (!c) return;
      calls.delete(m.id);
      if (m.kind === 'result') c.resolve(m.value);
      else {
        const e = m.name === 'TypeError' ? new TypeError(m.message) : new Error(m.message);
        if (m.exitCode !== undefined) e.exitCode = m.exitCode;
        c.reject(e);
      }
    }
  };
  const w = await spawnWorker(onMessage, (e) => { if (!dead) fail(e); });
  let busy = 0;
  const hold = (p) => {
    if (busy++ === 0) w.ref();
    const done = () => { if (--busy === 0) w.unref(); };
    p.then(done, done);
    return p;
  };
  const limit = (what, promise) => new Promise((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      dead = true;
      lost();
      const err = timeoutError(what, timeout);
      // settled once the worker is gone: nothing runs after the rejection
      w.terminate().catch(() => {}).then(() => {
        fail(err);
        reject(err);
      });
    }, timeout);
    promise.then((v) => { if (!timedOut) { clearTimeout(timer); resolve(v); } },
      (e) => { if (!timedOut) { clearTimeout(timer); reject(e); } });
  });
  const loaded = new Promise((resolve, reject) => { ready = { resolve, reject }; });
  // compiling is not limited (a busy machine may take its time); the
  // top-level code is, from the worker's 'starting'
  let limited = null;
  const started = new Promise((resolve) => { starting = resolve; });
  w.post({ kind: 'load', manifest, wasm: bytes, options: { stdin, args, env, fs, start } });
  try {
    await hold(Promise.race([loaded, started.then(() => { limited = limit("the module's top-level code", loaded); return limited; })]));
    if (limited) await limited;
  } finally {
    ready = null;
  }
  return {
    call(name, callArgs) {
      if (dead) return Promise.reject(new Error('multilingual: the module\'s worker is gone'));
      const id = nextId++;
      const p = new Promise((resolve, reject) => calls.set(id, { resolve, reject }));
      w.post({ kind: 'call', id, name, args: callArgs });
      return hold(limit(`${name}()`, p));
    },
    terminate: () => { dead = true; return w.terminate(); },
  };
}
