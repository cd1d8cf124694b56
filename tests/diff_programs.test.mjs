// Differential test of semantics: random well-typed programs
// (helpers/gen_typed.mjs: mixed int/float arithmetic, big ints, strings,
// lists, dicts, control flow; each case's exception type printed) compiled
// to wasm and run, against CPython running the bundle's transpiled.py. Any
// difference in the output or exit status is a bug. Seeded and
// reproducible: ML_DIFF_SEED (default fixed), ML_DIFF_PROGRAMS programs of
// ML_DIFF_CASES cases each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, rng, runPython, runWasm, tempDir } from './helpers/common.mjs';
import { generateProgram } from './helpers/gen_typed.mjs';

const SEED = Number(process.env.ML_DIFF_SEED || 20261203);
const PROGRAMS = Number(process.env.ML_DIFF_PROGRAMS || 8);
const CASES = Number(process.env.ML_DIFF_CASES || 25);

test(`random typed programs print what CPython prints (seed ${SEED}, ${PROGRAMS} x ${CASES} cases)`, () => {
  const dir = tempDir();
  for (let p = 0; p < PROGRAMS; p++) {
    const seed = SEED + p;
    const src = generateProgram(rng(seed), CASES);
    const file = path.join(dir, `diff_${seed}.ml`);
    writeFileSync(file, src);
    const out = path.join(dir, `out_${seed}`);
    const c = cli(['build-wasm-bundle', file, '--out-dir', out]);
    assert.equal(c.status, 0, `seed ${seed}: does not compile:\n${c.stderr}\n${src}`);
    const py = runPython(path.join(out, 'transpiled.py'));
    const wasm = runWasm(path.join(out, 'module.wasm'));
    const where = `seed ${seed} (ML_DIFF_SEED=${seed} ML_DIFF_PROGRAMS=1), program in ${file}`;
    assert.equal(wasm.stdout, py.stdout, where);
    assert.equal(wasm.status, py.status, `${where}\n${wasm.stderr}\n${py.stderr}`);
  }
});
