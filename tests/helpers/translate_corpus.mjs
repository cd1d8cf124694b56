// Every corpus program (one shard of them: the k-th of n, by position)
// translated into all 17 languages compiles to the same module as the
// source; a translation that renames names the target reserves is the
// same program: translated back, the same module, and the same output.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, corpusCases, sameCode, tempDir } from './common.mjs';

const LANGS = 'en fr es de hi ar bn ta zh ja it pt pl nl sv da fi'.split(' ');

export function translateCorpus(shard, shards) {
  let translated = 0, renamed = 0;
  for (const c of corpusCases().filter((_, k) => k % shards === shard)) {
    const base = tempDir();
    const orig = cli(['build-wasm-bundle', c.file, '--out-dir', base]);
    if (orig.status !== 0) continue;
    const wasm = readFileSync(path.join(base, 'module.wasm'));
    const lang = readFileSync(path.join(base, 'build_graph.json'), 'utf8').match(/"language": "(\w+)"/)[1];
    for (const to of LANGS) {
      const t = cli(['translate', c.file, '--lang', lang, '--to', to]);
      // No refusal: a name the target reserves is renamed, with a notice.
      assert.equal(t.status, 0, `${c.id} -> ${to}: ${t.stderr}`);
      const notices = t.stderr.split('\n').filter((l) => l.includes(': renamed '));
      for (const n of notices) assert.match(n, /: renamed '[^']+' to '[^']+_' \((a keyword|the builtin '\w+') in .+\)$/, n);
      const dir = tempDir();
      const file = path.join(dir, `prog_${to}.ml`);
      writeFileSync(file, t.stdout);
      const r = cli(['build-wasm-bundle', file, '--lang', to, '--out-dir', path.join(dir, 'out')]);
      assert.equal(r.status, 0, `${c.id} -> ${to} does not compile:\n${r.stderr}\n${t.stdout}`);
      const module = readFileSync(path.join(dir, 'out', 'module.wasm'));
      if (notices.length === 0) {
        const diff = sameCode(module, wasm);
        assert.equal(diff, null, `${c.id} -> ${to}: module differs (${diff})`);
      } else {
        // A renamed name is text in the module (NameError messages), which
        // moves the data the code points to. The translation is the source
        // program with the renames: translated back, it compiles to the
        // same code; and it prints what the source program prints.
        const back = cli(['translate', file, '--lang', to, '--to', lang]);
        assert.equal(back.status, 0, `${c.id} -> ${to} -> ${lang}: ${back.stderr}`);
        const backFile = path.join(dir, `back_${lang}.ml`);
        writeFileSync(backFile, back.stdout);
        const b = cli(['build-wasm-bundle', backFile, '--lang', lang, '--out-dir', path.join(dir, 'back')]);
        assert.equal(b.status, 0, b.stderr);
        const diff = sameCode(readFileSync(path.join(dir, 'back', 'module.wasm')), module);
        assert.equal(diff, null, `${c.id} -> ${to} -> ${lang}: module differs (${diff})`);
        if (c.out !== null && c.err === null) {
          // (messages that quote a renamed name quote its new name)
          let expected = c.out;
          for (const n of notices) {
            const [, from, into] = n.match(/renamed '([^']+)' to '([^']+)'/);
            expected = expected.replaceAll(`'${from}'`, `'${into}'`);
          }
          const run = cli(['run', file, '--lang', to, '--', ...c.args], { input: c.input });
          assert.equal(run.stdout, expected, `${c.id} -> ${to}: output differs`);
        }
        renamed++;
      }
      translated++;
    }
  }
  assert.ok(translated >= (17 * 50) / shards && renamed > 0, `translated ${translated}, renamed ${renamed}`);
  return { translated, renamed };
}

