// The accelerated functions hand-written in plain JavaScript: what the
// compiled module is compared with (bench/break_even.mjs) and checked
// against (tests/accelerated.test.mjs). Same signatures as accelerated.ml:
// matrices are row-major arrays of numbers (or Float64Arrays), bytes are
// arrays of 0..255. Results are what the loader gives for the module's:
// an int is a number when it is safe, else a BigInt.

const intResult = (big) => (Number.isSafeInteger(Number(big)) ? Number(big) : big);

export function matrix_multiply(a, b, n, m, p) {
  const out = new Array(n * p).fill(0);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      const row = k * p;
      const base = i * p;
      for (let j = 0; j < p; j++) out[base + j] += aik * b[row + j];
    }
  }
  return out;
}

export function matrix_transpose(a, rows, cols) {
  const out = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = a[i * cols + j];
  return out;
}

export function determinant(a, n) {
  const m = Array.from(a.slice(0, n * n));
  let det = 1.0;
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r * n + c]) > Math.abs(m[pivot * n + c])) pivot = r;
    if (m[pivot * n + c] === 0) return 0.0;
    if (pivot !== c) {
      for (let j = 0; j < n; j++) {
        const t = m[c * n + j];
        m[c * n + j] = m[pivot * n + j];
        m[pivot * n + j] = t;
      }
      det = -det;
    }
    const d = m[c * n + c];
    det *= d;
    for (let r = c + 1; r < n; r++) {
      const f = m[r * n + c] / d;
      if (f !== 0) for (let j = c; j < n; j++) m[r * n + j] -= f * m[c * n + j];
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
  const out = new Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = data[i] ^ key[i % key.length];
  return out;
}

export function blur(pixels, width, height) {
  const out = new Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let total = 0;
      let count = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx >= 0 && xx < width) {
            total += pixels[yy * width + xx];
            count++;
          }
        }
      }
      out[y * width + x] = total / count;
    }
  }
  return out;
}
