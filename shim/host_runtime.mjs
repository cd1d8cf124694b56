// The host side of a multilingual module, shared by every generated
// host_shim.js (the compiler embeds this file in it verbatim) and by the npm
// API. Plain ES module, no dependencies: runs in browsers and in Node.
//
//   const m = await instantiateModule(manifest, wasmBytes, { stdout, stderr, stdin, args });
//   m.start();                       // the program's top-level code
//   m.exports.area(2.0, 3.5);        // typed wrappers of the exports
//   m.exports.draw(0.5); m.points('draw');   // [[x, y], ...]
//
// The manifest (abi_manifest.json) says how every value crosses the
// boundary; this file follows it and assumes nothing else.

import { makeDom } from './dom.mjs';
import { ShapeError, checkValue, describe, makeModuleEncoder, parseShape, shapeName } from './host_values.mjs';

const ERRNO_SUCCESS = 0;
const ERRNO_BADF = 8;

class ProcExit extends Error {
  constructor(code) {
    super(`exit ${code}`);
    this.code = code;
  }
}

/* ---- an in-memory file system (opts.fs) ----
 * What a page or an npm caller gives the program as its files: pre-opened
 * as "/" (the program's "data.csv" is "/data.csv"), read and written by
 * WASI's file calls, read back after the run. Keys are paths ("a/b.txt"; a
 * key ending in "/" an empty directory); values strings (UTF-8) or
 * Uint8Arrays. Errors are WASI's numbers, which the module's runtime turns
 * into CPython's OSErrors. */
const E = { ACCES: 2, BADF: 8, EXIST: 20, INVAL: 28, ISDIR: 31, NOENT: 44, NOTDIR: 54, NOTEMPTY: 55, NOTCAPABLE: 76 };
const FILETYPE_DIR = 3;
const FILETYPE_FILE = 4;
const ROOT_FD = 3;

function makeMemFs(initial, getMemory) {
  const enc = new TextEncoder();
  let inode = 1;
  const now = () => BigInt(Date.now()) * 1000000n;
  const dir = () => ({ type: FILETYPE_DIR, entries: new Map(), ino: inode++, mtime: now() });
  const file = (data) => ({ type: FILETYPE_FILE, data, size: data.length, ino: inode++, mtime: now() });
  const root = dir();
  const fds = new Map([[ROOT_FD, { node: root, pos: 0 }]]);
  let nextFd = ROOT_FD + 1;

  // walks names from node; { parent, name, node } (node undefined: absent) or an errno
  const walk = (start, names) => {
    const stack = [start];
    for (let i = 0; i < names.length - 1; i++) {
      const n = names[i];
      if (n === '..') {
        if (stack.length === 1) return E.NOTCAPABLE;
        stack.pop();
        continue;
      }
      const next = stack[stack.length - 1].entries.get(n);
      if (!next) return E.NOENT;
      if (next.type !== FILETYPE_DIR) return E.NOTDIR;
      stack.push(next);
    }
    const last = names[names.length - 1];
    if (last === '..') {
      if (stack.length === 1) return E.NOTCAPABLE;
      stack.pop();
      return { parent: stack[stack.length - 1], name: null, node: stack[stack.length - 1] };
    }
    const parent = stack[stack.length - 1];
    return { parent, name: last, node: last === undefined ? parent : parent.entries.get(last) };
  };
  const split = (p) => p.split('/').filter((n) => n && n !== '.');
  const lookup = (dirFd, ptr, len) => {
    const d = fds.get(dirFd);
    if (!d || d.node.type !== FILETYPE_DIR) return E.BADF;
    const p = new TextDecoder().decode(new Uint8Array(getMemory().buffer, ptr, len));
    if (p.startsWith('/')) return E.NOTCAPABLE;
    return walk(d.node, split(p));
  };
  for (const [key, value] of Object.entries(initial || {})) {
    const names = split(key);
    if (!names.length || names.includes('..')) throw new TypeError(`fs: '${key}' is not a path inside the file system`);
    let d = root;
    const last = key.endsWith('/') ? names.length : names.length - 1;
    for (let i = 0; i < last; i++) {
      if (!d.entries.has(names[i])) d.entries.set(names[i], dir());
      d = d.entries.get(names[i]);
      if (d.type !== FILETYPE_DIR) throw new TypeError(`fs: '${key}' is inside the file '${names.slice(0, i + 1).join('/')}'`);
    }
    if (last < names.length) {
      const data = typeof value === 'string' ? enc.encode(value) : value instanceof Uint8Array ? value.slice() : null;
      if (!data) throw new TypeError(`fs: the content of '${key}' is a string or a Uint8Array`);
      d.entries.set(names[last], file(data));
    }
  }
  const view = () => new DataView(getMemory().buffer);
  const writeStat = (node, buf) => {
    const v = view();
    for (let i = 0; i < 64; i += 8) v.setBigUint64(buf + i, 0n, true);
    v.setBigUint64(buf + 8, BigInt(node.ino), true);
    v.setUint8(buf + 16, node.type);
    v.setBigUint64(buf + 24, 1n, true);
    v.setBigUint64(buf + 32, BigInt(node.type === FILETYPE_FILE ? node.size : 4096), true);
    for (const off of [40, 48, 56]) v.setBigUint64(buf + off, node.mtime, true);
  };
  const grow = (node, size) => {
    if (size <= node.data.length) return;
    const bigger = new Uint8Array(Math.max(size, node.data.length * 2, 64));
    bigger.set(node.data.subarray(0, node.size));
    node.data = bigger;
  };
  const calls = {
    fd_prestat_get(fd, buf) {
      if (fd !== ROOT_FD) return E.BADF;
      const v = view();
      v.setUint8(buf, 0);
      v.setUint32(buf + 4, 1, true);
      return 0;
    },
    fd_prestat_dir_name(fd, ptr, len) {
      if (fd !== ROOT_FD) return E.BADF;
      if (len >= 1) new Uint8Array(getMemory().buffer)[ptr] = 47; // "/"
      return 0;
    },
    path_open(dirFd, _lookup, ptr, len, oflags, rights, _inheriting, fdflags, out) {
      const r = lookup(dirFd, ptr, len);
      if (typeof r === 'number') return r;
      const wantsWrite = (BigInt(rights) & (1n << 6n)) !== 0n;
      let node = r.node;
      if (!node) {
        if (!(oflags & 1)) return E.NOENT;
        node = file(new Uint8Array(0));
        r.parent.entries.set(r.name, node);
        r.parent.mtime = now();
      } else if ((oflags & 1) && (oflags & 4)) {
        return E.EXIST;
      }
      if ((oflags & 2) && node.type !== FILETYPE_DIR) return E.NOTDIR;
      if (node.type === FILETYPE_DIR && wantsWrite) return E.ISDIR;
      if (node.type === FILETYPE_FILE && (oflags & 8)) {
        node.size = 0;
        node.mtime = now();
      }
      const fd = nextFd++;
      fds.set(fd, { node, pos: 0, append: (fdflags & 1) !== 0 });
      view().setUint32(out, fd, true);
      return 0;
    },
    fd_close(fd) {
      if (fd === ROOT_FD || !fds.delete(fd)) return E.BADF;
      return 0;
    },
    fd_seek(fd, offset, whence, out) {
      const f = fds.get(fd);
      if (!f || fd === ROOT_FD) return E.BADF;
      if (f.node.type !== FILETYPE_FILE) return E.ISDIR;
      const base = whence === 0 ? 0 : whence === 1 ? f.pos : whence === 2 ? f.node.size : NaN;
      const pos = base + Number(offset);
      if (!(pos >= 0)) return E.INVAL;
      f.pos = pos;
      view().setBigUint64(out, BigInt(pos), true);
      return 0;
    },
    fd_filestat_get(fd, buf) {
      const f = fds.get(fd);
      if (!f) return E.BADF;
      writeStat(f.node, buf);
      return 0;
    },
    path_filestat_get(dirFd, _flags, ptr, len, buf) {
      const r = lookup(dirFd, ptr, len);
      if (typeof r === 'number') return r;
      if (!r.node) return E.NOENT;
      writeStat(r.node, buf);
      return 0;
    },
    fd_readdir(fd, buf, bufLen, cookie, usedOut) {
      const f = fds.get(fd);
      if (!f) return E.BADF;
      if (f.node.type !== FILETYPE_DIR) return E.NOTDIR;
      const mem = new Uint8Array(getMemory().buffer);
      const v = view();
      let used = 0;
      const names = [...f.node.entries.keys()];
      for (let i = Number(cookie); i < names.length && used < bufLen; i++) {
        const name = enc.encode(names[i]);
        const entry = new Uint8Array(24 + name.length);
        const ev = new DataView(entry.buffer);
        ev.setBigUint64(0, BigInt(i + 1), true);
        ev.setBigUint64(8, BigInt(f.node.entries.get(names[i]).ino), true);
        ev.setUint32(16, name.length, true);
        ev.setUint8(20, f.node.entries.get(names[i]).type);
        entry.set(name, 24);
        const n = Math.min(entry.length, bufLen - used);
        mem.set(entry.subarray(0, n), buf + used);
        used += n;
      }
      v.setUint32(usedOut, used, true);
      return 0;
    },
    path_create_directory(dirFd, ptr, len) {
      const r = lookup(dirFd, ptr, len);
      if (typeof r === 'number') return r;
      if (r.node) return E.EXIST;
      r.parent.entries.set(r.name, dir());
      return 0;
    },
    path_remove_directory(dirFd, ptr, len) {
      const r = lookup(dirFd, ptr, len);
      if (typeof r === 'number') return r;
      if (!r.node) return E.NOENT;
      if (r.node.type !== FILETYPE_DIR) return E.NOTDIR;
      if (r.node.entries.size) return E.NOTEMPTY;
      if (!r.name) return E.ACCES;
      r.parent.entries.delete(r.name);
      return 0;
    },
    path_unlink_file(dirFd, ptr, len) {
      const r = lookup(dirFd, ptr, len);
      if (typeof r === 'number') return r;
      if (!r.node) return E.NOENT;
      if (r.node.type === FILETYPE_DIR) return E.ISDIR;
      r.parent.entries.delete(r.name);
      return 0;
    },
    path_rename(fromFd, fromPtr, fromLen, toFd, toPtr, toLen) {
      const a = lookup(fromFd, fromPtr, fromLen);
      if (typeof a === 'number') return a;
      const b = lookup(toFd, toPtr, toLen);
      if (typeof b === 'number') return b;
      if (!a.node || !a.name) return E.NOENT;
      if (!b.name) return E.ACCES;
      if (b.node && b.node.type === FILETYPE_DIR && a.node.type !== FILETYPE_DIR) return E.ISDIR;
      if (b.node && b.node.type === FILETYPE_DIR && b.node.entries.size) return E.NOTEMPTY;
      a.parent.entries.delete(a.name);
      b.parent.entries.set(b.name, a.node);
      return 0;
    },
  };
  /* fd_read / fd_write of an open file: n bytes moved, or an errno (< 0) */
  const read = (fd, iovs, iovsLen) => {
    const f = fds.get(fd);
    if (!f) return -E.BADF;
    if (f.node.type !== FILETYPE_FILE) return -E.ISDIR;
    const v = view();
    let total = 0;
    for (let i = 0; i < iovsLen; i++) {
      const ptr = v.getUint32(iovs + i * 8, true);
      const len = v.getUint32(iovs + i * 8 + 4, true);
      const n = Math.max(0, Math.min(len, f.node.size - f.pos));
      new Uint8Array(getMemory().buffer, ptr, n).set(f.node.data.subarray(f.pos, f.pos + n));
      f.pos += n;
      total += n;
      if (n < len) break;
    }
    return total;
  };
  const write = (fd, iovs, iovsLen) => {
    const f = fds.get(fd);
    if (!f) return -E.BADF;
    if (f.node.type !== FILETYPE_FILE) return -E.ISDIR;
    const v = view();
    let total = 0;
    if (f.append) f.pos = f.node.size;
    for (let i = 0; i < iovsLen; i++) {
      const ptr = v.getUint32(iovs + i * 8, true);
      const len = v.getUint32(iovs + i * 8 + 4, true);
      grow(f.node, f.pos + len);
      f.node.data.set(new Uint8Array(getMemory().buffer, ptr, len), f.pos);
      if (f.pos > f.node.size) f.node.data.fill(0, f.node.size, f.pos);
      f.pos += len;
      f.node.size = Math.max(f.node.size, f.pos);
      total += len;
    }
    f.node.mtime = now();
    return total;
  };
  /* The files now: {path: string (valid UTF-8) or Uint8Array}, an empty
   * directory as "path/". */
  const snapshot = () => {
    const out = {};
    const strict = new TextDecoder('utf-8', { fatal: true });
    const visit = (d, prefix) => {
      if (prefix && !d.entries.size) out[`${prefix}/`] = '';
      for (const [name, node] of d.entries) {
        const p = prefix ? `${prefix}/${name}` : name;
        if (node.type === FILETYPE_DIR) visit(node, p);
        else {
          const bytes = node.data.slice(0, node.size);
          try {
            out[p] = strict.decode(bytes);
          } catch {
            out[p] = bytes;
          }
        }
      }
    };
    visit(root, '');
    return out;
  };
  return { calls, read, write, snapshot };
}

/* A WASI preview1 subset: stdout/stderr go to callbacks line by line,
 * stdin comes from a string, or else line by line as the program reads it
 * from opts.readStdin() (a page's worker waiting for the visitor) or
 * window.prompt in a page (null: end of input), args are the user's
 * arguments. */
export function makeWasi(getMemory, opts = {}) {
  const enc = new TextEncoder();
  const args = ['module.wasm', ...(opts.args || [])].map((a) => enc.encode(`${a}\0`));
  let stdin = opts.stdin === undefined || opts.stdin === null ? null : enc.encode(String(opts.stdin));
  let stdinPos = 0;
  const interactive = stdin === null;
  const ask = opts.readStdin ?? (() => (typeof window !== 'undefined' && window.prompt ? window.prompt('') : null));
  let ended = false;
  const sinks = {
    1: opts.stdout || ((s) => console.log(s.replace(/\n$/, ''))),
    2: opts.stderr || ((s) => console.error(s.replace(/\n$/, ''))),
  };
  const decoders = { 1: new TextDecoder(), 2: new TextDecoder() };
  const pending = { 1: '', 2: '' };
  const view = () => new DataView(getMemory().buffer);
  const memfs = opts.fs ? makeMemFs(opts.fs, getMemory) : null;
  const env = Object.entries(opts.env || {}).map(([k, v]) => enc.encode(`${k}=${v}\0`));
  const flush = (fd, all) => {
    const text = pending[fd];
    const cut = all ? text.length : text.lastIndexOf('\n') + 1;
    if (cut > 0) {
      pending[fd] = text.slice(cut);
      sinks[fd](text.slice(0, cut));
    }
  };
  const wasi = {
    fd_write(fd, iovs, iovsLen, nwritten) {
      if (memfs && fd > 2) {
        const n = memfs.write(fd, iovs, iovsLen);
        if (n < 0) return -n;
        view().setUint32(nwritten, n, true);
        return ERRNO_SUCCESS;
      }
      if (fd !== 1 && fd !== 2) return ERRNO_BADF;
      const v = view();
      let total = 0;
      for (let i = 0; i < iovsLen; i++) {
        const ptr = v.getUint32(iovs + i * 8, true);
        const len = v.getUint32(iovs + i * 8 + 4, true);
        pending[fd] += decoders[fd].decode(new Uint8Array(getMemory().buffer, ptr, len), { stream: true });
        total += len;
      }
      v.setUint32(nwritten, total, true);
      flush(fd, false);
      return ERRNO_SUCCESS;
    },
    fd_read(fd, iovs, iovsLen, nread) {
      if (memfs && fd > 2) {
        const n = memfs.read(fd, iovs, iovsLen);
        if (n < 0) return -n;
        view().setUint32(nread, n, true);
        return ERRNO_SUCCESS;
      }
      if (fd !== 0) return ERRNO_BADF;
      // An input() prompt has no newline: show it before reading, so that
      // prompts and errors appear in the order the program wrote them.
      flush(1, true);
      flush(2, true);
      if (interactive && !ended && (stdin === null || stdinPos >= stdin.length)) {
        const line = ask();
        if (line === null) ended = true;
        stdin = enc.encode(line === null ? '' : line.endsWith('\n') ? line : `${line}\n`);
        stdinPos = 0;
      }
      const v = view();
      let total = 0;
      // opts.onStdin(text): told what is read, one line per read (a page
      // echoes it after the prompt, as a terminal would).
      let end = stdin.length;
      if (opts.onStdin) {
        const nl = stdin.indexOf(10, stdinPos);
        if (nl >= 0) end = nl + 1;
      }
      for (let i = 0; i < iovsLen && stdinPos < end; i++) {
        const ptr = v.getUint32(iovs + i * 8, true);
        const len = v.getUint32(iovs + i * 8 + 4, true);
        const n = Math.min(len, end - stdinPos);
        if (opts.onStdin) opts.onStdin(new TextDecoder().decode(stdin.subarray(stdinPos, stdinPos + n)));
        new Uint8Array(getMemory().buffer, ptr, n).set(stdin.subarray(stdinPos, stdinPos + n));
        stdinPos += n;
        total += n;
      }
      v.setUint32(nread, total, true);
      return ERRNO_SUCCESS;
    },
    args_sizes_get(argc, bufSize) {
      const v = view();
      v.setUint32(argc, args.length, true);
      v.setUint32(bufSize, args.reduce((n, a) => n + a.length, 0), true);
      return ERRNO_SUCCESS;
    },
    args_get(argv, buf) {
      const v = view();
      const mem = new Uint8Array(getMemory().buffer);
      for (const a of args) {
        v.setUint32(argv, buf, true);
        argv += 4;
        mem.set(a, buf);
        buf += a.length;
      }
      return ERRNO_SUCCESS;
    },
    clock_time_get(_id, _precision, out) {
      const ns = BigInt(Math.round((typeof performance !== 'undefined' ? performance.timeOrigin + performance.now() : Date.now()) * 1e6));
      view().setBigUint64(out, ns, true);
      return ERRNO_SUCCESS;
    },
    // time.sleep(): the clock subscriptions' longest relative timeout,
    // waited with Atomics.wait where the host allows blocking (a worker,
    // Node), else by watching the clock; each subscription gets its event
    poll_oneoff(subs, events, n, nevents) {
      const v = view();
      let ms = 0;
      for (let i = 0; i < n; i++) {
        const s = subs + 48 * i;
        if (v.getUint8(s + 8) === 0 && !(v.getUint16(s + 40, true) & 1)) {
          ms = Math.max(ms, Number(v.getBigUint64(s + 24, true)) / 1e6);
        }
      }
      if (ms > 0) {
        try {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
        } catch {
          const end = performance.now() + ms;
          while (performance.now() < end) { /* the main thread of a page cannot block */ }
        }
      }
      const w = view();
      for (let i = 0; i < n; i++) {
        const e = events + 32 * i;
        w.setBigUint64(e, v.getBigUint64(subs + 48 * i, true), true);
        w.setUint16(e + 8, 0, true);
        w.setUint8(e + 10, 0);
      }
      w.setUint32(nevents, n, true);
      return ERRNO_SUCCESS;
    },
    environ_sizes_get(count, size) {
      const v = view();
      v.setUint32(count, env.length, true);
      v.setUint32(size, env.reduce((n, e) => n + e.length, 0), true);
      return ERRNO_SUCCESS;
    },
    environ_get(ptrs, buf) {
      const v = view();
      const mem = new Uint8Array(getMemory().buffer);
      for (const e of env) {
        v.setUint32(ptrs, buf, true);
        ptrs += 4;
        mem.set(e, buf);
        buf += e.length;
      }
      return ERRNO_SUCCESS;
    },
    random_get(ptr, len) {
      const bytes = new Uint8Array(getMemory().buffer, ptr, len);
      if (globalThis.crypto?.getRandomValues) {
        for (let i = 0; i < len; i += 65536) globalThis.crypto.getRandomValues(bytes.subarray(i, i + 65536));
      } else {
        for (let i = 0; i < len; i++) bytes[i] = (Math.random() * 256) | 0;
      }
      return ERRNO_SUCCESS;
    },
    proc_exit(code) {
      flush(1, true);
      flush(2, true);
      throw new ProcExit(code);
    },
  };
  // without opts.fs: no directory is pre-opened, every file call fails
  const noFs = () => ERRNO_BADF;
  for (const name of ['fd_prestat_get', 'fd_prestat_dir_name', 'path_open', 'fd_close', 'fd_seek', 'fd_filestat_get',
    'path_filestat_get', 'fd_readdir', 'path_create_directory', 'path_remove_directory', 'path_unlink_file', 'path_rename']) {
    wasi[name] = memfs ? memfs.calls[name] : noFs;
  }
  return { wasi, flushAll: () => { flush(1, true); flush(2, true); }, files: () => (memfs ? memfs.snapshot() : undefined) };
}

async function toModule(source) {
  if (source instanceof WebAssembly.Module) return source;
  if (source && typeof source.then === 'function') source = await source;
  if (typeof source === 'string' || source instanceof URL) source = await fetch(source);
  if (typeof Response !== 'undefined' && source instanceof Response) source = await source.arrayBuffer();
  return WebAssembly.compile(source);
}

/* ---- values across the boundary (manifest.memory_layout) ---- */

const align8 = (n) => (n + 7) & ~7;

/* A runtime object at addr as a JS value: str -> string, int -> number
 * (BigInt beyond 2^53), float -> number, bool -> boolean, None -> null,
 * bytes -> Uint8Array, list/tuple -> array. Other objects (dict, set, ...)
 * are refused. */
export function decodeObject(memory, objects, addr) {
  // one view and one decoder for the whole value: a list of a million
  // numbers is a loop over memory, not a million set-ups
  const v = new DataView(memory.buffer);
  const { header, str, int, bool, float, none, list, tuple, bytes } = objects;
  const half = int.small_bits ? 1n << BigInt(int.small_bits - 1) : null;
  let utf8 = null;
  /* An int: its value when in the small range, else (a handle) the object
   * is a big int of 32-bit limbs (manifest objects.int.big). */
  const intValue = (at) => {
    const value = v.getBigInt64(at + int.value_offset, true);
    if (half === null || (value >= -half && value < half)) {
      const n = Number(value);
      return Number.isSafeInteger(n) ? n : value;
    }
    const n = v.getUint32(at + int.big.limb_count_offset, true);
    let mag = 0n;
    for (let i = n - 1; i >= 0; i--) mag = (mag << 32n) | BigInt(v.getUint32(at + int.big.limbs_offset + 4 * i, true));
    return v.getUint32(at + int.big.negative_offset, true) ? -mag : mag;
  };
  const items = (start, len, depth) => {
    const out = new Array(len);
    for (let i = 0; i < len; i++) out[i] = decode(v.getUint32(start + 4 * i, true), depth + 1);
    return out;
  };
  const decode = (at, depth) => {
    if (depth > 1000) throw new TypeError('multilingual: value nested too deeply to reach JS');
    const type = v.getUint32(at + header.type_offset, true) & header.type_mask;
    switch (type) {
      case float.type_code: return v.getFloat64(at + float.value_offset, true);
      case int.type_code: return intValue(at);
      case str.type_code: {
        const len = v.getUint32(at + str.byte_length_offset, true);
        utf8 ??= new TextDecoder();
        return utf8.decode(new Uint8Array(memory.buffer, at + str.data_offset, len));
      }
      case bool.type_code: return v.getBigInt64(at + bool.value_offset, true) !== 0n;
      case none.type_code: return null;
      case list.type_code: {
        // a list of bools holds bytes, a list of floats f64 items (with
        // their boxes beside them), any other list objects
        const flags = v.getUint32(at + header.type_offset, true);
        const data = v.getUint32(at + list.items_pointer_offset, true);
        const len = v.getUint32(at + list.length_offset, true);
        if (flags & list.bool_items_flag) return Array.from(new Uint8Array(memory.buffer, data, len), (b) => b !== 0);
        if (flags & list.float_items_flag) {
          const out = new Array(len);
          for (let i = 0; i < len; i++) out[i] = v.getFloat64(data + list.float_item_size_bytes * i, true);
          return out;
        }
        return items(data, len, depth);
      }
      case tuple.type_code:
        return items(at + tuple.items_offset, v.getUint32(at + tuple.length_offset, true), depth);
      case bytes?.type_code: // a copy: the module's memory is reused
        return new Uint8Array(memory.buffer, at + bytes.data_offset, v.getUint32(at + bytes.byte_length_offset, true)).slice();
      default:
        throw new TypeError(`multilingual: only str, int, float, bool, None, bytes, list and tuple values reach JS (runtime type ${type})`);
    }
  };
  return decode(addr, 0);
}

/* ---- arguments: checked against the manifest, then converted ----
 * A value that does not fit its parameter is a TypeError naming the
 * parameter (manifest param_names) and the type it expects, thrown before
 * the module is entered. */

const TYPE_NAMES = { i64: 'int', f64: 'float', bool: 'bool', str: 'str', 'array<f64>': 'list[float]', i32: 'int' };
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;

/* The kinds with their own wasm parameters; any other arg_types entry is a
 * shape (./host_values.mjs), encoded into the host buffer. */
const isShape = (t) => !(t in TYPE_NAMES) && t !== 'object'; // object: an old manifest's unpassable type
const typeName = (t) => (isShape(t) ? shapeName(parseShape(t)) : TYPE_NAMES[t]);

function argError(sig, i, value, detail) {
  const pname = sig.param_names && sig.param_names[i] ? `parameter '${sig.param_names[i]}'` : `argument ${i + 1}`;
  const want = typeName(sig.arg_types[i]);
  const what = want ? `expects ${want}` : 'has a type JS cannot pass (not an int, float, bool, str or list of numbers)';
  return new TypeError(`${sig.name}(): ${pname} ${what}${detail ? ` (${detail})` : want ? `, not ${describe(value)}` : ''}`);
}

/* A list[float] argument as something Float64Array.set copies in one
 * native call: a Float64Array as is, other typed arrays and arrays of
 * numbers (checked). */
function toF64Source(sig, i, value) {
  if (value instanceof Float64Array) return value;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    if (value instanceof BigInt64Array || value instanceof BigUint64Array) return Float64Array.from(value, Number);
    return value;
  }
  if (!Array.isArray(value)) throw argError(sig, i, value);
  for (let k = 0; k < value.length; k++) {
    const x = value[k];
    if (typeof x === 'number') continue;
    if (typeof x === 'boolean' || typeof x === 'bigint') return value.map(Number);
    throw argError(sig, i, value, `item ${k} is ${describe(x)}, not a number`);
  }
  return value;
}

function toI64(sig, i, value) {
  if (typeof value === 'number' && Number.isInteger(value)) {
    if (Number.isSafeInteger(value)) return BigInt(value);
    if (Math.abs(value) < 2 ** 63) return BigInt(value);
    throw argError(sig, i, value, `${value} does not fit in 64 bits`);
  }
  if (typeof value === 'bigint') {
    if (value < I64_MIN || value > I64_MAX) throw argError(sig, i, value, `${value}n does not fit in 64 bits`);
    return value;
  }
  if (typeof value === 'boolean') return value ? 1n : 0n; // a Python bool is an int
  throw argError(sig, i, value);
}

function toF64(sig, i, value) {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || typeof value === 'boolean') return Number(value);
  throw argError(sig, i, value);
}

/* The arguments of a call of export sig, checked (a TypeError naming the
 * parameter) and prepared: { prepared, size } (size: the bytes they take
 * in the host buffer). encoder: the instance's makeModuleEncoder(), to
 * encode shaped arguments (without it they are only checked). */
export function checkArguments(sig, args, enc = new TextEncoder(), encoder = null) {
  const types = sig.arg_types;
  if (args.length !== types.length) {
    throw new TypeError(`${sig.name}() takes ${types.length} argument(s) (${args.length} given)`);
  }
  const prepared = new Array(types.length);
  let size = 0;
  encoder?.begin();
  for (let i = 0; i < types.length; i++) {
    const t = types[i];
    const a = args[i];
    if (t === 'str') {
      if (typeof a !== 'string') throw argError(sig, i, a);
      prepared[i] = enc.encode(a);
      size += align8(prepared[i].length);
    } else if (t === 'array<f64>') {
      prepared[i] = toF64Source(sig, i, a);
      size += align8(8 * prepared[i].length);
    } else if (t === 'i64') {
      prepared[i] = toI64(sig, i, a);
    } else if (t === 'f64') {
      prepared[i] = toF64(sig, i, a);
    } else if (t === 'bool') {
      if (typeof a !== 'boolean') throw argError(sig, i, a);
      prepared[i] = a ? 1 : 0;
    } else if (t === 'i32') {
      if (typeof a !== 'number' || !Number.isInteger(a)) throw argError(sig, i, a);
      prepared[i] = a | 0;
    } else if (t === 'object') {
      throw argError(sig, i, a);
    } else {
      try {
        const shape = parseShape(t);
        if (encoder) {
          prepared[i] = encoder.encode(shape, a, '');
          size += align8(prepared[i].length);
        } else {
          checkValue(shape, a, '');
        }
      } catch (e) {
        if (e instanceof ShapeError) throw argError(sig, i, a, e.where ? e.message : '');
        throw e;
      }
    }
  }
  return { prepared, size };
}

/* A JS function calling export `sig` of the instance: arguments are
 * checked and converted, strings and arrays copied into the module's host
 * buffer, results converted back (manifest entry fields arg_types,
 * param_names, return_type, tuple_return). */
function wrapExport(sig, ctx) {
  const { instance, call } = ctx;
  const fn = instance.exports[sig.name];
  const enc = new TextEncoder();
  const tupleArity = sig.tuple_return ? sig.tuple_return.arity : 0;
  const types = sig.arg_types;
  return (...args) => {
    // every check first: nothing is written to the module before they pass
    const { prepared, size: argSize } = checkArguments(sig, args, enc, ctx.encoder);
    let size = argSize;
    if (tupleArity) size += align8(4 + 8 * tupleArity);
    let base = 0;
    if (size > 0) base = call(instance.exports.__ml_host_buffer, [size]);
    const wasmArgs = [];
    let at = base;
    const memory = instance.exports.memory;
    for (let i = 0; i < types.length; i++) {
      const t = types[i];
      const p = prepared[i];
      if (t === 'str' || isShape(t)) { // UTF-8, or a shaped value's encoding
        new Uint8Array(memory.buffer, at, p.length).set(p);
        wasmArgs.push(at, p.length);
        at += align8(p.length);
      } else if (t === 'array<f64>') {
        // the host buffer is 8-aligned (align8 steps from it): one copy
        if (at % 8 === 0) new Float64Array(memory.buffer, at, p.length).set(p);
        else {
          const dv = new DataView(memory.buffer);
          for (let k = 0; k < p.length; k++) dv.setFloat64(at + 8 * k, Number(p[k]), true);
        }
        wasmArgs.push(at, p.length);
        at += align8(8 * p.length);
      } else {
        wasmArgs.push(p);
      }
    }
    if (tupleArity) wasmArgs.push(at);
    const result = call(fn, wasmArgs);
    const type = sig.return_type;
    if (tupleArity) {
      const dv = new DataView(memory.buffer);
      const n = dv.getInt32(at, true);
      return Array.from({ length: n }, (_, k) => dv.getFloat64(at + 4 + 8 * k, true));
    }
    if (type === 'void') return undefined;
    if (type === 'i64') {
      // beyond 64 bits: the sentinel, then the int itself from its export
      if (ctx.bigInt && result === ctx.bigInt.sentinel) {
        const addr = call(instance.exports[ctx.bigInt.export], []);
        if (addr) return decodeObject(memory, ctx.objects, addr);
      }
      return Number.isSafeInteger(Number(result)) ? Number(result) : result;
    }
    if (type === 'bool') return result !== 0;
    if (type === 'str' || type === 'object') return decodeObject(memory, ctx.objects, result);
    return result;
  };
}

/* Instantiate a module described by its manifest.
 * options: { stdout(text), stderr(text), stdin (string), args (string[]),
 * root (the DOM builtins' part of the page: an Element or a Document),
 * onError(err) (a DOM handler's Python exception, after its traceback) }.
 * Returns { manifest, instance, exports, start(), points(name) }: exports wraps each
 * function; a Python exception becomes a thrown Error whose message is the
 * exception line (err.exitCode is set). */
export async function instantiateModule(manifest, source, options = {}) {
  let memory = null;
  let errText = '';
  const userErr = options.stderr || ((s) => console.error(s.replace(/\n$/, '')));
  const host = makeWasi(() => memory, {
    ...options,
    stderr: (s) => {
      errText += s;
      userErr(s);
    },
  });
  const module = await toModule(source);
  // the DOM builtins' host (--wasm-target browser), confined to options.root
  const dom = makeDom(() => memory, options);
  const imports = { wasi_snapshot_preview1: host.wasi, env: dom.env };
  const instance = await WebAssembly.instantiate(module, imports);
  memory = instance.exports.memory;
  const flush = instance.exports[manifest.flush_export];
  const reset = instance.exports[manifest.reset_export];
  let depth = 0; // calls of the module in progress (a DOM event waits for 0)
  const call = (fn, args) => {
    errText = '';
    depth++;
    try {
      return fn(...args);
    } catch (e) {
      host.flushAll();
      // the call's frames are dead: reset the module's stacks for the next call
      if (reset && e instanceof ProcExit) reset();
      if (e instanceof ProcExit) {
        if (e.code === 0) return undefined;
        const last = errText.trim().split('\n').pop() || `exit status ${e.code}`;
        const err = new Error(last);
        err.exitCode = e.code;
        throw err;
      }
      if ((e instanceof RangeError || e instanceof WebAssembly.RuntimeError) && /call stack/i.test(e.message)) {
        const err = new Error('RecursionError: maximum recursion depth exceeded');
        err.exitCode = 1;
        // What the native CLI prints: stderr is never silent on an error.
        userErr(`Traceback (most recent call last):\n${err.message}\n`);
        throw err;
      }
      throw e;
    } finally {
      // print() buffers inside the module: flush after every call
      if (flush && fn !== flush) {
        try { flush(); } catch { /* an exit while flushing: nothing left to show */ }
      }
      host.flushAll();
      depth--;
    }
  };
  // events and timers call the program's handlers through this export
  if (instance.exports.__ml_dom_event) dom.attach((id) => call(instance.exports.__ml_dom_event, [id]), () => depth > 0);
  const layout = manifest.memory_layout;
  const bigInt = layout.big_int_result ? { export: layout.big_int_result.export, sentinel: BigInt(layout.big_int_result.sentinel) } : null;
  const encoder = layout.value_encoding ? makeModuleEncoder(layout.value_encoding) : null;
  const ctx = { instance, call, objects: layout.objects, encoder, bigInt };
  const exports = {};
  const streams = {};
  for (const sig of manifest.exports) {
    if (sig.name === '_start' || typeof instance.exports[sig.name] !== 'function') continue;
    exports[sig.name] = wrapExport(sig, ctx);
    if (sig.stream_output) streams[sig.name] = sig.stream_output;
  }
  /* The points the last call of a point_stream/polyline export produced. */
  const points = (name) => {
    const s = streams[name];
    if (!s) throw new TypeError(`${name} is not a point_stream or polyline export`);
    const count = call(instance.exports[s.count_export], []);
    if (count === 0) return [];
    const stride = s.item_layout.stride_bytes;
    const buf = call(instance.exports.__ml_host_buffer, [stride * count]);
    const n = call(instance.exports[s.writer_export], [buf, count]);
    const dv = new DataView(memory.buffer);
    const [fx, fy] = s.item_layout.fields;
    return Array.from({ length: n }, (_, i) => [
      dv.getFloat64(buf + i * stride + fx.offset_bytes, true),
      dv.getFloat64(buf + i * stride + fy.offset_bytes, true),
    ]);
  };
  // files(): the in-memory file system's files now (options.fs), else undefined
  // dispose(): the page's listeners and timers of the program removed
  return {
    manifest, instance, exports, points, start: () => call(instance.exports._start, []), files: host.files,
    dispose: dom.dispose,
  };
}

/* Run the program's top-level code: { exitCode, stdout, stderr }, and fs
 * (the in-memory file system's files after the run) when options.fs. */
export async function runModule(manifest, source, options = {}) {
  let stdout = '';
  let stderr = '';
  const m = await instantiateModule(manifest, source, {
    ...options,
    stdout: (s) => {
      stdout += s;
      if (options.stdout) options.stdout(s);
    },
    stderr: (s) => {
      stderr += s;
      if (options.stderr) options.stderr(s);
    },
  });
  const result = (exitCode) => (options.fs ? { exitCode, stdout, stderr, fs: m.files() } : { exitCode, stdout, stderr });
  try {
    m.start();
    return result(0);
  } catch (e) {
    if (e.exitCode !== undefined) return result(e.exitCode);
    throw e;
  }
}
