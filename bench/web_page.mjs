// The playground's weight and speed in headless Chromium (a benchmark, not a
// test): `make web`, then `node bench/web_page.mjs [visits]`.
//
// - first visit: every file the page loads, raw and gzip -9 (what a static
//   host serving gzip sends), per file and in total;
// - ready: navigation start to the page ready to run (compiler loaded, the
//   example shown and checked); first compile: hello world's compile round
//   trip through the worker, right after ready; min/median over the visits;
// - keystroke to updated diagnostics on a 200-line program (a character typed
//   to the squiggles redrawn), min/median over 30 keystrokes;
// - 200 Runs in a row: the page's JS heap (after a forced GC) and DOM
//   counters before and after.
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { ROOT } from '../tests/helpers/common.mjs';
import { startStaticServer } from '../tests/helpers/static_server.mjs';

const visits = Number(process.argv[2] ?? 5);
const SITE = path.join(ROOT, 'build', 'site');
const { chromium } = await import('playwright-core');
const server = await startStaticServer(SITE);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const min = (xs) => Math.min(...xs);
const kb = (n) => (n / 1024).toFixed(1);

// The compiler's data (multilingual_data.bin) is fetched by the compiler
// worker once the core is up, not awaited by the first screen: a visit holds
// it back until the page is ready (as a slower network would deliver it
// after the rest), so that the first screen is what the page waited for;
// then lets it through and waits for the worker to have it.
async function visit() {
  const context = await browser.newContext();
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/multilingual_data.bin', async (route) => {
    await held;
    await route.continue();
  });
  const files = [];
  page.on('response', async (r) => {
    if (!r.url().startsWith(server.url)) return;
    const body = await r.body().catch(() => null);
    if (body) files.push({ file: new URL(r.url()).pathname, raw: body.length, gz: gzipSync(body, { level: 9 }).length });
  });
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => document.body.dataset.state === 'ready' && window.playground.metrics.checks > 0, null, { timeout: 30_000 });
  const m = await page.evaluate(() => window.playground.metrics);
  await page.waitForTimeout(200); // the bodies of the last responses read
  const firstScreen = files.slice();
  release();
  await page.waitForFunction(() => window.playground.metrics.dataMs !== null, null, { timeout: 30_000 });
  await page.waitForTimeout(200);
  return { page, context, files, firstScreen, m };
}

// Visits with a cold cache (a new context each time).
const ready = [];
const firstCompile = [];
const compilerReady = [];
let files = [];
let background = [];
for (let i = 0; i < visits; i++) {
  const v = await visit();
  ready.push(v.m.readyMs);
  compilerReady.push(v.m.compilerReadyMs);
  firstCompile.push(v.m.firstCompileMs);
  files = v.firstScreen;
  background = v.files.slice(v.firstScreen.length);
  await v.context.close();
}

console.log('first visit (cold cache), per file, until ready:');
console.log('| file | raw KB | gzip KB |');
console.log('|---|---|---|');
files.sort((a, b) => b.gz - a.gz);
for (const f of files) console.log(`| ${f.file} | ${kb(f.raw)} | ${kb(f.gz)} |`);
const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gz: t.gz + f.gz }), { raw: 0, gz: 0 });
console.log(`| first screen (${files.length} files) | ${kb(total.raw)} | ${kb(total.gz)} |`);
console.log('then, after ready, in the background:');
for (const f of background) console.log(`| ${f.file} | ${kb(f.raw)} | ${kb(f.gz)} |`);
console.log(`\nready: min ${min(ready).toFixed(0)} ms, median ${median(ready).toFixed(0)} ms (compiler loaded: median ${median(compilerReady).toFixed(0)} ms) over ${visits} visits`);
console.log(`first compile of hello world after ready: min ${min(firstCompile).toFixed(1)} ms, median ${median(firstCompile).toFixed(1)} ms`);

// The first Run: what it loads beyond the first screen (wabt.js, the run
// worker), and its time from the click to the page saying done.
{
  const v = await visit();
  const before = v.files.length;
  const t = await v.page.evaluate(async () => {
    const t0 = performance.now();
    document.getElementById('run').click();
    await new Promise((resolve) => {
      const poll = () => (document.body.dataset.state === 'done' ? resolve() : setTimeout(poll, 1));
      poll();
    });
    return performance.now() - t0;
  });
  await v.page.waitForTimeout(200);
  const first = new Set(v.files.slice(0, before).map((f) => f.file));
  for (const f of v.firstScreen) first.add(f.file);
  const more = v.files.slice(before).filter((f) => !first.has(f.file)).sort((a, b) => b.gz - a.gz);
  console.log(`\nfirst Run (click to done: ${t.toFixed(0)} ms) loads:`);
  for (const f of more) console.log(`| ${f.file} | ${kb(f.raw)} | ${kb(f.gz)} |`);
  const extra = [...background, ...more].reduce((a, f) => ({ raw: a.raw + f.raw, gz: a.gz + f.gz }), { raw: 0, gz: 0 });
  console.log(`| first screen + data + first Run (${files.length + background.length + more.length} files) | ${kb(total.raw + extra.raw)} | ${kb(total.gz + extra.gz)} |`);
  await v.context.close();
}

// Keystroke to diagnostics, 200-line program.
{
  const v = await visit();
  const lines = ['def f0(x):', '    return x * 2', ''];
  for (let i = 1; lines.length < 196; i++) lines.push(`def f${i}(x):`, `    y = f${i - 1}(x) + ${i}`, `    return y % 1000`, '');
  lines.push('total = 0', 'for i in range(10):', '    total = total + f40(i)', 'print(total)');
  const source = `${lines.join('\n')}\n`;
  const latencies = await v.page.evaluate(async (text) => {
    const { view, metrics } = window.playground;
    const settle = (n) => new Promise((resolve) => {
      const poll = () => (metrics.checks > n ? resolve() : setTimeout(poll, 1));
      poll();
    });
    let n = metrics.checks;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    await settle(n);
    const out = [];
    for (let k = 0; k < 30; k++) {
      await new Promise((r) => setTimeout(r, 60));
      n = metrics.checks;
      const t = performance.now();
      // Alternately break and mend the last line: the diagnostics change.
      const end = view.state.doc.length;
      if (k % 2 === 0) view.dispatch({ changes: { from: end - 1, insert: ' +' } });
      else view.dispatch({ changes: { from: end - 3, to: end - 1 } });
      await settle(n);
      await new Promise((r) => requestAnimationFrame(r)); // squiggles drawn
      out.push(performance.now() - t);
    }
    return { out, lines: view.state.doc.lines };
  }, source);
  console.log(`keystroke to updated diagnostics (${latencies.lines - 1}-line program): min ${min(latencies.out).toFixed(1)} ms, median ${median(latencies.out).toFixed(1)} ms over 30 keystrokes (25 ms of it is the typing pause the page waits for)`);

  // 200 Runs in a row.
  const cdp = await v.context.newCDPSession(v.page);
  await cdp.send('Performance.enable');
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
  };
  await v.page.evaluate(() => window.playground.view.dispatch({
    changes: { from: 0, to: window.playground.view.state.doc.length, insert: 'for i in range(20):\n    print("run", i)\n' },
  }));
  await v.page.waitForTimeout(300);
  // Run clicked to the page saying done, measured in the page.
  const runs = (n) => v.page.evaluate(async (count) => {
    const out = [];
    for (let i = 0; i < count; i++) {
      const t = performance.now();
      const done = new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          if (document.body.dataset.state === 'done') {
            mo.disconnect();
            resolve();
          }
        });
        mo.observe(document.body, { attributes: true });
      });
      document.getElementById('run').click();
      await done;
      out.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
    return out;
  }, n);
  await runs(10); // warm up
  const before = await measure();
  const lat = await runs(200);
  const after = await measure();
  console.log(`200 Runs (Run clicked to done: min ${min(lat).toFixed(1)} ms, median ${median(lat).toFixed(1)} ms): JS heap ${kb(before.heap)} KB -> ${kb(after.heap)} KB, DOM nodes ${before.nodes} -> ${after.nodes}, listeners ${before.listeners} -> ${after.listeners}`);
  await v.context.close();
}

await browser.close();
await server.close();
