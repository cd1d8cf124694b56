// The standard library's modules, compute only (bench/inprocess.mjs: each
// module instantiated once per run, its _start timed in-process; Node's
// start-up not counted), against CPython 3.11 on the same source:
//   heapq_1m: heappush of 10^6 ints then heappop of all (target from the
//     issue: faster than CPython); math_1m: sqrt, sin, cos, log, exp in a
//     loop of 10^6; random_1m: 10^6 random() and 10^5 randint()/choice()
//     after seed() (the same numbers as CPython's, checked); counter_1m:
//     collections.Counter over 10^6 words; sorted_itemgetter: sorted() of
//     200,000 pairs with key=operator.itemgetter(1) (both written in the
//     language: src/stdlib/); re_words_1m: re.findall(r"\w+") over 1 MiB
//     of text; re_alternation_1m: re.findall of an alternation of e-mail,
//     date and phone patterns, then of \b[A-Z][a-z]+\b, over the same.
//   json: json.dumps and json.loads of a document of about 1 MB (3,000
//     records, bench/stdlib/json_build.ml), ten times each: the time of one
//     call is (json_dumps - json_build) / 10 and (json_loads - json_build)
//     / 10, json_build (building the document and dumping it once) being
//     subtracted from both implementations' times.
// Usage: node bench/stdlib.mjs [runs] [name: one program, or json]
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build, python, race } from './inprocess.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] || 5);
const cli = path.join(root, 'build', 'multilingual');
const only = process.argv[3]; // a name: that program only (json: the json ones)
for (const name of ['heapq_1m', 'math_1m', 'random_1m', 'counter_1m', 'sorted_itemgetter', 're_words_1m', 're_alternation_1m'].filter((n) => !only || n === only)) {
  const src = path.join(root, 'bench', 'stdlib', `${name}.ml`);
  const mod = build(cli, src, 'std');
  if (!mod) throw new Error(`${name}: does not compile`);
  const w = race([mod], runs);
  const p = python(src, runs);
  if (w.outs[0] !== p.out) throw new Error(`${name}: outputs differ\n${w.outs[0]}\n${p.out}`);
  console.log(`${name.padEnd(11)} ${w.best[0].toFixed(1).padStart(8)} ms   CPython ${p.ms.toFixed(1).padStart(8)} ms   CPython/ours ${(p.ms / w.best[0]).toFixed(2)}`);
}

const json = {};
for (const name of ['json_build', 'json_dumps', 'json_loads'].filter(() => !only || only === 'json')) {
  const src = path.join(root, 'bench', 'stdlib', `${name}.ml`);
  const mod = build(cli, src, 'std');
  if (!mod) throw new Error(`${name}: does not compile`);
  const w = race([mod], runs);
  const p = python(src, runs);
  if (w.outs[0] !== p.out) throw new Error(`${name}: outputs differ\n${w.outs[0]}\n${p.out}`);
  json[name] = { ours: w.best[0], py: p.ms };
}
for (const op of ['dumps', 'loads'].filter(() => json.json_build)) {
  const ours = (json[`json_${op}`].ours - json.json_build.ours) / 10, py = (json[`json_${op}`].py - json.json_build.py) / 10;
  console.log(`json.${op} (1 call) ${ours.toFixed(1).padStart(8)} ms   CPython ${py.toFixed(1).padStart(8)} ms   CPython/ours ${(py / ours).toFixed(2)}`);
}
