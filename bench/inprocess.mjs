// Compute-only timing shared by the benchmarks: a module is instantiated
// once per run and the time of its _start measured in-process (Node's
// start-up is not counted); CPython is timed in-process too (runpy).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WASI } from 'node:wasi';

const dir = mkdtempSync(path.join(tmpdir(), 'ml-bench-'));

/* The module `cli` compiles from src (null when it refuses it). */
export function build(cli, src, tag) {
  const out = path.join(dir, `${tag}-${path.basename(src, '.ml')}`);
  const c = spawnSync(cli, ['build-wasm-bundle', src, '--out-dir', out], { encoding: 'utf8' });
  if (c.status !== 0) return null;
  return new WebAssembly.Module(readFileSync(path.join(out, 'module.wasm')));
}

/* One run of _start: its time in ms and its stdout. */
export function runOnce(mod) {
  const chunks = [];
  const wasi = new WASI({ version: 'preview1', args: ['prog'], env: {}, returnOnExit: true,
    stdout: 1, stderr: 2 });
  let memory;
  // Every WASI function is called through a JS wrapper: Node 20's node:wasi
  // imported directly keeps a stale view of memory after memory.grow (issue
  // 11's SIGSEGV; DESIGN.md section 7).
  const wrapped = {};
  for (const [name, f] of Object.entries(wasi.wasiImport)) wrapped[name] = (...a) => f(...a);
  const imports = { wasi_snapshot_preview1: { ...wrapped,
    fd_write(fd, iovs, n, nwritten) {
      const dv = new DataView(memory.buffer);
      let total = 0;
      for (let i = 0; i < n; i++) {
        const p = dv.getUint32(iovs + 8 * i, true), len = dv.getUint32(iovs + 8 * i + 4, true);
        if (fd === 1) chunks.push(Buffer.from(memory.buffer, p, len).toString());
        total += len;
      }
      dv.setUint32(nwritten, total, true);
      return 0;
    } } };
  const inst = new WebAssembly.Instance(mod, imports);
  memory = inst.exports.memory;
  const t0 = performance.now();
  wasi.start(inst);
  return { ms: performance.now() - t0, out: chunks.join('') };
}

/* Best of `runs`, the modules taking turns (the machine is noisy). */
export function race(mods, runs) {
  const best = mods.map(() => Infinity), outs = [];
  for (let r = 0; r < runs; r++)
    mods.forEach((m, i) => {
      const { ms, out } = runOnce(m);
      best[i] = Math.min(best[i], ms);
      outs[i] = out;
    });
  return { best, outs };
}

/* CPython 3 on src, in-process: best of min(runs, 3), and its stdout. */
export function python(src, runs) {
  let min = Infinity, out = '';
  for (let r = 0; r < Math.min(runs, 3); r++) {
    const code = `import time,runpy,io,contextlib\nb=io.StringIO()\nt=time.perf_counter()\nwith contextlib.redirect_stdout(b): runpy.run_path(${JSON.stringify(src)}, run_name='__main__')\nimport sys\nsys.stderr.write(str((time.perf_counter()-t)*1000))\nsys.stdout.write(b.getvalue())`;
    const p = spawnSync('python3', ['-c', code], { encoding: 'utf8' });
    min = Math.min(min, Number(p.stderr));
    out = p.stdout;
  }
  return { ms: min, out };
}
