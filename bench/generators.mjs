// Generators' iteration speed against CPython, compute only (bench/inprocess.mjs):
//   gen_loop: a generator yielding 1 M values into a for loop;
//   genexp_sum: sum() of a generator expression over 1 M items;
//   pipeline: three chained generators over 300,000 items.
// Usage: node bench/generators.mjs [runs]
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build, python, race } from './inprocess.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] || 5);
const cli = path.join(root, 'build', 'multilingual');
for (const name of ['gen_loop', 'genexp_sum', 'pipeline']) {
  const src = path.join(root, 'bench', 'generators', `${name}.ml`);
  const mod = build(cli, src, 'gen');
  if (!mod) throw new Error(`${name}: does not compile`);
  const w = race([mod], runs);
  const p = python(src, runs);
  if (w.outs[0] !== p.out) throw new Error(`${name}: outputs differ\n${w.outs[0]}\n${p.out}`);
  console.log(`${name.padEnd(12)} ${w.best[0].toFixed(1).padStart(7)} ms   CPython ${p.ms.toFixed(1).padStart(7)} ms   (${(p.ms / w.best[0]).toFixed(2)}x)`);
}
