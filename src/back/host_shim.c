/* host_shim.js: an ES module, generated per module, that instantiates it in
 * a browser or in Node with a JS implementation of the WASI subset it
 * imports, and wraps each exported function with JS-friendly types. */
#include "manifest.h"

#include <string.h>

static const char shim_body[] =
    "const ERRNO_SUCCESS = 0, ERRNO_BADF = 8;\n"
    "\n"
    "class ProcExit extends Error {\n"
    "  constructor(code) { super(`exit ${code}`); this.code = code; }\n"
    "}\n"
    "\n"
    "/* A WASI preview1 subset: stdout/stderr go to callbacks, stdin comes from a\n"
    " * string (or window.prompt in a page), args are the user's arguments. */\n"
    "function makeWasi(getMemory, opts) {\n"
    "  const enc = new TextEncoder(), dec = new TextDecoder();\n"
    "  const args = ['module.wasm', ...(opts.args || [])].map((a) => enc.encode(a + '\\0'));\n"
    "  let stdin = opts.stdin === undefined ? null : enc.encode(String(opts.stdin));\n"
    "  let stdinPos = 0;\n"
    "  const out = { 1: opts.stdout || ((s) => console.log(s)), 2: opts.stderr || ((s) => console.error(s)) };\n"
    "  const pending = { 1: '', 2: '' };\n"
    "  const view = () => new DataView(getMemory().buffer);\n"
    "  const flush = (fd, all) => {\n"
    "    const text = pending[fd];\n"
    "    const cut = all ? text.length : text.lastIndexOf('\\n') + 1;\n"
    "    if (cut > 0) { out[fd](text.slice(0, cut)); pending[fd] = text.slice(cut); }\n"
    "  };\n"
    "  const wasi = {\n"
    "    fd_write(fd, iovs, iovsLen, nwritten) {\n"
    "      if (fd !== 1 && fd !== 2) return ERRNO_BADF;\n"
    "      const v = view(); let total = 0;\n"
    "      for (let i = 0; i < iovsLen; i++) {\n"
    "        const ptr = v.getUint32(iovs + i * 8, true), len = v.getUint32(iovs + i * 8 + 4, true);\n"
    "        pending[fd] += dec.decode(new Uint8Array(getMemory().buffer, ptr, len), { stream: true });\n"
    "        total += len;\n"
    "      }\n"
    "      v.setUint32(nwritten, total, true);\n"
    "      flush(fd, false);\n"
    "      return ERRNO_SUCCESS;\n"
    "    },\n"
    "    fd_read(fd, iovs, iovsLen, nread) {\n"
    "      if (fd !== 0) return ERRNO_BADF;\n"
    "      if (stdin === null) {\n"
    "        const line = typeof window !== 'undefined' && window.prompt ? window.prompt('') : null;\n"
    "        stdin = enc.encode(line === null ? '' : line + '\\n'); stdinPos = 0;\n"
    "      }\n"
    "      const v = view(); let total = 0;\n"
    "      for (let i = 0; i < iovsLen && stdinPos < stdin.length; i++) {\n"
    "        const ptr = v.getUint32(iovs + i * 8, true), len = v.getUint32(iovs + i * 8 + 4, true);\n"
    "        const n = Math.min(len, stdin.length - stdinPos);\n"
    "        new Uint8Array(getMemory().buffer, ptr, n).set(stdin.subarray(stdinPos, stdinPos + n));\n"
    "        stdinPos += n; total += n;\n"
    "      }\n"
    "      v.setUint32(nread, total, true);\n"
    "      return ERRNO_SUCCESS;\n"
    "    },\n"
    "    args_sizes_get(argc, bufSize) {\n"
    "      const v = view();\n"
    "      v.setUint32(argc, args.length, true);\n"
    "      v.setUint32(bufSize, args.reduce((n, a) => n + a.length, 0), true);\n"
    "      return ERRNO_SUCCESS;\n"
    "    },\n"
    "    args_get(argv, buf) {\n"
    "      const v = view(), mem = new Uint8Array(getMemory().buffer);\n"
    "      for (const a of args) { v.setUint32(argv, buf, true); argv += 4; mem.set(a, buf); buf += a.length; }\n"
    "      return ERRNO_SUCCESS;\n"
    "    },\n"
    "    proc_exit(code) { flush(1, true); flush(2, true); throw new ProcExit(code); },\n"
    "  };\n"
    "  return { wasi, flushAll() { flush(1, true); flush(2, true); } };\n"
    "}\n"
    "\n"
    "async function toModule(source) {\n"
    "  if (source instanceof WebAssembly.Module) return source;\n"
    "  if (typeof source === 'string' || source instanceof URL) source = await fetch(source);\n"
    "  if (typeof Response !== 'undefined' && source instanceof Response) source = await source.arrayBuffer();\n"
    "  return WebAssembly.compile(source);\n"
    "}\n"
    "\n"
    "/* Instantiate the module. options: { stdout(text), stderr(text), stdin\n"
    " * (string), args (string[]) }. Returns { instance, exports, start() }\n"
    " * where exports wraps each function: i64 values are passed and returned\n"
    " * as JS numbers when exact (BigInt otherwise), and a Python exception\n"
    " * becomes a thrown Error whose message is the exception line. */\n"
    "export async function instantiate(source, options = {}) {\n"
    "  let memory = null;\n"
    "  let errText = '';\n"
    "  const userErr = options.stderr || ((s) => console.error(s));\n"
    "  const host = makeWasi(() => memory, { ...options, stderr: (s) => { errText += s; userErr(s); } });\n"
    "  const module = await toModule(source);\n"
    "  const instance = await WebAssembly.instantiate(module, { wasi_snapshot_preview1: host.wasi });\n"
    "  memory = instance.exports.memory;\n"
    "  const call = (fn, args) => {\n"
    "    errText = '';\n"
    "    try { return fn(...args); }\n"
    "    catch (e) {\n"
    "      host.flushAll();\n"
    "      if (e instanceof ProcExit) {\n"
    "        if (e.code === 0) return undefined;\n"
    "        const last = errText.trim().split('\\n').pop() || `exit status ${e.code}`;\n"
    "        const err = new Error(last); err.exitCode = e.code; throw err;\n"
    "      }\n"
    "      throw e;\n"
    "    } finally { host.flushAll(); }\n"
    "  };\n"
    "  const toWasm = (t, v) => (t === 'i64' ? BigInt(v) : t === 'i32' ? (v | 0) : Number(v));\n"
    "  const fromWasm = (t, v) => {\n"
    "    if (t === 'void') return undefined;\n"
    "    if (t === 'i64') return Number.isSafeInteger(Number(v)) ? Number(v) : v;\n"
    "    return v;\n"
    "  };\n"
    "  const exports = {};\n"
    "  for (const sig of manifest.exports) {\n"
    "    const fn = instance.exports[sig.name];\n"
    "    if (typeof fn !== 'function') continue;\n"
    "    exports[sig.name] = (...args) => fromWasm(sig.return_type,\n"
    "      call(fn, sig.arg_types.map((t, i) => toWasm(t, args[i]))));\n"
    "  }\n"
    "  return { instance, exports, start: () => call(instance.exports._start, []) };\n"
    "}\n"
    "\n"
    "/* Run the program: { exitCode, stdout, stderr }. */\n"
    "export async function run(source, options = {}) {\n"
    "  let stdout = '', stderr = '';\n"
    "  const m = await instantiate(source, {\n"
    "    ...options,\n"
    "    stdout: (s) => { stdout += s; if (options.stdout) options.stdout(s); },\n"
    "    stderr: (s) => { stderr += s; if (options.stderr) options.stderr(s); },\n"
    "  });\n"
    "  try { m.start(); return { exitCode: 0, stdout, stderr }; }\n"
    "  catch (e) { if (e.exitCode !== undefined) return { exitCode: e.exitCode, stdout, stderr }; throw e; }\n"
    "}\n";

static const char *ret_type(Type t) { return t == T_NONE ? "void" : type_wasm(t); }

void host_shim_emit(const Program *p, const PtrVec *wasi_imports, Buf *out) {
    buf_puts(out, "// host_shim.js: generated by multilingual for this module. Do not edit.\n");
    buf_puts(out, "// Usage: import { run, instantiate } from './host_shim.js';\n");
    buf_puts(out, "//        const { stdout } = await run(fetch('module.wasm'), { args: ['Alice'] });\n\n");
    buf_puts(out, "export const manifest = {\n  exports: [\n");
    for (int i = 0; i < p->functions.len; i++) {
        const Function *f = p->functions.items[i];
        if (f->is_lambda) continue;
        buf_puts(out, "    { name: ");
        buf_put_json_string(out, f->name, strlen(f->name));
        buf_puts(out, ", arg_types: [");
        for (int j = 0; j < f->params.len; j++)
            buf_printf(out, "%s'%s'", j ? ", " : "", type_wasm(((Symbol *)f->params.items[j])->type));
        buf_printf(out, "], return_type: '%s' },\n", ret_type(f->ret));
    }
    buf_puts(out, "  ],\n  wasi_imports: [");
    for (int i = 0; i < wasi_imports->len; i++)
        buf_printf(out, "%s'%s'", i ? ", " : "", (const char *)wasi_imports->items[i]);
    buf_puts(out, "],\n};\n\n");
    buf_puts(out, shim_body);
}

static const char renderer_body[] =
    "/* Draw the points of a point_stream or polyline export on a canvas,\n"
    " * scaled to fit. `points` is an array of [x, y]. */\n"
    "export function drawPoints(canvas, points, mode = 'polyline') {\n"
    "  const ctx = canvas.getContext('2d');\n"
    "  ctx.clearRect(0, 0, canvas.width, canvas.height);\n"
    "  if (!points.length) return;\n"
    "  const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);\n"
    "  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);\n"
    "  const pad = 8, w = canvas.width - 2 * pad, h = canvas.height - 2 * pad;\n"
    "  const sx = maxX > minX ? w / (maxX - minX) : 1, sy = maxY > minY ? h / (maxY - minY) : 1;\n"
    "  const px = (x) => pad + (x - minX) * sx, py = (y) => canvas.height - pad - (y - minY) * sy;\n"
    "  ctx.strokeStyle = ctx.fillStyle = '#2563eb';\n"
    "  if (mode === 'polyline') {\n"
    "    ctx.beginPath();\n"
    "    points.forEach(([x, y], i) => (i ? ctx.lineTo(px(x), py(y)) : ctx.moveTo(px(x), py(y))));\n"
    "    ctx.stroke();\n"
    "  } else {\n"
    "    for (const [x, y] of points) ctx.fillRect(px(x) - 1.5, py(y) - 1.5, 3, 3);\n"
    "  }\n"
    "}\n";

void renderer_emit(const Program *p, Buf *out) {
    buf_puts(out, "// renderer_template.js: generated by multilingual for this module. Do not edit.\n");
    buf_puts(out, "// Render modes of the exports (point_stream and polyline exports are drawn).\n");
    buf_puts(out, "export const renderModes = {\n");
    for (int i = 0; i < p->functions.len; i++) {
        const Function *f = p->functions.items[i];
        if (f->is_lambda) continue;
        buf_puts(out, "  ");
        buf_put_json_string(out, f->name, strlen(f->name));
        buf_puts(out, ": 'scalar_field',\n");
    }
    buf_puts(out, "};\n\n");
    buf_puts(out, renderer_body);
}
