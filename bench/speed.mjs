// Issue 11's speed table: each program of bench/speed/ (NAME.ml, and the same
// algorithm in C, NAME.c) built three ways and run side by side:
//   ours     build/multilingual build-wasm-bundle NAME.ml -> module.wasm
//   C        clang --target=wasm32-wasi -O2 against Debian's wasi-libc (the
//            LLVM backend emcc -O2 uses; Debian has no emcc)
//   CPython  python3 (3.11) on the bundle's transpiled.py
// Both wasm modules run in this process under node:wasi (bench/inprocess.mjs:
// instantiated once per run, only _start timed); CPython runs each program
// with runpy inside one long-lived python3 process, timed around the call.
// The three take turns within each round, so the machine's load hits them
// alike. Outputs are checked equal (ours == CPython == C).
// Usage: node bench/speed.mjs [runs] [name...]   (runs: default 5)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { runOnce } from './inprocess.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'build', 'multilingual');
const speedDir = path.join(root, 'bench', 'speed');
const args = process.argv.slice(2);
const runs = args.length && /^\d+$/.test(args[0]) ? Number(args.shift()) : 5;
const dir = mkdtempSync(path.join(tmpdir(), 'ml-speed-'));

// Issue 11's targets: ours / C at most `c`, CPython / ours at least 10.
const TARGETS = {
  fib: 1.5, loop: 1.5, mandelbrot: 1.5, nbody: 1.5, spectral_norm: 1.5, fannkuch: 1.5, sieve: 1.5,
  sort: 3, word_count: 3, strings: 3, closures: 3,
};
const PY_TARGET = 10;
// The flags of the project's own wasm32 build (src/runtime/runtime.mk): the
// same wasm features our modules use.
const C_FLAGS = ['--target=wasm32-wasi', '-O2', '-mbulk-memory', '-mnontrapping-fptoint', '-msign-ext',
  '-mmutable-globals'];

const names = args.length ? args : Object.keys(TARGETS).filter((n) =>
  readdirSync(speedDir).includes(`${n}.ml`));

function buildOurs(name) {
  const out = path.join(dir, `ours-${name}`);
  const r = spawnSync(cli, ['build-wasm-bundle', path.join(speedDir, `${name}.ml`), '--out-dir', out],
    { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${name}.ml: ${r.stderr}`);
  return { mod: new WebAssembly.Module(readFileSync(path.join(out, 'module.wasm'))),
    py: path.join(out, 'transpiled.py') };
}

function buildC(name) {
  const out = path.join(dir, `c-${name}.wasm`);
  const r = spawnSync('clang', [...C_FLAGS, '-o', out, path.join(speedDir, `${name}.c`), '-lm'],
    { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${name}.c: ${r.stderr}`);
  return new WebAssembly.Module(readFileSync(out));
}

// One python3 process for every CPython run: a line with a path in, a line
// of JSON {ms, out} back. (python3 may be a pyenv shim costing 0.5 s a
// process: it is paid once.)
const PY_SERVER = `
import contextlib, gc, io, json, runpy, sys, time
for line in sys.stdin:
    b = io.StringIO()
    gc.collect()
    t = time.perf_counter()
    with contextlib.redirect_stdout(b):
        runpy.run_path(line.strip(), run_name='__main__')
    ms = (time.perf_counter() - t) * 1000
    sys.stdout.write(json.dumps({'ms': ms, 'out': b.getvalue()}) + '\\n')
    sys.stdout.flush()
`;
const py = spawn('python3', ['-c', PY_SERVER], { stdio: ['pipe', 'pipe', 'inherit'] });
const pyLines = createInterface({ input: py.stdout })[Symbol.asyncIterator]();
async function runPython(file) {
  py.stdin.write(file + '\n');
  const { value, done } = await pyLines.next();
  if (done) throw new Error(`python3 stopped running ${file}`);
  return JSON.parse(value);
}

const min = (xs) => Math.min(...xs);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f1 = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const f2 = (x) => x.toFixed(2);

const rows = [];
let failed = false;
for (const name of names) {
  const ours = buildOurs(name), c = buildC(name);
  const t = { ours: [], c: [], py: [] }, out = {};
  for (let r = 0; r < runs; r++) {
    let x = runOnce(ours.mod);
    t.ours.push(x.ms);
    out.ours = x.out;
    x = runOnce(c);
    t.c.push(x.ms);
    out.c = x.out;
    x = await runPython(ours.py);
    t.py.push(x.ms);
    out.py = x.out;
  }
  const agree = out.ours === out.py && out.ours === out.c;
  if (!agree) {
    failed = true;
    console.error(`${name}: outputs differ\n  ours:    ${JSON.stringify(out.ours)}\n` +
      `  C:       ${JSON.stringify(out.c)}\n  CPython: ${JSON.stringify(out.py)}`);
  }
  const row = { name, t, agree, out: out.ours.trim(),
    oc: min(t.ours) / min(t.c), ocMed: median(t.ours) / median(t.c),
    po: min(t.py) / min(t.ours), poMed: median(t.py) / median(t.ours) };
  rows.push(row);
  console.error(`${name}: ours ${f1(min(t.ours))} ms, C ${f1(min(t.c))} ms, CPython ${f1(min(t.py))} ms` +
    (agree ? '' : ' (OUTPUTS DIFFER)'));
}
py.stdin.end();

console.log(`\n${runs} runs each, min / median of the compute time in ms; ratios of the minima ` +
  `(of the medians in brackets)\n`);
console.log('| program | ours | C (clang -O2) | CPython 3.11 | ours / C | target | | CPython / ours | target | | output |');
console.log('|---|--:|--:|--:|--:|--:|---|--:|--:|---|---|');
for (const r of rows) {
  const tc = TARGETS[r.name] ?? 1.5;
  const mm = (xs) => `${f1(min(xs))} / ${f1(median(xs))}`;
  console.log(`| ${r.name} | ${mm(r.t.ours)} | ${mm(r.t.c)} | ${mm(r.t.py)} | ` +
    `${f2(r.oc)} (${f2(r.ocMed)}) | ≤ ${tc} | ${r.oc <= tc ? 'met' : 'missed'} | ` +
    `${f2(r.po)} (${f2(r.poMed)}) | ≥ ${PY_TARGET} | ${r.po >= PY_TARGET ? 'met' : 'missed'} | ` +
    `${r.agree ? 'same' : 'DIFFER'} |`);
}
if (failed) process.exit(1);
