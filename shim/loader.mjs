// The module loader of `multilingual/host`: a compiled module as a library of
// typed functions, in Node and in browsers.
//
//   const m = await load('out/');              // a bundle directory (path or URL)
//   m.has('fib');  m.exports();                // the manifest's functions and signatures
//   await m.call('fib', 90);                   // instantiated on the first call
//   await m.close();                           // with a timeout: stops its worker
//
// Loads are cached by the module's content hash (the SHA-256 of
// module.wasm, read from build.lock.json where there is one): loading the
// same module twice instantiates it once. The cache has a size bound and
// evicts the least recently used module. Values are converted by the shared
// host runtime (./host_runtime.mjs) following abi_manifest.json; a value
// that does not fit a parameter is a TypeError naming it, before the module
// runs. Sources are resolved by ./module_source.mjs; with a timeout, calls
// run in a worker (./worker_calls.mjs).
//
// backend: 'wasm' runs the module; 'python' runs the bundle's transpiled.py
// with python3 (Node only, one process per call: ./python_backend.mjs);
// 'auto' (the default) runs the module and falls back to python3 only when
// the module cannot be instantiated, saying so in one line on stderr. A
// Python exception or a trap is the program's behaviour and is thrown, never
// a reason to fall back.
import { checkArguments, instantiateModule } from './host_runtime.mjs';
import { parseShape, shapeName } from './host_values.mjs';
import { resolveSource, sha256 } from './module_source.mjs';
import { startCallWorker } from './worker_calls.mjs';

export { sha256 };

const IS_NODE = typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined';
const BACKENDS = ['auto', 'wasm', 'python'];

/* ---- a loaded module ---- */

const PY_TYPES = { i64: 'int', f64: 'float', bool: 'bool', str: 'str', 'array<f64>': 'list[float]', object: 'object', void: 'None', i32: 'int' };
const pyType = (t) => {
  if (t in PY_TYPES) return PY_TYPES[t];
  if (/^tuple<f64(,f64)*>$/.test(t)) return `tuple[${t.slice(6, -1).split(',').map((x) => PY_TYPES[x]).join(', ')}]`; // a tuple result
  return shapeName(parseShape(t)); // a shaped parameter
};

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
        this._worker = await startCallWorker(this.manifest, bytes, this._options, () => {
          this._worker = null;
          this._pending = null; // the next call instantiates again
        });
        this.instantiations++;
        return 'wasm';
      }
      const { stdout, stderr, stdin, args, env, fs, root, onError } = this._options;
      const m = await instantiateModule(this.manifest, bytes, { stdout, stderr, stdin, args, env, fs, root, onError });
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
    if (backend === 'python') {
      const { callPython } = await import('./python_backend.mjs');
      return callPython(this._resolved.python, sig, args, this._options);
    }
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
}

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
