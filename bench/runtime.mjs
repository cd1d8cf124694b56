// Run-time benchmark: each program in bench/programs compiled to wasm and
// run under Node's WASI, side by side with CPython on the same source (the
// programs are valid Python). Wall time of the whole process, best of N.
// Usage: node bench/runtime.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'build', 'multilingual');
const runner = path.join(root, 'bin', 'run_wasi.mjs'); // what `multilingual run` uses
const runs = Number(process.argv[2] || 3);
const dir = mkdtempSync(path.join(tmpdir(), 'ml-bench-rt-'));

function best(cmd, args) {
  let min = Infinity, out = '';
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
    out = r.stdout;
    min = Math.min(min, ms);
  }
  return { ms: min, out };
}

console.log('program      wasm (ms)  cpython (ms)  speed-up');
for (const file of readdirSync(path.join(root, 'bench', 'programs')).sort()) {
  const src = path.join(root, 'bench', 'programs', file);
  const out = path.join(dir, file);
  const c = spawnSync(cli, ['build-wasm-bundle', src, '--out-dir', out], { encoding: 'utf8' });
  if (c.status !== 0) throw new Error(c.stderr);
  const w = best(process.execPath, ['--no-warnings', runner, path.join(out, 'module.wasm')]);
  const p = best('python3', [src]);
  if (w.out !== p.out) throw new Error(`${file}: outputs differ\n${w.out}\n${p.out}`);
  console.log(`${file.padEnd(12)} ${w.ms.toFixed(0).padStart(9)}  ${p.ms.toFixed(0).padStart(12)}  ${(p.ms / w.ms).toFixed(1).padStart(7)}x`);
}
