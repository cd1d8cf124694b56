/* ml_module_file (api.h): the names of a module's file, which every host's
 * loader looks for (the CLI's and the npm bin's over files, compile()'s over
 * a map of files). Apart from the compiler: the npm bin's CLI core links it
 * without the library. */
#include <stdlib.h>
#include <string.h>

#include "api.h"

char *ml_module_file(const char *dir, const char *name, int form) {
    static const char *const suffixes[] = {".ml", ".multi", "/__init__.ml", "/__init__.multi"};
    if (form < 0 || form >= (int)(sizeof suffixes / sizeof suffixes[0])) return NULL;
    size_t nd = strlen(dir), nn = strlen(name), ns = strlen(suffixes[form]);
    char *file = malloc(nd + nn + ns + 1);
    if (!file) abort();
    memcpy(file, dir, nd);
    for (size_t i = 0; i < nn; i++) file[nd + i] = name[i] == '.' ? '/' : name[i];
    memcpy(file + nd + nn, suffixes[form], ns + 1);
    return file;
}
