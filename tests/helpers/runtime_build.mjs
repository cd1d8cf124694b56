// Builds of the runtime's C sources with a test driver (tests/unit/rt_*_test.c),
// shared by the runtime's differential tests: natively with gcc (optimized,
// or under ASan/UBSan), and for wasm32-wasi with runtime.mk's flags and
// wasi-libc's libm (what generated modules link), run under node:wasi.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './common.mjs';

const exec = promisify(execFile);

export const OUT = join(ROOT, 'build', 'tests');
export const RUNTIME_SRCS = readdirSync(join(ROOT, 'src/runtime')).filter((f) => f.endsWith('.c'))
  .map((f) => `src/runtime/${f}`);
const NATIVE = ['-std=c11', '-Wall', '-Wextra', '-Werror', '-g', '-DML_RUNTIME_BUILD', '-DML_RT_NATIVE', '-I', 'src/runtime'];
export const OPTIMIZED = ['-O2'];
export const SANITIZED = ['-O1', '-fsanitize=address,undefined', '-fno-omit-frame-pointer', '-fno-sanitize-recover=undefined'];
// src/runtime/runtime.mk's RT_CFLAGS
const WASM_CFLAGS = ['--target=wasm32-wasi', '-std=c11', '-O2', '-fno-unroll-loops', '-DML_RUNTIME_BUILD', '-Wall', '-Wextra',
  '-Werror', '-mbulk-memory', '-mnontrapping-fptoint', '-msign-ext', '-mmutable-globals', '-ffunction-sections',
  '-fdata-sections', '-fno-builtin-printf', '-I', join(ROOT, 'src/runtime')];
const WASI_LIB = '/usr/lib/wasm32-wasi';

/* The native executable `name` (in build/tests) of driver with every runtime source. */
export async function buildNative(name, driver, flags) {
  mkdirSync(OUT, { recursive: true });
  const exe = join(OUT, name);
  await exec('gcc', [...NATIVE, ...flags, '-o', exe, driver, ...RUNTIME_SRCS, '-lm'], { cwd: ROOT });
  return exe;
}

/* clang's wasm32 compiler-rt builtins, as runtime.mk finds them. */
async function builtinsLib() {
  const { stdout } = await exec('sh', ['-c', 'ls /usr/lib/llvm-*/lib/clang/*/lib/wasi/libclang_rt.builtins-wasm32.a']);
  const lib = stdout.split('\n').filter(Boolean)[0];
  if (!lib) throw new Error('no libclang_rt.builtins-wasm32.a');
  return lib;
}

/* build/tests/<name>.wasm: driver and every runtime source for wasm32-wasi
 * (one clang per half of the files: two cores), linked with wasi-libc's
 * libm and libc; linkFlags choose the entry and the stack. */
export async function buildWasm(name, driver, linkFlags) {
  const dir = join(OUT, `${name}_objs`);
  mkdirSync(dir, { recursive: true });
  const files = [...RUNTIME_SRCS, driver].map((f) => join(ROOT, f));
  const half = Math.ceil(files.length / 2);
  await Promise.all([files.slice(0, half), files.slice(half)].map((part) => exec('clang', [...WASM_CFLAGS, '-c', ...part],
    { cwd: dir })));
  const objs = readdirSync(dir).filter((f) => f.endsWith('.o')).map((f) => join(dir, f));
  const wasm = join(OUT, `${name}.wasm`);
  await exec('wasm-ld', [...linkFlags, '--export=__heap_base', '-o', wasm, ...objs, `${WASI_LIB}/libm.a`, `${WASI_LIB}/libc.a`,
    await builtinsLib()]);
  return wasm;
}
