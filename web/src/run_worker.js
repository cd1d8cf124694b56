// One program run, in its own Web Worker (a fresh one per Run): the page's
// Stop terminates it, so no program can freeze the page. The host is
// shim/host_runtime.mjs, bundled here once (no module per Run).
//   in:  {op: 'start', wasm, manifest, stdin, args, shared?}
//        {op: 'frame', t}   draw the render functions at time t
//   out: {op: 'out', chunks: [[fd, text], ...]}   batched output, in order
//        {op: 'started', drawn: [{name, mode, animated}]}
//        {op: 'exit', code, message}
//        {op: 'stdin'}   the program waits for a line (interactive input)
//        {op: 'points', t, drawn: [{name, data: Float64Array}]} / {op: 'frameError', name, message}
import { instantiateModule } from '../../shim/host_runtime.mjs';

const DRAWN = new Set(['polyline', 'point_stream']);
let chunks = [];
let pendingBytes = 0;
let lastPost = 0;
let module = null;
let drawn = [];

// Output goes out in batches (at most every 30 ms, or each 256 KB), never a
// message per print(): the page appends each batch once.
function post(force) {
  if (!chunks.length) return;
  const now = performance.now();
  if (!force && pendingBytes < 262144 && now - lastPost < 30) return;
  postMessage({ op: 'out', chunks });
  chunks = [];
  pendingBytes = 0;
  lastPost = now;
}

function emit(fd, text) {
  const last = chunks[chunks.length - 1];
  if (last && last[0] === fd) last[1] += text;
  else chunks.push([fd, text]);
  pendingBytes += text.length;
  post(false);
}

// Interactive input (the page is cross-origin isolated and gave a shared
// buffer: [state, length] then the bytes): the worker asks the page for a
// line and sleeps until it is written (length -1: end of input).
function lineReader(shared) {
  const ctrl = new Int32Array(shared, 0, 2);
  const bytes = new Uint8Array(shared, 8);
  return () => {
    post(true);
    Atomics.store(ctrl, 0, 0);
    postMessage({ op: 'stdin' });
    Atomics.wait(ctrl, 0, 0);
    const n = ctrl[1];
    return n < 0 ? null : new TextDecoder().decode(bytes.slice(0, n));
  };
}

async function start({ wasm, manifest, stdin, args, shared }) {
  lastPost = performance.now();
  module = await instantiateModule(manifest, wasm, {
    stdout: (s) => emit(1, s),
    stderr: (s) => emit(2, s),
    onStdin: (s) => emit(0, s),
    ...(shared ? { readStdin: lineReader(shared) } : { stdin: stdin ?? '' }),
    args: args ?? [],
  });
  let code = 0;
  let message = '';
  try {
    module.start();
  } catch (e) {
    code = e.exitCode ?? 1;
    message = e.message;
    if (e.exitCode === undefined) emit(2, `${e}\n`);
  }
  post(true);
  if (code === 0) {
    drawn = manifest.exports
      .filter((e) => DRAWN.has(e.mode) && e.stream_output)
      .map((e) => ({ name: e.name, mode: e.mode, animated: e.arg_types.length > 0, arity: e.arg_types.length }));
    postMessage({ op: 'started', drawn: drawn.map(({ name, mode, animated }) => ({ name, mode, animated })) });
  }
  postMessage({ op: 'exit', code, message });
}

function frame({ t }) {
  const out = [];
  const transfer = [];
  for (const d of drawn) {
    try {
      module.exports[d.name](...Array.from({ length: d.arity }, (_, i) => (i === 0 ? t : 0)));
      const points = module.points(d.name);
      const data = new Float64Array(points.length * 2);
      points.forEach(([x, y], i) => { data[2 * i] = x; data[2 * i + 1] = y; });
      out.push({ name: d.name, data });
      transfer.push(data.buffer);
    } catch (e) {
      post(true);
      postMessage({ op: 'frameError', name: d.name, message: e.message });
      drawn = [];
      return;
    }
  }
  post(true);
  postMessage({ op: 'points', t, drawn: out }, transfer);
}

onmessage = async ({ data }) => {
  try {
    if (data.op === 'start') await start(data);
    else if (data.op === 'frame' && module) frame(data);
  } catch (e) {
    post(true);
    postMessage({ op: 'exit', code: -1, message: String(e?.message ?? e) });
  }
};
