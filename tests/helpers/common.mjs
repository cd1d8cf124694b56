// Shared by the test files: paths, running the CLI, running modules.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = path.join(ROOT, 'build', 'multilingual');
export const CLI_ASAN = path.join(ROOT, 'build', 'multilingual-asan');
export const CORPUS = path.join(ROOT, 'tests', 'corpus');
const RUN_WASI = path.join(ROOT, 'bin', 'run_wasi.mjs'); // the runner `multilingual run` uses

/* A fresh directory under the system's temporary one, removed when the
 * test process exits (a full run makes thousands: left behind, they filled
 * the disk of a long-lived machine). */
const made = [];
process.on('exit', () => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

export function tempDir(prefix = 'ml-test-') {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(d);
  return d;
}

/* The seeded generator of the differential tests (mulberry32): numbers in
 * [0, 1), the same sequence for the same seed on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function cli(args, { input = '', exe = CLI, env = {}, cwd = undefined } = {}) {
  const r = spawnSync(exe, args, {
    input,
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=1', ...env },
    maxBuffer: 64 << 20,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

/* Runs a module as `multilingual run` does; dirs: directories pre-opened
 * (under their names, relative to cwd). */
export function runWasm(wasmPath, { args = [], input = '', dirs = [], cwd = undefined } = {}) {
  const r = spawnSync(process.execPath, ['--no-warnings', RUN_WASI, ...dirs.flatMap((d) => ['--dir', d]), wasmPath, ...args], {
    input,
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { status: r.status, signal: r.signal, error: r.error, stdout: r.stdout, stderr: r.stderr };
}

export function runPython(pyPath, { args = [], input = '', cwd = undefined } = {}) {
  const r = spawnSync('python3', [pyPath, ...args], { input, cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/* A generated program (file name, text) compiled and run, and run by
 * CPython: both must exit 0; their stdout's lines, to compare one by one. */
export function ourAndCPythonLines(name, text) {
  const dir = tempDir();
  const src = path.join(dir, name);
  writeFileSync(src, text);
  const out = path.join(dir, 'out');
  const b = cli(['build-wasm-bundle', src, '--out-dir', out]);
  assert.equal(b.status, 0, b.stderr);
  const run = runWasm(path.join(out, 'module.wasm'));
  assert.equal(run.status, 0, run.stderr);
  const py = runPython(src);
  assert.equal(py.status, 0, py.stderr);
  return { ours: run.stdout.split('\n'), theirs: py.stdout.split('\n') };
}

export function lastLine(text) {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1];
}

/* Every corpus program with its expectations. */
export function corpusCases() {
  const cases = [];
  for (const dir of readdirSync(CORPUS).sort()) {
    const full = path.join(CORPUS, dir);
    if (!existsSync(full) || dir.startsWith('.') || dir.endsWith('.txt')) continue;
    for (const file of readdirSync(full).sort()) {
      if (!file.endsWith('.ml')) continue;
      const base = path.join(full, file.slice(0, -3));
      const read = (ext) => (existsSync(base + ext) ? readFileSync(base + ext, 'utf8') : null);
      cases.push({
        id: `${dir}/${file}`,
        file: path.join(full, file),
        out: read('.out'),
        err: read('.err'),
        input: read('.in') ?? '',
        args: (read('.args') ?? '').split(/\s+/).filter(Boolean),
      });
    }
  }
  return cases;
}

/* The sections of a wasm binary: [{id, bytes}]. */
export function wasmSections(bytes) {
  const out = [];
  let p = 8;
  const leb = () => {
    let v = 0, shift = 0, b;
    do { b = bytes[p++]; v |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    return v >>> 0;
  };
  while (p < bytes.length) {
    const id = bytes[p++];
    const len = leb();
    out.push({ id, bytes: bytes.subarray(p, p + len) });
    p += len;
  }
  return out;
}

/* Whether two modules are the same program: every section equal but the
 * data, whose tail holds the traceback text (file name, source lines),
 * which differs between spellings of one program, and the memory, whose
 * initial size in pages follows from the data's (a longer spelling may
 * cross a 64 KiB boundary). null if the same, else what differs. */
export function sameCode(a, b) {
  const sa = wasmSections(a), sb = wasmSections(b);
  if (sa.map((s) => s.id).join() !== sb.map((s) => s.id).join()) return 'section list';
  for (let i = 0; i < sa.length; i++) {
    if (sa[i].id === 11 || sa[i].id === 5) continue; /* data, memory */
    if (!Buffer.from(sa[i].bytes).equals(Buffer.from(sb[i].bytes))) return `section ${sa[i].id}`;
  }
  return null;
}

// Builds src (a program's text) into a bundle: module.wat's text, and
// run() to run its module.wasm (runWasm).
export function buildBundle(src) {
  const dir = tempDir();
  const file = path.join(dir, 'prog.ml');
  writeFileSync(file, src);
  const out = path.join(dir, 'out');
  const r = cli(['build-wasm-bundle', file, '--out-dir', out]);
  assert.equal(r.status, 0, r.stderr);
  const wat = readFileSync(path.join(out, 'module.wat'), 'utf8');
  return { wat, wasm: readFileSync(path.join(out, 'module.wasm')), run: () => runWasm(path.join(out, 'module.wasm')) };
}

// The text of function $name (a regular expression) in module.wat.
export const funcText = (wat, name) =>
  wat.match(new RegExp(`^\\(func \\$${name}\\b[^]*?(?=^\\(func |^\\(start |^\\(memory )`, 'm'))[0];
