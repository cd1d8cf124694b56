// Lays out the npm package in build/npm, or the folder given as argument
// (then `npm pack` there; `make npm-pack` does both): the files package.json lists, the package README
// (npm/README.md, which has no links into the repository). The package has
// no dependencies.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.resolve(process.argv[2] ?? path.join(ROOT, 'build', 'npm'));
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

const need = ['build/web/multilingual_core.mjs', 'build/web/multilingual_core.wasm', 'build/web/multilingual_cli.mjs', 'build/gen/ml_tables.mjs'];
for (const f of need) {
  if (!existsSync(path.join(ROOT, f))) {
    console.error(`${f} is missing: run make web first`);
    process.exit(1);
  }
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const exclude = pkg.files.filter((f) => f.startsWith('!')).map((f) => f.slice(1));
// the "!dir/*.ext" patterns of "files" ('*' within one folder)
const globRe = (g) => new RegExp(`^${g.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
const excluded = (rel) => exclude.some((pattern) => globRe(pattern).test(rel));
for (const entry of pkg.files.filter((f) => !f.startsWith('!'))) {
  const rel = entry.replace(/\/$/, '');
  if (rel === 'README.md') continue;
  cpSync(path.join(ROOT, rel), path.join(OUT, rel), {
    recursive: true,
    filter: (src) => !excluded(path.relative(ROOT, src)),
  });
}
cpSync(path.join(ROOT, 'npm', 'README.md'), path.join(OUT, 'README.md'));

// The package.json users get: no development dependencies or scripts.
const { devDependencies, scripts, ...published } = pkg;
void devDependencies, void scripts;
writeFileSync(path.join(OUT, 'package.json'), JSON.stringify(published, null, 2) + '\n');

console.log(`npm package laid out in ${OUT}: npm pack there`);
