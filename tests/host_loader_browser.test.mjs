// The loader of multilingual/host in headless Chromium (Debian's, driven by
// playwright-core): a bundle directory loaded by URL (fetch) and cached by
// its build.lock.json hash, conversions and TypeErrors in a page, a call with
// a time limit stopped (its Web Worker terminated) and the module usable
// again, and 'auto' meaning the module in a page (no python fallback).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { cli, ROOT, tempDir } from './helpers/common.mjs';
import { startStaticServer } from './helpers/static_server.mjs';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

const PROGRAM = `
count = 0

def shout(s: str) -> str:
    return s.upper()

def total(xs: list[float]) -> float:
    t = 0.0
    for x in xs:
        t += x
    return t

def big(n: int):
    return 2 ** n

def trace(m: list[list[float]]) -> float:
    return sum(m[i][i] for i in range(len(m)))

def flip(b: bytes) -> bytes:
    return bytes(255 - x for x in b)

def power(n: int) -> int:
    return 3 ** n

def spin(n: int) -> int:
    while n > 0:
        n += 1
    return n

def bump() -> int:
    global count
    count += 1
    return count
`;

describe('loader in chromium', { timeout: 60_000 }, () => {
  let server = null;
  let browser = null;
  let page = null;
  let dir = null;

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing (make test installs Debian's chromium)`);
    dir = tempDir('ml-loader-page-');
    writeFileSync(path.join(dir, 'prog.ml'), PROGRAM);
    const r = cli(['build-wasm-bundle', path.join(dir, 'prog.ml'), '--wasm-target', 'browser', '--out-dir', path.join(dir, 'out')]);
    assert.equal(r.status, 0, r.stderr);
    // a bundle whose module cannot be instantiated
    cpSync(path.join(dir, 'out'), path.join(dir, 'broken'), { recursive: true });
    writeFileSync(path.join(dir, 'broken', 'module.wasm'), 'not a module');
    mkdirSync(path.join(dir, 'shim'));
    for (const f of ['host.mjs', 'host_runtime.mjs', 'host_values.mjs', 'dom.mjs', 'loader.mjs', 'module_source.mjs', 'worker_calls.mjs', 'call_worker.mjs']) {
      copyFileSync(path.join(ROOT, 'shim', f), path.join(dir, 'shim', f));
    }
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>loader</title>\n');
    const { chromium } = await import('playwright-core');
    server = await startStaticServer(dir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    page = await browser.newPage();
    await page.goto(`${server.url}/index.html`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a bundle directory by URL: cached by its hash, conversions, TypeErrors', async () => {
    const lock = JSON.parse(readFileSync(path.join(dir, 'out', 'build.lock.json'), 'utf8'));
    const got = await page.evaluate(async () => {
      const { load, ModuleCache } = await import('/shim/host.mjs');
      const cache = new ModuleCache();
      const m = await load('/out/', { cache });
      const again = await load(new URL('/out/module.wasm', location.href), { cache });
      let typeError = null;
      try {
        await m.call('total', [1, 'x']);
      } catch (e) {
        typeError = `${e.name}: ${e.message}`;
      }
      return {
        hash: m.hash, same: m === again, hits: cache.stats.hits,
        shout: await m.call('shout', 'ça'), total: await m.call('total', new Float64Array([1.5, 2])),
        big: String(await m.call('big', 70)), typeError, instantiations: m.instantiations,
        // shaped values: a matrix of rows (arrays and typed arrays), bytes both ways, an int beyond 64 bits
        trace: await m.call('trace', [[1, 2], new Float64Array([3, 4.5])]),
        flip: Array.from(await m.call('flip', new Uint8Array([0, 200]))),
        power: String(await m.call('power', 50)),
      };
    });
    assert.deepEqual(got, {
      hash: lock.artifacts['module.wasm'].sha256, same: true, hits: 1, shout: 'ÇA', total: 3.5,
      big: '1180591620717411303424', typeError: "TypeError: total(): parameter 'xs' expects list[float] (item 1 is string \"x\", not a number)",
      instantiations: 1, trace: 5.5, flip: [255, 55], power: String(3n ** 50n),
    });
  });

  test('a time limit terminates the Web Worker of a runaway call; the next call starts again', async () => {
    const got = await page.evaluate(async () => {
      const { load } = await import('/shim/host.mjs');
      const m = await load('/out/', { cache: false, timeout: 500 });
      const first = [await m.call('bump'), await m.call('bump')];
      const t0 = performance.now();
      let error = null;
      try {
        await m.call('spin', 1);
      } catch (e) {
        error = `${e.name}: ${e.message}`;
      }
      const ms = performance.now() - t0;
      const after = await m.call('bump');
      await m.close();
      return { first, error, stoppedInTime: ms < 5000, after, instantiations: m.instantiations };
    });
    assert.deepEqual(got, {
      first: [1, 2], error: 'TimeoutError: multilingual: spin() was stopped: it ran longer than its time limit (timeout: 500 ms)',
      stoppedInTime: true, after: 1, instantiations: 2,
    });
  });

  test("'auto' in a page is the module: no python fallback", async () => {
    const got = await page.evaluate(async () => {
      const { load } = await import('/shim/host.mjs');
      const m = await load('/broken/', { cache: false });
      try {
        await m.call('bump');
        return 'ran';
      } catch (e) {
        return e.name;
      }
    });
    assert.equal(got, 'CompileError');
  });
});
