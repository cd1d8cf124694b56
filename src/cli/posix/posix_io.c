/* The native host's stdout, stderr and file reading. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/posix/posix_host.h"

void posix_write_out(void *user, const char *data, size_t len) {
    (void)user;
    fwrite(data, 1, len, stdout);
}

void posix_write_err(void *user, const char *data, size_t len) {
    (void)user;
    fwrite(data, 1, len, stderr);
}

int posix_read_file(void *user, const char *path, char **data, size_t *len, MlHostFailure *fail) {
    (void)user;
    int fd = open(path, O_RDONLY);
    if (fd < 0) return ml_host_fail(fail, ML_HOST_READ, path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return ml_host_fail(fail, ML_HOST_READ, path, strerror(EISDIR));
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap + 1);
    for (;;) {
        if (buf && n == cap) {
            char *bigger = realloc(buf, (cap *= 2) + 1);
            if (!bigger) free(buf);
            buf = bigger;
        }
        if (!buf) {
            close(fd);
            return ml_host_fail(fail, ML_HOST_NO_MEMORY, NULL, NULL);
        }
        ssize_t got = read(fd, buf + n, cap - n);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            int saved = errno;
            free(buf);
            close(fd);
            return ml_host_fail(fail, ML_HOST_READ, path, strerror(saved));
        }
        if (got == 0) break;
        n += (size_t)got;
        if (n > ML_MAX_SOURCE_BYTES) {
            free(buf);
            close(fd);
            return ml_host_fail(fail, ML_HOST_READ, path, ML_MAX_SOURCE_TEXT);
        }
    }
    close(fd);
    buf[n] = 0;
    *data = buf;
    *len = n;
    return 0;
}
