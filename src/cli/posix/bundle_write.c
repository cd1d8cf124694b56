#define _XOPEN_SOURCE 700
#include "cli/posix/bundle_write.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "util/buf.h"

#define RETRY_MS 50
/* A lock without a pid this old is abandoned: a writer puts its pid in the
 * moment after creating the lock, so only a build killed in between (or a
 * file truncated or garbled by hand) leaves one for seconds. */
#define LOCK_NO_PID_ABANDONED_S 5.0

/* malloc'd "dir/name[suffix]". */
static char *join(const char *dir, const char *name, const char *suffix) {
    Buf b;
    buf_init(&b);
    buf_puts(&b, dir);
    if (b.len && b.data[b.len - 1] != '/') buf_putc(&b, '/');
    buf_puts(&b, name);
    if (suffix) buf_puts(&b, suffix);
    return buf_take(&b, NULL);
}

static int mkdir_p(const char *path, MlHostFailure *fail) {
    size_t n = strlen(path);
    char *p = malloc(n + 1);
    if (!p) return ml_host_fail(fail, ML_HOST_NO_MEMORY, NULL, NULL);
    memcpy(p, path, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (p[i] != '/' && p[i] != 0) continue;
        if (p[i - 1] == '/') continue; /* repeated slashes */
        char saved = p[i];
        p[i] = 0;
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            ml_host_fail(fail, ML_HOST_MKDIR, p, strerror(errno));
            free(p);
            return -1;
        }
        p[i] = saved;
    }
    free(p);
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) return ml_host_fail(fail, ML_HOST_NOT_DIRECTORY, path, NULL);
    return 0;
}

static int write_all(int fd, const unsigned char *data, size_t len) {
    while (len > 0) {
        ssize_t w = write(fd, data, len);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        data += w;
        len -= (size_t)w;
    }
    return 0;
}

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void sleep_ms(long ms) {
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

/* The pid stored in a lock file, or 0 when there is none to read. */
static long read_lock_pid(const char *path) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) return 0;
    char buf[32];
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) return 0;
    buf[n] = 0;
    char *end;
    long pid = strtol(buf, &end, 10);
    if (end == buf || pid <= 0 || (*end != '\n' && *end != 0)) return 0;
    return pid;
}

/* Seconds since path was last modified; -1 when it cannot be told. */
static double age_seconds(const char *path) {
    struct stat st;
    struct timespec now;
    if (stat(path, &st) != 0 || clock_gettime(CLOCK_REALTIME, &now) != 0) return -1;
    return (double)(now.tv_sec - st.st_mtim.tv_sec) + (double)(now.tv_nsec - st.st_mtim.tv_nsec) / 1e9;
}

static int pid_alive(long pid) {
    if (pid == (long)getpid()) return 1;
    if (kill((pid_t)pid, 0) == 0) return 1;
    return errno != ESRCH; /* EPERM: exists, owned by someone else */
}

/* Removes `<name>.tmp.<pid>` leftovers of a dead build. */
static void remove_stale_temps(const char *dir, const BundleFile *files, int nfiles, long pid) {
    char suffix[40];
    snprintf(suffix, sizeof suffix, ".tmp.%ld", pid);
    for (int i = 0; i < nfiles; i++) {
        char *t = join(dir, files[i].name, suffix);
        unlink(t);
        free(t);
    }
}

/* Takes over a stale lock held by dead `pid` (0: an abandoned lock without
 * a pid): the lock is first renamed to a private name (atomic: only one
 * contender wins), then checked to really be the dead pid's, or still
 * without a pid and old (and not a lock re-created meanwhile, which is put
 * back). */
static void take_over_stale(const char *lock_path, long pid, const char *dir,
                            const BundleFile *files, int nfiles) {
    char suffix[48];
    snprintf(suffix, sizeof suffix, ".stale.%ld", (long)getpid());
    Buf b;
    buf_init(&b);
    buf_puts(&b, lock_path);
    buf_puts(&b, suffix);
    char *aside = buf_take(&b, NULL);
    if (rename(lock_path, aside) == 0) {
        if (read_lock_pid(aside) == pid && (pid > 0 || age_seconds(aside) >= LOCK_NO_PID_ABANDONED_S)) {
            unlink(aside);
            if (pid > 0) remove_stale_temps(dir, files, nfiles, pid);
        } else if (link(aside, lock_path) == 0 || errno == EEXIST) {
            unlink(aside); /* restored (or someone holds a new lock) */
        } else {
            rename(aside, lock_path);
        }
    }
    free(aside);
}

static int acquire_lock(const char *dir, const char *lock_path, double timeout,
                        const BundleFile *files, int nfiles, MlHostFailure *fail) {
    double deadline = now_seconds() + (timeout > 0 ? timeout : 0);
    long holder = 0;
    for (;;) {
        int fd = open(lock_path, O_WRONLY | O_CREAT | O_EXCL, 0644);
        if (fd >= 0) {
            char pidtext[32];
            int n = snprintf(pidtext, sizeof pidtext, "%ld\n", (long)getpid());
            int bad = write_all(fd, (const unsigned char *)pidtext, (size_t)n) != 0;
            if (close(fd) != 0) bad = 1;
            if (bad) {
                ml_host_fail(fail, ML_HOST_LOCK_WRITE, lock_path, strerror(errno));
                unlink(lock_path);
                return -1;
            }
            return 0;
        }
        if (errno != EEXIST) return ml_host_fail(fail, ML_HOST_LOCK_CREATE, lock_path, strerror(errno));
        holder = read_lock_pid(lock_path);
        if ((holder > 0 && !pid_alive(holder)) ||
            (holder == 0 && age_seconds(lock_path) >= LOCK_NO_PID_ABANDONED_S)) {
            take_over_stale(lock_path, holder, dir, files, nfiles);
            continue; /* retry at once */
        }
        if (now_seconds() >= deadline) break;
        sleep_ms(RETRY_MS);
    }
    ml_host_fail(fail, holder > 0 ? ML_HOST_LOCK_HELD : ML_HOST_LOCK_NO_PID, lock_path, NULL);
    fail->pid = holder;
    return -1;
}

static int valid_name(const char *name) {
    if (!name || !*name || strchr(name, '/')) return 0;
    if (!strcmp(name, ".") || !strcmp(name, "..")) return 0;
    if (!strncmp(name, BUNDLE_LOCK_NAME, strlen(BUNDLE_LOCK_NAME))) return 0;
    return 1;
}

static void fsync_dir(const char *dir) {
    int fd = open(dir, O_RDONLY);
    if (fd < 0) return;
    fsync(fd); /* best effort: not every file system supports it */
    close(fd);
}

/* Writes every file to its temp path; on failure removes all temps. */
static int write_temps(const char *out_dir, const BundleFile *files, int nfiles, char **tmps,
                       MlHostFailure *fail) {
    for (int i = 0; i < nfiles; i++) {
        const char *path = tmps[i];
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int failed = fd < 0;
        if (!failed && write_all(fd, files[i].data, files[i].len) != 0) failed = 1;
        if (!failed && fsync(fd) != 0 && errno != EINVAL && errno != EROFS) failed = 1;
        int saved = errno;
        if (fd >= 0 && close(fd) != 0 && !failed) {
            failed = 1;
            saved = errno;
        }
        if (failed) {
            char *target = join(out_dir, files[i].name, NULL);
            ml_host_fail(fail, ML_HOST_WRITE, target, strerror(saved));
            free(target);
            for (int j = 0; j <= i; j++) unlink(tmps[j]);
            return -1;
        }
    }
    return 0;
}

int bundle_write(const char *out_dir, const BundleFile *files, int nfiles, double lock_timeout_seconds,
                 MlHostFailure *fail) {
    if (!out_dir || !*out_dir) return ml_host_fail(fail, ML_HOST_NO_OUT_DIR, NULL, NULL);
    for (int i = 0; i < nfiles; i++) {
        const char *name = files[i].name;
        if (!valid_name(name)) return ml_host_fail(fail, ML_HOST_BAD_NAME, name ? name : "(null)", NULL);
        if (!files[i].data && files[i].len) return ml_host_fail(fail, ML_HOST_NO_DATA, name, NULL);
        for (int j = 0; j < i; j++)
            if (!strcmp(name, files[j].name)) return ml_host_fail(fail, ML_HOST_TWICE, name, NULL);
    }
    if (mkdir_p(out_dir, fail) != 0) return -1;

    char *lock_path = join(out_dir, BUNDLE_LOCK_NAME, NULL);
    if (acquire_lock(out_dir, lock_path, lock_timeout_seconds, files, nfiles, fail) != 0) {
        free(lock_path);
        return -1;
    }

    int rc = 0;
    char suffix[40];
    snprintf(suffix, sizeof suffix, ".tmp.%ld", (long)getpid());
    char **tmps = calloc(nfiles > 0 ? (size_t)nfiles : 1, sizeof *tmps);
    char **finals = calloc(nfiles > 0 ? (size_t)nfiles : 1, sizeof *finals);
    if (!tmps || !finals) {
        rc = ml_host_fail(fail, ML_HOST_NO_MEMORY, NULL, NULL);
        goto done;
    }
    for (int i = 0; i < nfiles; i++) {
        tmps[i] = join(out_dir, files[i].name, suffix);
        finals[i] = join(out_dir, files[i].name, NULL);
    }
    /* A name taken by a directory cannot be replaced: refused before any
     * file is, so that the bundle stays the old one whole. */
    for (int i = 0; i < nfiles; i++) {
        struct stat st;
        if (lstat(finals[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            rc = ml_host_fail(fail, ML_HOST_REPLACE, finals[i], strerror(EISDIR));
            goto done;
        }
    }
    if (write_temps(out_dir, files, nfiles, tmps, fail) != 0) {
        rc = -1;
        goto done;
    }
    /* In the given order: the caller puts last what describes the others. */
    for (int i = 0; i < nfiles; i++) {
        if (rename(tmps[i], finals[i]) != 0) {
            rc = ml_host_fail(fail, ML_HOST_REPLACE, finals[i], strerror(errno));
            break;
        }
        free(tmps[i]);
        tmps[i] = NULL; /* renamed: nothing to clean up */
    }
    if (rc != 0) {
        for (int i = 0; i < nfiles; i++)
            if (tmps[i]) unlink(tmps[i]);
        /* Some files are new, the rest old: the old description of them
         * (the last file) would vouch for a mix, so it goes. */
        if (nfiles > 0 && tmps[nfiles - 1]) unlink(finals[nfiles - 1]);
    }
    fsync_dir(out_dir);

done:
    for (int i = 0; i < nfiles; i++) {
        if (tmps) free(tmps[i]);
        if (finals) free(finals[i]);
    }
    free(tmps);
    free(finals);
    unlink(lock_path);
    free(lock_path);
    return rc;
}
