// `import math` through the whole compiler, against CPython: one generated
// program calls every math function (as math.f, as an imported name, with
// keyword arguments, as a function value) on seeded random arguments of
// every kind the functions take -- ints small and big, bools, floats from
// tiny to huge, special values, values at domain edges, wrong types -- each
// call in a try so that CPython's exception (type and message) is printed
// too. The module's output must equal python3 running the same program
// line for line. The runtime's own tests (tests/rt_math.test.mjs) check
// libm against glibc in more depth; this one checks what sema and the back
// end add: argument conversion, rows, fills, keywords, values.
// ML_FUZZ_SEED and ML_FUZZ_CASES choose the cases as in tests/fuzz.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ourAndCPythonLines, rng } from './helpers/common.mjs';

const SEED = Number(process.env.ML_FUZZ_SEED || 20261203);
const CASES = Number(process.env.ML_FUZZ_CASES || 3000);


const FLOAT1 = ['sqrt', 'exp', 'exp2', 'expm1', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh',
  'tanh', 'asinh', 'acosh', 'atanh', 'fabs', 'erf', 'erfc', 'gamma', 'lgamma', 'degrees', 'radians', 'cbrt', 'ulp',
  'isfinite', 'isinf', 'isnan', 'frexp', 'modf', 'log', 'log2', 'log10', 'floor', 'ceil', 'trunc'];
const FLOAT2 = ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'nextafter', 'log', 'ldexp', 'isclose'];
const INT1 = ['factorial', 'isqrt', 'perm'];
const INT2 = ['comb', 'perm', 'gcd', 'lcm'];

function program(rand, n) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const float = () => {
    const r = rand();
    if (r < 0.1) return pick(['0.0', '-0.0', 'math.inf', '-math.inf', 'math.nan', '1.0', '-1.0', '0.5', '1e-310', '1e308']);
    if (r < 0.2) return `${pick(['', '-'])}${(rand() * 2).toPrecision(17)}`; // near the [-1, 1] and [1, 2] edges
    if (r < 0.3) return `${pick(['', '-'])}${Math.floor(rand() * 200)}`; // an int
    if (r < 0.35) return pick(['True', 'False']);
    if (r < 0.4) return `${pick(['', '-'])}${Math.floor(rand() * 1e6)}${'0'.repeat(Math.floor(rand() * 400))}`; // big int
    if (r < 0.42) return pick(["'x'", 'None', '[1]']);
    const e = Math.floor(rand() * 80) - 40;
    return `${pick(['', '-'])}${rand().toPrecision(17)}e${e}`;
  };
  const int = () => {
    const r = rand();
    if (r < 0.1) return pick(['0', '1', '-1', 'True', '2.0', "'3'", '-5']);
    if (r < 0.3) return `${Math.floor(rand() * 10 ** Math.floor(rand() * 60))}`;
    return `${Math.floor(rand() * 300)}`;
  };
  const lines = ['import math', 'from math import *', 'def show(f, *args):', '    try:', '        print(repr(f(*args)))',
    '    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:',
    '        print(type(e).__name__ + ":", e)', ''];
  const calls = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    let call;
    if (r < 0.45) {
      const f = pick(FLOAT1);
      call = `math.${f}(${float()})`;
    } else if (r < 0.7) {
      const f = pick(FLOAT2);
      if (f === 'isclose') call = `math.isclose(${float()}, ${float()}, rel_tol=${pick(['1e-09', '0.5', '0.0', '-1'])})`;
      else if (f === 'ldexp') call = `math.ldexp(${float()}, ${pick(['3', '-1074', '2000', '-5', '10**30', '1.5'])})`;
      else call = `${f}(${float()}, ${float()})`; // the imported names
    } else if (r < 0.85) {
      const f = r < 0.78 ? pick(INT1) : pick(INT2);
      const k = f === 'comb' || f === 'perm' ? Math.floor(rand() * 40) : null;
      call = f === 'gcd' || f === 'lcm' ? `math.${f}(${int()}, ${int()}, ${int()})`
        : k !== null && (f === 'comb' || r >= 0.78) ? `math.${f}(${int().length > 6 ? '300' : int()}, ${k})`
        : f === 'isqrt' ? `math.isqrt(${int()})`
        // n! of a big n takes forever in CPython too: small ones, and past 2**63 (OverflowError)
        : `math.${f}(${rand() < 0.9 ? Math.floor(rand() * 120) : pick(['10**30', '-3', '2.0', "'5'", 'True'])})`;
    } else if (r < 0.93) {
      const xs = Array.from({ length: Math.floor(rand() * 6) }, float).filter((x) => !x.startsWith("'") && x !== 'None' && x !== '[1]');
      call = `math.${pick(['fsum', 'prod', 'hypot'])}${pick(['fsum', 'prod']) && ''}([${xs.join(', ')}])`;
      if (call.startsWith('math.hypot')) call = `math.hypot(${xs.join(', ')})`;
    } else {
      // as values: the function object called by the runtime
      call = `list(map(math.${pick(['sqrt', 'floor', 'exp', 'fabs', 'factorial', 'isnan'])}, [${Array.from({ length: 3 }, () => (rand() < 0.5 ? Math.floor(rand() * 50) : (rand() * 50).toFixed(3))).join(', ')}]))`;
    }
    calls.push(call);
  }
  for (const c of calls) lines.push(`show(lambda: ${c})`);
  return lines.join('\n') + '\n';
}

test(`math through the compiler matches CPython (${CASES} calls, seed ${SEED})`, () => {
  const { ours, theirs } = ourAndCPythonLines('math_fuzz.ml', program(rng(SEED), CASES));
  const calls = program(rng(SEED), CASES).split('\n').filter((l) => l.startsWith('show('));
  const bad = [];
  for (let i = 0; i < Math.max(ours.length, theirs.length); i++)
    if (ours[i] !== theirs[i]) bad.push(`${calls[i]}\n  ours:    ${ours[i]}\n  CPython: ${theirs[i]}`);
  assert.equal(bad.length, 0, `${bad.length} of ${calls.length} calls differ:\n${bad.slice(0, 25).join('\n')}`);
});
