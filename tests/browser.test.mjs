// Browser test: headless Debian chromium (driven by playwright-core) opens the
// embeddable example page examples/web/index.html, served from the repository
// root on 127.0.0.1. The page compiles a program with the Emscripten build
// (shim/compiler.mjs), runs it through the generated host_shim.js and draws
// its polyline / point_stream functions with the generated
// renderer_template.js. Checked: stdout equals CPython's on transpiled.py
// (the oracle, built by the native CLI), the canvas is drawn and animated,
// compile and runtime errors show as the CLI shows them, and the page logs
// no error. Screenshots go to build/browser/*.png.
//
// Not skipped when chromium is missing: `make test` installs it, so a
// missing browser is a failure.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, ROOT, lastLine, runPython, tempDir } from './helpers/common.mjs';
import { startStaticServer } from './helpers/static_server.mjs';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const CORE = path.join(ROOT, 'build', 'web', 'multilingual_core.mjs');
const PAGE = '/examples/web/index.html';
const PROGRAMS = path.join(ROOT, 'examples', 'web', 'programs');
const SHOTS = path.join(ROOT, 'build', 'browser');
const WAIT_MS = 20_000;

// CPython's behaviour on the transpiled program: the expected output.
function oracle(source, name = 'main.ml') {
  const dir = tempDir('ml-browser-');
  const file = path.join(dir, name);
  writeFileSync(file, source);
  const built = spawnSync(CLI, ['build-wasm-bundle', name, '--wasm-target', 'browser', '--out-dir', 'out'], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.equal(built.status, 0, `build-wasm-bundle failed:\n${built.stderr}`);
  return runPython(path.join(dir, 'out', 'transpiled.py'));
}

// The CLI's diagnostics for a source saved as main.ml (what the page must
// show): what `check` prints before its own last line, the error count.
function cliDiagnostics(source) {
  const dir = tempDir('ml-browser-');
  writeFileSync(path.join(dir, 'main.ml'), source);
  const r = spawnSync(CLI, ['check', 'main.ml'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 1, 'the CLI must reject the program');
  const summary = /main\.ml: \d+ errors? \(language: \w+\)\n$/;
  assert.match(r.stderr, summary);
  return r.stderr.replace(summary, '');
}

describe('browser: examples/web', { timeout: 60_000 }, () => {
  let server = null;
  let browser = null;

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing (make test installs Debian's chromium)`);
    assert.ok(existsSync(CORE), `${path.relative(ROOT, CORE)} is missing (run make web)`);
    assert.ok(existsSync(CLI), `${path.relative(ROOT, CLI)} is missing (run make)`);
    mkdirSync(SHOTS, { recursive: true });
    const { chromium } = await import('playwright-core');
    server = await startStaticServer(ROOT);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  // Opens the page and waits until it settles in one of `states`.
  async function open(query = '', states = ['done', 'error']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(`${server.url}${PAGE}${query}`);
    await waitState(page, states, errors);
    return { page, context, errors };
  }

  async function waitState(page, states, errors) {
    try {
      await page.waitForFunction((s) => s.includes(document.body.dataset.state), states, { timeout: WAIT_MS });
    } catch (e) {
      const state = await page.evaluate(() => `${document.body.dataset.state}: ${document.getElementById('status').textContent}`);
      throw new Error(`page never reached ${states.join('|')} (now ${state})\n${errors.join('\n')}\n${e.message}`);
    }
    return page.evaluate(() => document.body.dataset.state);
  }

  const pageText = (page) =>
    page.evaluate(() => {
      const text = (sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent).join('');
      return {
        stdout: text('#output .stdout'),
        stderr: text('#output .stderr'),
        status: document.getElementById('status').textContent,
        diagnostics: document.getElementById('diagnostics').textContent,
        diagnosticsShown: !document.getElementById('diagnostics-panel').hidden,
      };
    });

  // Pixels of every drawn canvas: how many differ from the background (the
  // corner pixel), their bounding box, and a checksum to tell frames apart.
  const canvasPixels = (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('#canvases canvas')].map((c) => {
        const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
        const bg = data.slice(0, 4);
        let painted = 0, sum = 0, minX = c.width, minY = c.height, maxX = -1, maxY = -1;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i] === bg[0] && data[i + 1] === bg[1] && data[i + 2] === bg[2] && data[i + 3] === bg[3]) continue;
          const p = i / 4, x = p % c.width, y = (p - x) / c.width;
          painted++;
          sum = (sum * 31 + p * 7 + data[i] + data[i + 1] * 3 + data[i + 2] * 5) % 1_000_000_007;
          if (x < minX) minX = x;
          if (x > maxX) maxX = x;
          if (y < minY) minY = y;
          if (y > maxY) maxY = y;
        }
        return { width: c.width, height: c.height, painted, sum, spanX: maxX - minX + 1, spanY: maxY - minY + 1 };
      }),
    );

  for (const [example, file, minPainted] of [
    ['lissajous', 'lissajous.ml', 0.004],
    ['tournesol', 'tournesol.ml', 0.004],
  ]) {
    test(`${example}: compiles, runs and draws in the page`, async () => {
      const expected = oracle(readFileSync(path.join(PROGRAMS, file), 'utf8'), file);
      assert.equal(expected.status, 0, `CPython failed on transpiled.py:\n${expected.stderr}`);

      const { page, context, errors } = await open(`?example=${example}`);
      try {
        const text = await pageText(page);
        const state = await page.evaluate(() => document.body.dataset.state);
        assert.equal(state, 'done', `page state ${state}: ${text.status}\n${text.stderr}${text.diagnostics}`);
        assert.equal(text.stdout, expected.stdout, 'stdout in the page differs from CPython on transpiled.py');
        assert.equal(text.stderr, '');

        const [first, ...rest] = await canvasPixels(page);
        assert.ok(first, 'no canvas drawn: the program has a polyline/point_stream function');
        assert.equal(rest.length, 0, 'one drawn function, one canvas');
        const total = first.width * first.height;
        assert.ok(first.painted >= total * minPainted, `canvas nearly blank: ${first.painted} of ${total} pixels painted`);
        // Scaled to fit: the drawing spans most of the canvas.
        assert.ok(first.spanX >= first.width * 0.6, `drawing spans ${first.spanX} of ${first.width} px across`);
        assert.ok(first.spanY >= first.height * 0.6, `drawing spans ${first.spanY} of ${first.height} px down`);

        // Animated: a later frame (larger t) draws something else.
        await page.waitForTimeout(400);
        const [later] = await canvasPixels(page);
        assert.ok(later.painted >= total * minPainted, 'a later frame is nearly blank');
        assert.notEqual(later.sum, first.sum, 'the drawing does not change with time');

        await page.screenshot({ path: path.join(SHOTS, `${example}.png`), fullPage: true });
        assert.deepEqual(errors, [], 'page errors');
      } finally {
        await context.close();
      }
    });
  }

  test('a syntax error shows the diagnostic and the page keeps working', async () => {
    const bad = 'print("start")\nx = (1 +\nprint(x)\n';
    const { page, context, errors } = await open('?autorun=0', ['ready']);
    try {
      await page.fill('#source', bad);
      await page.click('#run');
      assert.equal(await waitState(page, ['done', 'error'], errors), 'error');
      const text = await pageText(page);
      assert.ok(text.diagnosticsShown, 'the diagnostics panel is shown');
      assert.match(text.diagnostics, /^main\.ml:\d+:\d+: error: /m);
      assert.equal(text.diagnostics, cliDiagnostics(bad), 'the page shows what the CLI prints');
      assert.equal(text.stdout, '', 'nothing ran');
      await page.screenshot({ path: path.join(SHOTS, 'syntax-error.png'), fullPage: true });

      // "Show in the editor" selects the line of the error.
      await page.click('#goto-error');
      const selected = await page.evaluate(() => {
        const s = document.getElementById('source');
        return s.value.slice(s.selectionStart, s.selectionEnd);
      });
      assert.equal(selected, 'x = (1 +');

      // Fixed, it runs.
      await page.fill('#source', 'print("fixed", 6 * 7)\n');
      await page.click('#run');
      assert.equal(await waitState(page, ['done', 'error'], errors), 'done');
      const fixed = await pageText(page);
      assert.equal(fixed.stdout, 'fixed 42\n');
      assert.ok(!fixed.diagnosticsShown, 'the diagnostics panel is hidden again');
      assert.deepEqual(errors, [], 'page errors');
    } finally {
      await context.close();
    }
  });

  test('run() with an in-memory file system: the program reads the page\'s files and writes new ones', async () => {
    const source = `from pathlib import Path
import os
rows = [line.split(";") for line in open("in/rows.txt").read().splitlines()]
with open("out.txt", "w") as f:
    for name, n in rows:
        print(name * int(n), file=f)
Path("in/rows.txt").unlink()
print(sorted(os.listdir(".")), Path("out.txt").stat().st_size)
try:
    open("in/rows.txt")
except FileNotFoundError as e:
    print(e)
`;
    const { page, context, errors } = await open('?autorun=0', ['ready']);
    try {
      const got = await page.evaluate(async (source) => {
        const api = await import(new URL('/shim/index.mjs', location.href).href);
        const r = await api.run(source, { fs: { 'in/rows.txt': 'ab;2\nc;3\n' } });
        return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, fs: r.fs };
      }, source);
      assert.equal(got.stderr, '');
      assert.equal(got.stdout, "['in', 'out.txt'] 9\n[Errno 2] No such file or directory: 'in/rows.txt'\n");
      assert.equal(got.exitCode, 0);
      assert.deepEqual(got.fs, { 'in/': '', 'out.txt': 'abab\nccc\n' });
      assert.deepEqual(errors, [], 'page errors');
    } finally {
      await context.close();
    }
  });

  test('compile() with a map of files: a program of several modules, the same module.wasm as the CLI', async () => {
    const dir = path.join(ROOT, 'tests', 'modules', '02_languages');
    const files = {};
    for (const f of readdirSync(dir)) if (f.endsWith('.ml') && f !== 'main.ml') files[f] = readFileSync(path.join(dir, f), 'utf8');
    const main = readFileSync(path.join(dir, 'main.ml'), 'utf8');
    const out = tempDir('ml-browser-');
    assert.equal(spawnSync(CLI, ['build-wasm-bundle', 'main.ml', '--out-dir', out], { cwd: dir }).status, 0);
    const expected = readFileSync(path.join(out, 'module.wasm')).toString('base64');
    const { page, context, errors } = await open('?autorun=0', ['ready']);
    try {
      const got = await page.evaluate(async ({ main, files }) => {
        const compiler = await import(new URL('/shim/compiler.mjs', location.href).href);
        const r = await compiler.compile(main, { files });
        if (!r.ok) return { error: r.diagnosticsText };
        let bin = '';
        for (const b of r.wasm) bin += String.fromCharCode(b);
        return { wasm: btoa(bin), modules: JSON.parse(r.buildGraph).modules.map((m) => `${m.name}:${m.language}`) };
      }, { main, files });
      assert.equal(got.error, undefined, got.error);
      assert.equal(got.wasm, expected, 'module.wasm differs from the native CLI\'s');
      assert.deepEqual(got.modules, ['outils:fr', '計算:ja']);
      assert.deepEqual(errors, [], 'page errors');
    } finally {
      await context.close();
    }
  });

  test('a program with classes, exceptions and generators prints what CPython prints', async () => {
    const source = `class Shape:
    def __init__(self, name, sides):
        self.name = name
        self.sides = sides
    def __repr__(self):
        return f"Shape({self.name!r}, {self.sides})"

class TooFew(ValueError):
    pass

def shapes(specs):
    for name, sides in specs:
        try:
            if sides < 3:
                raise TooFew(f"{name}: {sides} sides")
            yield Shape(name, sides)
        except TooFew as e:
            print("skipped", e)
            yield None

found = [s for s in shapes([("tri", 3), ("line", 2), ("square", 4)]) if s]
print(found)
print(sum(s.sides for s in found), next(x for x in range(100) if x * x > 50))
`;
    const expected = oracle(source);
    assert.equal(expected.status, 0, expected.stderr);
    const { page, context, errors } = await open('?autorun=0', ['ready']);
    try {
      await page.fill('#source', source);
      await page.click('#run');
      assert.equal(await waitState(page, ['done', 'error'], errors), 'done');
      const text = await pageText(page);
      assert.equal(text.stdout, expected.stdout);
      assert.equal(text.stderr, '');
      assert.deepEqual(errors, [], 'page errors');
    } finally {
      await context.close();
    }
  });

  test('a runtime error shows the Python exception line', async () => {
    const source = 'print("before")\nx = 1 / 0\nprint("after")\n';
    const expected = oracle(source);
    assert.equal(expected.status, 1);
    const { page, context, errors } = await open('?autorun=0', ['ready']);
    try {
      await page.fill('#source', source);
      await page.click('#run');
      assert.equal(await waitState(page, ['done', 'error'], errors), 'error');
      const text = await pageText(page);
      assert.equal(text.stdout, expected.stdout);
      assert.equal(lastLine(text.stderr), lastLine(expected.stderr)); // ZeroDivisionError: division by zero
      assert.match(text.status, /ZeroDivisionError: division by zero/);
      assert.ok(!text.diagnosticsShown, 'not a compile error');
      await page.screenshot({ path: path.join(SHOTS, 'runtime-error.png'), fullPage: true });

      // An exception in a drawn function, in a later animation frame: the
      // animation stops and the exception line shows, as CPython prints it
      // for the program followed by a call with a later time.
      const drawn =
        '@render_mode("polyline")\ndef wave(t):\n    if t > 0.2:\n        print(1 // 0)\n' +
        '    return [(0.0, 0.0), (1.0, t), (2.0, 0.0)]\n\nprint("drawing a wave")\n';
      const later = oracle(`${drawn}wave(1.0)\n`);
      assert.equal(later.status, 1);
      await page.fill('#source', drawn);
      await page.click('#run');
      // 'done' after the first frame (t = 0), then 'error' after 0.2 s.
      assert.equal(await waitState(page, ['error'], errors), 'error');
      const frame = await pageText(page);
      assert.equal(frame.stdout, later.stdout);
      assert.equal(lastLine(frame.stderr), lastLine(later.stderr)); // ZeroDivisionError: integer division or modulo by zero
      assert.equal(frame.stderr.split(lastLine(later.stderr)).length, 2, 'the exception line shows once');
      assert.match(frame.status, /wave\(\): ZeroDivisionError/);
      const [canvas] = await canvasPixels(page);
      assert.ok(canvas && canvas.painted > 0, 'the last good frame stays on the canvas');
      assert.deepEqual(errors, [], 'page errors');
    } finally {
      await context.close();
    }
  });

  // npm run({timeout}) in a page: the module runs in a Web Worker (shim/index.mjs's
  // browser branch), terminated at the limit; the page's own timers keep running.
  test('npm run() with a timeout in a page: an endless loop is stopped, output before it kept', async () => {
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(path.join(SHOTS, 'run_timeout.html'), `<!doctype html><meta charset="utf-8">
<script type="module">
import { run } from '/shim/index.mjs';
const caught = (p) => p.then((r) => ({ resolved: r }), (e) => ({ name: e.name, message: e.message, stdout: e.stdout, stderr: e.stderr }));
window.outcome = (async () => {
  const out = {};
  let t = performance.now();
  out.loop = await caught(run('while True:\\n    pass\\n', { timeout: 300 }));
  out.loopMs = performance.now() - t;
  // (1500 ms: the worker must start and print before the limit, on a loaded machine too)
  out.partial = await caught(run('print("before")\\nimport sys\\nprint("err", file=sys.stderr)\\nwhile True:\\n    pass\\n', { timeout: 1500 }));
  out.inTime = await run('print(6 * 7)\\n', { timeout: 10000 });
  let ticks = 0;
  const iv = setInterval(() => ticks++, 10);
  t = performance.now();
  await caught(run('x = 0\\nwhile True:\\n    x = x + 1\\n', { timeout: 600 }));
  clearInterval(iv);
  out.ticks = ticks;
  out.tickMs = performance.now() - t;
  return out;
})();
</script>`);
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
    try {
      await page.goto(`${server.url}/build/browser/run_timeout.html`);
      await page.waitForFunction(() => window.outcome !== undefined, null, { timeout: WAIT_MS });
      const out = await page.evaluate(() => window.outcome);
      assert.equal(out.loop.name, 'TimeoutError', JSON.stringify(out.loop));
      assert.match(out.loop.message, /ran longer than its time limit \(timeout: 300 ms\)/);
      assert.ok(out.loopMs >= 300 && out.loopMs < 5000, `stopped after ${out.loopMs} ms`);
      assert.equal(out.partial.name, 'TimeoutError');
      assert.equal(out.partial.stdout, 'before\n');
      assert.equal(out.partial.stderr, 'err\n');
      assert.equal(out.inTime.exitCode, 0);
      assert.equal(out.inTime.stdout, '42\n');
      // the page was not frozen while the worker looped: its 10 ms timer kept firing
      assert.ok(out.ticks >= out.tickMs / 10 / 4, `${out.ticks} ticks in ${out.tickMs} ms`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

// The README's "In a web page" usage, verbatim: a bundle built by the CLI,
// loaded by a page with a <script type="module"> and no compiler.
describe('browser: a built bundle loaded by the README snippet', { timeout: 60_000 }, () => {
  const SOURCE = [
    '@render_mode("polyline")',
    'def curve(t):',
    '    return [(i * (1 - (t + i / 9) ** 2 / 2), i * (t + i / 9)) for i in range(60)]',
    '',
    'print("points:", len(curve(0.5)))',
    'print("first:", curve(0.0)[1])',
    '',
  ].join('\n');
  let server = null;
  let browser = null;
  let dir = null;

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing (make test installs Debian's chromium)`);
    dir = tempDir('ml-readme-page-');
    writeFileSync(path.join(dir, 'main.ml'), SOURCE);
    const built = spawnSync(CLI, ['build-wasm-bundle', 'main.ml', '--wasm-target', 'browser', '--out-dir', 'out'], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.equal(built.status, 0, built.stderr);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### In a web page'));
    const snippet = section.match(/```html\n([\s\S]*?)```/);
    assert.ok(snippet, 'README has an html snippet under "In a web page"');
    writeFileSync(path.join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">\n${snippet[1]}`);
    const { chromium } = await import('playwright-core');
    server = await startStaticServer(dir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('prints what CPython prints and draws the polyline', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}/index.html`);
    const expected = runPython(path.join(dir, 'out', 'transpiled.py'));
    assert.equal(expected.status, 0, expected.stderr);
    await page.waitForFunction((n) => document.getElementById('out').textContent.length >= n, expected.stdout.length, {
      timeout: WAIT_MS,
    });
    assert.equal(await page.evaluate(() => document.getElementById('out').textContent), expected.stdout);
    await page.waitForTimeout(200); // a few animation frames
    const inked = await page.evaluate(() => {
      const c = document.getElementById('plot');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) n++;
      return n;
    });
    assert.ok(inked > 300, `only ${inked} drawn pixels`);
    await page.screenshot({ path: path.join(SHOTS, 'readme-snippet.png') });
    assert.deepEqual(errors, []);
  });
});
