// Where a module of multilingual/host's loader comes from (./loader.mjs):
// a bundle directory or module.wasm by path (Node) or URL (fetch), bytes
// with their manifest, or a compile() result, resolved to
// { manifest(), wasm(), hash, size, python }. The manifest and the bytes are
// read when needed: a cache hit found by build.lock.json's hash reads neither.

const IS_NODE = typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined';

const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

/* SHA-256 of bytes, hex: WebCrypto (Node 20+, browsers), else node:crypto. */
export async function sha256(bytes) {
  if (globalThis.crypto?.subtle) return hex(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}

const toBytes = (b) => (b instanceof Uint8Array ? b : ArrayBuffer.isView(b) ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength) : new Uint8Array(b));

/* python: the path of the bundle's transpiled.py (Node, when present). */

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

export async function resolveSource(source, options) {
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
