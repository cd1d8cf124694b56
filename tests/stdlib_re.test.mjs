// `import re` against CPython: a corpus of hand-picked patterns (the
// classic cases of a regex test suite: anchors, classes, every quantifier
// greedy, lazy and possessive, groups and backreferences, lookarounds,
// conditionals, flags, the empty-match rules, errors) each run through
// search, match, fullmatch, findall, finditer, sub and split in one
// program, whose output must equal python3's line for line; and what the
// module does beyond that corpus: an uncaught re.error ends the program
// as CPython's does, deep patterns over long strings do not overflow
// (the engine's stack is on the heap), and bytes patterns are a designed
// refusal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, lastLine, runPython, runWasm, tempDir } from './helpers/common.mjs';

// [pattern, subject, flags]
const CORPUS = [
  ['abc', 'xabcy', 0], ['^abc$', 'abc', 0], ['^abc$', 'abcc', 0], ['^abc', 'abcc', 0], ['abc$', 'aabc', 0],
  ['a.c', 'axc', 0], ['a.*c', 'axyzc', 0], ['a.*c', 'axyzd', 0], ['a[bc]d', 'abd', 0], ['a[b-d]e', 'ace', 0],
  ['a[b-d]', 'aac', 0], ['a[-b]', 'a-', 0], ['a[b-]', 'a-', 0], ['a]', 'a]', 0], ['a[]]b', 'a]b', 0],
  ['a[^bc]d', 'aed', 0], ['a[^bc]d', 'abd', 0], ['a[^-b]c', 'adc', 0], ['a[^]b]c', 'adc', 0], ['\\ba\\b', 'a-', 0],
  ['\\by\\b', 'xy', 0], ['\\Ba\\B', 'a-', 0], ['\\By\\b', 'xy', 0], ['\\w', 'a', 0], ['\\W', '-', 0],
  ['a\\sb', 'a b', 0], ['a\\Sb', 'a-b', 0], ['\\d', '1', 0], ['\\D', '-', 0], ['[\\w]', 'a', 0],
  ['ab|cd', 'abc', 0], ['ab|cd', 'abcd', 0], ['()ef', 'def', 0], ['$b', 'b', 0], ['a\\(b', 'a(b', 0],
  ['a\\(*b', 'a((b', 0], ['a\\\\b', 'a\\b', 0], ['((a))', 'abc', 0], ['(a)b(c)', 'abc', 0], ['a+b+c', 'aabbabc', 0],
  ['(a+|b)*', 'ab', 0], ['(a+|b)+', 'ab', 0], ['(a+|b)?', 'ab', 0], ['[^ab]*', 'cde', 0], ['a*', '', 0],
  ['([abc])*d', 'abbbcd', 0], ['([abc])*bcd', 'abcd', 0], ['a|b|c|d|e', 'e', 0], ['(a|b|c|d|e)f', 'ef', 0], ['abcd*efg', 'abcdefg', 0],
  ['(ab|cd)e', 'abcde', 0], ['[abhgefdc]ij', 'hij', 0], ['(abc|)ef', 'abcdef', 0], ['(a|b)c*d', 'abcd', 0], ['(ab|ab*)bc', 'abc', 0],
  ['a([bc]*)c*', 'abc', 0], ['a([bc]*)(c*d)', 'abcd', 0], ['a([bc]+)(c*d)', 'abcd', 0], ['a([bc]*)(c+d)', 'abcd', 0], ['a[bcd]*dcdcde', 'adcdcde', 0],
  ['(ab|a)b*c', 'abc', 0], ['((a)(b)c)(d)', 'abcd', 0], ['^a(bc+|b[eh])g|.h$', 'abh', 0], ['(bc+d$|ef*g.|h?i(j|k))', 'effgz', 0], ['(bc+d$|ef*g.|h?i(j|k))', 'reffgz', 0],
  ['((((((((((a))))))))))', 'a', 0], ['((((((((((a))))))))))\\10', 'aa', 0], ['(((((((((a)))))))))', 'a', 0], ['multiple words', 'multiple words, yeah', 0], ['(.*)c(.*)', 'abcde', 0],
  ['\\((.*), (.*)\\)', '(a, b)', 0], ['abcd', 'abcd', 0], ['a(bc)d', 'abcd', 0], ['a[-]?c', 'ac', 0], ['(abc)\\1', 'abcabc', 0],
  ['([a-c]*)\\1', 'abcabc', 0], ['(a)|\\1', 'a', 0], ['(a)|\\1', 'x', 0], ['(([a-c])b*?\\2)*', 'ababbbcbc', 0], ['(([a-c])b*?\\2){3}', 'ababbbcbc', 0],
  ['((\\3|b)\\2(a)x)+', 'aaxabxbaxbbx', 0], ['((\\3|b)\\2(a)){2,}', 'bbaababbabaaaaabbaaaabba', 0], ['(a)|(b)', 'b', 0], ['a(?!b).', 'abad', 0], ['a(?=d).', 'abad', 0],
  ['a(?=c|d).', 'abad', 0], ['a(?:b|c|d)(.)', 'ace', 0], ['a(?:b|c|d)*(.)', 'ace', 0], ['a(?:b|c|d)+?(.)', 'acdbcdbe', 0], ['a(?:b|(c|e){1,2}?|d)+?(.)', 'ace', 0],
  ['^(.+)?B', 'AB', 0], ['(?<!-):(.*?)(?<!-):', 'a:bc-:de:f', 0], ['(?<=\\d{3})x', '123x', 0], ['(?<!c)b', 'cb', 0], ['(?<!c)b', 'b', 0],
  ['^(?:a?b?)*$', 'a--', 0], ['((?s)^a(.))((?m)^b$)', 'a\nb\nc\n', 0], ['((?m)^b$)', 'a\nb\nc\n', 0], ['(?m)^(b)', 'a\nb\n', 0], ['(?m)^b', 'a\nb\n', 0],
  ['(?m)^(b)', 'a\nb\n', 0], ['\\n((?m)^b)', 'a\nb\n', 0], ['^b', 'a\nb\nc\n', 0], ['()^b', 'a\nb\nc\n', 0], ['((?m)^b)', 'a\nb\nc\n', 0],
  ['(\\w+:)+', 'one:', 0], ['$(?<=^(a))', 'a', 0], ['([\\w:]+::)?(\\w+)$', 'abcd:', 0], ['([\\w:]+::)?(\\w+)$', 'xy:z:::abcd', 0], ['^[^bcd]*(c+)', 'aexycd', 0],
  ['(a*)b+', 'caab', 0], ['(>a+)ab', 'aaab', 0], ['(?>a+)b', 'aaab', 0], ['([[:]+)', 'a:[b]:', 0], ['((?>a+)b)', 'aaab', 0],
  ['(?>(a+))b', 'aaab', 0], ['((?>[^()]+)|\\([^()]*\\))+', '((abc(ade)ufh()()x', 0], ['\\Z', 'a\nb\n', 0], ['\\z', 'a\nb\n', 0], ['$', 'a\nb\n', 0],
  ['\\Z', 'b\na\n', 0], ['$', 'b\na\n', 0], ['\\Z', 'b\na', 0], ['$', 'b\na', 8], ['a\\Z', 'b\na\n', 0],
  ['a$', 'b\na\n', 0], ['a$', 'b\na\n', 8], ['aa\\Z', 'aa\nb\n', 0], ['aa$', 'aa\nb\n', 8], ['ab\\Z', 'b\nab\n', 0],
  ['(^|x)(c)', 'ca', 0], ['a*abc?xyz+pqr{3}ab{2,}xy{4,5}pq{0,6}zz*', 'x', 0], ['round\\(((?>[^()]+))\\)', '_I(round(xs * sz),1)', 0], ['foo.bart', 'foo.bart', 0], ['^d[x][x][x]', 'abcd\ndxxx', 8],
  ['.X(.+)+X', 'bbbbXcXaaaaaaaa', 0], ['.XX(.+)+X', 'bbbbXXcXaaaaaaaa', 0], ['.X(.+)+[X]', 'bbbbXcXaaaaaaaa', 0], ['(?i)abc', 'ABC', 0], ['a[b-d]e', 'ACE', 2],
  ['a(?!b)', 'ab ac', 0], ['^(\\w+)@(\\w+)\\.(\\w+)$', 'me@example.org', 0], ['(?P<year>\\d{4})-(?P<month>\\d\\d)', 'on 2026-12-03', 0], ['(?P<w>\\w)(?P=w)', 'hello', 0], ['(a)?(?(1)b|c)', 'xc ab', 0],
  ['\\s+', ' a \t b\n', 0], ['[\\s\\S]+?x', 'abc x x', 0], ['x*', 'xaxx', 0], ['x*?', 'xx', 0], ['(x)*?y', 'xxy', 0],
  ['a++', 'aaa', 0], ['a*+a', 'aaa', 0], ['(?:ab)++c', 'ababc', 0], ['(a|ab)++c', 'abc', 0], ['[ab]{2}+', 'abab', 0],
  ['\\bcat\\b', 'cat concat cats cat.', 0], ['colou?r', 'color colour colouur', 0], ['\\d{2,4}', '1 12 123 12345', 0], ['\\d{2,4}?', '12345', 0], ['(\\d+)-(\\d+)', '10-20, 30-40', 0],
  ['[A-Z][a-z]+', 'Hello World FOO bar', 0], ['(?i)[a-z]+', 'Hello World', 0], ['^\\s*#', '  # comment', 0], ['(\\w)(\\w)?', 'abc', 0], ['(?:x(y)?)+', 'xyx', 0],
  ['é+', 'aéé b', 0], ['(?i)straße', 'STRASSE Straße', 0], ['[а-я]+', 'Привет мир', 0], ['(?i)привет', 'ПРИВЕТ', 0], ['\\w+', 'naïve café', 0],
];

const OPS = `import re


def show_match(m):
    if m is None:
        return "None"
    return repr((m.span(), m.groups(), m.lastindex, m.group(0)))


def one(p, s, flags):
    out = []
    for op in ["search", "match", "fullmatch", "findall", "finditer", "sub", "split"]:
        try:
            if op == "search":
                r = show_match(re.search(p, s, flags))
            elif op == "match":
                r = show_match(re.match(p, s, flags))
            elif op == "fullmatch":
                r = show_match(re.fullmatch(p, s, flags))
            elif op == "findall":
                r = repr(re.findall(p, s, flags))
            elif op == "finditer":
                r = repr([m.span() for m in re.finditer(p, s, flags)])
            elif op == "sub":
                r = repr(re.subn(p, "<\\\\g<0>>", s, 0, flags))
            else:
                r = repr(re.split(p, s, 0, flags))
        except re.error as e:
            r = "error: " + str(e)
        out.append(op + " " + r)
    return out


`;

function program() {
  const cases = CORPUS.map(([p, s, f]) => `    (${JSON.stringify(p)}, ${JSON.stringify(s)}, ${f}),`).join('\n');
  return `${OPS}CASES = [\n${cases}\n]\nfor p, s, f in CASES:\n    for line in one(p, s, f):\n        print(repr(p), line)\n`;
}

function build(dir, name, text) {
  const src = path.join(dir, name);
  writeFileSync(src, text);
  const out = path.join(dir, name + '.out');
  const b = cli(['build-wasm-bundle', src, '--out-dir', out]);
  assert.equal(b.status, 0, b.stderr);
  return { src, wasm: path.join(out, 'module.wasm') };
}

test(`a corpus of ${CORPUS.length} patterns through 7 functions matches CPython`, () => {
  const dir = tempDir();
  const { src, wasm } = build(dir, 're_corpus.ml', program());
  const run = runWasm(wasm);
  const py = runPython(src);
  assert.equal(py.status, 0, py.stderr);
  assert.equal(run.stderr, '');
  const ours = run.stdout.split('\n'), theirs = py.stdout.split('\n');
  const bad = [];
  for (let i = 0; i < theirs.length; i++) if (ours[i] !== theirs[i]) bad.push(`  ours:    ${ours[i]}\n  CPython: ${theirs[i]}`);
  assert.equal(bad.length, 0, `${bad.length} lines differ:\n${bad.slice(0, 20).join('\n')}`);
  assert.equal(run.status, 0);
});

test('an uncaught re.error ends the program as CPython does', () => {
  const dir = tempDir();
  for (const [i, p] of ['(ab', 'a{2,1}', '[b-a]', '(?P<x>a)(?P<x>b)', 'x(?i)'].entries()) {
    const { src, wasm } = build(dir, `err${i}.ml`, `import re\nprint("before")\nre.compile(${JSON.stringify(p)})\n`);
    const run = runWasm(wasm);
    const py = runPython(src);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, py.stdout);
    assert.equal(lastLine(run.stderr), lastLine(py.stderr));
  }
});

test('deep patterns over long strings do not overflow the stack', () => {
  const dir = tempDir();
  const text = `import re
s = "ab" * 200000
print(re.match(r"(?:a|b)*", s).end())
print(re.match(r"(a|b)*c|(?:ab)*$", s).span(), re.match(r"(a|b)*c|(?:ab)*$", s).group(1))
print(len(re.findall(r"(?:(a)|b)+?", s)))
print(re.fullmatch(r"((?:ab)+?)+", s) is not None, re.search(r"(?<=a)b(?=a)", s).span())
print(re.sub(r"(a)(b)", r"\\2\\1", s)[:10], len(re.split(r"b", s)))
print(re.match(r"(x*)*y", "x" * 20 + "z"))
`;
  const { src, wasm } = build(dir, 'deep.ml', text);
  const run = runWasm(wasm);
  const py = runPython(src);
  assert.equal(run.stderr, '');
  assert.equal(run.stdout, py.stdout);
});

test('bytes patterns and subjects are a designed refusal', () => {
  const dir = tempDir();
  const text = `import re
for f in [lambda: re.compile(b"a"), lambda: re.match("a", b"a"), lambda: re.escape(b"a")]:
    try:
        f()
    except NotImplementedError as e:
        print("refused:", e)
`;
  const { wasm } = build(dir, 'bytes.ml', text);
  const run = runWasm(wasm);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.split('\n').filter((l) => l.startsWith('refused: re: bytes')).length, 3, run.stdout);
});
