// The worker in which a loaded module runs when its calls have a time limit
// (load(..., { timeout })): a Node worker thread or a Web Worker, which the
// loader terminates when a call outlives the limit, so an endless loop
// stops and nothing is left running.
//   in:  {kind: 'load', manifest, wasm, options}  then {kind: 'call', id, name, args}
//   out: {kind: 'stdout' | 'stderr', text}, {kind: 'starting'} (compiled: the top-level
//        code runs), then {kind: 'ready'} or {kind: 'failed', message},
//        {kind: 'result', id, value} or {kind: 'raised', id, name, message, exitCode}
import { instantiateModule } from './host_runtime.mjs';

function serve(post) {
  let m = null;
  return async (msg) => {
    if (msg.kind === 'load') {
      try {
        const { start, ...opts } = msg.options;
        m = await instantiateModule(msg.manifest, msg.wasm, {
          ...opts,
          stdout: (text) => post({ kind: 'stdout', text }),
          stderr: (text) => post({ kind: 'stderr', text }),
        });
        // the time limit counts from here: the program's own code runs
        post({ kind: 'starting' });
        if (start !== false) m.start();
        post({ kind: 'ready' });
      } catch (e) {
        post({ kind: 'failed', message: e && e.message ? e.message : String(e), exitCode: e?.exitCode, name: e?.name });
      }
    } else if (msg.kind === 'call') {
      try {
        post({ kind: 'result', id: msg.id, value: m.exports[msg.name](...msg.args) });
      } catch (e) {
        post({ kind: 'raised', id: msg.id, name: e?.name ?? 'Error', message: e && e.message ? e.message : String(e), exitCode: e?.exitCode });
      }
    }
  };
}

if (typeof process !== 'undefined' && process.versions?.node && typeof WorkerGlobalScope === 'undefined') {
  const { parentPort } = await import('node:worker_threads');
  if (parentPort) {
    const handle = serve((m) => parentPort.postMessage(m));
    parentPort.on('message', handle);
  }
} else {
  const handle = serve((m) => self.postMessage(m));
  self.onmessage = ({ data }) => handle(data);
}
