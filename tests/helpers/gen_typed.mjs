// Random well-typed programs of the supported subset, for the differential
// test against CPython (tests/diff_programs.test.mjs): ints (small and big),
// floats, mixed arithmetic, strings, lists, dicts, bools, if/for/while,
// augmented assignment, counting loops (`for c in range(...)`, their
// variable in int arithmetic), a list of bools (`[b] * n`, read, tested as a
// condition, written with bools and with other values), a list of floats
// (a display of floats or `[x] * n`: read in arithmetic, written and
// updated with floats, ints, huge ints and other values, indexed out of
// range). Seeded (rng of helpers/common.mjs): the same seed
// gives the same program everywhere. A program is a list of cases, each a
// function called under try/except that prints the exception's type, so one
// compile and one run check many cases and an exception (ZeroDivisionError,
// IndexError, OverflowError, KeyError ...) is compared too.

const STRS = ['""', '"a"', '"ab"', '"Hello"', '"x y"', '"é"', '"12"', '"-"'];
const NAMES = { int: ['i0', 'i1', 'i2'], float: ['f0', 'f1'], str: ['s0', 's1'], list: ['l0'], bool: ['b0'] };

export function generateProgram(rand, ncases) {
  const int = (n) => Math.floor(rand() * n);
  const pick = (a) => a[int(a.length)];
  const chance = (p) => rand() < p;

  function intLit() {
    // in parentheses: `10 ** 400 ** 3` would be a number CPython cannot build
    if (chance(0.1)) return `${pick(['(10 ** 20)', '(2 ** 64)', '(-(3 ** 41))', '9223372036854775807', '(10 ** 400)', '(-(2 ** 63))', '4611686018427387904'])}`;
    return String(int(41) - 20);
  }
  function floatLit() {
    return pick(['1.5', '-0.25', '3.0', '0.1', '1e10', '2.5e-3', '-7.75', '1e300', '0.0', '-0.0', '1e16', '1e22',
      '123456789.123', '5e-324', '0.5', '2.5']);
  }
  // an index of the list of floats p0: mostly one it has
  const floatIndex = (d) => (chance(0.85) ? String(int(4) - 2) : gens.int(d - 1));
  const gens = {
    int(d) {
      if (d <= 0 || chance(0.3)) return chance(0.5) ? pick(NAMES.int) : intLit();
      switch (int(18)) {
        case 12: return `round(${gens.float(d - 1)})`;
        case 13: return `int(${pick(['"42"', '" -7 "', '"1_000"', '"0x1f"', '"3.5"', '"12"'])})`;
        case 14: return `divmod(${gens.int(d - 1)}, ${gens.int(d - 1)})[${int(2)}]`;
        case 15: return `(${gens.bool(d - 1)} + ${gens.int(d - 1)})`;
        case 16: return `${gens.str(d - 1)}.find(${gens.str(d - 1)})`;
        case 17: return `(${gens.int(d - 1)} ${pick(['<<', '>>', '&', '|', '^'])} ${int(70)})`;
        case 0: case 1: case 2: return `(${gens.int(d - 1)} ${pick(['+', '-', '*'])} ${gens.int(d - 1)})`;
        case 3: return `(${gens.int(d - 1)} ${pick(['//', '%'])} ${gens.int(d - 1)})`;
        case 4: return `(-${gens.int(d - 1)})`;
        case 5: return `abs(${gens.int(d - 1)})`;
        case 6: return `len(${chance(0.5) ? gens.str(d - 1) : gens.list(d - 1)})`;
        case 7: return `${pick(['min', 'max'])}(${gens.int(d - 1)}, ${gens.int(d - 1)})`;
        case 8: return `int(${gens.float(d - 1)})`;
        case 9: return `(${gens.int(d - 1)} ** ${int(4)})`;
        case 10: return `sum(${gens.list(d - 1)})`;
        default: return `l0[${gens.int(d - 1)}]`;
      }
    },
    float(d) {
      if (d <= 0 || chance(0.3)) return chance(0.5) ? pick(NAMES.float) : floatLit();
      switch (int(17)) {
        case 15: case 16: return `p0[${floatIndex(d)}]`;
        case 8: return `(${gens.float(d - 1)} ${pick(['//', '%'])} ${gens.float(d - 1)})`;
        case 9: return `round(${gens.float(d - 1)}, ${int(4)})`;
        case 10: return `float(${pick(['"1.5"', '"inf"', '"-nan"', '" 2e3 "', '"1_0.5"', '"0.1"'])})`;
        // (a negative float ** 0.5 is a complex number: not in the subset)
        case 11: return chance(0.3) ? `(abs(${gens.float(d - 1)}) ** 0.5)` : `(${gens.float(d - 1)} ** ${pick(['2', '-1', '3'])})`;
        case 12: return `${pick(['min', 'max'])}(${gens.int(d - 1)}, ${gens.float(d - 1)})`;
        case 13: {
          // an int ** a huge int exponent is a number CPython cannot build
          // (it runs out of memory): small int exponents only
          const op = pick(['+', '-', '*', '/', '//', '%', '**']);
          const rhs = op === '**' && chance(0.5) ? String(int(4)) : pick([op === '**' ? gens.float : gens.int, gens.float])(d - 1);
          return `(o0 ${op} ${rhs})`;
        }
        case 14: return `(${pick([gens.int, gens.float])(d - 1)} ${pick(['+', '-', '*', '/', '//', '%'])} o0)`;
        case 0: case 1: return `(${gens.float(d - 1)} ${pick(['+', '-', '*', '/'])} ${gens.float(d - 1)})`;
        case 2: return `(${gens.int(d - 1)} ${pick(['+', '-', '*', '/'])} ${gens.float(d - 1)})`;
        case 3: return `(${gens.int(d - 1)} / ${gens.int(d - 1)})`;
        case 4: return `float(${gens.int(d - 1)})`;
        case 5: return `abs(${gens.float(d - 1)})`;
        case 6: return `(-${gens.float(d - 1)})`;
        default: return `${pick(['min', 'max'])}(${gens.float(d - 1)}, ${gens.float(d - 1)})`;
      }
    },
    str(d) {
      if (d <= 0 || chance(0.3)) return chance(0.5) ? pick(NAMES.str) : pick(STRS);
      switch (int(14)) {
        case 9: return `${gens.str(d - 1)}.replace(${pick(STRS)}, ${pick(STRS)})`;
        case 10: return `"|".join(${gens.str(d - 1)}.split(${pick(['', '"a"', '" "'])}))`;
        case 11: return `("%d:%s:%.2f" % (${gens.int(d - 1)}, ${gens.str(d - 1)}, ${gens.float(d - 1)}))`;
        case 12: return `format(${gens.float(d - 1)}, ${pick(['".3g"', '"e"', '",.2f"', '"10.1f"', '"%"'])})`;
        case 13: return `${gens.str(d - 1)}.${pick(['center', 'ljust', 'rjust', 'zfill'])}(${int(9)})`;
        case 0: case 1: return `(${gens.str(d - 1)} + ${gens.str(d - 1)})`;
        case 2: return `(${gens.str(d - 1)} * ${int(4)})`;
        case 3: return `str(${gens.int(d - 1)})`;
        case 4: return `str(${gens.float(d - 1)})`;
        case 5: return `${gens.str(d - 1)}.${pick(['upper', 'lower', 'strip', 'title'])}()`;
        case 6: return `${gens.str(d - 1)}[${gens.int(d - 1)}:${gens.int(d - 1)}]`;
        // names only inside: a quote in a replacement field ends the
        // f-string before Python 3.12
        case 7: return `f"{${pick(NAMES.int)} * 2}-{${pick(NAMES.str)}!r}-{${pick(NAMES.float)}}-{${pick(NAMES.float)}:.3f}"`;
        default: return `repr(${pick([gens.list, gens.float, gens.str])(d - 1)})`;
      }
    },
    bool(d) {
      if (d <= 0 || chance(0.2)) return chance(0.5) ? 'b0' : pick(['True', 'False']);
      switch (int(11)) {
        case 10: return `q0[${gens.int(d - 1)}]`;
        case 8: return `(${gens.int(d - 1)} < ${gens.float(d - 1)} <= ${gens.int(d - 1)})`;
        case 9: return `(${gens.list(d - 1)} ${pick(['<', '==', '>='])} ${gens.list(d - 1)})`;
        case 0: return `(${gens.int(d - 1)} ${pick(['<', '<=', '==', '!=', '>', '>='])} ${gens.float(d - 1)})`;
        case 1: return `(${gens.int(d - 1)} ${pick(['<', '==', '>='])} ${gens.int(d - 1)})`;
        case 2: return `(${gens.str(d - 1)} in ${gens.str(d - 1)})`;
        case 3: return `(${gens.int(d - 1)} in ${gens.list(d - 1)})`;
        case 4: return `(${gens.str(d - 1)} in d0)`;
        case 5: return `(not ${gens.bool(d - 1)})`;
        case 6: return `(${gens.bool(d - 1)} ${pick(['and', 'or'])} ${gens.bool(d - 1)})`;
        default: return `(${gens.str(d - 1)} ${pick(['<', '==', '>'])} ${gens.str(d - 1)})`;
      }
    },
    list(d) {
      if (d <= 0 || chance(0.3)) return chance(0.6) ? 'l0' : `[${gens.int(0)}, ${gens.int(0)}]`;
      switch (int(6)) {
        case 0: return `(${gens.list(d - 1)} + [${gens.int(d - 1)}])`;
        case 1: return `sorted(${gens.list(d - 1)})`;
        case 2: return `${gens.list(d - 1)}[${gens.int(d - 1)}:${gens.int(d - 1)}]`;
        case 3: return `[x * ${gens.int(0)} for x in ${gens.list(d - 1)}]`;
        case 4: return `list(range(${int(5)}))`;
        default: return `sorted(${gens.list(d - 1)}, reverse=True)`;
      }
    },
  };
  const types = ['int', 'float', 'str', 'bool', 'list'];

  function block(depth, indent, out, loopVars) {
    const n = 1 + int(4);
    for (let k = 0; k < n; k++) stmt(depth, indent, out, loopVars);
  }
  function stmt(depth, indent, out, loopVars) {
    const pad = '    '.repeat(indent);
    const r = int(14);
    if (r < 3 && chance(0.2)) {
      // o0 holds an int or a float: a variable of object type
      out.push(`${pad}o0 = ${pick([gens.int, gens.float])(2)}`);
    } else if (r < 3) {
      const t = pick(types);
      const name = pick(NAMES[t]);
      out.push(`${pad}${name} = ${gens[t](3)}`);
    } else if (r < 6) {
      out.push(`${pad}print(${gens[pick(types)](3)})`);
    } else if (r === 6) {
      const t = pick(['int', 'str', 'float']);
      const op = t === 'str' ? '+=' : pick(t === 'int' ? ['+=', '-=', '*=', '//='] : ['+=', '*=', '-=']);
      out.push(`${pad}${pick(NAMES[t])} ${op} ${gens[t](2)}`);
    } else if (r === 7 && chance(0.4)) {
      // a list of bools: a bool stays a byte, anything else makes objects
      const value = chance(0.7) ? gens.bool(2) : pick([gens.int(1), 'None', gens.float(0)]);
      out.push(chance(0.8) ? `${pad}q0[${gens.int(1)}] = ${value}` : `${pad}print(q0, sum(q0), q0.count(True), ${gens.bool(1)} in q0)`);
    } else if (r === 7) {
      out.push(chance(0.5) ? `${pad}l0.append(${gens.int(2)})` : `${pad}l0[${gens.int(1)}] = ${gens.int(2)}`);
    } else if (r === 8) {
      out.push(`${pad}d0[${gens.str(1)}] = ${gens.int(2)}`);
    } else if (r === 9) {
      out.push(`${pad}print(d0, len(d0), d0.get(${gens.str(1)}, ${gens.int(1)}), sorted(d0.items()))`);
    } else if (r === 10 && depth > 0) {
      // an item of the list of bools as a condition: its byte, or the
      // truth of an object once another value made the list one of objects
      out.push(`${pad}if ${chance(0.3) ? `q0[${gens.int(1)}]` : gens.bool(2)}:`);
      block(depth - 1, indent + 1, out, loopVars);
      if (chance(0.5)) {
        out.push(`${pad}else:`);
        block(depth - 1, indent + 1, out, loopVars);
      }
    } else if (r === 11 && depth > 0 && chance(0.4)) {
      // a counting loop: its variable holds small ints only, which int
      // arithmetic and comparisons use without a test
      const v = `c${loopVars.n++}`;
      const bounds = pick([`${int(6)}`, `-3, ${int(4)}`, `${int(8)}, -2, -3`, `${gens.int(1)} % 5`]);
      out.push(`${pad}for ${v} in range(${bounds}):`);
      out.push(`${pad}    i2 = ${v} ${pick(['%', '//', '^', '&', '|', '-', '+', '*'])} ${gens.int(1)}`);
      out.push(`${pad}    print(${v} ${pick(['<', '>=', '==', '!='])} ${gens.int(1)}, ${v} % ${1 + int(9)}, ${v} // ${1 + int(4)}, ~${v}, ${v} >> 1, ${gens.int(1)} - ${v})`);
      block(depth - 1, indent + 1, out, loopVars);
    } else if (r === 11 && depth > 0) {
      const v = `x${loopVars.n++}`;
      out.push(`${pad}for ${v} in ${gens.list(1)}[:4]:`);
      out.push(`${pad}    i2 = ${v}`);
      block(depth - 1, indent + 1, out, loopVars);
    } else if (r === 12 && depth > 0) {
      const v = `k${loopVars.n++}`;
      out.push(`${pad}${v} = 0`);
      out.push(`${pad}while ${v} < ${1 + int(4)} and ${gens.bool(1)}:`);
      out.push(`${pad}    ${v} += 1`);
      block(depth - 1, indent + 1, out, loopVars);
    } else if (r === 13 && chance(0.5)) {
      // the list of floats: its items updated, stored (a float stays one,
      // anything else makes objects) and read by the list's operations
      const k = int(4);
      if (k < 2) {
        const value = pick([gens.float, gens.float, gens.int, () => 'o0'])(2);
        out.push(`${pad}p0[${floatIndex(1)}] ${pick(['+=', '-=', '*=', '/='])} ${value}`);
      } else if (k === 2) {
        const value = chance(0.8) ? gens.float(2) : pick([gens.int(1), 'None', '"s"', 'True', 'o0']);
        out.push(`${pad}p0[${floatIndex(1)}] = ${value}`);
      } else {
        out.push(`${pad}print(p0, len(p0), ${gens.float(1)} in p0, p0[::-1], [v * 2 for v in p0], p0 == [v for v in p0])`);
      }
    } else {
      out.push(`${pad}print(${gens.str(2)}, ${gens.int(2)}, ${gens.float(2)}, ${gens.bool(1)})`);
    }
  }

  const out = [];
  for (let c = 0; c < ncases; c++) {
    out.push(`def case_${c}():`);
    out.push(`    i0 = ${intLit()}`, `    i1 = ${intLit()}`, '    i2 = 0');
    out.push(`    f0 = ${floatLit()}`, `    f1 = ${floatLit()}`);
    out.push(`    s0 = ${pick(STRS)}`, `    s1 = ${pick(STRS)}`);
    out.push(`    l0 = [${intLit()}, ${intLit()}, ${intLit()}]`, `    d0 = {${pick(STRS)}: 1}`, '    b0 = True');
    out.push(`    o0 = ${intLit()}`, `    o0 = ${chance(0.5) ? floatLit() : intLit()}`);
    out.push(`    q0 = [${pick(['True', 'False', 'b0', 'True, False'])}] * ${int(6)}`);
    out.push(`    p0 = ${pick(['[f0, f1, 0.5]', `[f1] * ${int(5)}`, '[0.25, -1.5, f0 * 2.0, 1e308]', '[f0, -0.0] * 2'])}`);
    block(2, 1, out, { n: 0 });
    out.push(`    print("end", i0, i1, f0, f1, s0, s1, l0, b0, o0, q0, p0)`);
    out.push('try:', `    case_${c}()`, 'except Exception as e:', '    print("EXC", type(e).__name__)');
  }
  return out.join('\n') + '\n';
}
