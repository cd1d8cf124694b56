// Writing a build's artifacts into a directory from Node, exactly like the
// native CLI's src/bundle/bundle_write.c (same files, modes, lock protocol
// and error messages), so that `npx multilingual build-wasm-bundle` and the
// native command are interchangeable, even on the same directory at once:
//
// - out_dir and its parents are created when missing;
// - the directory is guarded by `<out_dir>/.multilingual-build.lock`
//   (created exclusively, holding the owner's pid); while a live process
//   holds it, retry every 50 ms until the timeout. A lock whose pid is dead
//   is taken over (and its `<name>.tmp.<pid>` leftovers removed);
// - every file is written to `<name>.tmp.<pid>` and fsync'd; only when all
//   are written are they renamed over their targets, build.lock.json last.
//   If a write fails, the temp files are removed and no artifact is touched;
// - the lock is released on every path.
import fs from 'node:fs';
import { getSystemErrorMap } from 'node:util';

export const LOCK_NAME = '.multilingual-build.lock';
const RETRY_MS = 50;

/** An error of writeBundle: `message` is the text the native CLI prints. */
export class BundleError extends Error {}

const errorMap = getSystemErrorMap();
// The C library's strerror() text, where libuv's differs by more than case.
const STRERROR = { EEXIST: 'File exists', EISDIR: 'Is a directory', ENOSPC: 'No space left on device' };

/** strerror()-like text of a Node system error (libuv's text, capitalized). */
export function errorText(err) {
  if (err && STRERROR[err.code]) return STRERROR[err.code];
  const text = err && typeof err.errno === 'number' ? errorMap.get(err.errno)?.[1] : undefined;
  if (!text) return String(err?.message ?? err);
  return text[0].toUpperCase() + text.slice(1);
}

// "dir/name", adding the '/' only when dir lacks it (as the C join()).
function join(dir, name) {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function fail(message) {
  throw new BundleError(message);
}

function mkdirP(path) {
  for (let i = 1; i <= path.length; i++) {
    if (i < path.length && path[i] !== '/') continue;
    if (path[i - 1] === '/') continue; // repeated slashes
    const prefix = path.slice(0, i);
    try {
      fs.mkdirSync(prefix, 0o777);
    } catch (e) {
      if (e.code !== 'EEXIST') fail(`cannot create directory ${prefix}: ${errorText(e)}`);
    }
  }
  let st = null;
  try {
    st = fs.statSync(path);
  } catch {}
  if (!st || !st.isDirectory()) fail(`output path ${path} is not a directory`);
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

function formatSeconds(s) {
  return s === Infinity ? 'inf' : s.toFixed(1);
}

async function acquireLock(dir, lockPath, timeout, names) {
  const wait = timeout > 0 ? timeout : 0;
  const deadline = performance.now() + wait * 1000;
  let holder = 0;
  for (;;) {
    let fd;
    try {
      fd = fs.openSync(lockPath, 'wx', 0o644);
    } catch (e) {
      if (e.code !== 'EEXIST') fail(`cannot create build lock ${lockPath}: ${errorText(e)}`);
    }
    if (fd !== undefined) {
      try {
        fs.writeSync(fd, `${process.pid}\n`);
        fs.closeSync(fd);
      } catch (e) {
        tryUnlink(lockPath);
        fail(`cannot write build lock ${lockPath}: ${errorText(e)}`);
      }
      return;
    }
    holder = readLockPid(lockPath);
    if (holder > 0 && !pidAlive(holder)) {
      takeOverStale(lockPath, holder, dir, names);
      continue; // retry at once
    }
    if (performance.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  const waited = `timed out after ${formatSeconds(wait)} s waiting for build lock ${lockPath}`;
  if (holder > 0) fail(`${waited} (held by running process ${holder})`);
  fail(`${waited} (no pid in it; remove it if no build is running)`);
}

function writeFileSynced(path, data) {
  const fd = fs.openSync(path, 'w', 0o644);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
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

/**
 * Writes files ({name: string | Uint8Array}, in order) into outDir as
 * described above. Resolves when done; rejects with a BundleError whose
 * message is the native CLI's (after "multilingual: error: ").
 */
export async function writeBundle(outDir, files, { lockTimeout = 30 } = {}) {
  if (!outDir) fail('no output directory given');
  const entries = Object.entries(files);
  const names = entries.map(([name]) => name);
  for (const name of names) {
    if (!name || name.includes('/') || name === '.' || name === '..' || name.startsWith(LOCK_NAME)) {
      fail(`invalid artifact name '${name}'`);
    }
  }
  mkdirP(outDir);
  const lockPath = join(outDir, LOCK_NAME);
  await acquireLock(outDir, lockPath, lockTimeout, names);
  try {
    const temps = names.map((name) => join(outDir, `${name}.tmp.${process.pid}`));
    entries.forEach(([name, data], i) => {
      try {
        writeFileSynced(temps[i], data);
      } catch (e) {
        for (let j = 0; j <= i; j++) tryUnlink(temps[j]);
        fail(`cannot write ${outDir}/${name}: ${errorText(e)}`);
      }
    });
    // build.lock.json last: a reader that sees it also sees what it describes.
    const order = [...names.keys()].sort((a, b) => (names[a] === 'build.lock.json') - (names[b] === 'build.lock.json'));
    const pending = new Set(order);
    try {
      for (const i of order) {
        const target = join(outDir, names[i]);
        try {
          fs.renameSync(temps[i], target);
        } catch (e) {
          fail(`cannot replace ${target}: ${errorText(e)}`);
        }
        pending.delete(i);
      }
    } finally {
      for (const i of pending) tryUnlink(temps[i]);
      fsyncDir(outDir);
    }
  } finally {
    tryUnlink(lockPath);
  }
}
