// The conformance corpus: every program is compiled by the native CLI,
// validated, run under Node's WASI and compared with its expected output and
// with CPython running transpiled.py. Programs listed in
// corpus/unsupported.txt use constructs the backend does not compile yet:
// they must fail with the clean "not supported yet" diagnostic (and a listed
// program that starts to compile fails the test, so the list stays honest).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLI_ASAN, CORPUS, cli, corpusCases, lastLine, runPython, runWasm, tempDir } from './helpers/common.mjs';

const listed = new Map(
  readFileSync(path.join(CORPUS, 'unsupported.txt'), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((l) => [l.split(/\s+/)[0], 'construct']),
);
const unsupported = new Set(listed.keys());

/* The frames of a traceback: "in <module>", "in f" ... outermost first. */
const frames = (stderr) =>
  stderr.split('\n').filter((l) => l.startsWith('  File "')).map((l) => l.replace(/^ {2}File ".*", line \d+, /, ''));
let wholeTracebacks = 0; /* programs whose whole stderr was compared with CPython's */

for (const c of corpusCases()) {
  test(`corpus ${c.id}`, () => {
    const out = tempDir();
    // (English messages: the refusals below are matched in English)
    const r = cli(['build-wasm-bundle', c.file, '--out-dir', out, '--messages', 'en']);
    if (unsupported.has(c.id)) {
      assert.equal(r.status, 1, `expected a clean failure, got status ${r.status}\n${r.stderr}`);
      assert.match(r.stderr, /:\d+:\d+: error: .*not supported yet/, r.stderr);
      assert.doesNotMatch(r.stderr, /internal error/);
      return;
    }
    assert.equal(r.status, 0, `compile failed:\n${r.stderr}`);
    const wasm = readFileSync(path.join(out, 'module.wasm'));
    assert.ok(WebAssembly.validate(wasm), 'module.wasm must validate');

    const run = runWasm(path.join(out, 'module.wasm'), { args: c.args, input: c.input });
    assert.equal(run.stdout, c.out, `stdout differs\nstderr:\n${run.stderr}`);
    if (c.err !== null) {
      assert.equal(run.status, 1, 'exit status');
      assert.equal(lastLine(run.stderr), c.err.trim());
    } else {
      assert.equal(run.status, 0, `exit status; stderr:\n${run.stderr}`);
    }

    // The oracle: CPython on the transpiled program behaves the same.
    const py = runPython(path.join(out, 'transpiled.py'), { args: c.args, input: c.input });
    assert.equal(py.stdout, run.stdout, 'transpiled.py stdout differs from the module');
    assert.equal(py.status, run.status, 'transpiled.py exit status differs');
    if (run.status !== 0) {
      assert.equal(lastLine(py.stderr), lastLine(run.stderr));
      assert.deepEqual(frames(run.stderr), frames(py.stderr), `traceback frames differ:\n${run.stderr}\n${py.stderr}`);
      // A program that is Python as written (most English ones) runs under
      // CPython as it is, with the same file name: the whole traceback,
      // source lines and carets included, must be CPython's.
      const direct = c.id.startsWith('en/') ? runPython(c.file, { args: c.args, input: c.input }) : null;
      if (direct && direct.stdout === run.stdout && !/SyntaxError|NameError: name '(argc|argv)'/.test(direct.stderr)) {
        assert.equal(run.stderr, direct.stderr, 'the traceback differs from CPython running the source');
        wholeTracebacks++;
      }
    }
  });
}

test('whole tracebacks were compared with CPython', () => {
  assert.ok(wholeTracebacks >= 5, `only ${wholeTracebacks} programs compared`);
});

test('every program listed as unsupported exists', () => {
  const ids = new Set(corpusCases().map((c) => c.id));
  for (const id of listed.keys()) assert.ok(ids.has(id), `unsupported.txt lists a missing program: ${id}`);
});

// The sanitizer build compiles the whole corpus without any report, and
// produces the same bytes (the compiler is deterministic and has no UB).
test('corpus under AddressSanitizer + UBSan, byte-identical output', { skip: !existsSync(CLI_ASAN) }, () => {
  for (const c of corpusCases()) {
    const a = tempDir(), b = tempDir();
    const plain = cli(['build-wasm-bundle', c.file, '--out-dir', a]);
    const asan = cli(['build-wasm-bundle', c.file, '--out-dir', b], { exe: CLI_ASAN });
    assert.equal(asan.status, plain.status, `${c.id}: status differs under ASan:\n${asan.stderr}`);
    assert.doesNotMatch(asan.stderr, /AddressSanitizer|LeakSanitizer|runtime error:/, `${c.id}:\n${asan.stderr}`);
    if (plain.status === 0) {
      for (const f of ['module.wasm', 'module.wat', 'transpiled.py', 'abi_manifest.json', 'build.lock.json']) {
        assert.ok(readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))), `${c.id}: ${f} differs`);
      }
    }
  }
});
