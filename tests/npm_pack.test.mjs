// The npm package as users get it: laid out by tools/npm_stage.mjs (as
// `make npm-pack` does) and packed with `npm pack`, then install the tarball
// alone (offline, with an empty npm cache) into an empty directory; there
// `npx multilingual build-wasm-bundle` gives the native CLI's module.wasm and
// `import('multilingual')` compiles and runs programs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CLI, ROOT, tempDir } from './helpers/common.mjs';

const CORE = path.join(ROOT, 'build', 'web', 'multilingual_core.mjs');
const TSC = path.join(ROOT, 'node_modules', '.bin', 'tsc');
const skip = existsSync(CORE) ? false : 'build/web/multilingual_core.mjs is not built: run `make web`';

let work; // temp root: pack/, cache/ (empty npm cache), app/ (the install)
let tarball;
const HELLO = 'afficher("Bonjour le monde")\nnom = input()\nafficher("Salut", nom, argv(0))\n';

// npm with no registry and no cache to fall back on.
function npm(args, cwd) {
  const cmd = args[0] === 'npx' ? 'npx' : 'npm';
  const r = spawnSync(cmd, args[0] === 'npx' ? args.slice(1) : args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_offline: 'true', npm_config_cache: path.join(work, 'cache'),
      npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
    maxBuffer: 64 << 20,
  });
  assert.equal(r.error, undefined, `${args.join(' ')}: ${r.error}`);
  return r;
}

before(() => {
  if (skip) return;
  work = tempDir('ml-npm-pack-');
  const dest = path.join(work, 'pack');
  mkdirSync(dest);
  const stage = path.join(work, 'stage');
  const staged = spawnSync(process.execPath, [path.join(ROOT, 'tools', 'npm_stage.mjs'), stage], { encoding: 'utf8' });
  assert.equal(staged.status, 0, staged.stderr);
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', dest], { cwd: stage, encoding: 'utf8' });
  assert.equal(packed.status, 0, packed.stderr);
  const [{ filename }] = JSON.parse(packed.stdout);
  tarball = path.join(dest, filename);
});
after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm package', { skip }, () => {
  test('the tarball holds what users need, and no tests, C sources or dev dependencies', () => {
    const list = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    assert.equal(list.status, 0, list.stderr);
    const files = list.stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    for (const f of ['package.json', 'README.md', 'bin/multilingual.mjs', 'bin/run_wasi.mjs', 'shim/index.mjs',
      'shim/index.d.ts', 'shim/compiler.mjs', 'shim/compiler.d.ts', 'shim/host_runtime.mjs', 'shim/node_bundle.mjs',
      'shim/host_runtime.d.ts', 'shim/canvas.mjs', 'shim/canvas.d.ts', 'shim/run_worker.mjs',
      'shim/host.mjs', 'shim/host.d.ts', 'shim/loader.mjs', 'shim/loader.d.ts', 'shim/call_worker.mjs',
      'shim/module_source.mjs', 'shim/worker_calls.mjs', 'shim/python_backend.mjs', 'shim/host_values.mjs',
      'build/web/multilingual_core.mjs', 'build/web/multilingual_core.wasm', 'build/web/multilingual_cli.mjs', 'build/gen/ml_tables.mjs',
      'build/gen/ml_tables.d.mts']) {
      assert.ok(files.includes(f), `${f} is missing from the tarball`);
    }
    for (const f of files) {
      assert.doesNotMatch(f, /^(tests|src|web|examples|bench|tools)\//, `${f} does not belong in the package`);
      assert.doesNotMatch(f, /playwright|\.c$|\.h$|\.mk$|Makefile/, `${f} does not belong in the package`);
      assert.doesNotMatch(f, /^build\/(?!web\/multilingual_(core|cli)\.mjs$|web\/multilingual_core\.wasm$|gen\/ml_tables\.(mjs|d\.mts)$)/,
        `${f} does not belong in the package`);
      // no dependency: the compiler assembles its modules itself
      assert.doesNotMatch(f, /^node_modules\//, `${f}: the package bundles no dependency`);
    }
    assert.ok(!files.includes('package-lock.json') && !files.some((f) => f.endsWith('.mk')));
  });

  test('the README in the package is the package README, with no links into the repository', () => {
    const out = spawnSync('tar', ['-xzOf', tarball, 'package/README.md'], { encoding: 'utf8' });
    assert.equal(out.status, 0, out.stderr);
    assert.equal(out.stdout, readFileSync(path.join(ROOT, 'npm', 'README.md'), 'utf8'));
    // Markdown links and images, reference definitions, HTML src/href: only
    // absolute URLs (a relative one points into the repository, which the
    // package does not hold, and breaks on the registry's page).
    const targets = [
      ...[...out.stdout.matchAll(/!?\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)].map((m) => m[1]),
      ...[...out.stdout.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1]),
      ...[...out.stdout.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]),
    ];
    for (const t of targets) assert.match(t, /^(https?:|#)/, `relative link ${t} in the package README`);
    const pkg = JSON.parse(spawnSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }).stdout);
    assert.equal(pkg.devDependencies, undefined);
    assert.equal(pkg.dependencies, undefined); // nothing else to install
    assert.equal(pkg.scripts, undefined);
    assert.equal(pkg.exports['./canvas'].types, './shim/canvas.d.ts');
  });

  test('installs offline from the tarball alone; npx multilingual build-wasm-bundle gives the native bytes', () => {
    const app = path.join(work, 'app');
    mkdirSync(app);
    const inst = npm(['install', '--offline', '--no-audit', '--no-fund', tarball], app);
    assert.equal(inst.status, 0, `npm install failed:\n${inst.stderr}`);
    assert.ok(!existsSync(path.join(app, 'node_modules', 'playwright-core')));
    writeFileSync(path.join(app, 'hello.ml'), HELLO);
    const r = npm(['npx', 'multilingual', 'build-wasm-bundle', 'hello.ml', '--wasm-target', 'wasi', '--out-dir', 'out'], app);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^\[PASS\] out\/transpiled\.py\n/);
    assert.equal(r.stdout.split('\n').filter(Boolean).length, 8);
    const native = spawnSync(CLI, ['build-wasm-bundle', 'hello.ml', '--wasm-target', 'wasi', '--out-dir', 'native'],
      { cwd: app, encoding: 'utf8' });
    assert.equal(native.status, 0, native.stderr);
    for (const f of readdirSync(path.join(app, 'native'))) {
      assert.ok(readFileSync(path.join(app, 'out', f)).equals(readFileSync(path.join(app, 'native', f))), `${f} differs`);
    }
    const run = spawnSync(path.join(app, 'node_modules', '.bin', 'multilingual'), ['run', 'hello.ml', '--', 'là'],
      { cwd: app, input: 'Ada\n', encoding: 'utf8' });
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, 'Bonjour le monde\nSalut Ada là\n');
    assert.equal(run.status, 0);
  });

  test("import('multilingual') from the install: compile, run, the subpath exports", () => {
    const app = path.join(work, 'app');
    assert.ok(existsSync(path.join(app, 'node_modules', 'multilingual')), 'installed by the previous test');
    writeFileSync(path.join(app, 'use.mjs'), `
      import * as ml from 'multilingual';
      import * as compiler from 'multilingual/compiler';
      import { runModule, load } from 'multilingual/host';
      const out = {};
      out.exports = Object.keys(ml).sort();
      out.same = ml.compile === compiler.compile && typeof runModule === 'function' && typeof load === 'function';
      const c = await ml.compile(${JSON.stringify(HELLO)}, { lang: 'fr' });
      out.compiled = [c.ok, c.lang, c.wasm instanceof Uint8Array, Object.keys(ml.bundleFiles(c)).length];
      const chunks = [];
      out.run = await ml.run(${JSON.stringify(HELLO)}, { stdin: 'Ada\\n', args: ['x'], stdout: (t) => chunks.push(t) });
      out.chunks = chunks.join('');
      out.error = await ml.run('print(1 // 0)\\n');
      out.rejected = await ml.run('print(1\\n', { filename: 'bad.ml' });
      out.translated = await ml.translate(${JSON.stringify(HELLO)}, { to: 'en' });
      out.timeout = await ml.run('while True:\\n    pass\\n', { timeout: 200 }).then(() => 'no', (e) => e.name);
      out.version = await ml.version();
      console.log(JSON.stringify(out));
    `);
    const r = spawnSync(process.execPath, ['use.mjs'], { cwd: app, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    for (const name of ['ARTIFACT_FILES', 'bundleFiles', 'compile', 'compileSync', 'init', 'run', 'translate', 'version']) {
      assert.ok(out.exports.includes(name), `export ${name} is missing`);
    }
    assert.equal(out.same, true);
    assert.deepEqual(out.compiled, [true, 'fr', true, 8]);
    assert.deepEqual(out.run, {
      ok: true, diagnostics: [], diagnosticsText: '', exitCode: 0, stdout: 'Bonjour le monde\nSalut Ada x\n', stderr: '',
    });
    assert.equal(out.chunks, 'Bonjour le monde\nSalut Ada x\n', 'the stdout callback sees the output');
    assert.equal(out.error.ok, true);
    assert.equal(out.error.exitCode, 1);
    assert.match(out.error.stderr, /ZeroDivisionError: integer division or modulo by zero\n$/);
    assert.equal(out.rejected.ok, false);
    assert.equal(out.rejected.exitCode, 1);
    assert.match(out.rejected.diagnosticsText, /^bad\.ml:1:6: error: /);
    assert.equal(out.rejected.diagnostics[0].line, 1);
    assert.equal(out.translated.ok, true);
    assert.match(out.translated.text, /^print\("Bonjour le monde"\)\n/);
    assert.match(out.version, /^\d+\.\d+\.\d+$/);
    assert.equal(out.timeout, 'TimeoutError', 'run_worker.mjs is found in the installed package');
  });

  test('the installed package type-checks the typed usage example (tsc --noEmit)', { skip: existsSync(TSC) ? false : 'npm ci' }, () => {
    const app = path.join(work, 'app');
    assert.ok(existsSync(path.join(app, 'node_modules', 'multilingual')), 'installed by a previous test');
    const types = path.join(app, 'types');
    mkdirSync(types, { recursive: true });
    writeFileSync(path.join(types, 'usage.ts'), readFileSync(path.join(ROOT, 'tests', 'npm_types', 'usage.ts')));
    writeFileSync(path.join(types, 'tsconfig.json'), readFileSync(path.join(ROOT, 'tests', 'npm_types', 'tsconfig.json')));
    const r = spawnSync(process.execPath, [TSC, '--noEmit', '-p', path.join(types, 'tsconfig.json')], { cwd: types, encoding: 'utf8' });
    assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  });
});
