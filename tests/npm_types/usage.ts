// A typed use of the npm package, checked by `tsc --noEmit` (tests/npm_types.test.mjs):
// it must compile against the package's .d.ts files, resolved through
// package.json's "exports" as a user's import resolves them.
import { compile, run, translate, languages, version, bundleFiles, type RunResult, type RunTimeoutError,
  type TranslateResult, type Rename } from 'multilingual';
import { instantiateModule, load, ModuleCache, runModule, type HostModule, type WasmModule } from 'multilingual/host';
import { animate, drawPoints, fitPoints, renderExport, type DrawStyle } from 'multilingual/canvas';

export async function main(canvas: HTMLCanvasElement): Promise<void> {
  const r = await compile('def spiral(t: float):\n    point_stream(t, t)\n', { lang: 'en', target: 'browser' });
  if (!r.ok) {
    for (const d of r.diagnostics) console.error(`${d.line}:${d.col}: ${d.message}`);
    return;
  }
  // compile()'s manifest is what instantiateModule() takes (was TS2345).
  const m: HostModule = await instantiateModule(r.manifest, r.wasm, { stdout: (t) => console.log(t) });
  m.start();
  const n: number = renderExport(canvas, m, 'spiral', 0.5);
  const style: DrawStyle = { color: '#000', lineWidth: 1 };
  drawPoints(canvas, m.points('spiral'), 'point_stream', style);
  const box = fitPoints([[0, 0], [1, 1]], 100, 100);
  if (box) console.log(box.x(0.5), box.y(0.5), n);
  const stop: () => void = animate(canvas, m, 'spiral', { args: (t) => [t], onError: (e) => console.error(e) });
  stop();
  // a program of the DOM builtins, confined to one element of the page
  const page = await instantiateModule(r.manifest, r.wasm, { root: document.body, onError: (e) => console.error(e.exitCode) });
  page.start();
  page.dispose();
  const files: Record<string, string | Uint8Array> = bundleFiles(r);
  console.log(Object.keys(files), r.manifest.exports.map((e) => e.name + e.mode), r.manifest.target);

  const wasi = await compile('print(1)\n');
  if (wasi.ok) {
    const out: { exitCode: number; stdout: string } = await runModule(wasi.manifest, wasi.wasm);
    console.log(out.stdout);
  }

  try {
    const ran: RunResult = await run('while True:\n    pass\n', { timeout: 500, stdin: '', args: ['a'], backend: 'auto' });
    if (ran.backend === 'python') console.log('ran on CPython');
    console.log(ran.exitCode, ran.stderr);
  } catch (e) {
    const err = e as RunTimeoutError;
    if (err.name === 'TimeoutError') console.log(err.stdout, err.stderr);
  }

  const t: TranslateResult = await translate('i = 1\nprint(i)\n', { lang: 'en', to: 'sv' });
  if (t.ok) {
    const text: string = t.text;
    for (const x of t.renames as Rename[]) console.log(`${x.from} -> ${x.to} (${x.reason})`, text);
  }
  // the loader: a bundle directory, cached by content hash
  const lib: WasmModule = await load('out/', { backend: 'auto', cache: new ModuleCache({ maxEntries: 4 }) });
  if (lib.has('fib')) console.log(await lib.call('fib', 10), lib.exports().map((f) => `${f.name}(${f.params.map((p) => p.type)})`));
  console.log(await lib.call('total', new Float64Array([1, 2])), lib.hash);

  const codes: string[] = await languages();
  console.log(codes, await version());
}
