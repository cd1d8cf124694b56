// `import re` against CPython on seeded random cases: patterns drawn from a
// grammar of the syntax re offers (literals, ., classes with ranges,
// negation and escapes, \d \w \s \b \B \A \Z ^ $, groups plain, named,
// non-capturing and atomic, alternation, greedy, lazy and possessive
// quantifiers with {m,n}, backreferences \1 and (?P=name), lookahead and
// lookbehind, conditionals (?(1)..|..), inline and scoped flags), now and
// then broken (a stray paren or quantifier, a bad escape, an open class)
// so that re.error's messages and positions are compared too; subjects are
// short random strings over a small alphabet (with a newline, a space, a
// digit, an underscore and accented letters). Each case runs one of
// match, search, fullmatch, findall, finditer, sub/subn (template and
// function), split (with maxsplit), under random flags (I M S X A).
// One generated program reads every case from stdin and prints one line
// per case; it runs once as a module (one wasm run) and once under
// python3 (one process), and the lines must be equal.
// ML_FUZZ_SEED and ML_FUZZ_CASES choose the cases as in tests/fuzz.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, rng, runPython, runWasm, tempDir } from './helpers/common.mjs';

const SEED = Number(process.env.ML_FUZZ_SEED || 20261203);
const CASES = Number(process.env.ML_FUZZ_CASES || 4000);

const PROGRAM = `import re


def dec(line):
    if line == "":
        return ""
    return "".join([chr(int(x)) for x in line.split(",")])


def show_match(m):
    if m is None:
        return "None"
    return repr((m.span(), m.groups(), m.lastindex, m.lastgroup, m.group(0), m.groupdict()))


def replace_fn(m):
    return "<" + str(m.start()) + ((m.group(1) or "-") if m.re.groups else "") + ">"


def run(op, p, s, flags):
    try:
        if op == "match":
            r = show_match(re.match(p, s, flags))
        elif op == "search":
            r = show_match(re.search(p, s, flags))
        elif op == "fullmatch":
            r = show_match(re.fullmatch(p, s, flags))
        elif op == "findall":
            r = repr(re.findall(p, s, flags))
        elif op == "finditer":
            r = repr([(m.span(), m.groups(), m.lastindex) for m in re.finditer(p, s, flags)])
        elif op == "sub":
            r = repr(re.subn(p, "<\\\\g<0>>", s, 0, flags))
        elif op == "subg":
            r = repr(re.sub(p, "[\\\\1|\\\\g<1>]", s, 2, flags))
        elif op == "subf":
            r = repr(re.sub(p, replace_fn, s, 0, flags))
        elif op == "split":
            r = repr(re.split(p, s, 0, flags))
        elif op == "splitn":
            r = repr(re.split(p, s, 2, flags))
        elif op == "pos":
            c = re.compile(p, flags)
            r = show_match(c.search(s, 1, len(s) - 1)) + " " + repr(c.findall(s, 1)) + " " + show_match(c.match(s, 2))
        else:
            r = "?"
    except re.error as e:
        r = "error: " + str(e)
    except (OverflowError, IndexError, ValueError, TypeError, SystemError) as e:
        r = type(e).__name__ + ": " + str(e)
    print(r)


n = int(input())
for i in range(n):
    op = input()
    flags = int(input())
    p = dec(input())
    s = dec(input())
    run(op, p, s, flags)
`;

const OPS = ['match', 'search', 'search', 'fullmatch', 'findall', 'findall', 'finditer', 'sub', 'subg', 'subf', 'split', 'splitn', 'pos'];
const SUBJECT = 'aaaabbbbccAB1_ \n\u00e9\u00c9';

function generator(rand) {
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  let groups = 0, names = 0, closed = [], closedNames = [];
  const lit = () => pick(['a', 'a', 'b', 'b', 'c', 'A', 'B', '1', '_', ' ', '\\n', '\u00e9', '\\.', '\\-']);
  const cls = () => {
    const items = [];
    for (let k = int(1, 3); k > 0; k--)
      items.push(pick(['a', 'b', 'c', 'a-c', 'A-Z', '\\d', '\\w', '\\s', '\\W', '_', '-', '^', ']', '\u00e9']));
    const neg = rand() < 0.3 ? '^' : '';
    let body = items.join('');
    if (body.startsWith(']') || body.startsWith('^')) body = '\\' + body; // keep it a member
    return `[${neg}${body}]`;
  };
  const quant = () => {
    const q = pick(['*', '+', '?', '{2}', '{1,3}', '{0,2}', '{2,}', '{,2}', '*', '+']);
    const mode = rand();
    return q + (mode < 0.25 ? '?' : mode < 0.35 ? '+' : '');
  };
  function atom(depth) {
    const r = rand();
    if (r < 0.3) return lit();
    if (r < 0.38) return '.';
    if (r < 0.48) return cls();
    if (r < 0.56) return pick(['\\d', '\\w', '\\s', '\\W', '\\D', '\\S']);
    if (r < 0.62) return pick(['^', '$', '\\b', '\\B', '\\A', '\\Z']);
    if (depth > 2) return lit();
    if (r < 0.72) {
      const g = ++groups;
      const body = alt(depth + 1);
      closed.push(g);
      return `(${body})`;
    }
    if (r < 0.77) {
      const g = ++groups, n = ++names;
      const body = alt(depth + 1);
      closed.push(g), closedNames.push(n);
      return `(?P<n${n}>${body})`;
    }
    if (r < 0.81) return `(?:${alt(depth + 1)})`;
    if (r < 0.83) return `(?>${alt(depth + 1)})`;
    if (r < 0.86) return `(?${pick(['=', '!'])}${alt(depth + 1)})`;
    if (r < 0.89) return `(?${pick(['<=', '<!'])}${pick(['a', 'b', 'ab', '\\w', '[ab]c', 'a|b', '\\b', '(a)', 'a{2}', rand() < 0.2 ? 'a*' : 'b'])})`;
    if (r < 0.93 && closed.length) // mostly groups already closed: an open one is an error
      return rand() < 0.05 ? `\\${int(1, groups)}` : closedNames.length && rand() < 0.4 ? `(?P=n${pick(closedNames)})` : `\\${pick(closed)}`;
    if (r < 0.96 && groups) return `(?(${int(1, groups)})${seq(depth + 1)}${rand() < 0.7 ? '|' + seq(depth + 1) : ''})`;
    return `(?${pick(['i', 'm', 's', 'x', 'a', '-i', 'i-s'])}:${alt(depth + 1)})`;
  }
  function piece(depth) {
    const a = atom(depth);
    const anchor = /^(\^|\$|\\[bBAZ])$/.test(a); // "nothing to repeat": rare, kept for breakIt
    if (!(rand() < 0.3 && (!anchor || rand() < 0.05))) return a;
    // an unbounded repeat of something holding one backtracks
    // exponentially, in CPython as here: such a group gets a bounded one
    if (a.length > 1 && /[*+]|\{\d*,\}/.test(a)) return a + pick(['?', '{0,2}', '{2}', '{1,2}']) + pick(['', '', '?', '+']);
    return a + quant();
  }
  function seq(depth) {
    let s = '';
    for (let k = int(depth ? 0 : 1, 3); k > 0; k--) s += piece(depth);
    return s;
  }
  function alt(depth) {
    let s = seq(depth);
    while (rand() < 0.25) s += '|' + seq(depth);
    return s;
  }
  function breakIt(p) {
    const kind = int(0, 9);
    const at = int(0, p.length);
    const ins = ['(', ')', '*', '+', '?', '{1,0}', '[', '[b-a]', '\\q', '(?P<1>a)', '(?<x)', '\\9', '(?P=zz)', '(?z)', '\\x4', '(?i', '(?#c', '(?(z)a)', '|*', '(?<=a+)', 'a{99999999999}'];
    if (kind < 8) return p.slice(0, at) + pick(ins) + p.slice(at);
    return p.slice(0, at);
  }
  return () => {
    groups = 0, names = 0, closed = [], closedNames = [];
    let p = alt(0);
    if (rand() < 0.05) p = pick(['(?i)', '(?m)', '(?s)', '(?x)', '(?a)']) + p;
    if (rand() < 0.08) p = breakIt(p);
    let s = '';
    for (let k = int(0, 10); k > 0; k--) s += pick([...SUBJECT]);
    let flags = 0;
    if (rand() < 0.3) flags = pick([2, 8, 16, 64, 256, 2 | 8, 2 | 256, 16 | 8]);
    let op = pick(OPS);
    if (op === 'subg' && !groups && rand() < 0.9) op = 'sub'; // else "invalid group reference 1" mostly
    return { op, flags, p, s };
  };
}

const enc = (s) => [...s].map((c) => c.codePointAt(0)).join(',');

test(`re through the compiler matches CPython (${CASES} random cases, seed ${SEED})`, () => {
  const dir = tempDir();
  const src = path.join(dir, 're_fuzz.ml');
  writeFileSync(src, PROGRAM);
  const next = generator(rng(SEED));
  const cases = Array.from({ length: CASES }, next);
  const input = `${cases.length}\n` + cases.map((c) => `${c.op}\n${c.flags}\n${enc(c.p)}\n${enc(c.s)}\n`).join('');
  const out = path.join(dir, 'out');
  const b = cli(['build-wasm-bundle', src, '--out-dir', out]);
  assert.equal(b.status, 0, b.stderr);
  const run = runWasm(path.join(out, 'module.wasm'), { input });
  const py = runPython(src, { input });
  assert.equal(py.status, 0, py.stderr);
  const ours = run.stdout.split('\n'), theirs = py.stdout.split('\n');
  const bad = [];
  for (let i = 0; i < cases.length; i++)
    if (ours[i] !== theirs[i]) {
      const c = cases[i];
      bad.push(`${c.op} flags=${c.flags} ${JSON.stringify(c.p)} on ${JSON.stringify(c.s)}\n  ours:    ${ours[i]}\n  CPython: ${theirs[i]}`);
    }
  assert.equal(run.status, 0, run.stderr);
  assert.equal(theirs.length, cases.length + 1, 'one line per case');
  const errors = theirs.filter((l) => l.startsWith('error:')).length;
  const matched = theirs.filter((l) => l !== 'None' && l !== '[]' && !l.startsWith('error:')).length;
  console.log(`# ${cases.length} cases: ${matched} with a match or a result, ${errors} re.error`);
  if (process.env.ML_RE_DUMP) writeFileSync(process.env.ML_RE_DUMP, cases.map((c, i) => `${c.op} ${c.flags} ${JSON.stringify(c.p)} ${JSON.stringify(c.s)} -> ${theirs[i]}`).join('\n') + '\n');
  assert.equal(bad.length, 0, `${bad.length} of ${cases.length} cases differ:\n${bad.slice(0, 25).join('\n')}`);
});
