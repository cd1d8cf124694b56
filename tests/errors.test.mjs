// The golden corpus of compile errors (tests/errors/, see its README.md):
// every case is a command of the CLI that must fail, and its .expected file
// is the whole transcript: the command, everything it printed to stderr
// (file:line:col: error: message, the source line, the caret), and its exit
// status. The native CLI and the npm bin (the Emscripten build) must both
// print exactly that.
//
// After a deliberate change of messages, regenerate the expectations with
//   node tests/errors.test.mjs --rebase
// and read the diff before committing it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, ROOT } from './helpers/common.mjs';

const DIR = path.join(ROOT, 'tests', 'errors');
const BIN = path.join(ROOT, 'bin', 'multilingual.mjs');
const CORE = path.join(ROOT, 'build', 'web', 'multilingual_core.mjs');
const REBASE = process.argv.includes('--rebase');

// A case is a .ml file (run as `check FILE` unless a .args file beside it
// gives the arguments), or a .args file alone (usage errors need no source).
// Paths are relative to tests/errors, which is the working directory.
function cases() {
  const found = [];
  for (const group of readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const names = new Set(readdirSync(path.join(DIR, group))
      .filter((f) => f.endsWith('.ml') || f.endsWith('.args'))
      .map((f) => f.replace(/\.(ml|args)$/, '')));
    for (const name of [...names].sort()) {
      const base = `${group}/${name}`;
      const file = existsSync(path.join(DIR, `${base}.ml`)) ? `${base}.ml` : null;
      const argsFile = path.join(DIR, `${base}.args`);
      // {file} stands for the case's .ml file.
      const args = existsSync(argsFile)
        ? readFileSync(argsFile, 'utf8').trim().split(/\s+/).filter(Boolean).map((a) => (a === '{file}' ? file : a))
        : ['check', file];
      found.push({ id: base, args, expected: path.join(DIR, `${base}.expected`) });
    }
  }
  return found;
}

function run(cmd, args) {
  const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], { cwd: DIR, maxBuffer: 16 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The transcript, as bytes: the diagnostics must be valid UTF-8 and are
// compared byte for byte.
function transcript(c, r) {
  const parts = [Buffer.from(`$ ${['multilingual', ...c.args].join(' ')}\n`), r.stderr];
  if (r.stdout.length) parts.push(Buffer.from('--- stdout\n'), r.stdout);
  parts.push(Buffer.from(`[exit ${r.status}]\n`));
  return Buffer.concat(parts);
}

const all = cases();

test('the error corpus covers every stage, in several languages and scripts', () => {
  assert.ok(all.length >= 40, `${all.length} cases`);
  const groups = new Set(all.map((c) => c.id.split('/')[0]));
  for (const g of ['source', 'lexer', 'parser', 'sema', 'usage', 'cli']) assert.ok(groups.has(g), `no ${g}/ cases`);
  // No expectation without its case (a renamed case leaves one behind).
  for (const group of groups) {
    for (const f of readdirSync(path.join(DIR, group)).filter((f) => f.endsWith('.expected'))) {
      const id = `${group}/${f.slice(0, -'.expected'.length)}`;
      if (all.some((c) => c.id === id)) continue;
      if (REBASE) rmSync(path.join(DIR, group, f));
      else assert.fail(`${id}.expected has no case (.ml or .args)`);
    }
  }
});

for (const c of all) {
  test(`error ${c.id}`, () => {
    const r = run([CLI], c.args);
    assert.ok(r.status === 1 || r.status === 2, `${c.id}: an error case must fail with 1 or 2, got ${r.status}`);
    // a failing build writes nothing (cli/build_unsupported names this out dir)
    assert.ok(!existsSync(path.join(DIR, 'cli', 'never-written')), `${c.id}: a failing command wrote cli/never-written`);
    assert.equal(r.stdout.length, 0, `${c.id}: nothing on stdout when a command fails`);
    assert.ok(Buffer.from(r.stderr.toString('utf8'), 'utf8').equals(r.stderr), `${c.id}: stderr is not valid UTF-8`);
    const got = transcript(c, r);
    if (REBASE) {
      writeFileSync(c.expected, got);
      return;
    }
    assert.ok(existsSync(c.expected), `${c.id}: no ${path.relative(ROOT, c.expected)}: run node tests/errors.test.mjs --rebase`);
    assert.equal(got.toString('utf8'), readFileSync(c.expected, 'utf8'), c.id);
  });
}

// The npm bin runs the same C code built with Emscripten behind its own
// argument parsing and printing: it must say exactly the same.
test('the npm bin prints the same transcripts', { skip: REBASE || (existsSync(CORE) ? false : 'run `make web`') }, () => {
  for (const c of all) {
    const r = run([process.execPath, '--no-warnings', BIN], c.args);
    assert.equal(transcript(c, r).toString('utf8'), readFileSync(c.expected, 'utf8'), `npm bin: ${c.id}`);
  }
});
