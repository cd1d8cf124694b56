// The worker in which run() runs a module when it has a time limit
// (options.timeout): a Node worker thread or a Web Worker, which run()
// terminates when the limit is reached, so an endless loop stops. It runs
// the module with the shared host runtime and posts what it writes:
//   in:  {manifest, wasm, stdin, args, env, fs}
//   out: {kind: 'stdout' | 'stderr', text} ... then {kind: 'done', exitCode, fs}
//        or {kind: 'error', message}
import { runModule } from './host_runtime.mjs';

async function start(post, { manifest, wasm, stdin, args, env, fs }) {
  try {
    const options = {
      stdout: (text) => post({ kind: 'stdout', text }),
      stderr: (text) => post({ kind: 'stderr', text }),
    };
    if (stdin !== undefined) options.stdin = stdin;
    if (args !== undefined) options.args = args;
    if (env !== undefined) options.env = env;
    if (fs !== undefined) options.fs = fs;
    const result = await runModule(manifest, wasm, options);
    post({ kind: 'done', exitCode: result.exitCode, fs: result.fs });
  } catch (e) {
    post({ kind: 'error', message: e && e.message ? e.message : String(e) });
  }
}

if (typeof process !== 'undefined' && process.versions?.node && typeof WorkerGlobalScope === 'undefined') {
  const { parentPort, workerData } = await import('node:worker_threads');
  if (parentPort) await start((m) => parentPort.postMessage(m), workerData);
} else {
  self.onmessage = ({ data }) => start((m) => self.postMessage(m), data);
}
