// Exceptions' cost, compute only (module instantiated once per run, the
// time of its _start measured in-process: Node's start-up is not counted).
//   calls_plain vs calls_in_try: a call-heavy loop without and with an
//     enclosing try (the non-raising path; target: at most 10% slower);
//   raise_catch: raising and catching in a loop, against CPython;
//   --vs DIR: also the same programs built by another checkout's compiler
//     (DIR/build/multilingual), e.g. before exceptions existed.
// Usage: node bench/exceptions.mjs [runs] [--vs DIR]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WASI } from 'node:wasi';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const vsAt = args.indexOf('--vs');
const other = vsAt >= 0 ? args.splice(vsAt, 2)[1] : null;
const runs = Number(args[0] || 5);
const dir = mkdtempSync(path.join(tmpdir(), 'ml-bench-exc-'));

function build(cli, src, tag) {
  const out = path.join(dir, `${tag}-${path.basename(src, '.ml')}`);
  const c = spawnSync(cli, ['build-wasm-bundle', src, '--out-dir', out], { encoding: 'utf8' });
  if (c.status !== 0) return null;
  return new WebAssembly.Module(readFileSync(path.join(out, 'module.wasm')));
}

/* One run of _start: its time in ms and its stdout. */
function runOnce(mod) {
  const chunks = [];
  const wasi = new WASI({ version: 'preview1', args: ['prog'], env: {}, returnOnExit: true,
    stdout: 1, stderr: 2 });
  let memory;
  const imports = { wasi_snapshot_preview1: { ...wasi.wasiImport,
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
function race(mods) {
  const best = mods.map(() => Infinity), outs = [];
  for (let r = 0; r < runs; r++)
    mods.forEach((m, i) => {
      const { ms, out } = runOnce(m);
      best[i] = Math.min(best[i], ms);
      outs[i] = out;
    });
  return { best, outs };
}

function python(src) {
  let min = Infinity, out = '';
  for (let r = 0; r < Math.min(runs, 3); r++) {
    const code = `import time,runpy,io,contextlib\nb=io.StringIO()\nt=time.perf_counter()\nwith contextlib.redirect_stdout(b): runpy.run_path(${JSON.stringify(src)}, run_name='__main__')\nimport sys\nsys.stderr.write(str((time.perf_counter()-t)*1000))\nsys.stdout.write(b.getvalue())`;
    const p = spawnSync('python3', ['-c', code], { encoding: 'utf8' });
    min = Math.min(min, Number(p.stderr));
    out = p.stdout;
  }
  return { ms: min, out };
}

const cli = path.join(root, 'build', 'multilingual');
const progs = path.join(root, 'bench', 'exceptions');
const plain = build(cli, path.join(progs, 'calls_plain.ml'), 'a');
const inTry = build(cli, path.join(progs, 'calls_in_try.ml'), 'a');
const r = race([plain, inTry]);
if (r.outs[0] !== r.outs[1]) throw new Error('outputs differ');
console.log(`call loop, no try:      ${r.best[0].toFixed(1)} ms`);
console.log(`call loop, inside try:  ${r.best[1].toFixed(1)} ms  (${((r.best[1] / r.best[0] - 1) * 100).toFixed(1)}% slower)`);
if (other) {
  const otherCli = path.join(other, 'build', 'multilingual');
  for (const file of ['calls_plain.ml', path.join('..', 'programs', 'fib.ml')]) {
    const src = path.join(progs, file);
    const a = build(cli, src, 'a'), b = build(otherCli, src, 'b');
    const x = race([a, b]);
    if (x.outs[0] !== x.outs[1]) throw new Error(`${file}: outputs differ`);
    console.log(`${path.basename(file).padEnd(16)} this: ${x.best[0].toFixed(1)} ms  ${other}: ${x.best[1].toFixed(1)} ms  ratio ${(x.best[0] / x.best[1]).toFixed(3)}`);
  }
}
const rc = build(cli, path.join(progs, 'raise_catch.ml'), 'a');
const w = race([rc]);
const p = python(path.join(progs, 'raise_catch.ml'));
if (w.outs[0] !== p.out) throw new Error(`raise_catch: outputs differ\n${w.outs[0]}\n${p.out}`);
console.log(`raise and catch 1M:     ${w.best[0].toFixed(1)} ms   CPython ${p.ms.toFixed(1)} ms  (${(p.ms / w.best[0]).toFixed(1)}x)`);
