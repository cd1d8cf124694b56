// Big integers, compute only (bench/inprocess.mjs: each module instantiated
// once per run, its _start timed in-process; Node's start-up not counted).
//   Against CPython: factorial(3000); 2 ** 100000 and 3 ** 20000;
//     str() of a 4,000-digit number 20 times; fib(1000) by iteration 200
//     times (target: no worse than 2x CPython on each).
//   --vs DIR: the small-int programs of bench/programs (fib(30), the 10 M
//     loop, collatz, floats) built by this compiler and by another
//     checkout's (DIR/build/multilingual), taking turns: what the tagged
//     ints cost the code that never meets a big one.
// Usage: node bench/bigint.mjs [runs] [--vs DIR]
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build, python, race } from './inprocess.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const vsAt = args.indexOf('--vs');
const other = vsAt >= 0 ? args.splice(vsAt, 2)[1] : null;
const runs = Number(args[0] || 5);
const cli = path.join(root, 'build', 'multilingual');
for (const name of ['factorial', 'power', 'print_digits', 'fib1000']) {
  const src = path.join(root, 'bench', 'bigint', `${name}.ml`);
  const mod = build(cli, src, 'big');
  if (!mod) throw new Error(`${name}: does not compile`);
  const w = race([mod], runs);
  const p = python(src, runs);
  if (w.outs[0] !== p.out) throw new Error(`${name}: outputs differ\n${w.outs[0]}\n${p.out}`);
  console.log(`${name.padEnd(13)} ${w.best[0].toFixed(1).padStart(7)} ms   CPython ${p.ms.toFixed(1).padStart(7)} ms   ours/CPython ${(w.best[0] / p.ms).toFixed(2)}`);
}
if (other) {
  const otherCli = path.join(other, 'build', 'multilingual');
  for (const name of ['fib', 'loop', 'collatz', 'floats']) {
    const src = path.join(root, 'bench', 'programs', `${name}.ml`);
    const a = build(cli, src, 'a'), b = build(otherCli, src, 'b');
    const x = race([a, b], runs);
    if (x.outs[0] !== x.outs[1]) throw new Error(`${name}: outputs differ`);
    console.log(`${name.padEnd(13)} this ${x.best[0].toFixed(1).padStart(7)} ms   ${other} ${x.best[1].toFixed(1).padStart(7)} ms   ratio ${(x.best[0] / x.best[1]).toFixed(3)}`);
  }
}
