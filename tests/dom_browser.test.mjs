// The DOM builtins in a page: headless Debian chromium (playwright-core)
// opens examples/web/dom/ served from the repository root on 127.0.0.1 and
// uses each example as a visitor would -- compiled in the page, and built
// by the CLI (?bundle=) -- in every language of examples/web/dom/programs.
// Then programs given to the page's window.mlDom.run: an exception in a
// handler (its traceback shown, the next click still handled), two
// programs confined to their roots, Element values and event objects,
// input() through window.prompt.
//
// Not skipped when chromium is missing: `make test` installs it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CLI, ROOT, cli } from './helpers/common.mjs';
import { startStaticServer } from './helpers/static_server.mjs';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const CORE = path.join(ROOT, 'build', 'web', 'multilingual_core.mjs');
const PAGE = '/examples/web/dom/index.html';
const PROGRAMS = path.join(ROOT, 'examples', 'web', 'dom', 'programs');
const BUNDLES = path.join(ROOT, 'build', 'dom_examples'); // served: under the root
const LANGS = readdirSync(PROGRAMS).sort();
const WAIT_MS = 20_000;

// How a visitor uses each example, and what the page shows then.
const USE = {
  async counter(page) {
    for (let i = 0; i < 3; i++) await page.click('#inc');
    assert.equal(await page.textContent('#count'), '3');
  },
  async greet(page) {
    await page.fill('#name', 'Ada');
    assert.equal(await page.textContent('#greeting'), '👋 Ada!');
    assert.equal(await page.getAttribute('#greeting', 'class'), 'big named');
    await page.fill('#name', ' Łukasz 李 ');  // UTF-8 both ways, stripped by the program
    assert.equal(await page.textContent('#greeting'), '👋 Łukasz 李!');
    await page.fill('#name', '  ');
    assert.equal(await page.textContent('#greeting'), '👋');
    assert.equal(await page.getAttribute('#greeting', 'class'), 'big');
  },
  async todo(page) {
    const items = () => page.evaluate(() => [...document.querySelectorAll('#items li span')].map((e) => e.textContent));
    for (const text of ['milk', 'eggs', 'bread']) {
      await page.fill('#new-item', text);
      if (text === 'eggs') await page.press('#new-item', 'Enter');
      else await page.click('#add');
    }
    assert.deepEqual(await items(), ['milk', 'eggs', 'bread']);
    assert.equal(await page.inputValue('#new-item'), '', 'the input is emptied after each add');
    assert.equal(await page.textContent('#left'), '3');
    await page.click('#items li:nth-child(2) button.remove');
    assert.deepEqual(await items(), ['milk', 'bread']);
    assert.equal(await page.textContent('#left'), '2');
    await page.click('#items li:first-child button.remove');
    assert.deepEqual(await items(), ['bread']);
    assert.equal(await page.textContent('#left'), '1');
  },
  async clock(page) {
    const ticks = async () => Number(await page.getAttribute('#clock', 'data-ticks'));
    assert.match(await page.textContent('#clock'), /^\d\d:\d\d:\d\d$/);
    const first = await ticks();
    await page.waitForFunction((n) => Number(document.getElementById('clock').dataset.ticks) > n, first, { timeout: 5000 });
    await page.click('#stop');
    const stopped = await ticks();
    assert.equal(await page.getAttribute('#clock', 'class'), 'stopped');
    await page.waitForTimeout(1300);
    assert.equal(await ticks(), stopped, 'clear_timer stopped the interval');
  },
};

describe('browser: examples/web/dom', { timeout: 300_000 }, () => {
  let server = null;
  let browser = null;

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing (make test installs Debian's chromium)`);
    assert.ok(existsSync(CORE), `${path.relative(ROOT, CORE)} is missing (run make web)`);
    assert.ok(existsSync(CLI), `${path.relative(ROOT, CLI)} is missing (run make)`);
    // the CLI's bundles of every example, where the page can fetch them
    for (const lang of LANGS) {
      for (const ex of Object.keys(USE)) {
        const r = cli(['build-wasm-bundle', path.join(PROGRAMS, lang, `${ex}.ml`), '--wasm-target', 'browser',
          '--out-dir', path.join(BUNDLES, lang, ex)]);
        assert.equal(r.status, 0, `${lang}/${ex}: ${r.stderr}`);
      }
    }
    const { chromium } = await import('playwright-core');
    server = await startStaticServer(ROOT);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  // The page with its errors collected; waits until it settles.
  async function open(query) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(`${server.url}${PAGE}${query}`);
    try {
      await page.waitForFunction(() => ['done', 'error'].includes(document.body.dataset.state), null, { timeout: WAIT_MS });
    } catch (e) {
      throw new Error(`the page never settled\n${errors.join('\n')}\n${e.message}`);
    }
    return { page, context, errors };
  }

  const output = (page) => page.evaluate(() => document.getElementById('output').textContent);

  for (const ex of Object.keys(USE)) {
    for (const lang of LANGS) {
      for (const how of ['page', 'cli']) {
        test(`${ex} (${lang}), compiled ${how === 'page' ? 'in the page' : 'by the CLI'}`, async () => {
          const bundle = how === 'cli' ? `&bundle=/build/dom_examples/${lang}/${ex}/` : '';
          const { page, context, errors } = await open(`?example=${ex}&lang=${lang}${bundle}`);
          try {
            const state = await page.evaluate(() => `${document.body.dataset.state}: ${document.getElementById('status').textContent}`);
            assert.match(state, /^done/, `${state}\n${await output(page)}`);
            await USE[ex](page);
            assert.equal(await output(page), '', 'nothing printed, no traceback');
            assert.deepEqual(errors, []);
          } finally {
            await context.close();
          }
        });
      }
    }
  }

  // A program run by window.mlDom.run in a fresh root of its own (markup);
  // returns what it printed so far: out() -> { stdout, stderr }.
  async function runIn(page, id, markup, source) {
    await page.evaluate(
      async ({ id, markup, source }) => {
        const root = document.createElement('div');
        root.id = id;
        root.innerHTML = markup;
        document.body.append(root);
        const out = (window.captured ??= {})[id] = { stdout: '', stderr: '' };
        try {
          await window.mlDom.run(source, root, {
            stdout: (t) => { out.stdout += t; },
            stderr: (t) => { out.stderr += t; },
          });
        } catch (e) {
          out.stderr += `[start failed: ${e.message}]`;
        }
      },
      { id, markup, source },
    );
    return () => page.evaluate((id) => window.captured[id], id);
  }

  test('an exception in a handler is reported with its traceback, and the next click still works', async () => {
    const { page, context, errors } = await open('?example=counter');
    try {
      const out = await runIn(page, 'raiser', '<button id="go">go</button><span id="n">0</span>', [
        'n = 0',
        'def on_click(event):',
        '    global n',
        '    n += 1',
        '    dom_text(dom_get("n"), n)',
        '    print("click", n)',
        '    if n == 2:',
        '        raise ValueError("two is not allowed")',
        'dom_on(dom_get("go"), "click", on_click)',
        '',
      ].join('\n'));
      await page.click('#raiser #go');
      await page.click('#raiser #go');
      let o = await out();
      assert.equal(o.stdout, 'click 1\nclick 2\n');
      assert.match(o.stderr, /^Traceback \(most recent call last\):\n/);
      assert.match(o.stderr, /File "main\.ml", line 8, in on_click\n {4}raise ValueError\("two is not allowed"\)\n/);
      assert.match(o.stderr, /\nValueError: two is not allowed\n$/);
      assert.equal(await page.textContent('#raiser #n'), '2');
      await page.click('#raiser #go');
      o = await out();
      assert.equal(o.stdout, 'click 1\nclick 2\nclick 3\n', 'the page keeps working');
      assert.equal(await page.textContent('#raiser #n'), '3');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('two programs confined to their roots cannot see each other\'s elements', async () => {
    const { page, context, errors } = await open('?example=counter');
    try {
      const counter = (await import('node:fs')).readFileSync(path.join(PROGRAMS, 'en', 'counter.ml'), 'utf8');
      const markup = '<button id="inc">+1</button><span id="count">0</span>';
      const spy = 'print(len(dom_query_all("button")), dom_get("count"), dom_query("#inc"), dom_query("span"))\n';
      await runIn(page, 'a', markup, counter + spy);
      await runIn(page, 'b', markup, counter + spy);
      const c = await runIn(page, 'c', '<p id="mine">c</p>', spy + 'print(dom_query_all("*"))\n');
      for (let i = 0; i < 2; i++) await page.click('#a #inc');
      await page.click('#b #inc');
      assert.equal(await page.textContent('#a #count'), '2');
      assert.equal(await page.textContent('#b #count'), '1');
      // each sees its own button only; the third none of theirs, nor the page's
      const seen = await page.evaluate(() => ['a', 'b'].map((id) => window.captured[id].stdout));
      assert.deepEqual(seen, Array(2).fill('1 <Element span#count> <Element button#inc> <Element span#count>\n'));
      assert.equal((await c()).stdout, '0 None None None\n[<Element p#mine>]\n');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('handlers (a bound method, closures) and elements outlive collections; set_timeout, clear_timer, re-registration', async () => {
    const { page, context, errors } = await open('?example=counter');
    try {
      const out = await runIn(page, 'gc', '<button id="b">b</button><ul id="u"></ul>', [
        'class Tally:',
        '    def __init__(self, label):',
        '        self.label = label',
        '        self.n = 0',
        '    def on_click(self, event):',
        '        self.n += 1',
        '        print(self.label, self.n, [x * 2 for x in range(3)])',
        'dom_on(dom_get("b"), "click", Tally("tally").on_click)',
        'def item(k):',
        '    li = dom_create("li")',
        '    dom_text(li, "item " + str(k))',
        '    dom_append(dom_get("u"), li)',
        '    dom_on(li, "click", lambda e: print("clicked", dom_text(li), k))',
        'for k in range(3):',
        '    item(k)',
        'junk = []',
        'for i in range(200000):',
        '    junk.append([i, str(i)])',
        '    if len(junk) > 1000:',
        '        junk = []',
        'def later():',
        '    print("timeout fired", len(dom_query_all("li")))',
        'def never():',
        '    print("cancelled timeout fired")',
        'set_timeout(later, 10)',
        'clear_timer(set_timeout(never, 5))',
        'clear_timer(12345)',
        'def replace(event):',
        '    print("replaced handler")',
        'dom_on(dom_query_all("li")[2], "click", replace)',
        '',
      ].join('\n'));
      await page.waitForFunction(() => window.captured.gc.stdout.includes('timeout fired'), null, { timeout: 5000 });
      await page.click('#gc #b');
      await page.click('#gc li:nth-child(2)');
      await page.click('#gc li:nth-child(3)');
      await page.click('#gc #b');
      await page.waitForTimeout(50);
      const o = await out();
      assert.equal(o.stderr, '');
      assert.equal(o.stdout, 'timeout fired 3\ntally 1 [0, 2, 4]\nclicked item 1 1\nreplaced handler\ntally 2 [0, 2, 4]\n');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('an event the program raises while it runs waits for that call to return (no reentry)', async () => {
    const { page, context, errors } = await open('?example=counter');
    try {
      const out = await runIn(page, 're', '<div id="box"><input id="i"></div>', [
        'def on_key(event):',
        '    print("keydown", event.key)',
        '    dom_html(dom_get("box"), "<p>gone</p>")  # the focused input goes: a blur, now',
        '    print("after")',
        'dom_on(dom_get("i"), "keydown", on_key)',
        'dom_on(dom_get("i"), "blur", lambda e: print("blur", e.target))',
        '',
      ].join('\n'));
      await page.press('#re #i', 'Enter');
      await page.waitForFunction(() => window.captured.re.stdout.includes('blur'), null, { timeout: 5000 });
      const o = await out();
      assert.equal(o.stderr, '');
      assert.equal(o.stdout, 'keydown Enter\nafter\nblur <Element input#i>\n');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('Element values, event objects, attributes, styles, removal and input() through window.prompt', async () => {
    const { page, context, errors } = await open('?example=counter');
    try {
      page.on('dialog', (d) => d.accept(d.type() === 'prompt' ? 'Ada' : undefined));
      const out = await runIn(page, 'x', '<button id="b" data-x="1">B</button><input id="i"><ul id="u"></ul>', [
        'b = dom_get("b")',
        'print(b, b is dom_get("b"), b == dom_query("#b"), dom_get("nope"))',
        'print(dom_attr(b, "data-x"), dom_attr(b, "title"), dom_text(b))',
        'dom_attr(b, "title", 42)',
        'dom_style(b, "background-color", "rgb(1, 2, 3)")',
        'p = dom_create("p")',
        'print(p, [str(e) for e in dom_query_all("#x p")])',
        'dom_attr(p, "id", "para")',
        'dom_html(p, "<b>bold</b> text")',
        'dom_append(dom_get("u"), p)',
        'print(p, dom_html(p), dom_text(p), dom_query("b"))',
        'def on_click(event):',
        '    print(event.type, event.target is b, event.key, event)',
        'dom_on(b, "click", on_click)',
        'dom_on(dom_get("i"), "keydown", lambda e: print("key", e.key, repr(e.value), e.target))',
        'dom_on(dom_get("i"), "input", lambda e: print("input", e.value))',
        'name = input("Your name? ")',
        'print("name", name)',
        'dom_remove(p)',
        'print(p, dom_query("#para"))',
        'try:',
        '    dom_text(p, "gone")',
        'except ValueError as e:',
        '    print("ValueError:", e)',
        'try:',
        '    dom_text("b", "x")',
        'except TypeError as e:',
        '    print("TypeError:", e)',
        'try:',
        '    dom_query("[[")',
        'except ValueError as e:',
        '    print("ValueError:", e)',
        'for bad in [lambda: dom_attr(b, "1 x", "v"), lambda: dom_attr(b, "onclick", "window.hacked = 1"),',
        '            lambda: dom_attr(b, "href", " JavaScript:window.hacked = 1"), lambda: dom_create("script"),',
        '            lambda: dom_class(b, "a b"), lambda: dom_create("<p>"), lambda: dom_append(b, b)]:',
        '    try:',
        '        bad()',
        '    except ValueError as e:',
        '        print("ValueError:", e)',
        'u = dom_get("u")',
        'dom_html(u, \'<b>ok</b><script>window.hacked = 1</script><a href="javascript:window.hacked = 1">a</a>\'',
        '            \'<img src="data:," onerror="window.hacked = 1"><iframe srcdoc="x"></iframe>\')',
        'print(dom_html(u))',
        '',
      ].join('\n'));
      await page.click('#x #b');
      await page.press('#x #i', 'z');
      const o = await out();
      assert.equal(o.stderr, '');
      assert.equal(o.stdout, [
        '<Element button#b> True True None',
        '1 None B',
        '<Element p> []',
        '<Element p#para> <b>bold</b> text bold text <Element b>',
        'Your name? name Ada',
        '<Element removed> None',
        'ValueError: dom_text(): the element was removed from the page',
        "TypeError: dom_text() argument 'el' must be Element, not str",
        "ValueError: dom_query(): the page refuses the selector '[['",
        "ValueError: dom_attr(): the page refuses the attribute '1 x'",
        "ValueError: dom_attr(): the page refuses the attribute 'onclick'",
        "ValueError: dom_attr(): the page refuses the attribute 'href'",
        "ValueError: dom_create(): the page refuses the tag name 'script'",
        "ValueError: dom_class(): the page refuses the class name 'a b'",
        "ValueError: dom_create(): the page refuses the tag name '<p>'",
        'ValueError: dom_append(): the page refuses to put <Element button#b> inside <Element button#b>',
        '<b>ok</b><a>a</a><img src="data:,">',
        'click True None <Event click on <Element button#b>>',
        "key z '' <Element input#i>",
        'input z',
        '',
      ].join('\n'));
      assert.equal(await page.getAttribute('#x #b', 'title'), '42');
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('#x #b')).backgroundColor), 'rgb(1, 2, 3)');
      assert.equal(await page.$('#para'), null);
      await page.waitForTimeout(100); // an image's error, were its handler kept
      assert.equal(await page.evaluate(() => window.hacked), undefined, 'no JavaScript of the program ran');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
