// asyncio against CPython, compute only (bench/inprocess.mjs):
//   gather_tasks: 5,000 tasks of 10 steps each, gathered;
//   queue: 50,000 items from a producer to a consumer through a Queue.
// Usage: node bench/asyncio.mjs [runs]
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build, python, race } from './inprocess.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] || 5);
const cli = path.join(root, 'build', 'multilingual');
for (const name of ['gather_tasks', 'queue']) {
  const src = path.join(root, 'bench', 'asyncio', `${name}.ml`);
  const mod = build(cli, src, 'async');
  if (!mod) throw new Error(`${name}: does not compile`);
  const w = race([mod], runs);
  const p = python(src, runs);
  if (w.outs[0] !== p.out) throw new Error(`${name}: outputs differ\n${w.outs[0]}\n${p.out}`);
  console.log(`${name.padEnd(12)} ${w.best[0].toFixed(1).padStart(7)} ms   CPython ${p.ms.toFixed(1).padStart(7)} ms   (${(p.ms / w.best[0]).toFixed(2)}x)`);
}
