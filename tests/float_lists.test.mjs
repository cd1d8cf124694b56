// Lists of floats (a display of floats, `[x] * n` of floats): arithmetic
// reads their items unboxed, `c[i] op= tree` and `c[i] = float` store them
// unboxed, and the identity of an item read as an object is CPython's
// (rt_list.c, RtFloatItem). Asserted on module.wat and on the run; the
// expected output is CPython 3.11's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBundle as build, funcText } from './helpers/common.mjs';

test('updating a list of floats in a loop boxes nothing, and items keep their identity', () => {
  const src = [
    'def step(b, n):',
    '    for i in range(n):',
    '        b[0] += b[1] * 0.5',
    '        b[1] -= b[0] * 0.25',
    '        b[2] = b[0] * b[1]',
    '',
    '',
    'body = [1.0, 2.0, 0.0]',
    'step(body, 1000)',
    'print(body)',
    'v = body[0]',
    'print(v is body[0], body[0] is body[0])',
    'body.append(1)',
    'step(body, 3)',
    'print(body)',
    '',
  ].join('\n');
  const { wat, run } = build(src);
  const step = funcText(wat, 'f_step');
  // every item is read (f64.load) and stored (f64.store) in place; a box
  // is made only on the paths for a list of another kind
  assert.match(step, /f64\.store/);
  assert.match(step, /call \$rt_list_float_box/);
  const main = funcText(wat, '__main');
  assert.match(main, /call \$rt_list_new_floats/);
  assert.equal(run().stdout, [
    '[-2.1610302402966113, -1.3845445134157726, 2.992042562528242]',
    'True True',
    '[-3.125907393470793, 0.9074859445997554, -2.836717023695202, 1]',
    '',
  ].join('\n'));
});

test('a list of floats given other values becomes a list of objects, once', () => {
  const src = 'xs = [0.5] * 3\nx = xs[1]\nxs[0] = "a"\nxs[2] += 1\nprint(xs, x is xs[1], xs[1] is xs[1])\n' +
    'ys = [1.5, 2.5]\ny = ys[0]\nys[1] = y\nprint(ys[1] is y, ys[0] is ys[1], sorted(ys))\n';
  const { run } = build(src);
  assert.equal(run().stdout, "['a', 0.5, 1.5] True True\nTrue True [1.5, 1.5]\n");
});
