// `import copy` through the whole compiler, against CPython: one generated
// program builds seeded random object graphs -- lists, tuples, dicts,
// sets and frozensets of ints, bytearrays, instances of user classes
// (plain, with __copy__/__deepcopy__, list and dict subclasses), shared
// between several parents and with cycles -- and copies them with
// copy.copy and copy.deepcopy (with and without a memo given). Each result
// is printed as a canonical description: its shape, which nodes are
// shared (labels in the order of a walk), and which are the original
// objects rather than copies. The module's output must equal python3
// running the same program, line for line. ML_FUZZ_SEED and
// ML_FUZZ_CASES choose the graphs as in tests/fuzz.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ourAndCPythonLines, rng } from './helpers/common.mjs';

const SEED = Number(process.env.ML_FUZZ_SEED || 20261203);
const CASES = Number(process.env.ML_FUZZ_CASES || 300);

const PRELUDE = `import copy


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class C:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return C(["shallow", self.v])

    def __deepcopy__(self, memo):
        r = C(None)
        memo[id(self)] = r
        r.v = copy.deepcopy(self.v, memo)
        return r


class L(list):
    pass


class D(dict):
    pass


def describe(x, labels, originals):
    # the shape of x; a node met again is "@n", n its label in walk order;
    # "*" marks an object of the original graph
    if x is None or isinstance(x, (bool, int, float, str, bytes)):
        return repr(x)
    if id(x) in labels:
        return "@" + str(labels[id(x)])
    labels[id(x)] = len(labels)
    mark = "*" if id(x) in originals else ""
    if isinstance(x, (set, frozenset)):
        return mark + type(x).__name__ + str(sorted(x, key=repr))
    if isinstance(x, bytearray):
        return mark + repr(x)
    if isinstance(x, tuple):
        return mark + "(" + ", ".join([describe(v, labels, originals) for v in x]) + ")"
    if isinstance(x, (P, C)):
        attrs = ", ".join([k + "=" + describe(v, labels, originals) for k, v in vars(x).items()])
        return mark + type(x).__name__ + "(" + attrs + ")"
    if isinstance(x, list):
        inner = "[" + ", ".join([describe(v, labels, originals) for v in x]) + "]"
        return mark + (type(x).__name__ + inner if isinstance(x, L) else inner)
    if isinstance(x, dict):
        inner = "{" + ", ".join([repr(k) + ": " + describe(v, labels, originals) for k, v in x.items()]) + "}"
        return mark + (type(x).__name__ + inner if isinstance(x, D) else inner)
    return mark + "?" + type(x).__name__


def collect(x, ids):
    if x is None or isinstance(x, (bool, int, float, str, bytes)) or id(x) in ids:
        return
    ids[id(x)] = x
    if isinstance(x, (list, tuple)):
        for v in x:
            collect(v, ids)
    elif isinstance(x, dict):
        for v in x.values():
            collect(v, ids)
    elif isinstance(x, (P, C)):
        for v in vars(x).values():
            collect(v, ids)


def show(label, root, f):
    originals = {}
    collect(root, originals)
    try:
        print(label, describe(f(root), {}, originals))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


`;

function program(rand, n) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const lines = [PRELUDE];
  for (let c = 0; c < n; c++) {
    // nodes o0..o(k-1), each built from earlier ones (sharing), then a few
    // mutable ones get a reference to a later one (cycles)
    const k = int(1, 7);
    const ref = (i) => (i > 0 && rand() < 0.6 ? `o${int(0, i - 1)}` : pick(['1', "'s'", 'None', '2.5', 'True', "b'b'", `${int(-5, 5)}`]));
    const kinds = [];
    for (let i = 0; i < k; i++) {
      const kind = pick(['list', 'list', 'tuple', 'dict', 'dict', 'set', 'frozenset', 'bytearray', 'P', 'P', 'C', 'L', 'D']);
      kinds.push(kind);
      const items = Array.from({ length: int(0, 3) }, () => ref(i));
      let e;
      switch (kind) {
        case 'list': e = `[${items.join(', ')}]`; break;
        // (not empty: CPython's () is one object, the runtime makes one each time)
        case 'tuple': e = `(${[...items, ref(i)].join(', ')}${items.length === 0 ? ',' : ''})`; break;
        case 'dict': e = `{${items.map((v, j) => `'k${j}': ${v}`).join(', ')}}`; break;
        case 'set': e = `{${int(0, 9)}, ${int(0, 9)}, (${int(0, 3)}, ${int(0, 3)})}`; break;
        case 'frozenset': e = `frozenset([${int(0, 9)}, ${int(0, 9)}])`; break;
        case 'bytearray': e = `bytearray(b'${pick(['', 'x', 'xyz'])}')`; break;
        case 'P': e = `P(${ref(i)}, ${ref(i)})`; break;
        case 'C': e = `C(${ref(i)})`; break;
        case 'L': e = `L([${items.join(', ')}])`; break;
        default: e = 'D()'; break;
      }
      lines.push(`o${i} = ${e}`);
      if (kind === 'D' && items.length) lines.push(`o${i}['d'] = ${items[0]}`);
      if (kind === 'P' && rand() < 0.3) lines.push(`o${i}.extra = ${ref(i)}`);
    }
    for (let i = 0; i < k; i++) {
      if (rand() < 0.25 && ['list', 'L'].includes(kinds[i])) lines.push(`o${i}.append(o${int(0, k - 1)})`);
      else if (rand() < 0.25 && ['dict', 'D'].includes(kinds[i])) lines.push(`o${i}['back'] = o${int(0, k - 1)}`);
      else if (rand() < 0.25 && kinds[i] === 'P') lines.push(`o${i}.b = o${int(0, k - 1)}`);
    }
    const root = rand() < 0.5 ? `o${k - 1}` : `[${Array.from({ length: int(1, 3) }, () => `o${int(0, k - 1)}`).join(', ')}]`;
    const f = pick(['copy.copy', 'copy.deepcopy', 'copy.deepcopy', 'memo']);
    const fn = f === 'memo' ? `lambda r: copy.deepcopy(r, {id(o0): 'pre'})` : f;
    lines.push(`show(${JSON.stringify(`${c} ${f}`)}, ${root}, ${fn})`);
  }
  return lines.join('\n') + '\n';
}

test(`copy through the compiler matches CPython (${CASES} graphs, seed ${SEED})`, () => {
  const text = program(rng(SEED), CASES);
  const { ours, theirs } = ourAndCPythonLines('copy_fuzz.ml', text);
  assert.equal(theirs.length, CASES + 1);
  const bad = [];
  for (let i = 0; i < Math.max(ours.length, theirs.length); i++)
    if (ours[i] !== theirs[i]) bad.push(`  ours:    ${ours[i]}\n  CPython: ${theirs[i]}`);
  assert.equal(bad.length, 0, `${bad.length} of ${CASES} graphs differ:\n${bad.slice(0, 20).join('\n')}`);
});
