// Mutation fuzzing of the whole pipeline: corpus programs with lines
// deleted, duplicated, truncated or extended are compiled by the sanitizer
// build. Whatever the input, the compiler must answer 0 (a module, which
// wabt validates under make test's ML_VALIDATE) or 1 (designed diagnostics): never a crash, a sanitizer report
// or an "internal error". Deterministic: a fixed seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, CLI_ASAN, cli, corpusCases, tempDir } from './helpers/common.mjs';

const CASES = Number(process.env.ML_FUZZ_CASES || 150);
const EXTRA = [' + 1', ' * "a"', ':', ')', ' if x else 2', '.5', ' // 0', ' and', '(', ' = 3', ' -> int', '"'];

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

test('mutated programs never crash the compiler', () => {
  const exe = existsSync(CLI_ASAN) ? CLI_ASAN : CLI;
  const sources = corpusCases().map((c) => readFileSync(c.file, 'utf8'));
  const pool = sources.flatMap((s) => s.split('\n'));
  const rand = rng(Number(process.env.ML_FUZZ_SEED || 20261123));
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const dir = tempDir();
  const file = path.join(dir, 'fuzz.ml');
  for (let n = 0; n < CASES; n++) {
    const lines = pick(sources).split('\n');
    for (let k = 1 + Math.floor(rand() * 4); k > 0; k--) {
      const i = Math.floor(rand() * lines.length), op = rand();
      if (op < 0.3) lines.splice(i, 1);
      else if (op < 0.6) lines.splice(i, 0, pick(pool));
      else if (op < 0.8 && lines[i]) lines[i] = lines[i].slice(0, Math.floor(rand() * lines[i].length));
      else lines[i] += pick(EXTRA);
    }
    const src = lines.join('\n');
    writeFileSync(file, src);
    const r = cli(['build-wasm-bundle', file, '--out-dir', path.join(dir, 'out')], { exe });
    const bad = ![0, 1].includes(r.status) || /Sanitizer|runtime error:|internal error/.test(r.stderr);
    assert.ok(!bad, `case ${n}: status ${r.status}\n--- source ---\n${src}\n--- stderr ---\n${r.stderr}`);
  }
});
