// Compile-time benchmark: a generated 1,000-line program compiled by the
// native CLI (lexing to wabt validation and all 8 artifacts written).
// Target: under 50 ms. Usage: node bench/compile_time.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProgram } from './gen_program.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'build', 'multilingual');
const runs = Number(process.argv[2] || 20);
const dir = mkdtempSync(path.join(tmpdir(), 'ml-bench-'));
const src = path.join(dir, 'bench.ml');
const text = generateProgram(1000);
writeFileSync(src, text);

const times = [];
for (let i = 0; i < runs; i++) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cli, ['build-wasm-bundle', src, '--out-dir', path.join(dir, 'out')], { encoding: 'utf8' });
  const t1 = process.hrtime.bigint();
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  times.push(Number(t1 - t0) / 1e6);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`program: ${text.split('\n').length - 1} lines`);
console.log(`compile (build-wasm-bundle, process wall time) over ${runs} runs: ` +
  `min ${times[0].toFixed(1)} ms, median ${median.toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`);
console.log(median < 50 ? 'target (< 50 ms): met' : 'target (< 50 ms): NOT met');
