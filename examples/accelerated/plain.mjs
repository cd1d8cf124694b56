// The accelerated functions hand-written in plain JavaScript: what the
// compiled module is compared with (bench/break_even.mjs) and checked
// against (tests/accelerated.test.mjs). Same signatures as accelerated.ml:
// a matrix is an array of rows (arrays or Float64Arrays), bytes a
// Uint8Array. Results are what the loader gives for the module's: an int is
// a number when it is safe, else a BigInt; bytes a Uint8Array.

const intResult = (big) => (Number.isSafeInteger(Number(big)) ? Number(big) : big);

export function matrix_multiply(a, b) {
  const m = b.length;
  const p = m > 0 ? b[0].length : 0;
  return Array.from(a, (ai) => {
    const row = new Array(p).fill(0);
    for (let k = 0; k < m; k++) {
      const aik = ai[k];
      const bk = b[k];
      for (let j = 0; j < p; j++) row[j] += aik * bk[j];
    }
    return row;
  });
}

export function matrix_transpose(a) {
  const rows = a.length;
  const cols = rows > 0 ? a[0].length : 0;
  return Array.from({ length: cols }, (_, j) => Array.from({ length: rows }, (_, i) => a[i][j]));
}

export function determinant(a) {
  const n = a.length;
  const m = Array.from(a, (row) => Array.from(row));
  let det = 1.0;
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    if (m[pivot][c] === 0) return 0.0;
    if (pivot !== c) {
      [m[c], m[pivot]] = [m[pivot], m[c]];
      det = -det;
    }
    const top = m[c];
    const d = top[c];
    det *= d;
    for (let r = c + 1; r < n; r++) {
      const row = m[r];
      const f = row[c] / d;
      if (f !== 0) for (let j = c; j < n; j++) row[j] -= f * top[j];
    }
  }
  return det;
}

export function fibonacci(n) {
  let a = 0n;
  let b = 1n;
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return intResult(a);
}

export function factorial(n) {
  let r = 1n;
  for (let i = 2n; i <= BigInt(n); i++) r *= i;
  return intResult(r);
}

export function is_prime(n) {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let i = 3; i * i <= n; i += 2) if (n % i === 0) return false;
  return true;
}

export function monte_carlo_pi(samples, seed) {
  // the module's generator: x = (1103515245 x + 12345) mod 2^31, in 32-bit arithmetic
  let x = ((seed % 2147483648) + 2147483648) % 2147483648;
  let inside = 0;
  for (let i = 0; i < samples; i++) {
    x = (Math.imul(1103515245, x) + 12345) & 0x7fffffff;
    const u = x / 2147483648;
    x = (Math.imul(1103515245, x) + 12345) & 0x7fffffff;
    const v = x / 2147483648;
    if (u * u + v * v <= 1.0) inside++;
  }
  return (4.0 * inside) / samples;
}

export function xor_cipher(data, key) {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = data[i] ^ key[i % key.length];
  return out;
}

export function blur(pixels) {
  const height = pixels.length;
  const width = height > 0 ? pixels[0].length : 0;
  return Array.from({ length: height }, (_, y) => {
    const row = new Array(width);
    for (let x = 0; x < width; x++) {
      let total = 0;
      let count = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        const src = pixels[yy];
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx >= 0 && xx < width) {
            total += src[xx];
            count++;
          }
        }
      }
      row[x] = total / count;
    }
    return row;
  });
}
