/* Files and directories over WASI preview1, the private module `_os` that
 * the standard library's io.ml and os.ml (written in the language) build
 * open(), file objects, os and os.path on. A program reaches files only
 * through the directories the host pre-opened (`multilingual run --dir`,
 * a WASI runtime's preopens, the JS hosts' in-memory file system): no
 * ambient authority. Paths are resolved here, as wasi-libc does: the
 * working directory is "/", a path is made absolute and normalized ("." and
 * ".." folded), and the pre-opened directory with the longest matching
 * prefix opens it; outside every one, PermissionError. Errors are CPython's
 * on Linux (errno numbers and texts), mapped from WASI's own numbers. */
#include "rt_obj.h"

/* ---- errors ---- */

static const struct {
    uint8_t wasi;
    uint8_t linux_errno;
    const char *text;
} errnos[] = {
    {2, 13, "Permission denied"},       {8, 9, "Bad file descriptor"},
    {20, 17, "File exists"},            {28, 22, "Invalid argument"},
    {29, 5, "Input/output error"},      {31, 21, "Is a directory"},
    {32, 40, "Too many levels of symbolic links"}, {33, 24, "Too many open files"},
    {37, 36, "File name too long"},     {44, 2, "No such file or directory"},
    {51, 28, "No space left on device"}, {54, 20, "Not a directory"},
    {55, 39, "Directory not empty"},    {58, 95, "Operation not supported"},
    {63, 1, "Operation not permitted"}, {70, 29, "Illegal seek"},
    {76, 13, "Permission denied"}, /* ENOTCAPABLE: outside what the host opened */
    {6, 11, "Resource temporarily unavailable"}, {52, 38, "Function not implemented"},
};

#define WASI_EACCES 2

/* Raises the OSError of a WASI error number about path (and path2). */
static void raise_wasi(int32_t err, RtObj *path, RtObj *path2) {
    for (uint32_t i = 0; i < sizeof errnos / sizeof errnos[0]; i++)
        if (errnos[i].wasi == err) {
            rt_raise_os(errnos[i].linux_errno, errnos[i].text, path, path2);
            return;
        }
    rt_raise_os(5, "Input/output error", path, path2);
}

/* ---- the pre-opened directories ---- */

typedef struct Preopen {
    int32_t fd;
    char *name; /* normalized: absolute, no trailing '/' ("" for "/") */
    uint32_t len;
} Preopen;

#define MAX_PREOPENS 64
static Preopen preopens[MAX_PREOPENS];
static int32_t npreopens = -1; /* -1: not asked yet */

/* Normalizes path (made absolute against "/") into out (at least n + 2
 * bytes): "a/./b/../c" -> "/a/c"; "/" -> "". Returns the length. */
static uint32_t normalize(const char *path, uint32_t n, char *out) {
    uint32_t len = 0;
    uint32_t i = 0;
    while (i < n) {
        while (i < n && path[i] == '/') i++;
        uint32_t start = i;
        while (i < n && path[i] != '/') i++;
        uint32_t k = i - start;
        if (k == 0 || (k == 1 && path[start] == '.')) continue;
        if (k == 2 && path[start] == '.' && path[start + 1] == '.') {
            while (len > 0 && out[len - 1] != '/') len--;
            if (len > 0) len--; /* the '/' before it; ".." of "/" is "/" */
            continue;
        }
        out[len++] = '/';
        rt_memcpy(out + len, path + start, k);
        len += k;
    }
    out[len] = 0;
    return len;
}

static void find_preopens(void) {
    if (npreopens >= 0) return;
    npreopens = 0;
    for (int32_t fd = 3; npreopens < MAX_PREOPENS; fd++) {
        struct {
            uint8_t tag;
            uint32_t name_len;
        } st;
        if (rt_wasi_fd_prestat_get(fd, &st) != 0) break;
        if (st.tag != 0) continue;
        char *raw = rt_alloc_static(st.name_len + 1);
        if (rt_wasi_fd_prestat_dir_name(fd, raw, st.name_len) != 0) continue;
        char *name = rt_alloc_static(st.name_len + 2);
        uint32_t len = normalize(raw, st.name_len, name);
        preopens[npreopens++] = (Preopen){fd, name, len};
    }
}

/* The text of a path argument: a str without NUL, else TypeError or
 * ValueError as CPython's. */
static RtStr *path_arg(RtObj *p) {
    if (RT_OBJ_TYPE(p) != RT_TYPE_STR) {
        rt_raise_fmt(RT_EXC_TYPE, "expected str, bytes or os.PathLike object, not %T", p);
        return 0;
    }
    RtStr *s = (RtStr *)p;
    for (uint32_t i = 0; i < s->byte_len; i++)
        if (!s->data[i]) {
            rt_raise_cstr(RT_EXC_VALUE, "embedded null byte");
            return 0;
        }
    return s;
}

/* A path resolved against the pre-opened directories: the directory's fd
 * and the path relative to it ("." for the directory itself). */
typedef struct Resolved {
    int32_t fd;
    const char *rel;
    uint32_t len;
} Resolved;

/* Resolves p; false with the OSError raised (PermissionError outside every
 * pre-opened directory, as WASI's ENOTCAPABLE), or quietly false. */
static int resolve_path(RtObj *p, Resolved *r, int quiet) {
    RtStr *s = path_arg(p);
    if (!s) return 0;
    if (!s->byte_len) { /* "" names no file (POSIX's ENOENT), not the working directory */
        if (!quiet) raise_wasi(44, p, 0);
        return 0;
    }
    find_preopens();
    char *abs = rt_alloc(s->byte_len + 2);
    uint32_t n = normalize(s->data, s->byte_len, abs);
    int32_t best = -1;
    for (int32_t i = 0; i < npreopens; i++) {
        Preopen *o = &preopens[i];
        if (o->len > n || __builtin_memcmp(abs, o->name, o->len) != 0) continue;
        if (o->len < n && abs[o->len] != '/') continue;
        if (best < 0 || o->len > preopens[best].len) best = i;
    }
    if (best < 0) {
        if (!quiet) raise_wasi(WASI_EACCES, p, 0);
        return 0;
    }
    r->fd = preopens[best].fd;
    uint32_t skip = preopens[best].len;
    if (skip < n) skip++; /* the '/' */
    r->rel = skip < n ? abs + skip : ".";
    r->len = skip < n ? n - skip : 1;
    return 1;
}

static int resolve(RtObj *p, Resolved *r) { return resolve_path(p, r, 0); }

static int32_t fd_arg(RtObj *fd) { return (int32_t)rt_unbox_int(fd); }

/* ---- the module's functions ---- */

/* _os.open(path, flags): a new fd. flags: our own bits, io.ml's: */
enum { OPEN_READ = 1, OPEN_WRITE = 2, OPEN_CREATE = 4, OPEN_TRUNCATE = 8, OPEN_EXCLUSIVE = 16, OPEN_APPEND = 32 };
/* WASI rights: what a descriptor may do. Hosts open the file for what is
 * asked (Node: O_RDONLY without fd_write, so a read-only file opens for
 * reading), and refuse rights they never give (the sockets'). */
#define RIGHTS_ALL 0x0fffffffull
#define RIGHT(bit) (1ull << (bit))
#define RIGHTS_COMMON (RIGHT(2) | RIGHT(3) | RIGHT(5) | RIGHT(7) | RIGHT(21)) /* seek fdstat_set_flags tell advise filestat_get */
#define RIGHTS_READ (RIGHT(1))                                                /* fd_read */
#define RIGHTS_WRITE (RIGHT(0) | RIGHT(4) | RIGHT(6) | RIGHT(8) | RIGHT(22)) /* datasync sync write allocate set_size */
#define RIGHTS_DIR (RIGHT(14) | RIGHT(21))                                    /* fd_readdir filestat_get */

int64_t rt_os_open(RtObj *path, RtObj *flags) {
    Resolved r;
    if (!resolve(path, &r)) return -1;
    int64_t f = rt_unbox_int(flags);
    uint32_t oflags = (f & OPEN_CREATE ? 1 : 0) | (f & OPEN_EXCLUSIVE ? 4 : 0) | (f & OPEN_TRUNCATE ? 8 : 0);
    int32_t fd = -1;
    uint64_t rights = RIGHTS_COMMON | (f & OPEN_READ ? RIGHTS_READ : 0) | (f & OPEN_WRITE ? RIGHTS_WRITE : 0);
    int32_t err = rt_wasi_path_open(r.fd, 1 /* follow symlinks */, r.rel, r.len, oflags, rights, 0,
                                    f & OPEN_APPEND ? 1 : 0, &fd);
    if (err) {
        raise_wasi(err, path, 0);
        return -1;
    }
    /* a directory opens (WASI allows it) but cannot be read as a file */
    uint8_t st[64];
    if (rt_wasi_fd_filestat_get(fd, st) == 0 && st[16] == 3) {
        rt_wasi_fd_close(fd);
        raise_wasi(31, path, 0);
        return -1;
    }
    return fd;
}

/* _os.read(fd, n): at most n bytes (n < 0: to the end), b"" at the end. */
RtObj *rt_os_read(RtObj *fdo, RtObj *no) {
    int32_t fd = fd_arg(fdo);
    int64_t n = rt_unbox_int(no);
    RtSb b = {0};
    char chunk[8192];
    while (n < 0 || (int64_t)b.len < n) {
        uint32_t want = sizeof chunk;
        if (n >= 0 && (int64_t)(n - b.len) < want) want = (uint32_t)(n - b.len);
        RtIovec iov = {chunk, want};
        uint32_t got = 0;
        int32_t err = rt_wasi_fd_read(fd, &iov, 1, &got);
        if (err) {
            raise_wasi(err, 0, 0);
            return 0;
        }
        if (!got) break;
        rt_sb_put(&b, chunk, got);
    }
    return rt_bytes_make(RT_TYPE_BYTES, b.buf, b.len);
}

/* _os.write(fd, data): writes all of a bytes object; its length. */
int64_t rt_os_write(RtObj *fdo, RtObj *data) {
    int32_t fd = fd_arg(fdo);
    uint32_t n;
    const char *p = rt_bytes_view(data, &n);
    if (!p) {
        rt_raise_fmt(RT_EXC_TYPE, "a bytes-like object is required, not '%T'", data);
        return 0;
    }
    uint32_t total = n;
    while (n > 0) {
        RtIovec iov = {p, n};
        uint32_t done = 0;
        int32_t err = rt_wasi_fd_write(fd, &iov, 1, &done);
        if (err) {
            raise_wasi(err, 0, 0);
            return 0;
        }
        p += done;
        n -= done;
    }
    return total;
}

/* _os.seek(fd, offset, whence): the new position. */
int64_t rt_os_seek(RtObj *fdo, RtObj *offset, RtObj *whence) {
    uint64_t pos = 0;
    int32_t err = rt_wasi_fd_seek(fd_arg(fdo), rt_unbox_int(offset), (uint32_t)rt_unbox_int(whence), &pos);
    if (err) {
        raise_wasi(err, 0, 0);
        return 0;
    }
    return (int64_t)pos;
}

void rt_os_close(RtObj *fdo) {
    int32_t err = rt_wasi_fd_close(fd_arg(fdo));
    if (err) raise_wasi(err, 0, 0);
}

/* The file type of a WASI filestat (3 directory, 4 regular file, 7
 * symbolic link), its size and its modification time in ns. */
static RtObj *stat_tuple(const uint8_t *st) {
    uint64_t size, mtim;
    rt_memcpy(&size, st + 32, 8);
    rt_memcpy(&mtim, st + 48, 8);
    RtObj *t = rt_tuple_new(3);
    rt_tuple_set(t, 0, rt_box_int(st[16]));
    rt_tuple_set(t, 1, rt_box_int((int64_t)size));
    rt_tuple_set(t, 2, rt_box_int((int64_t)mtim));
    return t;
}

/* _os.stat(path): (type, size, mtime_ns), or the OSError. */
RtObj *rt_os_stat(RtObj *path) {
    Resolved r;
    if (!resolve(path, &r)) return 0;
    uint8_t st[64];
    int32_t err = rt_wasi_path_filestat_get(r.fd, 1, r.rel, r.len, st);
    if (err) {
        raise_wasi(err, path, 0);
        return 0;
    }
    return stat_tuple(st);
}

/* _os.kind(path): the file type, 0 when there is none or it is out of
 * reach (os.path.exists and its kind never raise for a str). */
int64_t rt_os_kind(RtObj *path) {
    Resolved r;
    if (!resolve_path(path, &r, 1)) return 0; /* a path that is no str raised */
    uint8_t st[64];
    if (rt_wasi_path_filestat_get(r.fd, 1, r.rel, r.len, st)) return 0;
    return st[16];
}

/* _os.listdir(path): the names in a directory, as the host lists them. */
RtObj *rt_os_listdir(RtObj *path) {
    Resolved r;
    if (!resolve(path, &r)) return 0;
    int32_t dir = -1;
    int32_t err = rt_wasi_path_open(r.fd, 1, r.rel, r.len, 2 /* O_DIRECTORY */, RIGHTS_DIR, RIGHTS_ALL, 0, &dir);
    if (err) {
        raise_wasi(err, path, 0);
        return 0;
    }
    RtObj *names = rt_list_new(0);
    uint64_t cookie = 0;
    uint32_t cap = 4096;
    char *buf = rt_alloc(cap);
    for (;;) {
        uint32_t used = 0;
        err = rt_wasi_fd_readdir(dir, buf, cap, cookie, &used);
        if (err) {
            rt_wasi_fd_close(dir);
            raise_wasi(err, path, 0);
            return 0;
        }
        uint32_t off = 0, entries = 0;
        while (off + 24 <= used) {
            uint64_t next;
            uint32_t namlen;
            rt_memcpy(&next, buf + off, 8);
            rt_memcpy(&namlen, buf + off + 16, 4);
            if (off + 24 + namlen > used) break; /* cut: read again from this entry */
            const char *name = buf + off + 24;
            if (!(namlen == 1 && name[0] == '.') && !(namlen == 2 && name[0] == '.' && name[1] == '.'))
                rt_list_append(names, (RtObj *)rt_str_from_bytes(name, namlen));
            cookie = next;
            off += 24 + namlen;
            entries++;
        }
        if (used < cap) break; /* the end */
        if (!entries) { /* one entry larger than the buffer */
            cap *= 2;
            buf = rt_alloc(cap);
        }
    }
    rt_wasi_fd_close(dir);
    return names;
}

typedef int32_t (*PathCall)(int32_t fd, const char *path, uint32_t len);

static void path_call(RtObj *path, PathCall call) {
    Resolved r;
    if (!resolve(path, &r)) return;
    int32_t err = call(r.fd, r.rel, r.len);
    if (err) raise_wasi(err, path, 0);
}

void rt_os_mkdir(RtObj *path) { path_call(path, rt_wasi_path_create_directory); }
void rt_os_rmdir(RtObj *path) { path_call(path, rt_wasi_path_remove_directory); }
void rt_os_remove(RtObj *path) { path_call(path, rt_wasi_path_unlink_file); }

void rt_os_rename(RtObj *src, RtObj *dst) {
    Resolved a, b;
    if (!resolve(src, &a) || !resolve(dst, &b)) return;
    int32_t err = rt_wasi_path_rename(a.fd, a.rel, a.len, b.fd, b.rel, b.len);
    if (err) raise_wasi(err, src, dst);
}

/* _os.environ(): the environment the host gives the module, as a dict. */
RtObj *rt_os_environ(void) {
    RtObj *d = rt_dict_new();
    uint32_t count = 0, size = 0;
    if (rt_wasi_environ_sizes_get(&count, &size) || !count) return d;
    uint8_t **ptrs = rt_alloc(count * sizeof *ptrs);
    uint8_t *buf = rt_alloc(size);
    if (rt_wasi_environ_get(ptrs, buf)) return d;
    for (uint32_t i = 0; i < count; i++) {
        const char *e = (const char *)ptrs[i];
        uint32_t n = rt_cstrlen(e), eq = 0;
        while (eq < n && e[eq] != '=') eq++;
        if (eq == n) continue;
        rt_dict_setitem(d, (RtObj *)rt_str_from_bytes(e, eq), (RtObj *)rt_str_from_bytes(e + eq + 1, n - eq - 1));
    }
    return d;
}
