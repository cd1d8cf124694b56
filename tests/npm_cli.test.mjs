// The npm package's `multilingual` command (bin/multilingual.mjs: the C CLI
// core of the Emscripten build, with a Node host) against the native CLI (the
// same core, with a POSIX host): same artifacts (bytes), same stdout, stderr
// and exit status for every command, usage error and host failure.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { CLI, CORPUS, ROOT, tempDir } from './helpers/common.mjs';

const BIN = path.join(ROOT, 'bin', 'multilingual.mjs');
const CORE = path.join(ROOT, 'build', 'web', 'multilingual_core.mjs');
const skip = existsSync(CORE) ? false : 'build/web/multilingual_core.mjs is not built: run `make web`';
const ARTIFACTS = ['abi_manifest.json', 'build.lock.json', 'build_graph.json', 'host_shim.js', 'module.wasm',
  'module.wat', 'renderer_template.js', 'transpiled.py'];

const execFileP = promisify(execFile);
/* Runs a command (async, so that the two CLIs run side by side) with stdin
 * `input`; never rejects: {status, stdout, stderr}. */
async function exec(file, args, { input = '', cwd } = {}) {
  const p = execFileP(file, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  p.child.stdin.on('error', () => {}); // EPIPE when the command does not read stdin
  p.child.stdin.end(input);
  try {
    const { stdout, stderr } = await p;
    return { status: 0, stdout, stderr };
  } catch (e) {
    if (typeof e.code !== 'number') throw e;
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
/* The same arguments through both CLIs. */
async function both(args, options) {
  const [native, npm] = await Promise.all([exec(CLI, args, options), exec(BIN, args, options)]);
  return { native, npm };
}
function assertSame({ native, npm }, what) {
  assert.equal(npm.stderr, native.stderr, `${what}: stderr`);
  assert.equal(npm.stdout, native.stdout, `${what}: stdout`);
  assert.equal(npm.status, native.status, `${what}: exit status`);
}

let work;
before(() => {
  work = tempDir('ml-npm-cli-');
});
after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const corpus = (id) => path.join(CORPUS, id);
// Several languages, a runtime error, stdin, arguments, a rejected program.
const PROGRAMS = [
  { file: corpus('en/001_hello.ml') },
  { file: corpus('fr/006_lists.ml') },
  { file: corpus('ja/007_dicts.ml') },
  { file: corpus('hi/003_functions.ml') },
  { file: corpus('de/109_containers.ml'), status: 1 },
  { file: corpus('seeds/greet.ml'), input: 'World\n' },
  { file: corpus('seeds/args_demo.ml'), args: ['Alice', 'Bob b', 'été'] },
  { file: path.join(CORPUS, '..', 'errors', 'sema', 'yield_in_loop_else.ml'), status: 1, rejected: true },
];

describe('npm bin: same results as the native CLI', { skip }, () => {
  for (const p of PROGRAMS) {
    const id = path.relative(CORPUS, p.file).replace(/^\.\.\//, '');
    test(`${id}: build-wasm-bundle, run, check`, async () => {
      assert.ok(existsSync(p.file), `${p.file} is missing`);
      const name = id.replace(/\W+/g, '_');
      const outNative = path.join(work, `${name}-native`);
      const outNpm = path.join(work, `${name}-npm`);
      const [bNative, bNpm] = await Promise.all([
        exec(CLI, ['build-wasm-bundle', p.file, '--wasm-target', 'wasi', '--out-dir', outNative]),
        exec(BIN, ['build-wasm-bundle', p.file, '--wasm-target', 'wasi', '--out-dir', outNpm]),
      ]);
      assertSame({ native: bNative, npm: { ...bNpm, stdout: bNpm.stdout.replaceAll(outNpm, outNative) } },
        'build-wasm-bundle');
      if (p.rejected) {
        assert.equal(bNpm.status, 1);
        assert.match(bNpm.stderr, /^.*yield_in_loop_else\.ml:\d+:\d+: error: /);
        assert.equal(existsSync(outNpm), false, 'nothing written for a rejected program');
      } else {
        assert.equal(bNpm.status, 0, bNpm.stderr);
        assert.equal(bNpm.stdout.split('\n').filter(Boolean).length, 8);
        assert.deepEqual(readdirSync(outNpm).sort(), ARTIFACTS, 'exactly the 8 artifacts, no temp or lock file');
        for (const f of ARTIFACTS) {
          assert.ok(readFileSync(path.join(outNpm, f)).equals(readFileSync(path.join(outNative, f))), `${f} differs`);
        }
      }
      const run = await both(['run', p.file, ...(p.args ? ['--', ...p.args] : [])], { input: p.input });
      assertSame(run, 'run');
      assert.equal(run.npm.status, p.status ?? 0, run.npm.stderr);
      if (!p.rejected) assert.notEqual(run.npm.stdout, '', 'the program printed something');
      if (p.input) assert.match(run.npm.stdout, /Hello, World/);
      if (p.args) assert.equal(run.npm.stdout, `${p.args.length}\n${p.args[0]}\n`);
      const check = await both(['check', p.file]);
      assertSame(check, 'check');
      assert.equal(check.npm.status, p.rejected ? 1 : 0);
    });
  }

  test('browser target, --lang, and the printing commands', async () => {
    const file = corpus('fr/006_lists.ml');
    const outNative = path.join(work, 'browser-native');
    const outNpm = path.join(work, 'browser-npm');
    const flags = ['--wasm-target', 'browser', '--lang', 'fr'];
    await Promise.all([
      exec(CLI, ['build-wasm-bundle', file, ...flags, '--out-dir', outNative]),
      exec(BIN, ['build-wasm-bundle', file, ...flags, '--out-dir', outNpm]),
    ]);
    for (const f of ARTIFACTS) {
      assert.ok(readFileSync(path.join(outNpm, f)).equals(readFileSync(path.join(outNative, f))), `${f} differs`);
    }
    for (const args of [['wat-abi', file], ['wat-host-shim', file, '--wasm-target', 'browser'],
      ['wat-renderer-template', file], ['encoding-check-generated', file], ['translate', file, '--to', 'zh'],
      ['--version'], ['--help'], ['check', file, '--lang', 'en']]) {
      const r = await both(args);
      assertSame(r, args.join(' '));
    }
  });

  test('usage errors exit 2 with the same message', async () => {
    const file = corpus('en/001_hello.ml');
    for (const args of [[], ['frobnicate', file], ['build-wasm-bundle'], ['check', file, '--lang', 'xx'],
      ['check', file, '--wasm-target', 'dos'], ['check', file, '--bogus'], ['check', file, '--lang'],
      ['check', file, '--', 'x'], ['translate', file], ['check', file, '--to', 'fr'], ['check', file, 'extra'],
      ['translate', file, '--to', 'xx'], ['run'], ['-x'], ['build-wasm-bundle', file, '--out-dir', ''],
      ['build-wasm-bundle', file, '--lock-timeout', '-1'], ['build-wasm-bundle', file, '--lock-timeout', 'nan'],
      ['build-wasm-bundle', file, '--lock-timeout', ''], ['build-wasm-bundle', file, '--lock-timeout', '1s'],
      ['build-wasm-bundle', file, '--lock-timeout']]) {
      const r = await both(args);
      assertSame(r, args.join(' ') || '(no arguments)');
      assert.equal(r.npm.status, 2, args.join(' '));
      assert.match(r.npm.stderr, /^multilingual: error: .*\n\(see 'multilingual --help'\)\n$/);
    }
    // The unknown language's message lists the language packs.
    const r = await both(['check', file, '--lang', 'xx']);
    const known = /^multilingual: error: unknown language 'xx' \(known: ([a-z ]+)\)\n/.exec(r.npm.stderr)[1];
    const packs = readdirSync(path.join(ROOT, 'src', 'lang', 'packs')).filter((f) => f.endsWith('.lang'))
      .map((f) => f.slice(0, -5));
    assert.deepEqual(known.split(' ').sort(), packs.sort());
  });

  test('--help and --version anywhere before --, and after -- they are the program\'s', async () => {
    const file = corpus('seeds/args_demo.ml');
    for (const args of [['-h'], ['check', file, '--help'], ['frobnicate', '--version'], ['--lang', 'xx', '--help']]) {
      const r = await both(args);
      assertSame(r, args.join(' '));
      assert.equal(r.npm.status, 0);
      assert.equal(r.npm.stderr, '');
    }
    const v = await both(['--version']);
    assertSame(v, '--version');
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(v.npm.stdout, `multilingual ${version}\n`, 'the version is package.json\'s');
    const r = await both(['run', file, '--', '--help']);
    assertSame(r, 'run -- --help');
    assert.equal(r.npm.stdout, '1\n--help\n');
  });

  test('the lock timeout: strtod syntax, the same message', async () => {
    const out = path.join(work, 'locked-spellings');
    const file = corpus('en/001_hello.ml');
    assert.equal((await exec(CLI, ['build-wasm-bundle', file, '--out-dir', out, '--lock-timeout', '0x1'])).status, 0);
    writeFileSync(path.join(out, '.multilingual-build.lock'), `${process.pid}\n`);
    for (const [spelling, seconds] of [['1e-1', '0.1'], ['0x0', '0.0'], ['  .15', '0.1']]) {
      const args = ['build-wasm-bundle', file, '--out-dir', out, '--lock-timeout', spelling];
      const [native, npm] = [await exec(CLI, args), await exec(BIN, args)];
      assertSame({ native, npm }, spelling);
      assert.equal(npm.status, 1);
      assert.equal(npm.stderr, `multilingual: error: timed out after ${seconds} s waiting for build lock ` +
        `${out}/.multilingual-build.lock (held by running process ${process.pid})\n`);
    }
    writeFileSync(path.join(out, '.multilingual-build.lock'), '');
    const args = ['build-wasm-bundle', file, '--out-dir', out, '--lock-timeout', '0'];
    const [native, npm] = [await exec(CLI, args), await exec(BIN, args)];
    assertSame({ native, npm }, 'a lock with no pid');
    assert.match(npm.stderr, /\(no pid in it; remove it if no build is running\)\n$/);
  });

  test('--version, --help and usage errors load no compiler', async () => {
    // The package's files without the compiler (build/web/multilingual_core.mjs):
    // only the CLI core runs.
    const pkg = path.join(work, 'no-compiler');
    for (const f of ['package.json', 'bin', 'shim', 'build/web/multilingual_cli.mjs', 'build/gen/ml_tables.mjs']) {
      cpSync(path.join(ROOT, f), path.join(pkg, f), { recursive: true });
    }
    const bin = path.join(pkg, 'bin', 'multilingual.mjs');
    for (const args of [['--version'], ['--help'], ['check'], ['check', 'x.ml', '--lang', 'xx'],
      ['run', 'x.ml', '--lock-timeout', 'soon']]) {
      const [native, npm] = [await exec(CLI, args), await exec(bin, args)];
      assertSame({ native, npm }, args.join(' '));
    }
    const compiled = await exec(bin, ['check', corpus('en/001_hello.ml')]);
    assert.notEqual(compiled.status, 0, 'compiling there needs the compiler');
    assert.match(compiled.stderr, /multilingual_core\.mjs/);
  });

  test('user errors: unreadable file, syntax error, output path not a directory', async () => {
    const bad = path.join(work, 'bad.ml');
    writeFileSync(bad, 'x = 1\nif x > 0\n    print(x)\n');
    const notDir = path.join(work, 'plain-file');
    writeFileSync(notDir, 'x');
    for (const args of [['check', path.join(work, 'nope.ml')], ['run', bad], ['translate', bad, '--to', 'fr'],
      ['check', work], ['translate', path.join(work, 'nope.ml'), '--to', 'fr'],
      ['build-wasm-bundle', corpus('en/001_hello.ml'), '--out-dir', notDir],
      ['build-wasm-bundle', corpus('en/001_hello.ml'), '--out-dir', path.join(notDir, 'sub')]]) {
      const r = await both(args);
      assertSame(r, args.join(' '));
      assert.equal(r.npm.status, 1);
    }
    const r = await exec(BIN, ['check', bad]);
    assert.match(r.stderr, /bad\.ml:2:9: error: /);
  });

  test('bytes pass through unchanged: a diagnostic quoting a line that is not UTF-8', async () => {
    const latin = path.join(work, 'latin1.ml');
    writeFileSync(latin, Buffer.from('print("ok")\nprint("caf\xe9")\n', 'latin1'));
    const run = (exe) => new Promise((resolve) => {
      execFile(exe, ['check', latin], { encoding: 'buffer' }, (error, stdout, stderr) => resolve({ error, stderr }));
    });
    const [native, npm] = await Promise.all([run(CLI), run(BIN)]);
    assert.equal(npm.error?.code, 1);
    assert.ok(npm.stderr.equals(native.stderr), `${npm.stderr} differs from ${native.stderr}`);
    assert.match(npm.stderr.toString('latin1'), /latin1\.ml:2:11: error: source is not valid UTF-8/);
  });

  test('the output directory lock: waits, times out, takes over a dead process\'s lock', async () => {
    const out = path.join(work, 'locked');
    const file = corpus('en/001_hello.ml');
    const build = (exe) => exec(exe, ['build-wasm-bundle', file, '--out-dir', out, '--lock-timeout', '0.3']);
    assert.equal((await build(BIN)).status, 0);
    const before = readFileSync(path.join(out, 'module.wasm'));
    writeFileSync(path.join(out, '.multilingual-build.lock'), `${process.pid}\n`); // held by a live process
    const [native, npm] = [await build(CLI), await build(BIN)];
    assertSame({ native, npm }, 'lock held');
    assert.equal(npm.status, 1);
    assert.match(npm.stderr, /timed out after 0\.3 s waiting for build lock .*held by running process/);
    assert.ok(readFileSync(path.join(out, 'module.wasm')).equals(before));
    // A lock left by a dead process, with its temp file: taken over, cleaned up.
    const dead = 2 ** 22 + 12345; // above Linux's default pid_max
    writeFileSync(path.join(out, '.multilingual-build.lock'), `${dead}\n`);
    writeFileSync(path.join(out, `module.wat.tmp.${dead}`), 'partial');
    const again = await build(BIN);
    assert.equal(again.status, 0, again.stderr);
    assert.deepEqual(readdirSync(out).sort(), ARTIFACTS);
  });
});
