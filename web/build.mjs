// Builds the playground (make site, part of make web) into a static site:
//   node web/build.mjs --out build/site --core build/web/site/multilingual_core.mjs \
//     --data build/web/site/multilingual_data.bin src/lang/packs/*.lang
// - app.js, compiler_worker.js, run_worker.js: web/src bundled by esbuild
//   (CodeMirror 6 included), minified;
// - the words each language's editor highlights, read from the language
//   packs given (the compiler's own data: no second list), and the example
//   programs of web/examples, are bundled into app.js;
// - multilingual_core.mjs + .wasm: the compiler (built for size, -Oz),
//   without its data: multilingual_data.bin (the runtime it links, the
//   standard library's sources), which the compiler worker loads once the
//   first screen is up;
// - wabt.mjs + wabt.wasm: npm wabt's index.js as an ES module, its embedded
//   binary moved to a side file (streamed and cached like the core's);
// - embed.js: the <ml-playground> element (embed.html shows it);
// - index.html, style.css, embed.html, examples/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// wabt.js can also read binaries, print text, parse .wast scripts and name
// things; the compiler only parses WAT, validates and writes the binary.
// With binaryen (wasm-metadce, wasm-opt: Debian's emscripten brings them),
// the exports of the unused functions are removed with all the code only
// they reach; without it, wabt.wasm stays whole.
const WABT_UNUSED = [
  'parse_wast', 'read_binary', 'validate_script', 'write_binary_spec_script', 'apply_names_module',
  'generate_names_module', 'write_text_module', 'format_binary_errors', 'parse_wast_result_get_result',
  'parse_wast_result_release_module', 'read_binary_result_get_result', 'read_binary_result_release_module',
  'destroy_read_binary_result',
];
const WEB = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  if (i < 0 || i + 1 >= args.length) throw new Error(`web/build.mjs: ${name} is required`);
  return args.splice(i, 2)[1];
};
const out = opt('--out');
const core = opt('--core');
const data = opt('--data');
const packs = args;
if (!packs.length) throw new Error('web/build.mjs: no language packs given');
mkdirSync(out, { recursive: true });

/* ---- the language packs: keywords and builtins per language ---- */
// Format (src/lang/packs/README.md): `code = xx`, `name = ...`,
// `keyword CONCEPT = spelling | spelling`, `builtin english = alias | alias`.
function readPack(file) {
  const pack = { code: '', name: '', keywords: [], builtins: [], defs: [], english: [] };
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(keyword|builtin)\s+(\S+)\s*=\s*(.*)$/.exec(line);
    if (m) {
      const words = m[3].split('|').map((w) => w.trim()).filter(Boolean);
      if (m[1] === 'keyword') {
        pack.keywords.push(...words);
        if (m[2] === 'FUNC_DEF' || m[2] === 'CLASS_DEF') pack.defs.push(...words);
      } else {
        pack.builtins.push(...words);
        pack.english.push(m[2]);
      }
      continue;
    }
    const kv = /^(code|name)\s*=\s*(.*)$/.exec(line);
    if (kv) pack[kv[1]] = kv[2].trim();
  }
  if (!pack.code) throw new Error(`${file}: no code`);
  return pack;
}
const langs = packs.map(readPack);
// The English builtin names: the left-hand sides of every pack's aliases.
const englishBuiltins = [...new Set(langs.flatMap((l) => l.english))];
const RTL = new Set(['ar']); // scripts written right to left
const LANGS = langs.map((l) => ({
  code: l.code,
  name: l.name,
  rtl: RTL.has(l.code),
  // English builtin names work in every language beside the localized ones.
  words: { keywords: l.keywords, builtins: l.builtins, defs: l.defs },
}));

/* ---- the examples gallery ---- */
// web/examples/NN_id.ml; the first comment line is its title. Its language
// is detected by the compiler (the gallery translates it on demand).
const EXAMPLES = readdirSync(path.join(WEB, 'examples'))
  .filter((f) => f.endsWith('.ml'))
  .sort()
  .map((f) => {
    const source = readFileSync(path.join(WEB, 'examples', f), 'utf8');
    const title = /^#\s*(.*)$/m.exec(source)?.[1] ?? f;
    const meta = /^#\s*(stdin|args):\s*(.*)$/gm;
    const ex = { id: f.replace(/^\d+_/, '').replace(/\.ml$/, ''), title, source, stdin: '', args: '' };
    for (let m; (m = meta.exec(source)); ) ex[m[1]] = m[2].replace(/\\n/g, '\n');
    return ex;
  });

const generated = {
  name: 'generated',
  setup(b) {
    b.onResolve({ filter: /^ml:generated$/ }, () => ({ path: 'generated', namespace: 'ml' }));
    b.onLoad({ filter: /.*/, namespace: 'ml' }, () => ({
      contents: `export const LANGS = ${JSON.stringify(LANGS)};\nexport const ENGLISH_BUILTINS = ${JSON.stringify(englishBuiltins)};\nexport const EXAMPLES = ${JSON.stringify(EXAMPLES)};\n`,
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: {
    app: path.join(WEB, 'src', 'main.js'),
    compiler_worker: path.join(WEB, 'src', 'compiler_worker.js'),
    run_worker: path.join(WEB, 'src', 'run_worker.js'),
    embed: path.join(WEB, 'src', 'embed.js'),
  },
  outdir: out,
  bundle: true,
  format: 'esm',
  minify: true,
  target: ['chrome100', 'firefox100', 'safari15'],
  // wabt.js is loaded by the worker as ./wabt.mjs (written below), never
  // through compiler.mjs's import('wabt'); node:fs only in Node (the core's
  // .wasm read from disk), behind a check a page never passes.
  external: ['wabt', 'node:*'],
  plugins: [generated],
  legalComments: 'none',
  logLevel: 'warning',
});

/* ---- the compiler core and wabt.js ---- */
copyFileSync(core, path.join(out, 'multilingual_core.mjs'));
copyFileSync(core.replace(/\.mjs$/, '.wasm'), path.join(out, 'multilingual_core.wasm'));
copyFileSync(data, path.join(out, 'multilingual_data.bin'));
writeWabt(out);

for (const f of ['index.html', 'style.css', 'embed.html']) copyFileSync(path.join(WEB, f), path.join(out, f));
// The examples as files too (embed.html's <ml-playground src=...>).
mkdirSync(path.join(out, 'examples'), { recursive: true });
for (const f of readdirSync(path.join(WEB, 'examples'))) copyFileSync(path.join(WEB, 'examples', f), path.join(out, 'examples', f));
console.log(`web/build.mjs: ${out} (${LANGS.length} languages, ${EXAMPLES.length} examples)`);

// wabt.js (an Emscripten SINGLE_FILE build) as an ES module. Its binary,
// embedded as a string, becomes wabt.wasm, and the module instantiates it
// with instantiateStreaming from that file (Emscripten's instantiateWasm hook).
function writeWabt(dir) {
  const require = createRequire(import.meta.url);
  let js = readFileSync(require.resolve('wabt'), 'utf8');
  const head = "function findWasmBinary(){return binaryDecode('";
  const at = js.indexOf(head);
  const end = at < 0 ? -1 : js.indexOf("')}", at + head.length);
  if (at < 0 || end < 0) {
    // Another layout of wabt.js: ship it whole.
    writeFileSync(path.join(dir, 'wabt.mjs'), `${js}\nexport default WabtModule;\n`);
    return;
  }
  const literal = js.slice(at + head.length, end);
  const bytes = binaryDecode(Function(`return '${literal}'`)());
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) throw new Error('wabt.js: no wasm found');
  writeFileSync(path.join(dir, 'wabt.wasm'), bytes);
  shrinkWabt(path.join(dir, 'wabt.wasm'), js);
  js = `${js.slice(0, at)}function findWasmBinary(){return ''}${js.slice(end + 3)}`;
  const loader = `
const wasmUrl = new URL('./wabt.wasm', import.meta.url);
export default (options = {}) => new Promise((resolve, reject) => {
  WabtModule({
    instantiateWasm(imports, done) {
      // Streaming needs the host to send application/wasm; else, bytes.
      WebAssembly.instantiateStreaming(fetch(wasmUrl), imports)
        .catch(() => fetch(wasmUrl).then((r) => r.arrayBuffer()).then((b) => WebAssembly.instantiate(b, imports)))
        .then((r) => done(r.instance, r.module), reject);
      return {};
    },
    ...options,
  }).then(resolve, reject);
});
`;
  writeFileSync(path.join(dir, 'wabt.mjs'), js + loader);
}

function shrinkWabt(file, js) {
  const tool = (name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0;
  if (!tool('wasm-metadce') || !tool('wasm-opt')) {
    console.log('web/build.mjs: binaryen not found, wabt.wasm kept whole');
    return;
  }
  // Module["_wabt_parse_wat"]=wasmExports["V"]: the JS names of the exports.
  const exportOf = new Map([...js.matchAll(/Module\["_wabt_(\w+)"\]=wasmExports\["([^"]+)"\]/g)].map((m) => [m[1], m[2]]));
  const dropped = new Set(WABT_UNUSED.map((n) => exportOf.get(n)).filter(Boolean));
  const listing = spawnSync('wasm-objdump', ['-x', '-j', 'Export', file], { encoding: 'utf8' });
  const names = listing.status === 0 ? [...listing.stdout.matchAll(/-> "([^"]+)"/g)].map((m) => m[1]) : [];
  if (!names.length || dropped.size !== WABT_UNUSED.length) {
    console.log('web/build.mjs: wabt.js has another layout, wabt.wasm kept whole');
    return;
  }
  const graph = names.filter((n) => !dropped.has(n)).map((n) => ({ name: `export_${n}`, export: n, root: true }));
  const graphFile = `${file}.graph.json`;
  writeFileSync(graphFile, JSON.stringify(graph));
  const run = (cmd, argv) => {
    const r = spawnSync(cmd, argv, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed:\n${r.stderr}`);
  };
  // The features wabt.js's module uses, no others (a browser rejects the rest).
  const features = ['--enable-bulk-memory', '--enable-sign-ext', '--enable-mutable-globals', '--enable-nontrapping-float-to-int'];
  run('wasm-metadce', [...features, file, '--graph-file', graphFile, '-o', `${file}.tmp`]);
  run('wasm-opt', ['-Oz', ...features, `${file}.tmp`, '-o', file]);
  rmSync(`${file}.tmp`);
  rmSync(graphFile);
}

// wabt.js's own binaryDecode: one byte per char code (~c >> 8 & c maps the
// few bytes it stores as other code points back).
function binaryDecode(s) {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = (~c >> 8) & c;
  }
  return out;
}
