// `import heapq` and `import bisect` through the whole compiler, against
// CPython: one generated program runs thousands of seeded random operations
// on heaps and sorted lists of ints (duplicates, big ones), floats (nan and
// -0.0 among them), strings, tuples and user objects ordered by __lt__ --
// heappush, heappop, heapreplace, heappushpop, heapify, nlargest and
// nsmallest (lists, iterators, generators; n from negative to past the
// end; keys), merge (keys, reverse, partial consumption), bisect_left,
// bisect_right and insort* (lo, hi, key; sequences of every kind) -- each in
// a try, printing its result or CPython's exception (type and message) and
// the state of what it changed. The module's output must equal python3
// running the same program line for line: the heaps' list order, the ties,
// the errors.
// ML_FUZZ_SEED and ML_FUZZ_CASES choose the operations as in
// tests/fuzz.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ourAndCPythonLines, rng } from './helpers/common.mjs';

const SEED = Number(process.env.ML_FUZZ_SEED || 20261203);
const CASES = Number(process.env.ML_FUZZ_CASES || 3000);


const PRELUDE = `import heapq
import bisect
from heapq import heappush, heappop, heapreplace, heappushpop, heapify, nlargest, nsmallest, merge
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right


class O:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "O(" + str(self.v) + ")"


def show(f, state):
    try:
        r = f()
        print(repr(r), state)
    except (IndexError, TypeError, ValueError, RuntimeError, OverflowError, AttributeError) as e:
        print(type(e).__name__ + ":", e, state)


def gen(xs):
    for x in xs:
        yield x


def take(it, k):
    return [next(it, None) for _ in range(k)]


def neg(v):
    return -v


def mod3(v):
    return v % 3


def second(t):
    return t[1]


def ov(o):
    return o.v


`;

// The families of values: a heap and a sorted list of each, and the key
// functions that suit them.
const FAMILIES = {
  i: { keys: ['neg', 'mod3', 'str', 'abs'] },
  f: { keys: ['neg', 'str'] },
  s: { keys: ['len', 'str.upper'] },
  t: { keys: ['second', 'len'] },
  o: { keys: ['ov'] },
};
const NAMES = Object.keys(FAMILIES);

function program(rand, n) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  // sorted: the value goes through a sort (sorted(), nlargest's last step),
  // where a nan's inconsistent comparisons, or which two items meet first
  // when some cannot be compared, would show the sort algorithm (the
  // runtime's stable merge sort is not CPython's timsort): neither there
  const value = (fam, sorted = false) => {
    if (!sorted && rand() < 0.01) return pick(["'x'", 'None', '1', '(1,)', 'O(1)']); // another family's: TypeError
    switch (fam) {
      case 'i': return rand() < 0.05 ? `${pick(['', '-'])}10**${int(18, 30)} + ${int(0, 9)}` : `${int(-20, 40)}`;
      case 'f':
        if (rand() < 0.05) return pick([sorted ? '-0.0' : "float('nan')", '-0.0', '0', 'True', "float('inf')"]);
        return `${int(-50, 50) / 4}`;
      case 's': return `'${Array.from({ length: int(0, 3) }, () => pick(['a', 'b', 'c', 'B'])).join('')}'`;
      case 't': return `(${int(0, 5)}, '${pick(['a', 'b', 'c'])}')`;
      default: return `O(${int(0, 9)})`;
    }
  };
  const values = (fam, k, sorted = false) => Array.from({ length: k }, () => value(fam, sorted));
  const source = (fam, xs) => {
    const list = `[${xs.join(', ')}]`;
    const c = int(0, 5);
    switch (fam === 'f' && c === 3 ? 4 : c) { // not the heap of floats: it may hold a nan
      case 0: return `iter(${list})`;
      case 1: return `gen(${list})`;
      case 2: return `tuple(${list})`;
      case 3: return `list(h_${fam})`;
      default: return list;
    }
  };
  const key = (fam) => (rand() < 0.5 ? '' : `, key=${rand() < 0.1 ? 'None' : pick(FAMILIES[fam].keys)}`);
  const lines = [PRELUDE];
  for (const f of NAMES) lines.push(`h_${f} = []`, `a_${f} = []`);
  for (let i = 0; i < n; i++) {
    const fam = pick(NAMES), h = `h_${fam}`, a = `a_${fam}`;
    const r = rand();
    if (r < 0.25) lines.push(`show(lambda: heappush(${h}, ${value(fam)}), ${h})`);
    else if (r < 0.37) lines.push(`show(lambda: heappop(${h}), ${h})`);
    else if (r < 0.42) lines.push(`show(lambda: heapreplace(${h}, ${value(fam)}), ${h})`);
    else if (r < 0.47) lines.push(`show(lambda: heappushpop(${h}, ${value(fam)}), ${h})`);
    else if (r < 0.50) lines.push(`${h} = [${values(fam, int(0, 12)).join(', ')}]`, `show(lambda: heapify(${h}), ${h})`);
    else if (r < 0.51) lines.push(`${h}.clear()`);
    else if (r < 0.60) {
      const f = pick(['nlargest', 'nsmallest', 'heapq.nlargest', 'heapq.nsmallest']);
      const k = pick(['-1', '0', '1', '1', '2', '3', '3', '5', '8', '40', 'True']);
      lines.push(`show(lambda: ${f}(${k}, ${source(fam, values(fam, int(0, 10), true))}${key(fam)}), ${h})`);
    } else if (r < 0.67) {
      const kf = rand() < 0.5 ? null : pick(FAMILIES[fam].keys), rev = rand() < 0.3;
      const opts = `${kf ? `key=${kf}` : ''}${kf && rev ? ', ' : ''}${rev ? 'reverse=True' : ''}`;
      const ins = Array.from({ length: int(0, 4) }, () => `sorted([${values(fam, int(0, 5), true).join(', ')}]${opts ? `, ${opts}` : ''})`);
      const its = ins.length && rand() < 0.25 ? [`*[${ins.join(', ')}]`] : ins; // merge(*iterables)
      const args = [...its, ...(opts ? [opts] : [])].join(', ');
      const take = rand() < 0.3 ? `take(merge(${args}), ${int(0, 3)})` : `list(merge(${args}))`;
      lines.push(`show(lambda: ${take}, ${h})`);
    } else if (r < 0.85) {
      const f = pick(['bisect_left', 'bisect_right', 'bisect.bisect', 'bisect.bisect_left']);
      const seq = rand() < 0.8 ? a : pick([`tuple(${a})`, 'range(0, 40, 3)', "'abcdef'", '[]']);
      const x = seq.startsWith("'") ? pick(["'c'", "'cc'", "''", "'z'"]) : seq.startsWith('range') ? `${int(-3, 45)}` : value(fam);
      const lohi = rand() < 0.5 ? '' : rand() < 0.5 ? `, ${int(-1, 12)}` : rand() < 0.5 ? `, ${int(0, 6)}, ${pick(['None', `${int(-2, 15)}`])}` : `, hi=${int(0, 15)}`;
      const k = seq === a && rand() < 0.3 ? `, key=${pick(FAMILIES[fam].keys)}` : '';
      lines.push(`show(lambda: ${f}(${seq}, ${x}${lohi}${k}), ${a})`);
    } else if (r < 0.99) {
      const f = pick(['insort', 'insort_left', 'insort_right', 'bisect.insort']);
      const lohi = rand() < 0.8 ? '' : rand() < 0.5 ? `, ${int(-1, 8)}` : `, lo=${int(0, 4)}, hi=${int(0, 12)}`;
      const k = rand() < 0.2 ? `, key=${pick(FAMILIES[fam].keys)}` : '';
      lines.push(`show(lambda: ${f}(${a}, ${value(fam)}${lohi}${k}), ${a})`);
    } else {
      lines.push(`del ${a}[:${int(1, 20)}]`);
    }
  }
  return lines.join('\n') + '\n';
}

test(`heapq and bisect through the compiler match CPython (${CASES} operations, seed ${SEED})`, () => {
  const text = program(rng(SEED), CASES);
  const { ours, theirs } = ourAndCPythonLines('heapq_fuzz.ml', text);
  const ops = text.split('\n').filter((l) => l.startsWith('show('));
  const bad = [];
  for (let i = 0; i < Math.max(ours.length, theirs.length); i++)
    if (ours[i] !== theirs[i]) bad.push(`${ops[i]}\n  ours:    ${ours[i]}\n  CPython: ${theirs[i]}`);
  assert.equal(bad.length, 0, `${bad.length} of ${ops.length} operations differ:\n${bad.slice(0, 25).join('\n')}`);
});
