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
// - embed.js: the <ml-playground> element (embed.html shows it);
// - index.html, style.css, embed.html, examples/.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
// emptied first: no file of an earlier build stays in the site
rmSync(out, { recursive: true, force: true });
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
  // node:fs only in Node (the core's .wasm read from disk), behind a check a
  // page never passes.
  external: ['node:*'],
  plugins: [generated],
  legalComments: 'none',
  logLevel: 'warning',
});

/* ---- the compiler core ---- */
copyFileSync(core, path.join(out, 'multilingual_core.mjs'));
copyFileSync(core.replace(/\.mjs$/, '.wasm'), path.join(out, 'multilingual_core.wasm'));
copyFileSync(data, path.join(out, 'multilingual_data.bin'));

for (const f of ['index.html', 'style.css', 'embed.html']) copyFileSync(path.join(WEB, f), path.join(out, f));
// The examples as files too (embed.html's <ml-playground src=...>).
mkdirSync(path.join(out, 'examples'), { recursive: true });
for (const f of readdirSync(path.join(WEB, 'examples'))) copyFileSync(path.join(WEB, 'examples', f), path.join(out, 'examples', f));
console.log(`web/build.mjs: ${out} (${LANGS.length} languages, ${EXAMPLES.length} examples)`);
