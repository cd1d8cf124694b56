// JS values as the arguments of a module's functions, following the
// parameter's shape in abi_manifest.json (arg_types):
//
//   shape := i64 | f64 | bool | str | bytes | none | any
//          | list<shape> | tuple<shape> | set<shape> | dict<shape,shape>
//
// One walk (convertValue) decides what Python value a JS value is, and
// hands it to a sink: the module's encoder (makeModuleEncoder: the bytes
// src/runtime/rt_host_value.c decodes, tags from the manifest) or the
// python backend's JSON (toPythonJson). Both backends therefore receive
// the same Python values. A value that does not fit raises a TypeError
// whose detail names the item (`item [1][0] is string "x", not a number`).
//
// Under `any`: null and undefined are None, a boolean a bool, an integral
// number an int (a JS number cannot tell 2.0 from 2: annotate float where
// floats are meant), another number a float, a bigint an int, a string a
// str, a Uint8Array or ArrayBuffer bytes, another typed array a list of
// numbers, an Array a list, a Set a set, a Map or a plain object a dict.

/* ---- shapes ---- */

const SHAPES = new Map();

/* The tree of a shape string: { k: 'list', item } ..., cached. */
export function parseShape(text) {
  let s = SHAPES.get(text);
  if (s) return s;
  let pos = 0;
  const fail = () => {
    throw new TypeError(`multilingual: unknown parameter type '${text}' in the manifest`);
  };
  const word = () => {
    const m = /^[a-z0-9]+/.exec(text.slice(pos));
    if (!m) fail();
    pos += m[0].length;
    return m[0];
  };
  const expect = (c) => {
    if (text[pos] !== c) fail();
    pos++;
  };
  const one = () => {
    const k = word();
    if (k === 'list' || k === 'tuple' || k === 'set') {
      expect('<');
      const item = one();
      expect('>');
      return { k, item };
    }
    if (k === 'dict') {
      expect('<');
      const key = one();
      expect(',');
      const item = one();
      expect('>');
      return { k, key, item };
    }
    if (!['i64', 'f64', 'bool', 'str', 'bytes', 'none', 'any'].includes(k)) fail();
    return { k };
  };
  s = one();
  if (pos !== text.length) fail();
  SHAPES.set(text, s);
  return s;
}

const PY_NAMES = { i64: 'int', f64: 'float', bool: 'bool', str: 'str', bytes: 'bytes', none: 'None', any: 'object' };

/* The Python spelling of a shape: list<list<f64>> -> list[list[float]]. */
export function shapeName(shape) {
  if (shape.k === 'dict') return `dict[${shapeName(shape.key)}, ${shapeName(shape.item)}]`;
  if (shape.k === 'tuple') return `tuple[${shapeName(shape.item)}, ...]`;
  if (shape.item) return `${shape.k}[${shapeName(shape.item)}]`;
  return PY_NAMES[shape.k];
}

/* ---- the walk ---- */

export function describe(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `a ${value.constructor.name}`;
  if (value instanceof Map) return 'a Map';
  if (value instanceof Set) return 'a Set';
  if (typeof value === 'number' || typeof value === 'bigint') return `${typeof value} ${String(value)}${typeof value === 'bigint' ? 'n' : ''}`;
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}...` : value)}`;
  return typeof value;
}

/* A value that does not fit; `where` is its path from the argument. */
export class ShapeError extends TypeError {
  constructor(where, value, want) {
    super(`${where ? `${where} is ` : ''}${describe(value)}, not ${want}`);
    this.where = where;
  }
}

const INT_ARRAYS = [Int8Array, Int16Array, Int32Array, Uint8Array, Uint8ClampedArray, Uint16Array, Uint32Array];
const isIntArray = (v) => INT_ARRAYS.some((T) => v instanceof T);
const isFloatArray = (v) => v instanceof Float64Array || v instanceof Float32Array;
const isPlainObject = (v) => {
  if (typeof v !== 'object' || v === null) return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
};
const INT64_LOW = -(2n ** 63n);
const INT64_HIGH = 2n ** 63n - 1n;

/* An int from a JS number or bigint (a bool is an int too), else null. */
function intOf(v) {
  if (typeof v === 'number') return Number.isInteger(v) ? (Number.isSafeInteger(v) ? v : BigInt(v)) : null;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
}

/* Whether every item of an Array is a safe integer (a block of ints). */
function allSafeInts(a) {
  for (let i = 0; i < a.length; i++) if (!Number.isSafeInteger(a[i])) return false;
  return true;
}

function allNumbers(a) {
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'number') return false;
  return true;
}

/* Calls sink for the Python value of `value` under `shape`:
 *   sink.scalar(tag, v)  tag: none, false, true, int, float, str, bytes
 *   sink.open(tag, n)    tag: list, tuple, set, dict (n items or pairs)
 *   sink.close()
 *   sink.block(tag, container, items)  tag: floats, ints_f64, i64s, u64s;
 *     items an Array or typed array whose numbers are the items as is */
export function convertValue(shape, value, sink, where = '', depth = 0) {
  if (depth > 1000) throw new ShapeError(where, value, 'a value nested less than 1000 deep');
  const at = (k) => `${where || 'item '}[${k}]`;
  switch (shape.k) {
    case 'any': return convertAny(value, sink, where, depth);
    case 'none':
      if (value !== null && value !== undefined) throw new ShapeError(where, value, 'None (null)');
      return sink.scalar('none');
    case 'bool':
      if (typeof value !== 'boolean') throw new ShapeError(where, value, 'a bool');
      return sink.scalar(value ? 'true' : 'false');
    case 'i64': {
      const n = intOf(value);
      if (n === null) throw new ShapeError(where, value, 'an int');
      return sink.scalar('int', n);
    }
    case 'f64':
      if (typeof value !== 'number' && typeof value !== 'bigint' && typeof value !== 'boolean') {
        throw new ShapeError(where, value, 'a number');
      }
      return sink.scalar('float', Number(value));
    case 'str':
      if (typeof value !== 'string') throw new ShapeError(where, value, 'a string');
      return sink.scalar('str', value);
    case 'bytes': {
      const b = bytesOf(value);
      if (!b) throw new ShapeError(where, value, 'bytes (a Uint8Array, an ArrayBuffer or an array of ints 0..255)');
      return sink.scalar('bytes', b);
    }
    case 'list': case 'tuple': case 'set': {
      const items = value instanceof Set && shape.k === 'set' ? [...value] : value;
      const typed = ArrayBuffer.isView(items) && !(items instanceof DataView);
      if (!Array.isArray(items) && !typed) {
        throw new ShapeError(where, value, shape.k === 'set' ? 'a set (a Set or an array)' : `a ${shape.k} (an array or a typed array)`);
      }
      if (blockOf(shape.item.k, items, shape.k, sink)) return undefined;
      sink.open(shape.k, items.length);
      for (let i = 0; i < items.length; i++) convertValue(shape.item, items[i], sink, at(i), depth + 1);
      return sink.close();
    }
    case 'dict': {
      const entries = value instanceof Map ? [...value] : isPlainObject(value) ? Object.entries(value) : null;
      if (!entries) throw new ShapeError(where, value, 'a dict (a Map or a plain object)');
      sink.open('dict', entries.length);
      for (const [k, v] of entries) {
        const key = `${where || 'item '}[${typeof k === 'string' ? JSON.stringify(k) : String(k)}]`;
        convertValue(shape.key, k, sink, `the key of ${key}`, depth + 1);
        convertValue(shape.item, v, sink, key, depth + 1);
      }
      return sink.close();
    }
    default: throw new TypeError(`multilingual: unknown shape ${shape.k}`);
  }
}

/* A Uint8Array of the bytes of value, or null. */
function bytesOf(value) {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (Array.isArray(value) && value.every((x) => Number.isInteger(x) && x >= 0 && x <= 255)) return Uint8Array.from(value);
  return null;
}

/* Items that go as one block: numbers of the item shape (floats: numbers;
 * ints: integral), or any typed array. Returns whether it did. */
function blockOf(itemKind, items, container, sink) {
  const typed = ArrayBuffer.isView(items);
  if (itemKind === 'f64') {
    if (typed ? items instanceof BigInt64Array || items instanceof BigUint64Array : !allNumbers(items)) return false;
    sink.block('floats', container, items);
    return true;
  }
  if (itemKind === 'i64' || itemKind === 'any') {
    if (items instanceof BigInt64Array) sink.block('i64s', container, items);
    else if (items instanceof BigUint64Array) sink.block('u64s', container, items);
    else if (typed && isIntArray(items)) sink.block('ints_f64', container, items);
    else if (typed && isFloatArray(items) && itemKind === 'any') sink.block('floats', container, items);
    else if (!typed && itemKind === 'i64' && items.length > 0 && allSafeInts(items)) sink.block('ints_f64', container, items);
    else return false;
    return true;
  }
  return false;
}

function convertAny(value, sink, where, depth) {
  if (value === null || value === undefined) return sink.scalar('none');
  switch (typeof value) {
    case 'boolean': return sink.scalar(value ? 'true' : 'false');
    case 'number': return Number.isInteger(value) ? sink.scalar('int', intOf(value)) : sink.scalar('float', value);
    case 'bigint': return sink.scalar('int', value);
    case 'string': return sink.scalar('str', value);
    default: break;
  }
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return sink.scalar('bytes', bytesOf(value));
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    blockOf('any', value, 'list', sink);
    return undefined;
  }
  if (Array.isArray(value)) return convertValue({ k: 'list', item: { k: 'any' } }, value, sink, where, depth);
  if (value instanceof Set) return convertValue({ k: 'set', item: { k: 'any' } }, value, sink, where, depth);
  if (value instanceof Map || isPlainObject(value)) {
    return convertValue({ k: 'dict', key: { k: 'any' }, item: { k: 'any' } }, value, sink, where, depth);
  }
  throw new ShapeError(where, value, 'a value Python has (number, bigint, string, boolean, null, array, typed array, Set, Map or plain object)');
}

/* Only the checks of convertValue (a caller that converts later). */
const NO_SINK = { scalar() {}, open() {}, close() {}, block() {} };
export function checkValue(shape, value, where) {
  convertValue(shape, value, NO_SINK, where);
}

/* ---- the module's encoding (src/runtime/rt_host_value.c) ---- */

const utf8 = new TextEncoder();

/* A writer of the encoding: grows by doubling, reused call after call. */
class Writer {
  constructor() {
    this.buf = new Uint8Array(256);
    this.view = new DataView(this.buf.buffer);
    this.pos = 0;
  }

  room(n) {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
    this.view = new DataView(bigger.buffer);
  }

  u8(v) {
    this.room(1);
    this.buf[this.pos++] = v;
  }

  u32(v) {
    this.room(4);
    this.view.setUint32(this.pos, v, true);
    this.pos += 4;
  }

  raw(bytes) {
    this.u32(bytes.length);
    this.room(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }
}

/* The encoder of a module's arguments, made once per instance (the
 * manifest's memory_layout.value_encoding says the tags): begin() before a
 * call's arguments, then encode() each; an encoding is a view of the
 * encoder's buffer, valid until the next begin(), starting 8-aligned. */
export function makeModuleEncoder(encoding) {
  const { tags, containers } = encoding;
  const w = new Writer();
  const sink = {
    scalar(tag, v) {
      if (tag === 'int') {
        const big = typeof v === 'bigint' ? v : null;
        if (big === null || (big >= INT64_LOW && big <= INT64_HIGH)) {
          w.u8(tags.int);
          w.room(8);
          w.view.setBigInt64(w.pos, BigInt(v), true);
          w.pos += 8;
          return;
        }
        const limbs = [];
        for (let m = big < 0n ? -big : big; m > 0n; m >>= 32n) limbs.push(Number(m & 0xffffffffn));
        w.u8(tags.big_int);
        w.u8(big < 0n ? 1 : 0);
        w.u32(limbs.length);
        w.room(4 * limbs.length);
        for (const l of limbs) {
          w.view.setUint32(w.pos, l, true);
          w.pos += 4;
        }
        return;
      }
      w.u8(tags[tag]);
      if (tag === 'float') {
        w.room(8);
        w.view.setFloat64(w.pos, v, true);
        w.pos += 8;
      } else if (tag === 'str') {
        w.raw(utf8.encode(v));
      } else if (tag === 'bytes') {
        w.raw(v);
      }
    },
    open(tag, n) {
      w.u8(tags[tag]);
      w.u32(n);
    },
    close() {},
    block(tag, container, items) {
      w.u8(tags[tag]);
      w.u8(containers[container]);
      w.u32(items.length);
      const pad = (8 - (w.pos % 8)) % 8;
      w.room(pad + 8 * items.length);
      w.buf.fill(0, w.pos, w.pos + pad);
      w.pos += pad;
      // one native copy (the writer's buffer starts its ArrayBuffer: 8-aligned)
      const Block = tag === 'i64s' ? BigInt64Array : tag === 'u64s' ? BigUint64Array : Float64Array;
      new Block(w.buf.buffer, w.pos, items.length).set(items);
      w.pos += 8 * items.length;
    },
  };
  return {
    begin() {
      w.pos = 0;
    },
    encode(shape, value, where) {
      w.room(8);
      while (w.pos % 8) w.buf[w.pos++] = 0; // each encoding starts 8-aligned: its blocks' padding holds
      const start = w.pos;
      convertValue(shape, value, sink, where);
      return w.buf.subarray(start, w.pos);
    },
  };
}

/* ---- the python backend's JSON (shim/python_backend.mjs) ----
 * Ints travel as {$int: "digits"}, floats as {$float}, bytes as {$bytes:
 * base64}, tuples, sets and dicts wrapped ({$tuple: [...]}, {$set: [...]},
 * {$dict: [[k, v], ...]}); lists are arrays, str, bool and None as JSON. */
export function toPythonJson(shape, value, where) {
  const stack = [[]];
  const push = (v) => stack[stack.length - 1].push(v);
  const kinds = [];
  const sink = {
    scalar(tag, v) {
      if (tag === 'none') push(null);
      else if (tag === 'true' || tag === 'false') push(tag === 'true');
      else if (tag === 'int') push({ $int: String(v) });
      else if (tag === 'float') push({ $float: Number.isFinite(v) ? v : String(v) });
      else if (tag === 'str') push(v);
      else if (tag === 'bytes') push({ $bytes: base64(v) });
    },
    open(tag) {
      kinds.push(tag);
      stack.push([]);
    },
    close() {
      const items = stack.pop();
      const tag = kinds.pop();
      if (tag === 'list') push(items);
      else if (tag === 'dict') push({ $dict: Array.from({ length: items.length / 2 }, (_, i) => [items[2 * i], items[2 * i + 1]]) });
      else push({ [`$${tag}`]: items });
    },
    block(tag, container, items) {
      const conv = tag === 'floats' ? (x) => ({ $float: Number.isFinite(x) ? x : String(x) }) : (x) => ({ $int: String(x) });
      const list = Array.from(items, conv);
      push(container === 'list' ? list : { [`$${container}`]: list });
    },
  };
  convertValue(shape, value, sink, where);
  return stack[0][0];
}

function base64(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
