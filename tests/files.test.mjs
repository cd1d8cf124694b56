// Files through WASI: open(), os and pathlib in the three hosts. The CLI
// pre-opens what `run --dir` names (Node's WASI underneath), the JS hosts
// an in-memory file system (run(source, {fs})). The same program must
// print what CPython prints running transpiled.py in the same folder, and
// leave the same files behind; outside what the host opened nothing is
// reachable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, cli, lastLine, runPython, tempDir } from './helpers/common.mjs';

const CORE = path.join(ROOT, 'build', 'web', 'multilingual_core.mjs');
const noWeb = existsSync(CORE) ? false : 'build/web/multilingual_core.mjs is not built: run `make web`';
const API = pathToFileURL(path.join(ROOT, 'shim', 'index.mjs')).href;

// A program of the usual kind: reads a CSV from data/, writes a report,
// lists and tidies a folder, and reports the errors it meets.
const REPORT = `import os
from pathlib import Path

totals = {}
with open("data/sales.csv") as f:
    header = f.readline().strip().split(",")
    for line in f:
        name, amount = line.strip().split(",")
        totals[name] = totals.get(name, 0) + int(amount)
print(header, totals)
os.makedirs("data/out", exist_ok=True)
with open("data/out/report.txt", "w") as out:
    for name in sorted(totals):
        print(f"{name:>6}: {totals[name]:5d}", file=out)
print(Path("data/out/report.txt").read_text(), end="")
with open("data/out/raw.bin", "wb") as b:
    b.write(bytes(range(250, 256)) + "é".encode())
print(open("data/out/raw.bin", "rb").read())
print(sorted(os.listdir("data")), sorted(p.name for p in Path("data").glob("*.csv")))
Path("data/tmp.txt").write_text("x")
os.remove("data/tmp.txt")
for attempt in ["data/missing.csv", "data/out"]:
    try:
        open(attempt)
    except OSError as e:
        print(type(e).__name__, e)
try:
    os.rmdir("data/out")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    open("data/sales.csv", "x")
except FileExistsError as e:
    print(e)
`;
const SALES = 'name,amount\nana,3\nbo,10\nana,4\ncy,1\n';

/* a folder with data/sales.csv in it */
function workFolder() {
  const dir = tempDir('ml-files-');
  mkdirSync(path.join(dir, 'data'));
  writeFileSync(path.join(dir, 'data', 'sales.csv'), SALES);
  return dir;
}

/* every file under dir: {relative path: content as text} */
function tree(dir, prefix = '') {
  const out = {};
  for (const name of readdirSync(path.join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(path.join(dir, rel)).isDirectory()) Object.assign(out, tree(dir, rel));
    else out[rel] = readFileSync(path.join(dir, rel)).toString('latin1');
  }
  return out;
}

/* CPython on transpiled.py in a fresh work folder: its output and files */
function cpython(source) {
  const build = tempDir('ml-files-build-');
  writeFileSync(path.join(build, 'prog.ml'), source);
  const r = cli(['build-wasm-bundle', 'prog.ml', '--out-dir', 'out'], { cwd: build });
  assert.equal(r.status, 0, r.stderr);
  const work = workFolder();
  const py = runPython(path.join(build, 'out', 'transpiled.py'), { cwd: work });
  return { ...py, files: tree(work) };
}

test('run --dir: a program reads and writes files as CPython does, and leaves the same files', () => {
  const expected = cpython(REPORT);
  assert.equal(expected.status, 0, expected.stderr);
  const work = workFolder();
  writeFileSync(path.join(work, 'prog.ml'), REPORT);
  const r = cli(['run', '--dir', 'data', 'prog.ml'], { cwd: work });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, expected.stdout);
  assert.equal(r.status, 0);
  const files = tree(work);
  delete files['prog.ml'];
  assert.deepEqual(files, expected.files);
});

test('the same program in French (translated), under --dir .', () => {
  const work = workFolder();
  writeFileSync(path.join(work, 'en.ml'), REPORT);
  const fr = cli(['translate', 'en.ml', '--to', 'fr'], { cwd: work });
  assert.equal(fr.status, 0, fr.stderr);
  assert.match(fr.stdout, /ouvrir/, 'open is spelled in French');
  writeFileSync(path.join(work, 'fr.ml'), fr.stdout);
  const r = cli(['run', '--dir', '.', 'fr.ml'], { cwd: work });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, cpython(REPORT).stdout);
});

test('no --dir: no file is reachable (PermissionError), and nothing outside a pre-opened folder is', () => {
  const work = workFolder();
  writeFileSync(path.join(work, 'secret.txt'), 'secret');
  writeFileSync(path.join(work, 'prog.ml'), 'print(open("data/sales.csv").read())\n');
  let r = cli(['run', 'prog.ml'], { cwd: work });
  assert.equal(r.status, 1);
  assert.equal(lastLine(r.stderr), "PermissionError: [Errno 13] Permission denied: 'data/sales.csv'");
  for (const escape of ['data/../secret.txt', '../secret.txt', 'secret.txt', '/etc/passwd', path.join(work, 'secret.txt')]) {
    writeFileSync(path.join(work, 'prog.ml'), `open(${JSON.stringify(escape)})\n`);
    r = cli(['run', '--dir', 'data', 'prog.ml'], { cwd: work });
    assert.equal(r.status, 1, escape);
    assert.match(lastLine(r.stderr), /^PermissionError: \[Errno 13\] Permission denied: /, escape);
  }
  // a path that stays inside after `..` is fine
  writeFileSync(path.join(work, 'prog.ml'), 'print(open("data/../data/sales.csv").readline(), end="")\n');
  r = cli(['run', '--dir', 'data', 'prog.ml'], { cwd: work });
  assert.equal(r.stdout, 'name,amount\n', r.stderr);
});

test('--dir: usage errors', () => {
  const work = workFolder();
  writeFileSync(path.join(work, 'prog.ml'), 'print(1)\n');
  let r = cli(['run', '--dir', 'nope', 'prog.ml'], { cwd: work });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--dir 'nope' is not a directory/);
  r = cli(['run', '--dir', 'data/sales.csv', 'prog.ml'], { cwd: work });
  assert.equal(r.status, 2);
  r = cli(['build-wasm-bundle', '--dir', 'data', 'prog.ml'], { cwd: work });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--dir only goes with 'run'/);
  r = cli(['run', '--dir', '', 'prog.ml'], { cwd: work });
  assert.equal(r.status, 2);
});

test('a module imports exactly the WASI calls it uses, and its manifest lists exactly those', async () => {
  const programs = {
    hello: 'print("hi")\n',
    reads: 'print(open("x").read())\n',
    lists: 'import os\nprint(os.listdir("."), os.environ)\n',
    paths: 'import os.path\nprint(os.path.join("a", "b"))\n',
    mixed: 'import time, random, os\nrandom.seed()\ntime.sleep(0)\nos.mkdir("d")\nwith open("f", "w") as f:\n    f.write("x")\n',
  };
  const got = {};
  for (const [name, source] of Object.entries(programs)) {
    const dir = tempDir('ml-files-imports-');
    writeFileSync(path.join(dir, 'p.ml'), source);
    const r = cli(['build-wasm-bundle', 'p.ml', '--out-dir', 'out'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    const module = await WebAssembly.compile(readFileSync(path.join(dir, 'out', 'module.wasm')));
    const imports = WebAssembly.Module.imports(module).filter((i) => i.module === 'wasi_snapshot_preview1').map((i) => i.name).sort();
    const manifest = JSON.parse(readFileSync(path.join(dir, 'out', 'abi_manifest.json'), 'utf8'));
    assert.deepEqual(manifest.required_host_imports.map((i) => i.name).sort(), imports, name);
    got[name] = imports;
  }
  assert.ok(!got.hello.includes('path_open') && !got.hello.includes('fd_prestat_get'), 'hello world imports no file call');
  // importing os runs its top-level code (os.environ) and keeps what that
  // and os.walk reach, not the calls of the functions nobody calls
  for (const unused of ['path_rename', 'path_unlink_file', 'path_create_directory', 'path_remove_directory', 'fd_read', 'fd_seek']) {
    assert.ok(!got.paths.includes(unused), `import os.path imports ${unused}`);
  }
  assert.ok(got.reads.includes('path_open') && !got.reads.includes('path_rename'), got.reads.join());
  assert.ok(got.lists.includes('fd_readdir') && got.lists.includes('environ_get'), got.lists.join());
  assert.ok(got.mixed.includes('poll_oneoff') && got.mixed.includes('random_get') && got.mixed.includes('path_create_directory'));
});

// ---- the JS hosts' in-memory file system ----

function script(code) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('npm run(source, {fs}): the program reads and writes an in-memory file system, read back after the run', { skip: noWeb }, () => {
  const expected = cpython(REPORT);
  const out = script(`
    import { run } from ${JSON.stringify(API)};
    const source = ${JSON.stringify(REPORT)};
    const fs = { 'data/sales.csv': ${JSON.stringify(SALES)} };
    const show = (r) => ({ exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr,
      fs: Object.fromEntries(Object.entries(r.fs).map(([k, v]) => [k, typeof v === 'string' ? v : 'bytes:' + Array.from(v).join(',')])) });
    const direct = show(await run(source, { fs }));
    const inWorker = show(await run(source, { fs, timeout: 20000 }));
    console.log(JSON.stringify({ direct, inWorker, given: fs }));
  `);
  for (const r of [out.direct, out.inWorker]) {
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, expected.stdout);
    assert.equal(r.exitCode, 0);
    assert.equal(r.fs['data/out/report.txt'], expected.files['data/out/report.txt']);
    assert.equal(r.fs['data/out/raw.bin'], `bytes:${[...Buffer.from(expected.files['data/out/raw.bin'], 'latin1')].join(',')}`);
    assert.deepEqual(Object.keys(r.fs).sort(), Object.keys(expected.files).sort());
  }
  assert.deepEqual(out.given, { 'data/sales.csv': SALES }, 'the caller\'s object is not changed');
});

test('npm run(): without fs no file opens; env is os.environ; empty folders and bad fs values', { skip: noWeb }, () => {
  const out = script(`
    import { run } from ${JSON.stringify(API)};
    const none = await run('open("a.txt")');
    const env = await run('import os\\nprint(os.environ, os.getenv("LANG"))', { env: { LANG: 'fr', X: '1' } });
    const dirs = await run('import os\\nprint(os.listdir("."), os.listdir("e"))\\nos.rmdir("e")\\nos.mkdir("n")', { fs: { 'e/': '', 'f.txt': '' } });
    let bad = null;
    try { await run('print(1)', { fs: { 'a.txt': 42 } }); } catch (e) { bad = e.message; }
    let outside = null;
    try { await run('print(1)', { fs: { '../up.txt': 'x' } }); } catch (e) { outside = e.message; }
    console.log(JSON.stringify({ none: none.stderr, noneFs: 'fs' in none, env: env.stdout, dirs: dirs.stdout, dirsFs: dirs.fs, bad, outside }));
  `);
  assert.match(out.none, /PermissionError: \[Errno 13\] Permission denied: 'a\.txt'\n$/);
  assert.equal(out.noneFs, false);
  assert.equal(out.env, "{'LANG': 'fr', 'X': '1'} fr\n");
  assert.equal(out.dirs, "['e', 'f.txt'] []\n");
  assert.deepEqual(out.dirsFs, { 'f.txt': '', 'n/': '' });
  assert.match(out.bad, /content of 'a\.txt' is a string or a Uint8Array/);
  assert.match(out.outside, /'\.\.\/up\.txt' is not a path inside the file system/);
});

// One program of error cases, run under Node's WASI on a real folder (the
// CLI) and in the in-memory file system: both must print what CPython does.
const ERRORS = `import os
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.filename)
os.mkdir("d")
open("d/f.txt", "w").close()
attempt("mkdir twice", lambda: os.mkdir("d"))
attempt("mkdir under file", lambda: os.mkdir("d/f.txt/x"))
attempt("rmdir full", lambda: os.rmdir("d"))
attempt("rmdir file", lambda: os.rmdir("d/f.txt"))
attempt("unlink dir", lambda: os.remove("d"))
attempt("unlink missing", lambda: os.remove("d/none"))
attempt("open dir", lambda: open("d"))
attempt("open under file", lambda: open("d/f.txt/y"))
attempt("exclusive", lambda: open("d/f.txt", "x"))
attempt("listdir file", lambda: os.listdir("d/f.txt"))
attempt("rename missing", lambda: os.rename("d/none", "d/other"))
attempt("rename", lambda: os.rename("d/f.txt", "d/g.txt"))
print(sorted(os.listdir("d")), os.path.getsize("d/g.txt"))
with open("d/g.txt", "a+") as f:
    f.write("abc")
    f.seek(0)
    print(repr(f.read()), f.tell())
with open("d/g.txt", "r+b") as f:
    f.seek(1)
    f.write(b"Z")
    f.seek(0)
    print(f.read())
`;

test('error cases: the CLI on a real folder and the in-memory file system both print what CPython prints', { skip: noWeb }, () => {
  const expected = cpython(ERRORS);
  assert.equal(expected.status, 0, expected.stderr);
  const work = tempDir('ml-files-err-');
  writeFileSync(path.join(work, 'prog.ml'), ERRORS);
  mkdirSync(path.join(work, 'w'));
  const r = cli(['run', '--dir', '.', '../prog.ml'], { cwd: path.join(work, 'w') });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, expected.stdout);
  const out = script(`
    import { run } from ${JSON.stringify(API)};
    const r = await run(${JSON.stringify(ERRORS)}, { fs: {} });
    console.log(JSON.stringify(r));
  `);
  assert.equal(out.stderr, '');
  assert.equal(out.stdout, expected.stdout);
});

test('npm bin: run --dir reads and writes the folder as the native CLI does', { skip: noWeb }, () => {
  const expected = cpython(REPORT);
  const work = workFolder();
  writeFileSync(path.join(work, 'prog.ml'), REPORT);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'multilingual.mjs'), 'run', '--dir', 'data', 'prog.ml'], { cwd: work, encoding: 'utf8' });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, expected.stdout);
  assert.equal(r.status, 0);
  assert.equal(readFileSync(path.join(work, 'data', 'out', 'report.txt'), 'latin1'), expected.files['data/out/report.txt']);
});

