// `multilingual run hello.ml`: the npm bin (bin/multilingual.mjs, the
// Emscripten builds) against the native CLI, side by side (the two take
// turns, so that the machine's load hits both alike), whole processes as a
// user starts them; also `--version` of each. Prints min and median.
//   node bench/cli_startup.mjs [runs]      (after make all web)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../tests/helpers/common.mjs';

const runs = Number(process.argv[2] ?? 15);
const dir = mkdtempSync(path.join(tmpdir(), 'ml-startup-'));
const hello = path.join(dir, 'hello.ml');
writeFileSync(hello, 'print("Hello, world!")\n');
const CMDS = {
  'native run': [path.join(ROOT, 'build', 'multilingual'), 'run', hello],
  'npm run': [process.execPath, path.join(ROOT, 'bin', 'multilingual.mjs'), 'run', hello],
  ...(process.env.OLD ? { 'npm run (before)': [process.execPath, path.join(ROOT, 'bin', 'multilingual_old.mjs'), 'run', hello] } : {}),
  'native --version': [path.join(ROOT, 'build', 'multilingual'), '--version'],
  'npm --version': [process.execPath, path.join(ROOT, 'bin', 'multilingual.mjs'), '--version'],
  'node -e 0 (Node alone)': [process.execPath, '-e', '0'],
};
const times = Object.fromEntries(Object.keys(CMDS).map((k) => [k, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, [cmd, ...args]] of Object.entries(CMDS)) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    const ms = performance.now() - t;
    if (r.status !== 0) throw new Error(`${name}: status ${r.status}\n${r.stderr}`);
    times[name].push(ms);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, xs] of Object.entries(times))
  console.log(`${name.padEnd(24)} min ${Math.min(...xs).toFixed(0).padStart(4)} ms  median ${median(xs).toFixed(0).padStart(4)} ms`);
console.log(`npm/native run: ${(median(times['npm run']) / median(times['native run'])).toFixed(2)}x (medians), ${runs} runs each`);
