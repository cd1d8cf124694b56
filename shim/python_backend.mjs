// The python backends (Node only). run()'s: the program's transpiled.py run by
// python3 in a child process, with run()'s stdin, args, env, fs (written to
// a temporary folder that is the program's working directory, read back
// after the run) and timeout (the process is killed: nothing is left
// running). The program's exceptions are its behaviour: CPython's traceback
// on stderr and exit status 1. The loader's: callPython(), one call of one
// function of a bundle's transpiled.py.

import { parseShape, toPythonJson } from './host_values.mjs';
import { timeoutError } from './worker_calls.mjs';

const IS_NODE = typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined';

/* Whether python3 (or `python`) can be started: null when it can, else why not. */
export async function pythonMissing(python = 'python3') {
  if (!IS_NODE) return 'python3 cannot run in a page';
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync(python, ['-c', 'pass'], { stdio: 'ignore' });
  if (r.error || r.status !== 0) return `no ${python} on the PATH`;
  return null;
}

async function writeTree(fsp, path, root, files) {
  for (const [key, value] of Object.entries(files || {})) {
    const names = key.split('/').filter((n) => n && n !== '.');
    if (!names.length || names.includes('..')) throw new TypeError(`fs: '${key}' is not a path inside the file system`);
    const target = path.join(root, ...names);
    if (key.endsWith('/')) {
      await fsp.mkdir(target, { recursive: true });
      continue;
    }
    await fsp.mkdir(path.dirname(target), { recursive: true });
    await fsp.writeFile(target, typeof value === 'string' ? value : value);
  }
}

async function readTree(fsp, path, root, skip) {
  const out = {};
  const strict = new TextDecoder('utf-8', { fatal: true });
  const visit = async (dir, prefix) => {
    const entries = await fsp.readdir(dir, { withFileTypes: true });
    if (prefix && !entries.length) out[`${prefix}/`] = '';
    for (const e of entries) {
      const p = prefix ? `${prefix}/${e.name}` : e.name;
      if (!prefix && skip.includes(e.name)) continue;
      if (e.isDirectory()) await visit(path.join(dir, e.name), p);
      else {
        const bytes = new Uint8Array(await fsp.readFile(path.join(dir, e.name)));
        try {
          out[p] = strict.decode(bytes);
        } catch {
          out[p] = bytes;
        }
      }
    }
  };
  await visit(root, '');
  return out;
}

/**
 * Runs Python source: { exitCode, stdout, stderr, fs? } as run() gives them.
 * options: stdin, args, env, fs, stdout(text), stderr(text), timeout (ms), python.
 */
export async function runPython(source, options = {}) {
  const { spawn } = await import('node:child_process');
  const fsp = await import('node:fs/promises');
  const path = await import('node:path');
  const os = await import('node:os');
  const tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'multilingual-py-'));
  // the program beside (not inside) its working directory: fs holds only its files
  const script = path.join(tmp, 'transpiled.py');
  const cwd = path.join(tmp, 'fs');
  try {
    await fsp.writeFile(script, source);
    await fsp.mkdir(cwd);
    if (options.fs) await writeTree(fsp, path, cwd, options.fs);
    // os.environ is options.env (as the module's), plus what python3 itself needs to start
    let env = process.env;
    if (options.env) {
      env = {};
      for (const k of ['PATH', 'HOME', 'PYENV_ROOT', 'PYENV_VERSION', 'SYSTEMROOT', 'LANG']) if (process.env[k] !== undefined) env[k] = process.env[k];
      Object.assign(env, options.env);
    }
    env = { ...env, PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' };
    const child = spawn(options.python ?? 'python3', [script, ...(options.args || [])], { cwd: options.fs ? cwd : process.cwd(), env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = { stdout: '', stderr: '' };
    for (const k of ['stdout', 'stderr']) {
      const dec = new TextDecoder();
      child[k].on('data', (d) => {
        const s = dec.decode(d, { stream: true });
        out[k] += s;
        if (options[k]) options[k](s);
      });
    }
    child.stdin.on('error', () => {}); // a program that does not read its input
    child.stdin.end(options.stdin ?? '');
    const exitCode = await new Promise((resolve, reject) => {
      let timer = null;
      if (options.timeout) {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          child.on('close', () => {
            const e = new Error(`run(): the program was stopped: it ran longer than its time limit (timeout: ${options.timeout} ms)`);
            e.name = 'TimeoutError';
            e.stdout = out.stdout;
            e.stderr = out.stderr;
            reject(e);
          });
        }, options.timeout);
      }
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on('close', (code, signal) => {
        if (timer === null || code !== null || signal !== 'SIGKILL') {
          clearTimeout(timer);
          resolve(code ?? 128);
        }
      });
    });
    const result = { exitCode, stdout: out.stdout, stderr: out.stderr };
    if (options.fs) result.fs = await readTree(fsp, path, cwd, []);
    return result;
  } finally {
    await fsp.rm(tmp, { recursive: true, force: true });
  }
}

/* One call of a function of transpiled.py (file) with python3, for the
 * loader's python backend: one process per call; transpiled.py is imported
 * (its top-level code runs, as the module's does), the function is called
 * with the arguments as the module would receive them (sig: its manifest
 * entry), the result comes back as JSON on fd 3 so the program's own output
 * stays on stdout/stderr. options: stdout, stderr, timeout, python. */
export async function callPython(file, sig, args, options = {}) {
  const { spawn } = await import('node:child_process');
  const enc = (v, t) => {
    if (t === 'i64') return { $int: String(typeof v === 'boolean' ? Number(v) : v) };
    if (t === 'f64') return { $float: Number(v) };
    if (t === 'array<f64>') return { $floats: Array.from(v, Number) };
    if (t === 'str' || t === 'bool') return v;
    return toPythonJson(parseShape(t), v, ''); // checked by the caller (checkArguments)
  };
  const request = JSON.stringify({ file, name: sig.name, args: args.map((a, i) => enc(a, sig.arg_types[i])) });
  const out = { stdout: '', stderr: '', result: '' };
  const child = spawn(options.python ?? 'python3', ['-c', PY_CALLER], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
  child.stdin.on('error', () => {});
  child.stdin.end(request);
  const sink = (stream, k, cb) => {
    const dec = new TextDecoder(); // a character may straddle two chunks
    stream.on('data', (d) => {
      const s = dec.decode(d, { stream: true });
      out[k] += s;
      if (cb) cb(s);
    });
  };
  sink(child.stdout, 'stdout', options.stdout);
  sink(child.stderr, 'stderr', options.stderr);
  sink(child.stdio[3], 'result');
  const status = await new Promise((resolve, reject) => {
    let timedOut = false;
    const timer = options.timeout ? setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, options.timeout) : null;
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    // settled once the process is gone: nothing runs after a time-out's rejection
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) reject(timeoutError(`${sig.name}() on python3`, options.timeout));
      else resolve(code);
    });
  });
  if (status !== 0) {
    const err = new Error(out.stderr.trim().split('\n').pop() || `python3 exited with status ${status}`);
    err.exitCode = status;
    throw err;
  }
  const big = (v) => v && typeof v === 'object' && !Array.isArray(v);
  const revive = (v) => {
    if (!big(v)) return v;
    if ('$int' in v) return BigInt(v.$int);
    if ('$float' in v) return Number(v.$float);
    if ('$bytes' in v) return Uint8Array.from(atob(v.$bytes), (c) => c.charCodeAt(0));
    return v;
  };
  return JSON.parse(out.result, (_k, v) => revive(v));
}

/* The python3 side of a call (callPython): an int a JS number cannot hold
 * exactly (as the module's results: BigInt from 2^53) and non-finite
 * floats travel as strings; tuples come back as arrays. */
const PY_CALLER = `
import base64, importlib.util, json, math, os, sys
req = json.loads(sys.stdin.read())
def dec(v):
    if isinstance(v, dict) and '$int' in v: return int(v['$int'])
    if isinstance(v, dict) and '$float' in v: return float(v['$float'])
    if isinstance(v, dict) and '$floats' in v: return [float(x) for x in v['$floats']]
    if isinstance(v, dict) and '$bytes' in v: return base64.b64decode(v['$bytes'])
    if isinstance(v, dict) and '$tuple' in v: return tuple(dec(x) for x in v['$tuple'])
    if isinstance(v, dict) and '$set' in v: return set(dec(x) for x in v['$set'])
    if isinstance(v, dict) and '$dict' in v: return {dec(k): dec(x) for k, x in v['$dict']}
    if isinstance(v, list): return [dec(x) for x in v]
    return v
def enc(v):
    if isinstance(v, bool) or v is None or isinstance(v, str): return v
    if isinstance(v, int): return v if abs(v) < 2**53 else {'$int': str(v)}
    if isinstance(v, float): return v if math.isfinite(v) else {'$float': repr(v)}
    if isinstance(v, (list, tuple)): return [enc(x) for x in v]
    if isinstance(v, bytes): return {'$bytes': base64.b64encode(v).decode('ascii')}
    raise TypeError(f"a {type(v).__name__} cannot reach JS")
spec = importlib.util.spec_from_file_location('__ml_program__', req['file'])
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
result = getattr(mod, req['name'])(*[dec(a) for a in req['args']])
sys.stdout.flush()
with os.fdopen(3, 'w') as f:
    f.write(json.dumps(enc(result)))
`;
