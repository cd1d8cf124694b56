// The module loader of `multilingual/host`: a compiled module as a library of
// typed functions, in Node and in browsers.
//
//   const m = await load('out/');              // a bundle directory (path or URL)
//   m.has('fib');  m.exports();                // the manifest's functions and signatures
//   await m.call('fib', 90);                   // instantiated on the first call
//   await m.close();                           // with a timeout: stops its worker
//
// Loads are cached by the module's content hash (the SHA-256 of module.wasm,
// read from build.lock.json where there is one): loading the same module
// twice instantiates it once. The cache has a size bound and evicts the
// least recently used module. Values are converted by the shared host
// runtime (./host_runtime.mjs) following abi_manifest.json; a value that
// does not fit a parameter is a TypeError naming it, before the module runs.
//
// backend: 'wasm' runs the module; 'python' runs the bundle's transpiled.py
// with python3 (Node only, one process per call); 'auto' (the default) runs
// the module and falls back to python3 only when the module cannot be
// instantiated, saying so in one line on stderr. A Python exception or a
// trap is the program's behaviour and is thrown, never a reason to fall back.
import { checkArguments, instantiateModule } from './host_runtime.mjs';

const IS_NODE = typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined';
const BACKENDS = ['auto', 'wasm', 'python'];

const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

/* SHA-256 of bytes, hex: WebCrypto (Node 20+, browsers), else node:crypto. */
export async function sha256(bytes) {
  if (globalThis.crypto?.subtle) return hex(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}

const toBytes = (b) => (b instanceof Uint8Array ? b : ArrayBuffer.isView(b) ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength) : new Uint8Array(b));

/* ---- where a module comes from ----
 * A source resolves to { manifest(), wasm(), hash, size, python }: the
 * manifest and the bytes are read when needed (a cache hit found by the
 * lock's hash reads neither), python is the path of the bundle's
 * transpiled.py (Node, when present). */

function isUrlLike(s) {
  return s instanceof URL || (typeof s === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(s) && !/^[a-z]:[\\/]/i.test(s));
}

async function fetchOk(url, what) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`multilingual: cannot load ${what} from ${url} (HTTP ${r.status})`);
  return r;
}

async function fetchOptional(url) {
  try {
    const r = await fetch(url);
    return r.ok ? r : null;
  } catch {
    return null;
  }
}

function lockHash(lock) {
  const h = lock?.artifacts?.['module.wasm']?.sha256;
  return typeof h === 'string' && /^[0-9a-f]{64}$/.test(h) ? h : null;
}

const lockSize = (lock) => lock?.artifacts?.['module.wasm']?.bytes ?? null;

async function fromUrl(url, options) {
  const u = new URL(url, typeof location !== 'undefined' ? location.href : undefined);
  if (u.protocol === 'file:' && IS_NODE) {
    const { fileURLToPath } = await import('node:url');
    return fromPath(fileURLToPath(u), options);
  }
  const dir = u.pathname.endsWith('/');
  const base = dir ? u : new URL('./', u);
  const wasmUrl = dir ? new URL('module.wasm', base) : u;
  const manifest = async () => options.manifest ?? (await (await fetchOk(new URL('abi_manifest.json', base), 'abi_manifest.json')).json());
  const lockResponse = dir || wasmUrl.pathname.endsWith('/module.wasm') ? await fetchOptional(new URL('build.lock.json', base)) : null;
  const lock = lockResponse ? await lockResponse.json().catch(() => null) : null;
  return { manifest, hash: lockHash(lock), size: lockSize(lock), wasm: async () => toBytes(await (await fetchOk(wasmUrl, 'module.wasm')).arrayBuffer()), python: null };
}

async function fromPath(file, options) {
  const fs = await import('node:fs/promises');
  const path = await import('node:path');
  let st;
  try {
    st = await fs.stat(file);
  } catch (e) {
    throw new Error(`multilingual: cannot load a module from '${file}': ${e.code === 'ENOENT' ? 'no such file or directory' : e.message}`);
  }
  const dir = st.isDirectory() ? file : path.dirname(file);
  const wasmPath = st.isDirectory() ? path.join(dir, 'module.wasm') : file;
  const readJson = async (name, required) => {
    try {
      return JSON.parse(await fs.readFile(path.join(dir, name), 'utf8'));
    } catch (e) {
      if (!required) return null;
      throw new Error(`multilingual: cannot read ${path.join(dir, name)}: ${e.code === 'ENOENT' ? 'no such file (a bundle directory holds abi_manifest.json; with a bare .wasm, pass options.manifest)' : e.message}`);
    }
  };
  const manifest = async () => options.manifest ?? (await readJson('abi_manifest.json', true));
  // the lock describes this file only when it is the bundle's module.wasm
  const lock = path.basename(wasmPath) === 'module.wasm' ? await readJson('build.lock.json', false) : null;
  const py = path.join(dir, 'transpiled.py');
  const python = await fs.access(py).then(() => py, () => null);
  return { manifest, hash: lockHash(lock), size: lockSize(lock), wasm: async () => toBytes(await fs.readFile(wasmPath)), python };
}

async function resolveSource(source, options) {
  if (source && typeof source === 'object' && !ArrayBuffer.isView(source) && !(source instanceof ArrayBuffer) && !(source instanceof URL)) {
    // compile()'s result, or { manifest, wasm }
    if (!source.manifest || !source.wasm) throw new TypeError('load(): an object source has manifest and wasm (a compile() result)');
    return { manifest: async () => source.manifest, hash: null, wasm: async () => toBytes(source.wasm), python: null };
  }
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    if (!options.manifest) throw new TypeError('load(): module bytes need options.manifest (the bundle\'s abi_manifest.json)');
    return { manifest: async () => options.manifest, hash: null, wasm: async () => toBytes(source), python: null };
  }
  if (isUrlLike(source) || (typeof source === 'string' && !IS_NODE)) return fromUrl(source, options);
  if (typeof source === 'string') return fromPath(source, options);
  throw new TypeError(`load(): a module is a path, a URL, bytes, a bundle directory or a compile() result, not ${typeof source}`);
}

/* ---- a loaded module ---- */

const PY_TYPES = { i64: 'int', f64: 'float', bool: 'bool', str: 'str', 'array<f64>': 'list[float]', object: 'object', void: 'None', i32: 'int' };
const pyType = (t) => (t.startsWith('tuple<') ? `tuple[${t.slice(6, -1).split(',').map((x) => PY_TYPES[x]).join(', ')}]` : PY_TYPES[t] ?? t);

function timeoutError(what, ms) {
  const e = new Error(`multilingual: ${what} was stopped: it ran longer than its time limit (timeout: ${ms} ms)`);
  e.name = 'TimeoutError';
  return e;
}

/* ---- calls with a time limit: the module in a worker ----
 * {call(name, args), terminate()}; a call that outlives options.timeout
 * terminates the worker (the module's state goes with it: the next call
 * instantiates it again) and rejects with a TimeoutError. */
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

async function startCallWorker(mod, bytes) {
  const { stdout, stderr, stdin, args, env, fs, start, timeout } = mod._options;
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
      mod._worker = null;
      mod._pending = null; // the next call instantiates again
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
  w.post({ kind: 'load', manifest: mod.manifest, wasm: bytes, options: { stdin, args, env, fs, start } });
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

export class WasmModule {
  /** Use load(); options as load()'s. */
  constructor(resolved, options = {}) {
    this.manifest = resolved.manifest;
    this.hash = resolved.hash;
    this.instantiations = 0;
    this._resolved = resolved;
    this._options = options;
    this._sigs = new Map(this.manifest.exports.filter((e) => e.name !== '_start').map((e) => [e.name, e]));
    this._instance = null;
    this._pending = null;
    this.backend = options.backend ?? 'auto';
    this.byteLength = 0;
  }

  /** Loads (or finds in the cache) the module at source. */
  static load(source, options) {
    return load(source, options);
  }

  /** Whether the module exports a function name. */
  has(name) {
    return this._sigs.has(name);
  }

  /** The manifest's functions: [{ name, params: [{ name, type }], returns }], Python type names. */
  exports() {
    return [...this._sigs.values()].map((e) => ({
      name: e.name,
      params: e.arg_types.map((t, i) => ({ name: e.param_names?.[i] ?? `arg${i + 1}`, type: pyType(t) })),
      returns: pyType(e.return_type),
    }));
  }

  /** Instantiates the module (once; runs its top-level code unless options.start is false). Resolves to the backend that will run calls. */
  instantiate() {
    if (!this._pending) this._pending = this._instantiate();
    return this._pending;
  }

  async _instantiate() {
    if (this.backend === 'python') {
      await this._checkPython();
      return 'python';
    }
    try {
      const bytes = await this._resolved.wasm();
      this.byteLength = bytes.length;
      if (this._options.timeout) {
        this._worker = await startCallWorker(this, bytes);
        this.instantiations++;
        return 'wasm';
      }
      const { stdout, stderr, stdin, args, env, fs } = this._options;
      const m = await instantiateModule(this.manifest, bytes, { stdout, stderr, stdin, args, env, fs });
      this.instantiations++;
      if (this._options.start !== false) m.start();
      this._instance = m;
      return 'wasm';
    } catch (e) {
      // an error of the program's top-level code, or its time running out, is its behaviour
      if (this.backend === 'wasm' || e.exitCode !== undefined || e.name === 'TimeoutError' || !IS_NODE || !this._resolved.python) throw e;
      const reason = `the module could not be instantiated (${e.message})`;
      await this._checkPython(reason);
      this.backend = 'python';
      (this._options.stderr ?? ((s) => process.stderr.write(s)))(`multilingual: backend python: ${reason}\n`);
      return 'python';
    }
  }

  async _checkPython(reason) {
    if (!IS_NODE) throw new Error('multilingual: the python backend needs Node (python3 cannot run in a page)');
    if (!this._resolved.python) throw new Error('multilingual: the python backend needs the bundle\'s transpiled.py (load a bundle directory)');
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(this._options.python ?? 'python3', ['-c', 'pass'], { stdio: 'ignore' });
    if (r.error || r.status !== 0) {
      throw new Error(`multilingual: no python3 on the PATH to run transpiled.py${reason ? `, and ${reason}` : ''}`);
    }
  }

  /**
   * Calls function name with args (converted following the manifest); resolves to its result.
   * A Python exception rejects with an Error whose message is its last line.
   */
  async call(name, ...args) {
    const sig = this._sig(name);
    checkArguments(sig, args); // before anything is instantiated or run
    const backend = await this.instantiate();
    if (backend === 'python') return this._callPython(sig, args);
    if (this._worker) return this._worker.call(name, args);
    return this._instance.exports[name](...args);
  }

  /** Stops the module's worker (with a timeout) and forgets its instance: the next call instantiates it again. */
  async close() {
    const w = this._worker;
    this._worker = null;
    this._instance = null;
    this._pending = null;
    if (w) await w.terminate();
  }

  /** call() once the module is instantiated (await m.instantiate()), without a promise per call. */
  callSync(name, ...args) {
    const sig = this._sig(name);
    this._syncInstance(`callSync('${name}')`);
    if (!this._instance) {
      checkArguments(sig, args);
      throw new Error(`multilingual: callSync('${name}') before the module is instantiated (await instantiate() first)${this.backend === 'python' ? ': the python backend has no synchronous calls' : ''}`);
    }
    return this._instance.exports[name](...args);
  }

  /** The typed JS function of export name (the module must be instantiated): the fastest way to call it repeatedly. */
  fn(name) {
    this._sig(name);
    this._syncInstance(`fn('${name}')`);
    if (!this._instance) throw new Error(`multilingual: fn('${name}') before the module is instantiated (await instantiate() first)`);
    return this._instance.exports[name];
  }

  _syncInstance(name) {
    if (this._worker) throw new Error(`multilingual: ${name}: with a timeout, the module runs in a worker and its calls are asynchronous (use call())`);
  }

  _sig(name) {
    const sig = this._sigs.get(name);
    if (!sig) {
      const known = [...this._sigs.keys()].join(', ');
      throw new TypeError(`multilingual: the module has no function '${name}' (it has: ${known || 'none'})`);
    }
    return sig;
  }

  /* One python3 process per call: transpiled.py is imported (its top-level
   * code runs, as the module's does), the function is called with the
   * arguments as the module would receive them, the result comes back as
   * JSON on fd 3 so the program's own output stays on stdout/stderr. */
  async _callPython(sig, args) {
    const { spawn } = await import('node:child_process');
    const enc = (v, t) => {
      if (t === 'i64') return { $int: String(typeof v === 'boolean' ? Number(v) : v) };
      if (t === 'f64') return { $float: Number(v) };
      if (t === 'array<f64>') return { $floats: Array.from(v, Number) };
      return v;
    };
    const request = JSON.stringify({ file: this._resolved.python, name: sig.name, args: args.map((a, i) => enc(a, sig.arg_types[i])) });
    const timeout = this._options.timeout;
    const out = { stdout: '', stderr: '', result: '' };
    const child = spawn(this._options.python ?? 'python3', ['-c', PY_CALLER], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
    child.stdin.end(request);
    const sink = (k, cb) => (d) => {
      const s = d.toString();
      out[k] += s;
      if (cb) cb(s);
    };
    child.stdout.on('data', sink('stdout', this._options.stdout));
    child.stderr.on('data', sink('stderr', this._options.stderr));
    child.stdio[3].on('data', sink('result'));
    const status = await new Promise((resolve, reject) => {
      let timer = null;
      if (timeout) timer = setTimeout(() => { child.kill('SIGKILL'); reject(timeoutError(`${sig.name}() on python3`, timeout)); }, timeout);
      child.on('error', (e) => { clearTimeout(timer); reject(e); });
      child.on('close', (code) => { clearTimeout(timer); resolve(code); });
    });
    if (status !== 0) {
      const err = new Error(out.stderr.trim().split('\n').pop() || `python3 exited with status ${status}`);
      err.exitCode = status;
      throw err;
    }
    return JSON.parse(out.result, (_k, v) => (v && typeof v === 'object' && '$int' in v ? BigInt(v.$int) : v && typeof v === 'object' && '$float' in v ? Number(v.$float) : v));
  }
}

/* The python3 side of a call (see _callPython): ints beyond 2^53 and
 * non-finite floats travel as strings; tuples come back as arrays. */
const PY_CALLER = `
import importlib.util, json, math, os, sys
req = json.loads(sys.stdin.read())
def dec(v):
    if isinstance(v, dict) and '$int' in v: return int(v['$int'])
    if isinstance(v, dict) and '$float' in v: return float(v['$float'])
    if isinstance(v, dict) and '$floats' in v: return [float(x) for x in v['$floats']]
    return v
def enc(v):
    if isinstance(v, bool) or v is None or isinstance(v, str): return v
    if isinstance(v, int): return v if abs(v) <= 2**53 else {'$int': str(v)}
    if isinstance(v, float): return v if math.isfinite(v) else {'$float': repr(v)}
    if isinstance(v, (list, tuple)): return [enc(x) for x in v]
    raise TypeError(f"a {type(v).__name__} cannot reach JS")
spec = importlib.util.spec_from_file_location('__ml_program__', req['file'])
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
result = getattr(mod, req['name'])(*[dec(a) for a in req['args']])
sys.stdout.flush()
with os.fdopen(3, 'w') as f:
    f.write(json.dumps(enc(result)))
`;

/* ---- the cache ---- */

export class ModuleCache {
  /** maxEntries modules at most, and about maxBytes of module bytes; the least recently used go first. */
  constructor({ maxEntries = 32, maxBytes = 256 * 1024 * 1024 } = {}) {
    if (!(Number.isInteger(maxEntries) && maxEntries > 0)) throw new TypeError('ModuleCache: maxEntries is an integer greater than 0');
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this._map = new Map(); // hash:backend -> WasmModule, least recently used first
    this.stats = { hits: 0, misses: 0, evictions: 0 };
  }

  get size() {
    return this._map.size;
  }

  /** Whether a module with this content hash is cached. */
  has(hash) {
    for (const k of this._map.keys()) if (k.startsWith(`${hash}:`)) return true;
    return false;
  }

  clear() {
    this._map.clear();
  }

  async load(source, options = {}) {
    const resolved = await resolveSource(source, options);
    if (!resolved.hash) {
      const bytes = await resolved.wasm();
      resolved.hash = await sha256(bytes);
      resolved.size = bytes.length;
      resolved.wasm = async () => bytes;
    }
    const slot = `${resolved.hash}:${options.backend ?? 'auto'}`; // a python module is not a wasm one
    const found = () => {
      const hit = this._map.get(slot);
      if (hit) {
        this.stats.hits++;
        this._map.delete(slot); // now the most recently used
        this._map.set(slot, hit);
      }
      return hit;
    };
    const hit = found();
    if (hit) return hit; // the manifest is not even read
    resolved.manifest = await resolved.manifest();
    // the check again after the await, and then no await until the module
    // is in the map: two loads in flight find each other
    const raced = found();
    if (raced) return raced;
    this.stats.misses++;
    const m = new WasmModule(resolved, options);
    this._map.set(slot, m);
    let bytes = 0;
    for (const x of this._map.values()) bytes += x._resolved.size ?? 0;
    for (const [k, x] of this._map) {
      if (this._map.size <= this.maxEntries && bytes <= this.maxBytes) break;
      if (x === m) continue; // the module just loaded stays, even alone over the bound
      this._map.delete(k);
      bytes -= x._resolved.size ?? 0;
      this.stats.evictions++;
    }
    return m;
  }
}

/** The cache load() uses by default. */
export const defaultCache = new ModuleCache();

/**
 * Loads a module: a bundle directory (path or URL, ending in '/' for a URL), a module.wasm path or URL (its
 * abi_manifest.json beside it, or options.manifest), bytes (with options.manifest) or a compile() result.
 */
export async function load(source, options = {}) {
  if (options.backend !== undefined && !BACKENDS.includes(options.backend)) {
    throw new TypeError(`load(): the backend option is 'auto', 'wasm' or 'python', not ${JSON.stringify(options.backend)}`);
  }
  if (options.timeout !== undefined && !(typeof options.timeout === 'number' && options.timeout > 0 && Number.isFinite(options.timeout))) {
    throw new TypeError(`load(): the timeout option is a number of milliseconds greater than 0, not ${String(options.timeout)}`);
  }
  if (options.cache === false) {
    const resolved = await resolveSource(source, options);
    resolved.manifest = await resolved.manifest();
    return new WasmModule(resolved, options);
  }
  return (options.cache ?? defaultCache).load(source, options);
}
