// The Python emitter (src/back/py_emit*.c), which writes transpiled.py.
//
// Builds tests/unit/py_emit_test.c with the emitter, the front end and the
// language packs (ASan + UBSan), then:
//   - runs its hand-built AST checks, and CPython on every program they
//     wrote (valid Python; the runnable ones print what they should);
//   - emits every English corpus program and compares
//     ast.dump(ast.parse(original)) with ast.dump(ast.parse(emitted)):
//     the English corpus is valid Python, so the trees must be identical;
//   - emits every corpus program (all languages) and runs it under CPython:
//     stdout must equal the .out file, and .err cases must fail with that
//     last stderr line and exit status 1.
//   - round-trips real Python (parts of CPython's standard library and test
//     suite, when installed) through JSON trees in multilingual's AST shape:
//     emitted and original programs must have identical Python ASTs.
// The corpus tests skip themselves while the lexer/parser are not built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXE = path.join(ROOT, 'build', 'tests', 'py_emit_test');
const OUT = path.join(ROOT, 'build', 'tests', 'py_emit');

function corpusRoot() {
  const local = path.join(ROOT, 'tests', 'corpus');
  if (existsSync(path.join(local, 'en'))) return local;
  return path.resolve(ROOT, '..', 'shared', 'conformance');
}

function cFiles(dir) {
  const full = path.join(ROOT, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full).filter((f) => f.endsWith('.c')).sort().map((f) => path.join(dir, f));
}

let built = null;
/* Build once: with the front end when it compiles and links, else without
 * (then only the hand-built checks run). */
function build() {
  if (built) return built;
  if (!existsSync(path.join(ROOT, 'build', 'gen', 'lang_packs.c')) || !existsSync(path.join(ROOT, 'build', 'gen', 'lang_messages.c'))) {
    execFileSync('make', ['build/gen/lang_packs.c', 'build/gen/lang_messages.c'], { cwd: ROOT, stdio: 'inherit' });
  }
  mkdirSync(path.dirname(EXE), { recursive: true });
  const common = ['-std=c11', '-Wall', '-Wextra', '-Werror', '-g', '-fsanitize=address,undefined',
    '-fno-sanitize-recover=undefined', '-I', 'src', '-I', 'build/gen', '-o', EXE, 'tests/unit/py_emit_test.c',
    ...cFiles('src/util'), ...cFiles('src/lang'), 'build/gen/lang_packs.c', 'build/gen/lang_messages.c',
    ...cFiles('src/back').filter((f) => path.basename(f).startsWith('py_emit'))];
  const full = spawnSync('gcc', [...common, ...cFiles('src/front'), '-lm'], { cwd: ROOT, encoding: 'utf8' });
  if (full.status === 0) {
    built = { front: true };
  } else {
    const alone = spawnSync('gcc', [...common, '-lm'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(alone.status, 0, `py_emit_test does not build:\n${alone.stderr}`);
    built = { front: false, why: full.stderr };
  }
  return built;
}

function python(args, opts = {}) {
  return spawnSync('python3', args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
}

test('py_emit: hand-built ASTs give the expected Python', () => {
  build();
  rmSync(path.join(OUT, 'unit'), { recursive: true, force: true });
  mkdirSync(path.join(OUT, 'unit'), { recursive: true });
  const r = spawnSync(EXE, ['unit', path.join(OUT, 'unit')], {
    encoding: 'utf8', env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=1' },
  });
  assert.equal(r.status, 0, `py_emit_test unit failed:\n${r.stdout}${r.stderr}`);
});

test('py_emit: every unit program is valid Python and runnable ones print what they should', () => {
  const dir = path.join(OUT, 'unit');
  const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
  assert.ok(files.length > 50, 'the unit run wrote its programs');
  const parsed = python(['-c', `
import ast, sys
bad = []
for f in sys.argv[1:]:
    try:
        ast.parse(open(f, encoding='utf-8').read(), f)
    except SyntaxError as e:
        bad.append(f'{f}: {e}')
print('\\n'.join(bad))
sys.exit(1 if bad else 0)
`, ...files.map((f) => path.join(dir, f))]);
  assert.equal(parsed.status, 0, `invalid Python:\n${parsed.stdout}${parsed.stderr}`);
  for (const f of files) {
    const base = path.join(dir, f.slice(0, -3));
    if (!existsSync(`${base}.expected`)) continue;
    const args = existsSync(`${base}.args`) ? readFileSync(`${base}.args`, 'utf8').split(/\s+/).filter(Boolean) : [];
    const r = python([path.join(dir, f), ...args]);
    assert.equal(r.stderr, '', `${f} wrote to stderr`);
    assert.equal(r.status, 0, `${f} failed`);
    assert.equal(r.stdout, readFileSync(`${base}.expected`, 'utf8'), `${f} printed something else`);
  }
});

/* Python AST -> multilingual AST (JSON, rebuilt by py_emit_test's json mode)
 * -> emitted Python -> ast.dump, compared with the original's. */
const ROUNDTRIP_PY = String.raw`# Python AST <-> py_emit_test's JSON (see its json mode).
#   roundtrip.py to-json OUTDIR FILE...   writes OUTDIR/NNN.json and NNN.ref
#   roundtrip.py compare REF PY [REF PY]...
# Top-level statements using constructs multilingual's AST lacks (complex
# literals, except*, type comments) are dropped; NNN.ref is ast.dump of the
# module that remains (string kinds cleared).
import ast, json, sys

class Unsupported(Exception):
    pass

BINOPS = {'Add': 'PLUS', 'Sub': 'MINUS', 'Mult': 'STAR', 'Div': 'SLASH', 'FloorDiv': 'DSLASH',
          'Mod': 'PERCENT', 'Pow': 'DSTAR', 'BitAnd': 'AMP', 'BitOr': 'PIPE', 'BitXor': 'CARET',
          'LShift': 'LSHIFT', 'RShift': 'RSHIFT', 'MatMult': 'AT'}
UNOPS = {'USub': 'MINUS', 'UAdd': 'PLUS', 'Invert': 'TILDE', 'Not': 'NONE'}
CMPOPS = {'Eq': 'EQ', 'NotEq': 'NE', 'Lt': 'LT', 'LtE': 'LE', 'Gt': 'GT', 'GtE': 'GE', 'In': 'IN',
          'NotIn': 'NOT_IN', 'Is': 'IS', 'IsNot': 'IS_NOT'}

def op(o, table):
    return table[type(o).__name__]

def E(n):
    if n is None:
        return None
    t = type(n).__name__
    if t == 'Constant':
        v = n.value
        if v is None: return ['E_NONE']
        if v is True or v is False: return ['E_BOOL', v]
        if v is Ellipsis: return ['E_ELLIPSIS']
        if isinstance(v, int): return ['E_INT', str(v)]
        if isinstance(v, float): return ['E_FLOAT', repr(v)]
        if isinstance(v, str): return ['E_STR', v.encode('utf-8', 'surrogatepass').hex()]
        if isinstance(v, bytes): return ['E_BYTES', v.hex()]
        raise Unsupported(t)
    if t == 'JoinedStr': return ['E_FSTRING', [E(p) for p in n.values]]
    if t == 'FormattedValue':
        return ['E_FORMATTED', E(n.value), '' if n.conversion == -1 else chr(n.conversion), E(n.format_spec)]
    if t == 'Name': return ['E_NAME', n.id]
    if t == 'BinOp': return ['E_BINOP', op(n.op, BINOPS), E(n.left), E(n.right)]
    if t == 'UnaryOp': return ['E_UNARY', op(n.op, UNOPS), E(n.operand)]
    if t == 'BoolOp': return ['E_BOOLOP', type(n.op).__name__ == 'And', [E(v) for v in n.values]]
    if t == 'Compare': return ['E_COMPARE', E(n.left), [op(o, CMPOPS) for o in n.ops], [E(c) for c in n.comparators]]
    if t == 'Call': return ['E_CALL', E(n.func), [E(a) for a in n.args], [K(k) for k in n.keywords]]
    if t == 'Attribute': return ['E_ATTR', E(n.value), n.attr]
    if t == 'Subscript': return ['E_SUBSCRIPT', E(n.value), E(n.slice)]
    if t == 'Slice': return ['E_SLICE', E(n.lower), E(n.upper), E(n.step)]
    if t in ('Tuple', 'List', 'Set'): return ['E_' + t.upper(), [E(x) for x in n.elts]]
    if t == 'Dict': return ['E_DICT', [E(k) for k in n.keys], [E(v) for v in n.values]]
    if t in ('ListComp', 'SetComp', 'GeneratorExp'):
        return [{'ListComp': 'E_LISTCOMP', 'SetComp': 'E_SETCOMP', 'GeneratorExp': 'E_GENEXP'}[t],
                None, E(n.elt), [G(g) for g in n.generators]]
    if t == 'DictComp': return ['E_DICTCOMP', E(n.key), E(n.value), [G(g) for g in n.generators]]
    if t == 'Lambda': return ['E_LAMBDA', PARAMS(n.args), E(n.body)]
    if t == 'IfExp': return ['E_IFEXP', E(n.test), E(n.body), E(n.orelse)]
    if t == 'NamedExpr': return ['E_WALRUS', E(n.target), E(n.value)]
    if t == 'Starred': return ['E_STARRED', E(n.value)]
    if t == 'Yield': return ['E_YIELD', E(n.value)]
    if t == 'YieldFrom': return ['E_YIELD_FROM', E(n.value)]
    if t == 'Await': return ['E_AWAIT', E(n.value)]
    raise Unsupported(t)

def K(k):
    return [k.arg, E(k.value)]

def G(g):
    return [E(g.target), E(g.iter), [E(i) for i in g.ifs], bool(g.is_async)]

def PARAMS(a):
    out = []
    pos = a.posonlyargs + a.args
    defaults = [None] * (len(pos) - len(a.defaults)) + a.defaults
    for i, p in enumerate(pos):
        kind = 'POSONLY' if i < len(a.posonlyargs) else 'NORMAL'
        out.append([p.arg, kind, E(p.annotation), E(defaults[i])])
    if a.vararg: out.append([a.vararg.arg, 'VARARGS', E(a.vararg.annotation), None])
    for p, d in zip(a.kwonlyargs, a.kw_defaults):
        out.append([p.arg, 'KWONLY', E(p.annotation), E(d)])
    if a.kwarg: out.append([a.kwarg.arg, 'VARKW', E(a.kwarg.annotation), None])
    return out

def P(p):
    t = type(p).__name__
    if t == 'MatchValue': return ['P_VALUE', E(p.value)]
    if t == 'MatchSingleton': return ['P_SINGLETON', E(ast.Constant(p.value))]
    if t == 'MatchSequence': return ['P_SEQUENCE', [P(x) for x in p.patterns]]
    if t == 'MatchStar': return ['P_STAR', p.name]
    if t == 'MatchMapping': return ['P_MAPPING', [E(k) for k in p.keys], [P(x) for x in p.patterns], p.rest]
    if t == 'MatchClass':
        return ['P_CLASS', E(p.cls), [P(x) for x in p.patterns], p.kwd_attrs, [P(x) for x in p.kwd_patterns]]
    if t == 'MatchOr': return ['P_OR', [P(x) for x in p.patterns]]
    if t == 'MatchAs':
        if p.pattern is None and p.name is None: return ['P_WILDCARD']
        if p.pattern is None: return ['P_CAPTURE', p.name]
        return ['P_AS', P(p.pattern), p.name]
    raise Unsupported(t)

def B(body):
    return [S(s) for s in body]

def S(s):
    t = type(s).__name__
    if getattr(s, 'type_comment', None): raise Unsupported('type_comment')
    if t == 'Expr': return ['S_EXPR', E(s.value)]
    if t == 'Assign': return ['S_ASSIGN', [E(x) for x in s.targets], E(s.value)]
    if t == 'AugAssign': return ['S_AUGASSIGN', E(s.target), op(s.op, BINOPS), E(s.value)]
    if t == 'AnnAssign':
        if not s.simple and isinstance(s.target, ast.Name): raise Unsupported('(x): T')
        return ['S_ANNASSIGN', E(s.target), E(s.annotation), E(s.value)]
    if t == 'If': return ['S_IF', E(s.test), B(s.body), B(s.orelse)]
    if t == 'While': return ['S_WHILE', E(s.test), B(s.body), B(s.orelse)]
    if t in ('For', 'AsyncFor'): return ['S_FOR', E(s.target), E(s.iter), B(s.body), B(s.orelse), t == 'AsyncFor']
    if t == 'Break': return ['S_BREAK']
    if t == 'Continue': return ['S_CONTINUE']
    if t == 'Pass': return ['S_PASS']
    if t == 'Return': return ['S_RETURN', E(s.value)]
    if t in ('FunctionDef', 'AsyncFunctionDef'):
        return ['S_FUNCDEF', s.name, PARAMS(s.args), E(s.returns), B(s.body),
                [E(d) for d in s.decorator_list], t == 'AsyncFunctionDef']
    if t == 'ClassDef':
        return ['S_CLASSDEF', s.name, [E(b) for b in s.bases], [K(k) for k in s.keywords], B(s.body),
                [E(d) for d in s.decorator_list]]
    if t == 'Try':
        return ['S_TRY', B(s.body), [[E(h.type), h.name, B(h.body)] for h in s.handlers], B(s.orelse), B(s.finalbody)]
    if t == 'Raise': return ['S_RAISE', E(s.exc), E(s.cause)]
    if t == 'Global': return ['S_GLOBAL', s.names]
    if t == 'Nonlocal': return ['S_NONLOCAL', s.names]
    if t == 'Delete': return ['S_DEL', [E(x) for x in s.targets]]
    if t == 'Assert': return ['S_ASSERT', E(s.test), E(s.msg)]
    if t in ('With', 'AsyncWith'):
        return ['S_WITH', [[E(i.context_expr), E(i.optional_vars)] for i in s.items], B(s.body), t == 'AsyncWith']
    if t == 'Match':
        return ['S_MATCH', E(s.subject), [[P(c.pattern), E(c.guard), B(c.body)] for c in s.cases]]
    if t == 'Import': return ['S_IMPORT', None, 0, [[a.name, a.asname] for a in s.names]]
    if t == 'ImportFrom': return ['S_IMPORT_FROM', s.module, s.level, [[a.name, a.asname] for a in s.names]]
    raise Unsupported(t)

def dump(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant):
            node.kind = None
    return ast.dump(tree)

def to_json(outdir, files):
    for i, path in enumerate(files):
        tree = ast.parse(open(path, encoding='utf-8').read(), path)
        kept, body = [], []
        for s in tree.body:
            try:
                body.append(S(s))
                kept.append(s)
            except Unsupported:
                pass
        base = f'{outdir}/{i:03d}'
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump(body, f)
        with open(base + '.ref', 'w', encoding='utf-8') as f:
            f.write(dump(ast.Module(body=kept, type_ignores=[])))
        print(f'{path}\t{base}')

def compare(args):
    bad = []
    for ref, py in zip(args[::2], args[1::2]):
        want = open(ref, encoding='utf-8').read()
        try:
            got = dump(ast.parse(open(py, encoding='utf-8').read(), py))
        except SyntaxError as e:
            bad.append(f'{py}: {e}')
            continue
        if got != want:
            k = next((i for i in range(min(len(got), len(want))) if got[i] != want[i]), min(len(got), len(want)))
            bad.append(f'{py}: AST differs:\n  want ...{want[max(0, k - 200):k + 100]}\n  got  ...{got[max(0, k - 200):k + 100]}')
    print('\n'.join(bad))
    sys.exit(1 if bad else 0)

if sys.argv[1] == 'to-json':
    to_json(sys.argv[2], sys.argv[3:])
else:
    compare(sys.argv[2:])
`;

test('py_emit: real Python round-trips through the AST (stdlib, test suite)', () => {
  build();
  const dir = path.join(OUT, 'stdlib');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const script = path.join(dir, 'roundtrip.py');
  writeFileSync(script, ROUNDTRIP_PY);
  const stdlib = python(['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])']).stdout.trim();
  const wanted = ['ast.py', 'argparse.py', 'dataclasses.py', 'enum.py', 'typing.py', 'fractions.py',
    'textwrap.py', 'string.py', 'json/decoder.py', 'asyncio/tasks.py', 'test/test_grammar.py',
    'test/test_patma.py', 'test/test_fstring.py', 'test/test_string_literals.py', 'test/test_unparse.py'];
  const files = wanted.map((f) => path.join(stdlib, f)).filter((f) => existsSync(f));
  assert.ok(files.length >= 5, `too few stdlib files under ${stdlib}`);
  const conv = python([script, 'to-json', dir, ...files]);
  assert.equal(conv.status, 0, conv.stderr);
  const pairs = [];
  for (const line of conv.stdout.trim().split('\n')) {
    const [src, base] = line.split('\t');
    const r = spawnSync(EXE, ['json', `${base}.json`, `${base}.py`], {
      encoding: 'utf8', env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=1' },
    });
    assert.equal(r.status, 0, `${src}: ${r.stderr}`);
    pairs.push(`${base}.ref`, `${base}.py`);
  }
  const cmp = python([script, 'compare', ...pairs]);
  assert.equal(cmp.status, 0, `AST mismatch:\n${cmp.stdout}${cmp.stderr}`);
});

function corpusCases() {
  const root = corpusRoot();
  const cases = [];
  for (const dir of readdirSync(root).sort()) {
    const full = path.join(root, dir);
    if (dir.startsWith('.') || !statSync(full).isDirectory()) continue;
    for (const file of readdirSync(full).sort()) {
      if (!file.endsWith('.ml')) continue;
      const base = path.join(full, file.slice(0, -3));
      const read = (ext) => (existsSync(base + ext) ? readFileSync(base + ext, 'utf8') : null);
      cases.push({
        id: `${dir}/${file}`,
        lang: dir === 'seeds' ? 'auto' : dir,
        file: path.join(full, file),
        out: read('.out'),
        err: read('.err'),
        input: read('.in') ?? '',
        args: (read('.args') ?? '').split(/\s+/).filter(Boolean),
      });
    }
  }
  return cases;
}

function emit(c) {
  const outFile = path.join(OUT, 'corpus', c.id.replace('/', '__').replace(/\.ml$/, '.py'));
  mkdirSync(path.dirname(outFile), { recursive: true });
  const r = spawnSync(EXE, ['emit', c.lang, c.file, outFile], {
    encoding: 'utf8', env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=1' },
  });
  return { status: r.status, stderr: r.stderr, outFile };
}

test('py_emit: the English corpus round-trips (identical Python ASTs)', (t) => {
  const b = build();
  if (!b.front) return t.skip('lexer/parser not built yet');
  const cases = corpusCases().filter((c) => c.lang === 'en');
  assert.ok(cases.length > 0);
  const pairs = [];
  for (const c of cases) {
    const r = emit(c);
    if (r.status === 77) return t.skip('lexer/parser not linked');
    assert.equal(r.status, 0, `${c.id}: emit failed\n${r.stderr}`);
    pairs.push(c.file, r.outFile);
  }
  const cmp = python(['-c', `
import ast, sys
def body(path):
    return ast.parse(open(path, encoding='utf-8').read(), path)
bad = []
args = sys.argv[1:]
for orig, emitted in zip(args[::2], args[1::2]):
    a = body(orig)
    try:
        e = body(emitted)
    except SyntaxError as err:
        bad.append(f'{emitted}: {err}')
        continue
    # the emitter's prelude defines the builtins Python lacks (render_mode)
    own = {x.name for x in a.body if isinstance(x, ast.FunctionDef)}
    e.body = [x for x in e.body if not (isinstance(x, ast.FunctionDef) and x.name == 'render_mode' and 'render_mode' not in own)]
    if ast.dump(a) != ast.dump(e):
        da, de = ast.dump(a, indent=1).splitlines(), ast.dump(e, indent=1).splitlines()
        i = next((k for k in range(min(len(da), len(de))) if da[k] != de[k]), min(len(da), len(de)))
        bad.append(f'{orig}: AST differs at line {i}: {da[i:i+1]} vs {de[i:i+1]}')
print('\\n'.join(bad))
sys.exit(1 if bad else 0)
`, ...pairs]);
  assert.equal(cmp.status, 0, `AST mismatch:\n${cmp.stdout}${cmp.stderr}`);
});

test('py_emit: every corpus program behaves the same under CPython', (t) => {
  const b = build();
  if (!b.front) return t.skip('lexer/parser not built yet');
  const failures = [];
  for (const c of corpusCases()) {
    const r = emit(c);
    if (r.status === 77) return t.skip('lexer/parser not linked');
    if (r.status !== 0) {
      failures.push(`${c.id}: emit failed: ${r.stderr.trim()}`);
      continue;
    }
    const py = python([r.outFile, ...c.args], { input: c.input });
    if (c.out !== null && py.stdout !== c.out) {
      failures.push(`${c.id}: stdout differs\n--- got\n${py.stdout}--- want\n${c.out}${py.stderr}`);
    }
    if (c.err !== null) {
      const last = py.stderr.trimEnd().split('\n').pop();
      if (py.status !== 1 || last !== c.err.trim()) {
        failures.push(`${c.id}: want exit 1 with '${c.err.trim()}', got ${py.status} '${last}'`);
      }
    } else if (py.status !== 0) {
      failures.push(`${c.id}: exit ${py.status}\n${py.stderr}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('py_emit: output is deterministic across runs', (t) => {
  const b = build();
  if (!b.front) return t.skip('lexer/parser not built yet');
  const c = corpusCases().find((x) => x.lang !== 'en') ?? corpusCases()[0];
  const first = emit(c);
  if (first.status === 77) return t.skip('lexer/parser not linked');
  assert.equal(first.status, 0, first.stderr);
  const a = readFileSync(first.outFile);
  writeFileSync(first.outFile, '');
  const second = emit(c);
  assert.equal(second.status, 0, second.stderr);
  assert.deepEqual(readFileSync(second.outFile), a);
});
