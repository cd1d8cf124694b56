// run()'s python backend (Node only): the program's transpiled.py run by
// python3 in a child process, with run()'s stdin, args, env, fs (written to
// a temporary folder that is the program's working directory, read back
// after the run) and timeout (the process is killed: nothing is left
// running). The program's exceptions are its behaviour: CPython's traceback
// on stderr and exit status 1.

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
