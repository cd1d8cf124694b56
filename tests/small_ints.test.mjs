// Small ints. Boxing one: the ints -5..256 are the runtime's static
// objects (rt_small_ints), as CPython's; in a loop generated code finds one
// inline (lower_util.c g_box_int_local), elsewhere it calls rt_box_int, and
// a small int literal boxed is the object's address itself. Identity is
// CPython's either way. Computing with one: a variable only counting loops
// bind (`for i in range(...)`) holds a small int (within 2**61), so its
// arithmetic skips the test for a big int where the result cannot be one
// (sema_small_int_var, lower_int.c g_int_known_small). Asserted on the run
// (CPython 3.11's output) and on module.wat.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBundle as build, funcText } from './helpers/common.mjs';

test('a small int boxed in a loop is the static object, found inline; others are new objects', () => {
  const src = [
    'def f(n, k):',
    '    out = []',
    '    for i in range(n):',
    '        x = i - k',
    '        out.append(x)',
    '    return out',
    '',
    '',
    'def g(i):',
    '    x = i * 3',
    '    return [x]',
    '',
    '',
    'xs = f(300, 7)',
    'ys = f(300, 7)',
    'print(xs[0] is ys[0], xs[2] is ys[2], xs[263] is ys[263], xs[264] is ys[264])',
    'print(xs[0] == ys[0], xs[264] == ys[264], xs[:3], xs[-1], sum(xs))',
    'print(g(5)[0] is g(5)[0], g(100)[0] is g(100)[0])',
    'big = f(3, 10 ** 20)',
    'print(big, big[0] is big[0])',
    'zs = [0] * 3',
    'for i in range(3):',
    '    zs[i] = 256 + i - 1',
    'print(zs, zs[0] is f(1, -255)[0], zs[1] is f(1, -256)[0])',
    '',
  ].join('\n');
  const { wat, run } = build(src);
  // in f's loop: the range test of a small int (v + 5 < 262), then the call
  const inLoop = funcText(wat, 'f_f');
  assert.match(inLoop, /i64\.const 5\s+i64\.add\s+i64\.const 262\s+i64\.lt_u/);
  assert.match(inLoop, /call \$rt_box_int/);
  // g has no loop: the call alone
  const noLoop = funcText(wat, 'f_g');
  assert.doesNotMatch(noLoop, /i64\.const 262/);
  assert.match(noLoop, /call \$rt_box_int/);
  assert.equal(run().stdout, [
    'False True True False',
    'True True [-7, -6, -5] 292 42750',
    'True False',
    '[-100000000000000000000, -99999999999999999999, -99999999999999999998] True',
    '[255, 256, 257] True True',
    '',
  ].join('\n'));
});

test('a small int literal boxed is the static object itself, no call', () => {
  const { wat, run } = build(['a = [7, -5, 256, 257]', 'b = 7', 'print(a, a[0] is b)', ''].join('\n'));
  const main = funcText(wat, '__main');
  // 257 is beyond the static objects: boxed by the runtime
  assert.match(main, /i64\.const 257\s+call \$rt_box_int/);
  assert.doesNotMatch(main, /i64\.const 7\s+call \$rt_box_int/);
  assert.doesNotMatch(main, /i64\.const -5\s+call \$rt_box_int/);
  assert.equal(run().stdout, '[7, -5, 256, 257] True\n');
});

test('a counting loop variable is small: its % // & | ^ and comparisons test nothing', () => {
  const src = [
    'def f(n, big):',
    '    t = 0',
    '    for i in range(n):',
    '        t += i % 7 + i // 3 + (i ^ 5) + (i & big) + (i | 2)',
    '        if i < big and big > i and i != big:',
    '            t -= 1',
    '        t += (i - big) % 1000 + (big - i) // 7 + ~i + (i >> 1)',
    '    for i in range(-3, 3):',
    '        print(i % 4, i // 4, i - big, ~i, i < big, i >> 2, i << 3)',
    '    return t',
    '',
    '',
    'def g(n):',
    '    for i in range(n):',
    '        pass',
    '    i = 10 ** 20',
    '    return i % 7, i // 7, i ^ 1, i < 5',
    '',
    '',
    'def h(n):',
    '    s = 0',
    '    for i in range(n):',
    '        s += i % 7',
    '    return s',
    '',
    '',
    'print(f(50, 10 ** 30))',
    'print(f(10, -(10 ** 25)))',
    'print([k % 3 + (k ^ 10 ** 20) for k in range(5)])',
    'print(g(3), h(100))',
    '',
  ].join('\n');
  const { wat, run } = build(src);
  // h's i % 7 has no test of i and no runtime call; g's i (also bound to
  // a big int) keeps both
  assert.doesNotMatch(funcText(wat, 'f_h'), /rt_int_mod_nz/);
  assert.match(funcText(wat, 'f_g'), /rt_int_mod_nz/);
  assert.equal(run().stdout, [
    '1 -1 -1000000000000000000000000000003 2 True -1 -24',
    '2 -1 -1000000000000000000000000000002 1 True -1 -16',
    '3 -1 -1000000000000000000000000000001 0 True -1 -8',
    '0 0 -1000000000000000000000000000000 -1 True 0 0',
    '1 0 -999999999999999999999999999999 -2 True 0 8',
    '2 0 -999999999999999999999999999998 -3 True 0 16',
    '7142857142857142857142857146210',
    '1 -1 9999999999999999999999997 2 False -1 -24',
    '2 -1 9999999999999999999999998 1 False -1 -16',
    '3 -1 9999999999999999999999999 0 False -1 -8',
    '0 0 10000000000000000000000000 -1 False 0 0',
    '1 0 10000000000000000000000001 -2 False 0 8',
    '2 0 10000000000000000000000002 -3 False 0 16',
    '-14285714285714285714285569',
    '[100000000000000000000, 100000000000000000002, 100000000000000000004, 100000000000000000003, 100000000000000000005]',
    '(2, 14285714285714285714, 100000000000000000001, False) 295',
    '',
  ].join('\n'));
});

test('a counter known >= 0 divides with no sign fix-up; no back-edge overflow test; a huge stop run to its end is refused', () => {
  const src = [
    'def up(n):',
    '    s = 0',
    '    for i in range(n):',
    '        s += i % 7 + i // 3',
    '    for j in range(len([1, 2]), n, 2):',
    '        for k in range(j * 2 + 1, n):',
    '            s += k % 5',
    '    return s',
    '',
    '',
    'def down(n):',
    '    s = 0',
    '    for i in range(n, -1, -1):',
    '        s += i % 7 - i // 3',
    '    return s',
    '',
    '',
    'def wide(n):',
    '    out = []',
    '    for i in range(5, n, 9223372036854775807):',
    '        out.append(i % 4)',
    '    return out',
    '',
    '',
    'print(up(40), down(50), wide(10))',
    'for i in range(2 ** 61 - 2, 2 ** 61 + 3):',
    '    print(i)',
    '',
  ].join('\n');
  const { wat, run } = build(src);
  const up = funcText(wat, 'f_up'), down = funcText(wat, 'f_down'), wide = funcText(wat, 'f_wide');
  // the fix-ups add or take (x >> 63) & c
  const fixUp = /i64\.const 63\s+i64\.shr_s\s+i64\.const \d+\s+i64\.and/;
  assert.doesNotMatch(up, fixUp);
  assert.match(down, fixUp);
  // a step beyond the small range keeps its wrap test; the others have none
  assert.match(wide, /i64\.lt_s\s+br_if \$d/);
  assert.doesNotMatch(up, /i64\.(lt|gt)_s\s+br_if \$d/);
  assert.doesNotMatch(down, /i64\.(lt|gt)_s\s+br_if \$d/);
  const r = run();
  // CPython 3.11 prints 2**61 and on too: counting past what a small int
  // holds is refused once the loop gets there
  assert.equal(r.stdout, ['722 -260 [1]', '2305843009213693950', '2305843009213693951', ''].join('\n'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /OverflowError: range\(\) with a stop outside \[-2\*\*61, 2\*\*61\) run to its end is not supported yet\n$/);
});
