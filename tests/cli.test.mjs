// The `multilingual` command: usage errors, diagnostics, the bundle, run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, ROOT, cli, lastLine, runPython, runWasm, sameCode, tempDir, wasmSections } from './helpers/common.mjs';

const EXAMPLES = path.join(ROOT, 'examples');
const ARTIFACTS = [
  'abi_manifest.json', 'build.lock.json', 'build_graph.json', 'host_shim.js',
  'module.wasm', 'module.wat', 'renderer_template.js', 'transpiled.py',
];
const FIB = Array.from({ length: 15 }, (_, i) => {
  let a = 0, b = 1;
  for (let k = 0; k < i; k++) [a, b] = [b, a + b];
  return String(a);
}).join('\n') + '\n';

function source(text, name = 'prog.ml') {
  const dir = tempDir();
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

test('--help and --version exit 0', () => {
  const h = cli(['--help']);
  assert.equal(h.status, 0);
  assert.match(h.stdout, /build-wasm-bundle/);
  const v = cli(['--version']);
  assert.equal(v.status, 0);
  assert.match(v.stdout, /^multilingual \d+\.\d+\.\d+\n$/);
});

test('--version is package.json\'s; --help names every command, artifact count and language pack', () => {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(cli(['--version']).stdout, `multilingual ${version}\n`);
  const help = cli(['--help']).stdout;
  for (const command of ['build-wasm-bundle', 'run', 'check', 'wat-abi', 'wat-host-shim', 'wat-renderer-template',
    'encoding-check-generated', 'translate']) {
    assert.match(help, new RegExp(`^  ${command} FILE`, 'm'), command);
  }
  assert.match(help, new RegExp(`write the ${ARTIFACTS.length} build artifacts`));
  const packs = readdirSync(path.join(ROOT, 'src', 'lang', 'packs')).filter((f) => f.endsWith('.lang'))
    .map((f) => f.slice(0, -5));
  const listed = /--lang CODE +source language \(([^)]*)\)/.exec(help)[1].split(' ');
  assert.deepEqual([...listed].sort(), packs.sort(), 'the languages of --help are the packs');
  assert.match(help, /^  --wasm-target wasi\|browser +module target \(default: wasi\)$/m);
  assert.match(help, /^  --lock-timeout SECONDS +wait .* \(default: 30\)$/m);
  // Every help text starts in the same column, or two spaces after a long name.
  for (const line of help.split('\n').filter((l) => /^  [-a-z]/.test(l) && !l.includes('--help'))) {
    assert.match(line, /^  .{24} \S|^  \S.{23,}\S  \S/, line);
  }
});

test('usage errors exit 2', () => {
  for (const args of [[], ['frobnicate', 'x.ml'], ['build-wasm-bundle'], ['check', 'a.ml', '--lang', 'xx'],
    ['check', 'a.ml', '--wasm-target', 'dos'], ['check', 'a.ml', '--bogus'], ['check', 'a.ml', '--lang'],
    ['check', 'a.ml', '--', 'x']]) {
    const r = cli(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^multilingual: error: /);
  }
});

test('a missing file is a user error', () => {
  const r = cli(['check', path.join(tempDir(), 'nope.ml')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot read '.*nope\.ml': No such file or directory/);
  const dir = tempDir();
  assert.deepEqual(cli(['check', dir]), {
    status: 1, stdout: '', stderr: `multilingual: error: cannot read '${dir}': Is a directory\n`, signal: null,
  });
});

test('a source that never ends (/dev/zero) stops at the size limit, not at the end of memory', () => {
  // Under a 1 GB address-space limit, so that a reader without a limit
  // fails here (out of memory) instead of taking the machine's memory.
  const r = cli(['-c', 'ulimit -v 1000000; exec "$0" check /dev/zero', CLI], { exe: 'sh' });
  assert.equal(r.stdout, '');
  assert.equal(r.stderr,
    "multilingual: error: cannot read '/dev/zero': larger than 64 MiB, the most a source file may be\n");
  assert.equal(r.status, 1);
});

test('run: stdout closed by its reader ends the program as CPython does (BrokenPipeError)', () => {
  // printing forever into `head -1`: the error and status 1 (pipefail
  // gives the program's status), not status 0 nor a loop that never ends
  const forever = source('i = 0\nwhile True:\n    print(i)\n    i += 1\n');
  const r = cli(['-c', 'set -o pipefail; "$0" run "$1" | head -1', CLI, forever], { exe: 'bash' });
  assert.equal(r.stdout, '0\n');
  assert.equal(r.stderr, 'BrokenPipeError: [Errno 32] Broken pipe\n');
  assert.equal(r.status, 1);
  // output still buffered at the end, its reader gone: CPython's report at
  // shutdown, status 120
  const once = source('print("hi")\n');
  const e = cli(['-c', 'set -o pipefail; "$0" run "$1" | exec 0<&-', CLI, once], { exe: 'bash' });
  assert.equal(e.stderr, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n" +
    'BrokenPipeError: [Errno 32] Broken pipe\n');
  assert.equal(e.status, 120);
});

test('run: programs growing memory fast end normally (node:wasi functions wrapped, bin/run_wasi.mjs)', () => {
  // a 9 MB line read by input() crashed node after the output every run
  const line = source('s = input()\nprint(len(s))\n');
  const r = cli(['run', line], { input: 'x'.repeat(9_500_000) + '\n' });
  assert.deepEqual(r, { status: 0, stdout: '9500000\n', stderr: '', signal: null });
  // these crashed now and then
  const join = source('parts = ["y" * 100000 for i in range(1024)]\nprint(len("".join(parts)))\n');
  assert.deepEqual(cli(['run', join]), { status: 0, stdout: '102400000\n', stderr: '', signal: null });
  const grow = source('a = []\nfor i in range(1000000):\n    a.append(i)\nprint(len(a), sum(a))\n');
  assert.deepEqual(cli(['run', grow]), { status: 0, stdout: '1000000 499999500000\n', stderr: '', signal: null });
});

test('run: recursion as deep as CPython allows after sys.setrecursionlimit; a trap keeps the output printed before it', () => {
  const deep = source(`import sys
sys.setrecursionlimit(100000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print("start")
print(depth(10000), depth(50000))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("caught", e)
`);
  const expected = 'start\n10000 50000\ncaught maximum recursion depth exceeded\n';
  assert.deepEqual(cli(['run', deep]), { status: 0, stdout: expected, stderr: '', signal: null });
  // node's default stack (the runner run directly): the wasm stack overflows
  // at 50,000 calls; what was printed before is flushed, then RecursionError
  const dir = tempDir();
  assert.equal(cli(['build-wasm-bundle', deep, '--out-dir', dir]).status, 0);
  const r = runWasm(path.join(dir, 'module.wasm'));
  assert.equal(r.stdout, 'start\n');
  assert.equal(r.stderr, 'Traceback (most recent call last):\nRecursionError: maximum recursion depth exceeded\n');
  assert.equal(r.status, 1);
});

test('run without node on the PATH: a designed message, exit status 1', () => {
  const r = cli(['run', path.join(EXAMPLES, 'hello_wasi.ml')], { env: { PATH: tempDir() } });
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, "multilingual: error: cannot run node (needed by 'run'): No such file or directory\n");
  assert.equal(r.status, 1);
});

test('invalid --lock-timeout and --out-dir values are usage errors', () => {
  const src = path.join(EXAMPLES, 'hello_wasi.ml');
  for (const [option, value] of [['--lock-timeout', 'nan'], ['--lock-timeout', '-0.5'], ['--lock-timeout', ''],
    ['--lock-timeout', '5 s'], ['--out-dir', '']]) {
    const r = cli(['build-wasm-bundle', src, option, value]);
    assert.equal(r.status, 2, `${option} '${value}'`);
    assert.match(r.stderr, /^multilingual: error: (invalid --lock-timeout|option --out-dir needs a directory)/);
  }
});

test('a non-UTF-8 file is reported with its position', () => {
  const dir = tempDir();
  const file = path.join(dir, 'latin1.ml');
  writeFileSync(file, Buffer.from('print("ok")\nprint("caf\xe9")\n', 'latin1'));
  const r = cli(['check', file]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /latin1\.ml:2:11: error: source is not valid UTF-8/);
});

test('syntax errors: file:line:col, the source line and a caret', () => {
  const file = source('x = 1\nif x > 0\n    print(x)\n');
  const r = cli(['check', file]);
  assert.equal(r.status, 1);
  const lines = r.stderr.split('\n');
  assert.match(lines[0], /prog\.ml:2:9: error: /);
  assert.equal(lines[1].trim(), 'if x > 0');
  assert.equal(lines[2].indexOf('^') - lines[1].indexOf('if'), 8);
});

test('unsupported constructs say so, never crash', () => {
  const file = source('def g(x):\n    for i in x:\n        pass\n    else:\n        yield 2\n');
  const r = cli(['build-wasm-bundle', file, '--out-dir', tempDir()]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /prog\.ml:5:9: error: a yield inside a loop's else block is not supported yet/);
});

test('build-wasm-bundle writes the 8 artifacts, deterministic, hashes in the lock', () => {
  const a = tempDir(), b = tempDir();
  const src = path.join(EXAMPLES, 'hello_wasi_fr.ml');
  const r1 = cli(['build-wasm-bundle', src, '--wasm-target', 'wasi', '--out-dir', a]);
  assert.equal(r1.status, 0, r1.stderr);
  const r2 = cli(['build-wasm-bundle', src, '--wasm-target', 'wasi', '--out-dir', b]);
  assert.equal(r2.status, 0, r2.stderr);
  assert.deepEqual(readdirSync(a).sort(), ARTIFACTS);
  for (const f of ARTIFACTS) assert.ok(readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))), f);
  const lock = JSON.parse(readFileSync(path.join(a, 'build.lock.json'), 'utf8'));
  const sha = (buf) => createHash('sha256').update(buf).digest('hex');
  assert.equal(lock.source.sha256, sha(readFileSync(src)));
  for (const f of ARTIFACTS.filter((f) => f !== 'build.lock.json'))
    assert.equal(lock.artifacts[f].sha256, sha(readFileSync(path.join(a, f))), f);
  const run = runWasm(path.join(a, 'module.wasm'));
  assert.equal(run.stdout, FIB);
  const wasm = new WebAssembly.Module(readFileSync(path.join(a, 'module.wasm')));
  const exports = WebAssembly.Module.exports(wasm).map((e) => e.name);
  assert.ok(exports.includes('_start') && exports.includes('memory') && exports.includes('fibonacci'));
  for (const imp of WebAssembly.Module.imports(wasm)) assert.equal(imp.module, 'wasi_snapshot_preview1');
});

test('English and French programs compile to the same module', () => {
  const a = tempDir(), b = tempDir();
  assert.equal(cli(['build-wasm-bundle', path.join(EXAMPLES, 'hello_wasi.ml'), '--out-dir', a]).status, 0);
  assert.equal(cli(['build-wasm-bundle', path.join(EXAMPLES, 'hello_wasi_fr.ml'), '--out-dir', b]).status, 0);
  // The same code, functions, exports and memory layout: only the
  // traceback text (file name, source lines), placed after all other
  // data, differs.
  const sa = wasmSections(readFileSync(path.join(a, 'module.wasm')));
  const sb = wasmSections(readFileSync(path.join(b, 'module.wasm')));
  assert.equal(sameCode(readFileSync(path.join(a, 'module.wasm')), readFileSync(path.join(b, 'module.wasm'))), null);
  const text = (s) => Buffer.from(s.find((x) => x.id === 11).bytes).toString('latin1');
  assert.match(text(sa), /hello_wasi\.ml/);
  assert.match(text(sb), /hello_wasi_fr\.ml/);
});

test('browser target builds too', () => {
  const out = tempDir();
  const r = cli(['build-wasm-bundle', path.join(EXAMPLES, 'hello_wasi.ml'), '--wasm-target', 'browser', '--out-dir', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(WebAssembly.validate(readFileSync(path.join(out, 'module.wasm'))));
  assert.equal(JSON.parse(readFileSync(path.join(out, 'abi_manifest.json'), 'utf8')).target, 'browser');
});

test('run passes arguments and stdin through', () => {
  const args = cli(['run', path.join(EXAMPLES, 'args_demo.ml'), '--', 'Alice', 'Bob']);
  assert.equal(args.status, 0, args.stderr);
  assert.equal(args.stdout, '2\nAlice\n');
  const greet = cli(['run', path.join(EXAMPLES, 'greet.ml')], { input: 'World\n' });
  assert.equal(greet.stdout, 'Enter your name: Hello, World\n');
  const fib = cli(['run', path.join(EXAMPLES, 'hello_wasi.ml')]);
  assert.equal(fib.stdout, FIB);
});

test('the seed examples give the seed outputs', () => {
  assert.equal(cli(['run', path.join(EXAMPLES, 'fibonacci_recursive.ml')]).stdout, '55\n75025\n');
  assert.equal(cli(['run', path.join(EXAMPLES, 'myfunction_fr.ml')]).stdout, '499998500001\n');
  assert.equal(cli(['run', path.join(EXAMPLES, 'args_demo.ml'), '--', 'Alice']).stdout, '1\nAlice\n');
});

test('runtime errors: CPython last line on stderr, exit status 1', () => {
  const r = cli(['run', source('print("a")\nprint(1 // 0)\nprint("b")\n')]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, 'a\n');
  assert.equal(lastLine(r.stderr), 'ZeroDivisionError: integer division or modulo by zero');
});

test('integer overflow promotes to a big int: exact, as CPython prints', () => {
  // The edges of the 64-bit and the small (61-bit) ranges, with constant
  // and with variable operands, on each side.
  const texts = [
    'x = 2 ** 62\nprint(x)\nprint(x * 4)\n',
    'a = 9223372036854775800\nprint(a + 7)\nprint(a + 8)\n',
    'b = -9223372036854775807\nprint(b - 1)\nprint(b - 2)\n',
    'a = 9223372036854775800\nc = 7\nprint(a + c)\nc = c + 1\nprint(a + c)\n',
    'a = -9223372036854775800\nc = 8\nprint(a - c)\nc = -c\nprint(c - a)\nprint(a + c + c)\n',
    'x = -9223372036854775807 - 1\nprint(x)\nprint(-x)\n',
    'print(3037000500 * 3037000500)\n',
    'a = 2305843009213693951\nprint(a + 1, a + a, -a - 2, a * 2, a - -1, (a + 1) - 1, ~a, ~(a + 1))\n',
    'a = 1152921504606846976\nb = -a\nprint(a * 2, b * 2, a * a, b * a, a << 1, b << 1, (a * 2) >> 1)\n',
    'n = 2 ** 61\nm = n - 1\nprint(n == m + 1, n > m, m < n, n != m, n * 0, n // n, n % 7, n & 255, n | 1, n ^ n)\n',
  ];
  for (const text of texts) {
    const file = source(text);
    const r = cli(['run', file]);
    const py = runPython(file);
    assert.equal(r.status, 0, `${text}\n${r.stderr}`);
    assert.equal(r.stdout, py.stdout, text);
  }
});

test('only the detected language reserves its keywords', () => {
  // `i` is Swedish for `in`, but a name in this English program.
  const r = cli(['run', source('let i = 0\nwhile i < 3:\n    print(i)\n    i = i + 1\n')]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '0\n1\n2\n');
});

test('encoding-check-generated and the wat-* commands', () => {
  const src = path.join(EXAMPLES, 'hello_wasi_fr.ml');
  const e = cli(['encoding-check-generated', src]);
  assert.equal(e.status, 0, e.stderr);
  assert.match(e.stdout, /\[PASS\] transpiled\.py/);
  const abi = JSON.parse(cli(['wat-abi', src]).stdout);
  assert.equal(abi.abi_version, 1);
  assert.deepEqual(abi.exports.find((x) => x.name === 'fibonacci'),
    { name: 'fibonacci', param_names: ['n'], arg_types: ['i64'], return_type: 'i64', mode: 'scalar_field', wasm_params: ['i64'], wasm_results: ['i64'] });
  assert.match(cli(['wat-host-shim', src]).stdout, /export const instantiate = /);
  assert.match(cli(['wat-renderer-template', src]).stdout, /export function drawPoints/);
});

test('a held output lock times out with a clear message', () => {
  const out = tempDir();
  writeFileSync(path.join(out, '.multilingual-build.lock'), String(process.pid));
  const r = cli(['build-wasm-bundle', path.join(EXAMPLES, 'hello_wasi.ml'), '--out-dir', out, '--lock-timeout', '0.3']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\.multilingual-build\.lock/);
  assert.ok(!existsSync(path.join(out, 'module.wasm')), 'no partial artifacts');
});
