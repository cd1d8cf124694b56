// The npm package's .d.ts files, checked by TypeScript (`tsc --noEmit`) over a
// typed use of the package (tests/npm_types/usage.ts), imported as a user
// imports it: 'multilingual', 'multilingual/host', 'multilingual/canvas'
// resolved through package.json's "exports". compile()'s manifest goes to
// instantiateModule() (it was rejected, TS2345); multilingual/canvas has types.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers/common.mjs';

const TSC = path.join(ROOT, 'node_modules', '.bin', 'tsc');
const DIR = path.join(ROOT, 'tests', 'npm_types');
const TABLES = path.join(ROOT, 'build', 'gen', 'ml_tables.d.mts');
const skip = !existsSync(TSC) ? 'typescript is not installed: run npm ci' : !existsSync(TABLES) ? 'run make' : false;

function tsc(project) {
  return spawnSync(process.execPath, [TSC, '--noEmit', '-p', project], { cwd: ROOT, encoding: 'utf8' });
}

test('the typed usage example type-checks against the package .d.ts files', { skip }, () => {
  const r = tsc(path.join(DIR, 'tsconfig.json'));
  assert.equal(r.status, 0, `tsc --noEmit:\n${r.stdout}${r.stderr}`);
});

test('the check is real: misuses of the API are type errors', { skip }, () => {
  // A project beside the example (same resolution of 'multilingual'), with
  // one misuse per line; each must be reported.
  const name = `misuse_${process.pid}`;
  const file = path.join(DIR, `${name}.ts`);
  const config = path.join(DIR, `${name}.json`);
  const misuses = [
    "import { compile, run, translate } from 'multilingual';",
    "import { drawPoints } from 'multilingual/canvas';",
    'export async function f(c: HTMLCanvasElement) {',
    '  await compile(42);',
    "  await run('x', { timeout: '1s' });",
    "  await translate('x', { lang: 'en' });",
    "  drawPoints(c, [[0, 0]], 'dots');",
    '}',
  ];
  try {
    writeFileSync(file, misuses.join('\n') + '\n');
    writeFileSync(config, JSON.stringify({ extends: './tsconfig.json', files: [`${name}.ts`] }));
    const r = tsc(config);
    assert.notEqual(r.status, 0);
    const lines = new Set([...r.stdout.matchAll(new RegExp(`${name}\\.ts\\((\\d+),`, 'g'))].map((m) => Number(m[1])));
    assert.deepEqual([...lines].sort((a, b) => a - b), [4, 5, 6, 7], r.stdout);
  } finally {
    for (const f of [file, config]) rmSync(f, { force: true });
  }
});
