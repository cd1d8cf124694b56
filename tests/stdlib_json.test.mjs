// `import json` through the whole compiler, against CPython: one generated
// program dumps thousands of seeded random nested values (ints small and
// big, floats with nan and infinities, strings with quotes, backslashes,
// control characters, non-ASCII and non-BMP characters, lists, tuples,
// dicts with keys of every kind, sets for `default`) with random options
// (skipkeys, ensure_ascii, check_circular, allow_nan, indent as an int or
// a str, separators, default, sort_keys), and loads thousands of random
// JSON texts -- valid ones written with random whitespace, escapes,
// exponents, NaN/Infinity, big ints, and the same texts mutated (a
// character deleted, inserted, replaced, the text truncated or doubled),
// most of them invalid. Each case prints its result (ascii() of it) or
// its exception (type, message, and a JSONDecodeError's msg, pos, lineno,
// colno). The module's output must equal python3 running the same
// program, line for line. One compile, one wasm run and one python run for
// the whole batch. ML_FUZZ_SEED and ML_FUZZ_CASES choose the cases as in
// tests/fuzz.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, ourAndCPythonLines, rng, runPython, runWasm, tempDir } from './helpers/common.mjs';

const SEED = Number(process.env.ML_FUZZ_SEED || 20261203);
const CASES = Number(process.env.ML_FUZZ_CASES || 3000);

const PRELUDE = `import json


def D(f):
    try:
        print(ascii(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
    except (TypeError, ValueError, RecursionError) as e:
        print(type(e).__name__ + ":", e)


def L(s):
    try:
        print(ascii(json.loads(s)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", ascii(e.msg), e.pos, e.lineno, e.colno, e.doc == s)
    except (TypeError, ValueError, RecursionError) as e:
        print(type(e).__name__ + ":", e)


`;

// ---- Python source of random values ----

const CHARS = ['a', 'b', 'z', ' ', '"', '\\', '/', '\n', '\t', '\r', '\b', '\f', '\x00', '\x01', '\x1f', '\x7f',
  '\u00e9', '\u20ac', '\u2028', '\uffff', '\u{1f600}', '\u{10ffff}', '0', '{', '}', '[', ']', ':', ','];

// a Python str literal of s, ASCII only (escapes for the rest)
function pyStr(s) {
  let out = "'";
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === "'" || ch === '\\') out += '\\' + ch;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + "'";
}

function makeValues(rand) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const str = () => Array.from({ length: int(0, 6) }, () => (rand() < 0.6 ? pick(['a', 'k', 'x', 'y']) : pick(CHARS))).join('');
  const float = () => {
    const r = rand();
    if (r < 0.05) return pick(["float('nan')", "float('inf')", "-float('inf')", '-0.0', '0.0', '1e300', '5e-324', '1e16', '1e22']);
    if (r < 0.5) return String(int(-1000, 1000) / pick([1, 4, 10, 3, 7]) + (rand() < 0.5 ? 0.5 : 0.25));
    const v = (rand() - 0.5) * 10 ** int(-30, 30);
    return String(v);
  };
  const scalar = (opts) => {
    const r = rand();
    if (r < 0.25) return String(int(-300, 300));
    if (r < 0.30) return `${pick(['', '-'])}10**${int(17, 40)} + ${int(0, 9)}`;
    if (r < 0.50) return float();
    if (r < 0.75) return pyStr(str());
    if (r < 0.82) return pick(['None', 'True', 'False']);
    if (r < 0.84 && opts.sets) return `{${int(0, 5)}, ${int(0, 5)}}`;
    if (r < 0.845) return pick(['{1, 2}', "b'x'", 'range(2)']); // not serializable without default
    return pyStr(str());
  };
  const key = (kind) => {
    switch (kind) {
      case 's': return pyStr(str());
      case 'i': return rand() < 0.9 ? String(int(-50, 50)) : `10**${int(18, 25)}`;
      case 'f': return float();
      default: return pick([pyStr(str()), String(int(-9, 9)), float(), 'None', 'True', 'False', ...(rand() < 0.1 ? ['(1, 2)', "b'k'"] : [])]);
    }
  };
  const value = (depth, opts) => {
    const r = rand();
    if (depth > 3 || r < 0.45) return scalar(opts);
    const n = int(0, 5);
    if (r < 0.65) return `[${Array.from({ length: n }, () => value(depth + 1, opts)).join(', ')}]`;
    if (r < 0.72) return `(${Array.from({ length: n }, () => value(depth + 1, opts)).join(', ')}${n === 1 ? ',' : ''})`;
    // a sort of keys of mixed types raises TypeError naming the first pair
    // compared, which depends on the sort algorithm (the runtime's merge
    // sort is not timsort) beyond two keys: mixed keys only then
    let kind = pick(['s', 's', 'i', 'f', 'm']);
    const k = opts.sort && kind === 'm' ? Math.min(n, 2) : n;
    if (opts.sort && kind === 'f') kind = 's'; // nan keys compare unordered
    const items = Array.from({ length: k }, () => `${key(kind)}: ${value(depth + 1, opts)}`);
    return `{${items.join(', ')}}`;
  };
  return { value, pick, int };
}

function dumpsCase(rand, g) {
  const { pick, int } = g;
  const opts = [];
  const o = { sort: rand() < 0.3, sets: rand() < 0.2 };
  if (o.sort) opts.push('sort_keys=True');
  if (o.sets) opts.push(`default=${pick(['sorted', 'list', 'repr'])}`);
  if (rand() < 0.2) opts.push(`skipkeys=${pick(['True', 'False', '1'])}`);
  if (rand() < 0.3) opts.push(`ensure_ascii=${pick(['False', 'True', '0'])}`);
  if (rand() < 0.15) opts.push(`allow_nan=${pick(['False', 'True'])}`);
  if (rand() < 0.1) opts.push('check_circular=False');
  if (rand() < 0.35) opts.push(`indent=${pick(['0', '1', '2', '4', '-1', 'None', "'\\t'", "'--'", "''"])}`);
  if (rand() < 0.2) opts.push(`separators=${pick(["(',', ':')", "(', ', ': ')", "(' ,', ' : ')", "(';', '=')", "[',', ':']"])}`);
  const v = g.value(0, o);
  return `D(lambda: json.dumps(${v}${opts.length ? ', ' + opts.join(', ') : ''}))`;
}

// a JSON text in JS: random whitespace and spellings
function jsonText(rand, g, depth = 0) {
  const { pick, int } = g;
  const ws = () => (rand() < 0.7 ? '' : pick([' ', '\n', '\t', '\r', '  \n ', '\f', '\u00a0']));
  const r = rand();
  const num = () => {
    const sign = rand() < 0.3 ? '-' : '';
    const intPart = rand() < 0.2 ? '0' : String(int(1, 9)) + Array.from({ length: int(0, rand() < 0.05 ? 30 : 6) }, () => int(0, 9)).join('');
    const frac = rand() < 0.4 ? '.' + Array.from({ length: int(rand() < 0.1 ? 0 : 1, 8) }, () => int(0, 9)).join('') : '';
    const exp = rand() < 0.25 ? pick(['e', 'E']) + pick(['', '+', '-']) + (rand() < 0.1 ? '' : String(int(0, rand() < 0.1 ? 400 : 30))) : '';
    return sign + intPart + frac + exp;
  };
  const jstr = () => {
    let s = '"';
    for (let k = int(0, 6); k > 0; k--) {
      const c = rand();
      if (c < 0.5) s += pick(['a', 'b', 'Z', ' ', '\u00e9', '\u{1f600}', '\u2028']);
      else if (c < 0.8) s += pick(['\\n', '\\"', '\\\\', '\\/', '\\b', '\\f', '\\r', '\\t', '\\u00e9', '\\u20AC', '\\ud83d\\ude00', '\\u0000', '\\u001f']);
      else s += pick(['\\ud800', '\\udc00x', '\\ud83d\\u0041', '\\x', '\\u12', '\\uzzzz', '\x01', '\t', '\\']);
    }
    return s + (rand() < 0.97 ? '"' : '');
  };
  if (depth > 3 || r < 0.5) {
    const s = rand();
    if (s < 0.35) return num();
    if (s < 0.7) return jstr();
    return pick(['null', 'true', 'false', 'NaN', 'Infinity', '-Infinity', 'nul', 'True', 'none', '-', '+1', '.5', '01', '1.', '1e', '-0']);
  }
  const n = int(0, 4);
  if (r < 0.75) {
    const items = Array.from({ length: n }, () => ws() + jsonText(rand, g, depth + 1) + ws());
    return '[' + items.join(',') + (rand() < 0.05 ? ',' : '') + ws() + ']';
  }
  const items = Array.from({ length: n }, () => ws() + (rand() < 0.95 ? jstr() : pick(['a', "'a'", '1'])) + ws() + ':' + ws() + jsonText(rand, g, depth + 1) + ws());
  return '{' + ws() + items.join(',') + (rand() < 0.05 ? ',' : '') + '}';
}

function mutate(rand, g, text) {
  const { pick, int } = g;
  const t = Array.from(text); // code points: a cut never splits a surrogate pair
  const i = int(0, t.length);
  t.slice = function (a, b) { return Array.prototype.slice.call(this, a, b).join(''); };
  switch (int(0, 5)) {
    case 0: return t.slice(0, i) + t.slice(i + 1);
    case 1: return t.slice(0, i) + pick(['"', ',', ':', '[', ']', '{', '}', '\\', ' ', 'x', '0', '-', 'e', '.', '\x02']) + t.slice(i);
    case 2: return t.slice(0, i);
    case 3: return text + pick(['', ' ', ' 1', 'x', text]);
    case 4: return pick([' ', '\n', '\ufeff', '']) + text;
    default: return t.slice(0, i) + pick(['n', 't', 'f', 'N', 'I', '"', '1']) + t.slice(i + 1);
  }
}

function program(rand, n) {
  const g = makeValues(rand);
  const lines = [PRELUDE];
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.45) {
      lines.push(dumpsCase(rand, g));
    } else {
      let t = jsonText(rand, g);
      if (r > 0.7) t = mutate(rand, g, t);
      const arg = rand() < 0.05 ? `${pyStr(t)}.encode()` : pyStr(t);
      lines.push(`L(${arg})`);
    }
  }
  return lines.join('\n') + '\n';
}

test(`json through the compiler matches CPython (${CASES} cases, seed ${SEED})`, () => {
  const text = program(rng(SEED), CASES);
  const { ours, theirs } = ourAndCPythonLines('json_fuzz.ml', text);
  const ops = text.split('\n').filter((l) => l.startsWith('D(') || l.startsWith('L('));
  assert.ok(ops.length === CASES);
  const bad = [];
  for (let i = 0; i < Math.max(ours.length, theirs.length); i++)
    if (ours[i] !== theirs[i]) bad.push(`${ops[i]}\n  ours:    ${ours[i]}\n  CPython: ${theirs[i]}`);
  assert.equal(bad.length, 0, `${bad.length} of ${ops.length} cases differ:\n${bad.slice(0, 25).join('\n')}`);
});

// `default` is user code, which may collect while the serialiser holds the
// output so far, the containers it is in and default's earlier results:
// a default that makes garbage (the collector runs many times during each
// dumps) over a document of 3,000 records, each option's whole output
// compared with CPython's.
const GC_PROGRAM = `import json


class P:
    def __init__(self, i):
        self.i = i


def dflt(o):
    junk = [[k] * 50 for k in range(200)]
    if isinstance(o, P):
        return {"p": o.i, "n": [str(o.i) * 3, {o.i % 7: "x" * (o.i % 5)}], "s": {o.i, o.i + 1}}
    if isinstance(o, set):
        return sorted(o) + [len(junk)]
    raise TypeError("bad")


doc = {"items": [{"k": i, "p": P(i), "t": (i, P(i + 1))} for i in range(3000)]}
for opts in [{}, {"indent": 2}, {"sort_keys": True}, {"separators": (",", ":"), "ensure_ascii": False}]:
    print(json.dumps(doc, default=dflt, **opts))
`;

test('json.dumps with a default that collects matches CPython', () => {
  const dir = tempDir();
  const src = path.join(dir, 'json_gc.ml');
  writeFileSync(src, GC_PROGRAM);
  const out = path.join(dir, 'out');
  const b = cli(['build-wasm-bundle', src, '--out-dir', out]);
  assert.equal(b.status, 0, b.stderr);
  const run = runWasm(path.join(out, 'module.wasm'));
  assert.equal(run.status, 0, run.stderr);
  const py = runPython(src);
  assert.equal(py.status, 0, py.stderr);
  assert.ok(run.stdout.length > 2500000, `${run.stdout.length}`);
  assert.ok(run.stdout === py.stdout, 'the outputs differ');
});
