// What a module is made of, byte by byte: hello world's module.wasm (or the
// module of FILE.ml) broken down by section, the code section by function
// (names from module.wat: the binary has no name section; wabt numbers the
// functions in the text's order, imports first) and the data section by
// segment. Issue 11's target: hello world at most 1 KB.
// Usage: node bench/module_size.mjs [FILE.ml] [--all]   (--all: every function)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'build', 'multilingual');
const args = process.argv.slice(2);
const all = args.includes('--all');
const dir = mkdtempSync(path.join(tmpdir(), 'ml-size-'));
let src = args.find((a) => !a.startsWith('--'));
if (!src) {
  src = path.join(dir, 'hello.ml');
  writeFileSync(src, 'print("Hello, world!")\n');
}
const out = path.join(dir, 'out');
const r = spawnSync(cli, ['build-wasm-bundle', src, '--out-dir', out], { encoding: 'utf8' });
if (r.status !== 0) {
  console.error(r.stderr);
  process.exit(1);
}
const bin = readFileSync(path.join(out, 'module.wasm'));
const wat = readFileSync(path.join(out, 'module.wat'), 'utf8');

// Function names in index order: imported functions, then defined ones.
const imported = [...wat.matchAll(/\(import "[^"]*" "[^"]*" \(func \$(\S+)/g)].map((m) => m[1]);
const defined = [...wat.matchAll(/^\s*\(func \$([^\s)]+)/gm)].map((m) => m[1]);

let pos = 0;
function leb() {
  let result = 0, shift = 0, b;
  do {
    b = bin[pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return result;
}
const NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start',
  'element', 'code', 'data', 'datacount'];
const sections = [];
let codeFuncs = [], dataSegs = [];
pos = 8; // magic and version
while (pos < bin.length) {
  const start = pos, id = bin[pos++], size = leb(), body = pos;
  const s = { id, name: NAMES[id] ?? `id ${id}`, bytes: body + size - start, header: body - start };
  if (id === 0) {
    const n = leb();
    s.name = `custom "${bin.subarray(pos, pos + n).toString()}"`;
  } else if (id === 10) {
    const count = leb();
    s.count = count;
    for (let i = 0; i < count; i++) {
      const fstart = pos, fsize = leb();
      pos += fsize;
      codeFuncs.push({ index: imported.length + i, name: defined[i] ?? `func[${imported.length + i}]`,
        bytes: pos - fstart });
    }
  } else if (id === 11) {
    const count = leb();
    s.count = count;
    for (let i = 0; i < count; i++) {
      const sstart = pos, flags = leb();
      let offset = null;
      if (flags === 0 || flags === 2) {
        if (flags === 2) leb();
        if (bin[pos] === 0x41) { // i32.const offset end
          pos++;
          offset = leb();
          pos++;
        }
      }
      const n = leb();
      const bytes = bin.subarray(pos, pos + n);
      pos += n;
      dataSegs.push({ offset, size: n, bytes: pos - sstart, preview: preview(bytes) });
    }
  } else if ([1, 2, 3, 6, 7].includes(id)) {
    s.count = leb();
  }
  pos = body + size;
  sections.push(s);
}

function preview(bytes) {
  let t = '';
  for (const b of bytes.subarray(0, 40)) t += b >= 32 && b < 127 ? String.fromCharCode(b) : '.';
  return t + (bytes.length > 40 ? '...' : '');
}

console.log(`${path.basename(src)}: module.wasm ${bin.length} bytes (target for hello world: ≤ 1,024)\n`);
console.log('| section | bytes | of which header | items |');
console.log('|---|--:|--:|--:|');
console.log('| magic + version | 8 | | |');
for (const s of sections)
  console.log(`| ${s.name} | ${s.bytes} | ${s.header} | ${s.count ?? ''} |`);

// Where each function comes from: the runtime object (build/runtime/*.o)
// defining it, by llvm-nm; generated code; else wasi-libc.
const origin = new Map();
const nm = spawnSync('sh', ['-c', `llvm-nm --defined-only ${path.join(root, 'build', 'runtime')}/*.o`],
  { encoding: 'utf8' });
let obj = null;
for (const line of (nm.stdout ?? '').split('\n')) {
  const o = /([^/\s]+\.o):$/.exec(line);
  if (o) obj = `src/runtime/${o[1].replace(/\.o$/, '.c')}`;
  // (the objects are LLVM bitcode, built for link-time optimization: no addresses)
  const m = /^(?:[0-9a-f]+|-+) [tT] (\S+)$/.exec(line);
  if (m && obj && !origin.has(m[1])) origin.set(m[1], obj);
}
codeFuncs.sort((a, b) => b.bytes - a.bytes);
const shown = all ? codeFuncs : codeFuncs.slice(0, 15);
const code = codeFuncs.reduce((a, f) => a + f.bytes, 0);
console.log(`\nCode section, ${codeFuncs.length} functions, ${code} bytes of bodies` +
  `${all ? '' : ' (the 15 largest)'}:\n`);
console.log('| function | defined in | bytes | share of module |');
console.log('|---|---|--:|--:|');
for (const f of shown)
  console.log(`| ${f.name} | ${origin.get(f.name) ?? ''} | ${f.bytes} | ${(100 * f.bytes / bin.length).toFixed(1)}% |`);
if (!all && codeFuncs.length > 15) {
  const rest = codeFuncs.slice(15);
  console.log(`| ${rest.length} others | | ${rest.reduce((a, f) => a + f.bytes, 0)} | |`);
}
const fam = new Map();
for (const f of codeFuncs) {
  const k = /^(f_|__ml|_start|__main|__export)/.test(f.name) ? 'generated (the program, _start, exports)'
    : origin.get(f.name) ?? (f.name.startsWith('rt_') ? 'runtime glue (rtlink)' : 'wasi-libc / other');
  fam.set(k, (fam.get(k) ?? [0, 0]));
  fam.get(k)[0] += f.bytes;
  fam.get(k)[1]++;
}
console.log('\n| code by origin | bytes | functions |\n|---|--:|--:|');
for (const [k, v] of [...fam].sort((a, b) => b[1][0] - a[1][0])) console.log(`| ${k} | ${v[0]} | ${v[1]} |`);

console.log(`\nData section, ${dataSegs.length} segments:\n`);
console.log('| address | bytes | content |');
console.log('|--:|--:|---|');
for (const d of dataSegs)
  console.log(`| ${d.offset ?? '(passive)'} | ${d.size} | \`${d.preview.replace(/[|`]/g, '.')}\` |`);
