// The page's compiler (build/web/site/: linked without its data) and its
// data file, multilingual_data.bin (src/api_data.h, tools/mkdata.c): before
// the data it checks (diagnostics only) and says what needs the data; a
// file that is not its own is refused with a reason; with the data, every
// artifact is byte-identical to the npm core's (which web_build.test.mjs
// holds to the native CLI's).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { ROOT, corpusCases } from './helpers/common.mjs';

const SITE = path.join(ROOT, 'build', 'web', 'site');
const SITE_CORE = path.join(SITE, 'multilingual_core.mjs');
const DATA = path.join(SITE, 'multilingual_data.bin');
const NPM_CORE = path.join(ROOT, 'build', 'web', 'multilingual_core.mjs');
const skip = existsSync(SITE_CORE) && existsSync(DATA) && existsSync(NPM_CORE) ? false : 'make web first';

const ARTIFACTS = ['wat', 'abiManifest', 'hostShim', 'rendererTemplate', 'transpiledPy', 'buildGraph'];
let site; // shim/compiler.mjs bound to the page's core (a module instance of its own)
let npm; // shim/compiler.mjs bound to the npm core (data built in)
before(async () => {
  if (skip) return;
  site = await import('../shim/compiler.mjs?site-core');
  const factory = (await import(SITE_CORE)).default;
  const wasmBinary = readFileSync(SITE_CORE.replace(/\.mjs$/, '.wasm'));
  await site.init({ core: () => factory({ wasmBinary }) });
  npm = await import('../shim/compiler.mjs');
  await npm.init();
});

// FNV-1a, as ml_data_checksum: to make a file that passes the checksum
function fnv(bytes) {
  let h = 2166136261;
  for (const b of bytes) h = Math.imul(h ^ b, 16777619) >>> 0;
  return h;
}

describe('the page\'s compiler without its data', { skip }, () => {
  test('a check gives the npm core\'s diagnostics, in the program\'s language', () => {
    for (const src of ['x = (1 +\n', 'return 5\n', 'x = 1\n  y = 2\n', 'afficher(1 +)\n', 'def f(:\n    pass\n']) {
      const a = site.compileSync(src, { check: true });
      const b = npm.compileSync(src, { assemble: false });
      assert.equal(a.ok, false, src);
      assert.equal(a.diagnosticsText, b.diagnosticsText, src);
      assert.deepEqual(a.diagnostics, b.diagnostics, src);
      assert.equal(a.needsData, undefined, src);
    }
  });

  test('a check of a valid program: ok, and no artifacts', () => {
    const r = site.compileSync('def f(n):\n    return n * 2\nprint(f(21))\nimport math\nprint(math.pi)\n', { check: true });
    assert.equal(r.ok, true, r.diagnosticsText);
    for (const key of [...ARTIFACTS, 'wasm', 'buildLock']) assert.equal(r[key], null, key);
    assert.equal(r.needsData, undefined);
  });

  test('what needs the data says so: a compile, an import of the standard library, open()', () => {
    const full = site.compileSync('print(1)\n', { assemble: false });
    assert.equal(full.ok, false);
    assert.equal(full.needsData, true);
    assert.match(full.diagnosticsText, /built without its data file \(multilingual_data\.bin\)/);
    for (const [src, name, col] of [['import statistics\n', 'statistics', 8], ['from fractions import Fraction\n', 'fractions', 6], ['f = open("x")\n', 'io', 1]]) {
      const r = site.compileSync(src, { check: true });
      assert.equal(r.ok, false, src);
      assert.equal(r.needsData, true, src);
      assert.equal(r.diagnostics[0].line, 1);
      assert.equal(r.diagnostics[0].col, col);
      assert.match(r.diagnostics[0].message, new RegExp(`importing '${name}' needs the compiler's data file`));
    }
  });

  test('a file that is not its own data is refused, with the reason', async () => {
    const good = new Uint8Array(readFileSync(DATA));
    const refused = async (bytes, reason) => {
      await assert.rejects(site.loadData(bytes), (e) => {
        assert.match(e.message, /not this compiler's data file/);
        assert.match(e.message, reason);
        return true;
      });
    };
    await refused(new Uint8Array(0), /does not begin as one/);
    await refused(new TextEncoder().encode('<!doctype html><p>Not found</p>'.repeat(10)), /does not begin as one/);
    await refused(good.slice(0, good.length - 4096), /truncated/);
    const damaged = good.slice();
    damaged[damaged.length >> 1] ^= 0x20;
    await refused(damaged, /checksum/);
    // another version's file, checksum and all
    const other = good.slice();
    other.set(new TextEncoder().encode('9.9.9\0'), 16);
    new DataView(other.buffer).setUint32(12, fnv(other.subarray(16)), true);
    await refused(other, /version 9\.9\.9/);
    // still without data after the refusals
    assert.equal(site.compileSync('print(1)\n', { assemble: false }).needsData, true);
  });
});

describe('the page\'s compiler with its data: the npm core\'s bytes', { skip }, () => {
  before(async () => {
    if (!skip) await site.loadData(readFileSync(DATA));
  });
  // every program that imports the standard library (the data's sources),
  // and every 8th of the others
  const cases = corpusCases().filter((c, i) => i % 8 === 0 || /^\s*(from|import)\s/m.test(readFileSync(c.file, 'utf8')));
  for (const c of cases) {
    test(c.id, () => {
      const src = readFileSync(c.file);
      const a = site.compileSync(src, { assemble: false, filename: path.basename(c.file) });
      const b = npm.compileSync(src, { assemble: false, filename: path.basename(c.file) });
      assert.equal(a.ok, b.ok, a.diagnosticsText);
      assert.equal(a.diagnosticsText, b.diagnosticsText);
      for (const key of ARTIFACTS) assert.ok(a[key] === b[key], `${key} differs`);
      const check = site.compileSync(src, { check: true, filename: path.basename(c.file) });
      assert.equal(check.ok, b.ok, check.diagnosticsText);
    });
  }
});
