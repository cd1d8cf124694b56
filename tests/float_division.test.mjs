// Division of floats: f64.div inline, the runtime (rt_float_div) only for a
// zero divisor, where it raises CPython's ZeroDivisionError (lower_expr.c
// float_div). Asserted on module.wat and on the run (CPython 3.11's output,
// traceback included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBundle as build, funcText } from './helpers/common.mjs';

test('a / b of floats divides inline and raises for a zero divisor only', () => {
  const src = [
    'def f(a, b):',
    '    return a / b',
    '',
    '',
    'z = 0.0',
    'n = -0.0',
    'print(f(1.0, 4.0), f(-1.0, float("inf")), f(1.0, float("nan")), f(3.0, 2.0))',
    'for k in range(3):',
    '    d = 2.0 if k == 0 else n if k == 1 else z',
    '    try:',
    '        print(f(7.0, d))',
    '    except ZeroDivisionError as e:',
    '        print("ZeroDivisionError:", e)',
    'x = 1.5',
    'print(x / 0.5 / (x - 1.0))',
    'print(x / (x - 1.5))',
    '',
  ].join('\n');
  const { wat, run } = build(src);
  const f = funcText(wat, 'f_f');
  // the divisor tested against 0, then the call on one side, f64.div on the other
  assert.match(f, /f64\.const 0x0p\+0\s+f64\.eq\s+if \(result f64\)[^]*call \$rt_float_div[^]*else[^]*f64\.div/);
  const r = run();
  assert.equal(r.stdout, [
    '0.25 -0.0 nan 1.5',
    '3.5',
    'ZeroDivisionError: float division by zero',
    'ZeroDivisionError: float division by zero',
    '6.0',
    '',
  ].join('\n'));
  assert.match(r.stderr, /line 16, in <module>\n    print\(x \/ \(x - 1\.5\)\)\n          ~~\^~~~~~~~~~~\nZeroDivisionError: float division by zero\n$/);
});
