// Generates a ~1,000-line multilingual program that uses what the compiler
// supports: functions, loops, arithmetic, strings, prints.
export function generateProgram(lines = 1000) {
  const out = [];
  let f = 0;
  while (out.length < lines - 12) {
    out.push(
      `def step_${f}(n, scale=2):`,
      `    total = 0`,
      `    for i in range(n):`,
      `        if i % 3 == 0:`,
      `            total += i * scale`,
      `        elif i % 3 == 1:`,
      `            total -= ${f} // 2`,
      `        else:`,
      `            total = total + abs(i - ${f})`,
      `    label = "step ${f}: " + str(total)`,
      `    return total`,
      ``,
    );
    f++;
  }
  out.push('grand = 0');
  for (let i = 0; i < f; i++) out.push(`grand += step_${i}(${i % 10 + 5})`);
  out.push('print("grand total", grand)');
  return out.join('\n') + '\n';
}
