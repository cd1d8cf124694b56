// Boxing an int: the ints -5..256 are the runtime's static objects
// (rt_small_ints), as CPython's; in a loop generated code finds one inline
// (lower_util.c g_box_int_local), elsewhere it calls rt_box_int, and a
// small int literal boxed is the object's address itself. Identity is
// CPython's either way: asserted on the run (CPython 3.11's output) and on
// module.wat.
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
