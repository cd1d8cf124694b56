// The npm bin's bundle writer (its host's write_bundle, src/cli/cli_host.h):
// the same protocol as the native host's src/cli/posix/bundle_write.c, so
// that `npx multilingual build-wasm-bundle` and the native command can share
// a directory, even at once:
//
// - outDir and its parents are created when missing;
// - the directory is guarded by `<outDir>/.multilingual-build.lock`
//   (created exclusively, holding the owner's pid); while a live process
//   holds it, retry every 50 ms until the timeout. A lock whose pid is dead
//   is taken over (and its `<name>.tmp.<pid>` leftovers removed);
// - every file is written to `<name>.tmp.<pid>` and fsync'd; only when all
//   are written are they renamed over their targets, in the order given (the
//   CLI core puts build.lock.json last). If a write fails, the temp files are
//   removed and no file is touched;
// - the lock is released on every path.
//
// It is synchronous (the C core calls it from wasm) and words nothing: a
// failure is {kind, path, reason, pid}, which the core turns into the CLI's
// message (src/cli/host_failures.def).
import fs from 'node:fs';
import { getSystemErrorMap } from 'node:util';
import { HOST_FAILURES } from '../build/gen/ml_tables.mjs';

export const LOCK_NAME = '.multilingual-build.lock';
const RETRY_MS = 50;

const errorMap = getSystemErrorMap();
// The C library's strerror() words, where libuv's differ by more than case.
const STRERROR = { EEXIST: 'File exists', EISDIR: 'Is a directory', ENOSPC: 'No space left on device' };

/** The system's words for a Node system error, as strerror() says them. */
export function errorText(err) {
  if (err && STRERROR[err.code]) return STRERROR[err.code];
  const text = err && typeof err.errno === 'number' ? errorMap.get(err.errno)?.[1] : undefined;
  if (!text) return String(err?.message ?? err);
  return text[0].toUpperCase() + text.slice(1);
}

/** A host failure (build/gen/ml_tables.mjs HOST_FAILURES[kind]) for the C core. */
export function hostFailure(kind, path, err, pid = 0) {
  return { kind: HOST_FAILURES[kind], path: path ?? '', reason: err ? errorText(err) : '', pid };
}

// Thrown inside this file, returned by writeBundle.
class Failure {
  constructor(failure) {
    this.failure = failure;
  }
}
function fail(kind, path, err, pid) {
  throw new Failure(hostFailure(kind, path, err, pid));
}

// "dir/name", adding the '/' only when dir lacks it (as the C join()).
function join(dir, name) {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepMs(ms) {
  Atomics.wait(sleeper, 0, 0, ms);
}

function mkdirP(path) {
  for (let i = 1; i <= path.length; i++) {
    if (i < path.length && path[i] !== '/') continue;
    if (path[i - 1] === '/') continue; // repeated slashes
    const prefix = path.slice(0, i);
    try {
      fs.mkdirSync(prefix, 0o777);
    } catch (e) {
      if (e.code !== 'EEXIST') fail('mkdir', prefix, e);
    }
  }
  let st = null;
  try {
    st = fs.statSync(path);
  } catch {}
  if (!st || !st.isDirectory()) fail('notDirectory', path);
}

// The pid stored in a lock file, or 0 when there is none to read.
function readLockPid(path) {
  let text;
  try {
    text = fs.readFileSync(path, 'latin1').slice(0, 31);
  } catch {
    return 0;
  }
  const m = /^\s*([+-]?\d+)(\n|$)/.exec(text);
  const pid = m ? Number(m[1]) : 0;
  return pid > 0 ? pid : 0;
}

function pidAlive(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code !== 'ESRCH'; // EPERM: exists, owned by someone else
  }
}

function tryUnlink(path) {
  try {
    fs.unlinkSync(path);
  } catch {}
}

// Takes over a stale lock held by dead `pid`: renamed aside first (only one
// contender wins), then checked to really be that pid's; a lock re-created
// meanwhile is put back.
function takeOverStale(lockPath, pid, dir, names) {
  const aside = `${lockPath}.stale.${process.pid}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch {
    return;
  }
  if (readLockPid(aside) === pid) {
    tryUnlink(aside);
    for (const name of names) tryUnlink(join(dir, `${name}.tmp.${pid}`));
    return;
  }
  try {
    fs.linkSync(aside, lockPath);
    tryUnlink(aside);
  } catch (e) {
    if (e.code === 'EEXIST') tryUnlink(aside); // someone holds a new lock
    else {
      try {
        fs.renameSync(aside, lockPath);
      } catch {}
    }
  }
}

function acquireLock(dir, lockPath, timeout, names) {
  const deadline = performance.now() + (timeout > 0 ? timeout : 0) * 1000;
  let holder = 0;
  for (;;) {
    let fd;
    try {
      fd = fs.openSync(lockPath, 'wx', 0o644);
    } catch (e) {
      if (e.code !== 'EEXIST') fail('lockCreate', lockPath, e);
    }
    if (fd !== undefined) {
      try {
        fs.writeSync(fd, `${process.pid}\n`);
        fs.closeSync(fd);
      } catch (e) {
        tryUnlink(lockPath);
        fail('lockWrite', lockPath, e);
      }
      return;
    }
    holder = readLockPid(lockPath);
    if (holder > 0 && !pidAlive(holder)) {
      takeOverStale(lockPath, holder, dir, names);
      continue; // retry at once
    }
    if (performance.now() >= deadline) break;
    sleepMs(RETRY_MS);
  }
  if (holder > 0) fail('lockHeld', lockPath, null, holder);
  fail('lockNoPid', lockPath);
}

function writeFileSynced(path, bytes) {
  const fd = fs.openSync(path, 'w', 0o644);
  try {
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done);
    try {
      fs.fsyncSync(fd);
    } catch (e) {
      if (e.code !== 'EINVAL' && e.code !== 'EROFS') throw e;
    }
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncDir(dir) {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {} // best effort: not every file system supports it
}

function write(outDir, files, lockTimeout) {
  const names = files.map((f) => f.name);
  mkdirP(outDir);
  const lockPath = join(outDir, LOCK_NAME);
  acquireLock(outDir, lockPath, lockTimeout, names);
  try {
    const temps = names.map((name) => join(outDir, `${name}.tmp.${process.pid}`));
    files.forEach(({ name, data }, i) => {
      try {
        writeFileSynced(temps[i], data);
      } catch (e) {
        for (let j = 0; j <= i; j++) tryUnlink(temps[j]);
        fail('write', join(outDir, name), e);
      }
    });
    let renamed = 0;
    try {
      for (; renamed < files.length; renamed++) {
        const target = join(outDir, names[renamed]);
        try {
          fs.renameSync(temps[renamed], target);
        } catch (e) {
          fail('replace', target, e);
        }
      }
    } finally {
      for (let i = renamed; i < files.length; i++) tryUnlink(temps[i]);
      fsyncDir(outDir);
    }
  } finally {
    tryUnlink(lockPath);
  }
}

/**
 * Writes files ([{name, data: Uint8Array}], in order) into outDir as
 * described above, waiting at most lockTimeout seconds for the lock.
 * Returns undefined when done, or the failure.
 */
export function writeBundle(outDir, files, lockTimeout) {
  try {
    write(outDir, files, lockTimeout);
    return undefined;
  } catch (e) {
    if (e instanceof Failure) return e.failure;
    throw e;
  }
}
