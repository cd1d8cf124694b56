// Compile-time benchmark: a generated program (gen_program.mjs, 1,000 lines
// by default) compiled by the native CLI (lexing to wabt validation and all
// 8 artifacts written), under GNU time: wall time, CPU time (user + sys) and
// peak resident memory of the process, and lines per second of CPU.
// Target: under 50 ms for 1,000 lines; issue 11: ≥ 100 k lines/s at 10,000
// lines, ≤ 100 MiB peak at 100,000 lines.
// Usage: node bench/compile_time.mjs [runs] [lines]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProgram } from './gen_program.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'build', 'multilingual');
const runs = Number(process.argv[2] || 20);
const size = Number(process.argv[3] || 1000);
const dir = mkdtempSync(path.join(tmpdir(), 'ml-bench-'));
const src = path.join(dir, 'bench.ml');
const text = generateProgram(size);
writeFileSync(src, text);
const lines = text.split('\n').length - 1;

const wall = [], cpu = [];
let peak = 0;
for (let i = 0; i < runs; i++) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', cli, 'build-wasm-bundle', src, '--out-dir',
    path.join(dir, 'out')], { encoding: 'utf8' });
  const t1 = process.hrtime.bigint();
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  const [user, sys, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  wall.push(Number(t1 - t0) / 1e6);
  cpu.push((user + sys) * 1000);
  peak = Math.max(peak, kb);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const min = (xs) => Math.min(...xs);
console.log(`program: ${lines} lines`);
console.log(`compile (build-wasm-bundle, process wall time) over ${runs} runs: ` +
  `min ${min(wall).toFixed(1)} ms, median ${median(wall).toFixed(1)} ms, max ${Math.max(...wall).toFixed(1)} ms`);
console.log(`CPU time (user + sys, 10 ms resolution): min ${min(cpu).toFixed(0)} ms, median ${median(cpu).toFixed(0)} ms: ` +
  `${(lines / (Math.max(median(cpu), 1) / 1000) / 1000).toFixed(1)} k lines/s; ` +
  `peak resident memory ${(peak / 1024).toFixed(1)} MiB`);
if (size === 1000) console.log(median(wall) < 50 ? 'target (< 50 ms): met' : 'target (< 50 ms): NOT met');
