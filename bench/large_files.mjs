// Large-file compile benchmark: time and peak memory (GNU time's %e and %M)
// of `build/multilingual build-wasm-bundle` on four generated files, to see
// that compile time grows linearly with the program (issue 13, item 7).
// Usage: node bench/large_files.mjs [quarter|full]  (default full; CLI=path: another
// build of the compiler, for a side-by-side run)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.CLI || path.join(root, 'build', 'multilingual');
const scale = process.argv[2] === 'quarter' ? 0.25 : 1;
const dir = mkdtempSync(path.join(tmpdir(), 'ml-large-'));

function lines(n, f) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(f(i));
  return out.join('');
}
const N = Math.round(200000 * scale);
const files = {
  // 200,000 assignments to distinct globals
  assign: lines(N, (i) => `v${i} = ${i} + 1\n`),
  // 200,000 distinct names never bound (NameError at run time)
  undefined_names: lines(N, (i) => `print(u${i})\n`),
  // 200,000 lines of defs, calls and string literals
  mixed: lines(N / 4, (i) => `def f${i}(a):\n    return a + ${i}\nv${i} = f${i}(${i})\nprint("lit${i}", v${i})\n`),
  // about 2 MB of assignments, string literals, ifs and prints
  plain_2mb: (() => {
    let s = '';
    for (let i = 0; s.length < 2e6 * scale; i++)
      s += `x${i % 500} = "s${i}" + str(${i})\nif x${i % 500} == "q":\n    print(x${i % 500}, ${i}.5)\n`;
    return s;
  })(),
};
for (const [name, text] of Object.entries(files)) {
  const src = path.join(dir, `${name}.ml`);
  writeFileSync(src, text);
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cli, 'build-wasm-bundle', src, '--out-dir', path.join(dir, name)],
    { encoding: 'utf8' });
  const last = r.stderr.trim().split('\n').pop().split(' ');
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  console.log(`${name}: ${text.split('\n').length - 1} lines, ${(text.length / 1e6).toFixed(1)} MB: ` +
    `${last[0]} s, ${(Number(last[1]) / 1024).toFixed(0)} MiB`);
}
