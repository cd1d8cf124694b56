// The methods of str, int (bool) and float against CPython: each case is
// called twice, once on a receiver whose type the compiler knows (a
// literal: methods.c's row, called directly) and once on the same value
// passed through a list of mixed items (its type known at run time only:
// the run-time dispatch of o.name(...) in lower_class.c). Each prints
// ascii() of its result or its exception's type and message. One program,
// one compile, one wasm run and one python3 run for all the cases; the
// expected output is CPython's, never ours.
//
// isdecimal/isnumeric/isidentifier/casefold are exact only over the
// scripts rt_obj_case.c knows: the cases stay inside them. The numbers'
// data attributes (real, imag, numerator, denominator) are here too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, ourAndCPythonLines, runPython, runWasm, tempDir } from './helpers/common.mjs';

const PRELUDE = `BOX = [None, 0, "", 1.5]


def dyn(x):
    BOX[0] = x
    return BOX[0]


def C(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


`;

// [receiver, the call after it]: both forms are generated
const ON = [
  // ---- str ----
  ...['""', '"ab"', '"\\u00e9"', '"a\\x7f"'].map((r) => [r, '.isascii()']),
  ...['"12"', '"\\u00bd"', '""', '"1a"', '"\\u0661\\u0662"', '"\\u00b2"'].map((r) => [r, '.isdecimal()']),
  ...['"12"', '"\\u00bd"', '""', '"a"', '"\\u2167"', '"\\u4e00\\u4e8c"', '"\\u00b2"', '"\\u0661"'].map((r) => [r, '.isnumeric()']),
  ...['"Ab Cd"', '"ab Cd"', '"AB"', '""', '"A1 B"', '"1"', '"Ab\'S"', '"\\u00c9t\\u00e9"', '"\\u0391\\u03b2"'].map((r) => [r, '.istitle()']),
  ...['"x_1"', '"1x"', '""', '"_"', '"\\u00e9t\\u00e9"', '"a-b"', '"a b"', '"\\u0430\\u0431"', '"if"'].map((r) => [r, '.isidentifier()']),
  ...['"ab"', '"a\\n"', '""', '"\\x7f"', '"\\u00e9"', '"\\u00a0"', '"\\u2028"', '"\\u200b"', '"a b"'].map((r) => [r, '.isprintable()']),
  ...['"Stra\\u00dfe"', '"\\u03a3\\u0391\\u03a3"', '"\\u00b5"', '"\\u017f"', '"ABC"', '""', '"\\u0130"'].map((r) => [r, '.casefold()']),
  ['"abc"', '.removeprefix("a")'], ['"abc"', '.removeprefix("")'], ['"abc"', '.removeprefix("x")'],
  ['"abc"', '.removeprefix("abc")'], ['"abc"', '.removeprefix(1)'], ['"\\u00e9t\\u00e9"', '.removeprefix("\\u00e9")'],
  ['"abc"', '.removesuffix("c")'], ['"abc"', '.removesuffix("")'], ['"abc"', '.removesuffix("abcd")'],
  ['"abc"', '.removesuffix(None)'], ['"\u0130x"', '.lower()'], ['"A\u0130"', '.swapcase()'], ['"x\u0130"', '.capitalize()'],
  ...['True', 'False', '1', '0', '1.5', '"x"'].map((a) => ['"a\\nb\\rc\\r\\nd\\x0be\\x0cf\\x1cg\\x1dh\\x1ei\\x85j\\u2028k\\u2029l\\n"', `.splitlines(${a})`]),
  ['"a\\n\\n"', '.splitlines(True)'], ['""', '.splitlines(True)'], ['"\\r\\n\\r"', '.splitlines(True)'], ['"x"', '.splitlines()'],
  ['"abc"', '.startswith("b", 1)'], ['"abc"', '.startswith("", 3)'], ['"abc"', '.startswith("", 4)'],
  ['"abc"', '.startswith(("x", "b"), 1)'], ['"abc"', '.startswith("a", -3)'], ['"abc"', '.startswith("b", 1, 1)'],
  ['"abc"', '.startswith("b", 1, 2)'], ['"abc"', '.startswith("bc", 1, 2)'], ['"abc"', '.startswith("a", None, None)'],
  ['"abc"', '.startswith(1, 0)'], ['"abc"', '.startswith("a", 1.5)'], ['"abc"', '.startswith(("a", 1), 0)'],
  ['"h\\u00e9llo"', '.startswith("\\u00e9l", 1, 3)'], ['"h\\u00e9llo"', '.startswith("l", -2)'],
  ['"abc"', '.endswith("b", 0, 2)'], ['"abc"', '.endswith("c", -1)'], ['"abc"', '.endswith("", 0, 0)'],
  ['"abc"', '.endswith("", 2, 1)'], ['"abc"', '.endswith(("c", "z"), 1, 10)'], ['"abc"', '.endswith("abc", 1)'],
  ['"abc"', '.endswith([], 1)'], ['"h\\u00e9llo"', '.endswith("\\u00e9", 0, 2)'],
  ['"a\\tb"', '.expandtabs(4)'], ['"a\\tb"', '.expandtabs()'], ['"ab\\tc\\nd\\te\\rf\\tg"', '.expandtabs(3)'],
  ['"\\tx"', '.expandtabs(0)'], ['"\\tx"', '.expandtabs(-1)'], ['"a\\tb"', '.expandtabs(1.5)'],
  ['"\\u00e9\\tx"', '.expandtabs(4)'], ['"abcd\\t"', '.expandtabs(4)'], ['"a\\tb"', '.expandtabs(True)'],
  ['"abc"', '.translate(str.maketrans("ab", "xy"))'], ['"abc"', '.translate({97: None})'],
  ['"abc"', '.translate({97: "zz", 98: ""})'], ['"abc"', '.translate({97: 8364})'], ['"abc"', '.translate({97: 1.5})'],
  ['"abc"', '.translate({97: -1})'], ['"abc"', '.translate([])'], ['"abc"', '.translate(5)'],
  ['"abc"', '.translate(str.maketrans("a", "b", "c"))'], ['"\\u00e9a"', '.translate({233: 101})'],
  ['"abc"', '.translate(str.maketrans({"a": "A", 98: None}))'], ['"ab"', '.translate([None, "x"] * 60)'],
  ['"{a}"', '.format_map({"a": 1})'], ['"{a}-{b!r:>4}"', '.format_map({"a": 1, "b": "x"})'],
  ['"{0}"', '.format_map({})'], ['"{}"', '.format_map({"a": 1})'], ['"{a}"', '.format_map({})'],
  ['"abc"', '.format_map(5)'], ['"{a}"', '.format_map(5)'], ['"{{a}}"', '.format_map({})'],
  // ---- int and bool ----
  ...['0', '5', '-5', '2 ** 100 - 1', '-(2 ** 70)', 'True', 'False'].map((r) => [r, '.bit_count()']),
  ...['0', '5', '-5', '2 ** 100', 'True'].map((r) => [r, '.bit_length()']),
  ...['7', '-3', 'True', '2 ** 80'].map((r) => [r, '.conjugate()']),
  ...['10', '-3', 'True', '2 ** 70', '0'].map((r) => [r, '.as_integer_ratio()']),
  ['255', '.to_bytes(2, "big")'], ['255', '.to_bytes(2, "little")'], ['0', '.to_bytes(0, "big")'],
  ['256', '.to_bytes(1, "big")'], ['-1', '.to_bytes(1, "big")'], ['255', '.to_bytes(-1, "big")'],
  ['255', '.to_bytes(2, "middle")'], ['255', '.to_bytes(2, 5)'], ['255', '.to_bytes(2, None)'], ['255', '.to_bytes(1.5, "big")'],
  ['255', '.to_bytes()'], ['65', '.to_bytes(3)'], ['2 ** 64', '.to_bytes(9, "little")'], ['2 ** 64', '.to_bytes(8, "little")'],
  ['255', '.to_bytes(2, byteorder="little")'], ['-1', '.to_bytes(2, "big", signed=True)'],
  ['-129', '.to_bytes(1, "big", signed=True)'], ['-128', '.to_bytes(1, signed=True)'], ['127', '.to_bytes(signed=True)'],
  ['128', '.to_bytes(signed=True)'], ['-(2 ** 70)', '.to_bytes(10, "little", signed=True)'],
  ['255', '.to_bytes(byteorder="little", length=2)'], ['0', '.to_bytes(1, signed=False)'], ['-1', '.to_bytes(0, signed=True)'], ['1', '.to_bytes(0, signed=True)'], ['-2', '.to_bytes(0, signed=True)'],
  ['0', '.to_bytes(0, signed=True)'], ['-256', '.to_bytes(2, "little", signed=1)'], ['True', '.to_bytes(2, "little", signed=True)'],
  ['-(2 ** 63)', '.to_bytes(8, "big", signed=True)'], ['2 ** 63', '.to_bytes(8, "big", signed=True)'],
  ['"a b  c"', '.split(maxsplit=1)'], ['"a,b,c"', '.split(",", maxsplit=1)'], ['"a,b,c"', '.rsplit(sep=",", maxsplit=1)'],
  ['"a b c"', '.rsplit(maxsplit=1)'], ['"a b"', '.split(None)'], ['" a b "', '.split(None, 0)'], ['"a b"', '.split(1)'],
  ['"a,b"', '.split("")'], ['"a b c"', '.split(maxsplit=-1)'], ['"a b"', '.split(sep=None)'], ['"a b"', '.rsplit(None, 1)'],
  ['"a,b,c"', '.rsplit(maxsplit=1, sep=",")'],
  ['"a\\nb"', '.splitlines(keepends=True)'], ['"a\\tb"', '.expandtabs(tabsize=2)'],
  ['True', '.to_bytes()'], ['1', '.to_bytes(0)'], ['2 ** 100 - 1', '.to_bytes(13, "big")'],
  ...['7', 'True', '-(2 ** 70)', '1.5', '-0.0'].flatMap((r) => [[r, '.real'], [r, '.imag']]),
  ...['7', 'False', '2 ** 70'].flatMap((r) => [[r, '.numerator'], [r, '.denominator']]),
  // ---- float ----
  ...['2.5', '2.0', '-0.0', 'float("inf")', 'float("nan")', '1e300', '-7.0'].map((r) => [r, '.is_integer()']),
  ...['2.5', '0.1', '-0.0', '1e300', '5e-324', 'float("inf")', 'float("-inf")', 'float("nan")', '0.0', '-1.75'].map((r) => [r, '.as_integer_ratio()']),
  ...['3.5', '0.0', '-0.0', '1.0', '0.1', '5e-324', '1.7976931348623157e308', 'float("-inf")', 'float("nan")',
    '2.2250738585072014e-308', '2.225073858507201e-308', '-123.456'].map((r) => [r, '.hex()']),
  ...['1.5', '-0.0'].map((r) => [r, '.conjugate()']),
];

// calls on the types themselves, with the argument typed and at run time
const TYPE_CALLS = [
  ...['"0x1.8p1"', '"  -0x1p-1074 "', '"inf"', '"-Infinity"', '"nan"', '"0x1.fffffffffffff8p1023"', '"0x1.fffffffffffff7p1023"',
    '"0x1p1024"', '"1.8"', '"0X.8P+1"', '"0x"', '"0x1p"', '"zz"', '"0x1.0000000000000801p0"', '"0x0.00000000000008p-1022"',
    '"0x1.00000000000008p0"', '"0x1.00000000000018p0"', '"0x1p-1075"', '"0x1.0000000000001p-1075"', '"0x3p-1076"',
    '"0x123456789abcdef0123p0"', '"-0x.1p-3"', '"0x1P+0"', '"1p0"', '"0x1.p0"', '"0x.p0"', '"0x1p99999999999"',
    '"0x1p-99999999999"', '"0x0p99999"', '5', '"0x1_0p0"', '"\\t0xap0\\n"']
    .map((a) => ['float.fromhex', `(${a})`]),
  ...['b"\\x00\\xff", "big"', 'b"\\x00\\xff", "little"', '[1, 2], "big"', 'b"", "big"', 'b"\\xff" * 20, "big"',
    '"ab", "big"', '5, "big"', 'b"\\x01", "x"', 'bytearray(b"\\x01\\x02"), "little"', 'b"\\x01\\x00"', '(1, 300), "big"',
    'b"\\x01", 1', 'b"\\xff\\xff", "big", signed=True', 'b"\\x80\\x00", byteorder="little", signed=True',
    'b"", signed=True', 'bytes=b"\\x01\\x02"', 'b"\\x7f", signed=True', '[255] * 9, "big", signed=True']
    .map((a) => ['int.from_bytes', `(${a})`]),
  ...['"ab", "xy"', '"ab", "xy", "z"', '1, "a"', '"a", 2', '"a", None', '"a", "b", 3', '"ab", "c"', '{"ab": 1}', '{1.5: 1}', '5',
    '{"a": 1, 98: "x", 99: None}', '"\\u00e9", "e"']
    .map((a) => ['str.maketrans', `(${a})`]),
];

// the top-level arguments of "a, (b, c), 'd,e'"
function splitArgs(text) {
  const out = [];
  let depth = 0, quote = null, cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') cur += ch + text[++i];
      else {
        if (ch === quote) quote = null;
        cur += ch;
      }
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && !depth) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function program() {
  const lines = [];
  for (const [recv, call] of ON) {
    lines.push(`C(lambda: (${recv})${call})`);
    lines.push(`C(lambda: dyn(${recv})${call})`);
  }
  for (const [fn, args] of TYPE_CALLS) {
    lines.push(`C(lambda: ${fn}${args})`);
    // the arguments known at run time only
    const dynArgs = splitArgs(args.slice(1, -1)).map((a) => {
      const kw = /^(\w+)=(?!=)/.exec(a);
      return kw ? `${kw[1]}=dyn(${a.slice(kw[0].length)})` : `dyn(${a})`;
    });
    lines.push(`C(lambda: ${fn}(${dynArgs.join(', ')}))`);
  }
  return { text: PRELUDE + lines.join('\n') + '\n', lines };
}

test(`str, int and float methods match CPython, typed and at run time (${ON.length + TYPE_CALLS.length} cases)`, () => {
  const { text, lines } = program();
  const { ours, theirs } = ourAndCPythonLines('methods.ml', text);
  assert.equal(theirs.length, lines.length + 1);
  const bad = [];
  for (let i = 0; i < Math.max(ours.length, theirs.length); i++)
    if (ours[i] !== theirs[i]) bad.push(`${lines[i]}\n  ours:    ${ours[i]}\n  CPython: ${theirs[i]}`);
  assert.equal(bad.length, 0, `${bad.length} of ${lines.length} cases differ:\n${bad.slice(0, 40).join('\n')}`);
});

// A class of the program with a method named as a builtin one taking
// keywords (split, to_bytes): its calls keep their keywords, bound by
// its own parameters, not moved into the builtin's order.
test('a class method named like a builtin method keeps its keyword arguments', () => {
  const dir = tempDir();
  const src = path.join(dir, 'kw.ml');
  writeFileSync(src, `class P:
    def split(self, maxsplit=0, sep="x"):
        return (maxsplit, sep)

    def to_bytes(self, signed, length=3):
        return [signed, length]


def g(o):
    return o.split(sep="a", maxsplit=2), o.to_bytes(length=1, signed=True)


print(g(P()))
print(P().split(sep="b"))
`);
  const out = path.join(dir, 'out');
  const b = cli(['build-wasm-bundle', src, '--out-dir', out]);
  assert.equal(b.status, 0, b.stderr);
  const run = runWasm(path.join(out, 'module.wasm'));
  const py = runPython(src);
  assert.equal(py.status, 0, py.stderr);
  assert.equal(run.stdout, py.stdout, run.stderr);
});
