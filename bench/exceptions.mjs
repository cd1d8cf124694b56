// Exceptions' cost, compute only (module instantiated once per run, the
// time of its _start measured in-process: Node's start-up is not counted).
//   calls_plain vs calls_in_try: a call-heavy loop without and with an
//     enclosing try (the non-raising path; target: at most 10% slower);
//   raise_catch: raising and catching in a loop, against CPython;
//   --vs DIR: also the same programs built by another checkout's compiler
//     (DIR/build/multilingual), e.g. before exceptions existed.
// Usage: node bench/exceptions.mjs [runs] [--vs DIR]
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build, python as pythonRuns, race as raceRuns } from './inprocess.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const vsAt = args.indexOf('--vs');
const other = vsAt >= 0 ? args.splice(vsAt, 2)[1] : null;
const runs = Number(args[0] || 5);
const race = (mods) => raceRuns(mods, runs);
const python = (src) => pythonRuns(src, runs);

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
