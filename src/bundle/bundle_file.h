/* A file of a bundle (name and bytes), as the lock and graph files describe
 * them and as hosts write them. */
#ifndef ML_BUNDLE_FILE_H
#define ML_BUNDLE_FILE_H
#include <stddef.h>

/* Guards an output directory while a build writes into it. */
#define BUNDLE_LOCK_NAME ".multilingual-build.lock"

typedef struct BundleFile {
    const char *name;
    const unsigned char *data;
    size_t len;
} BundleFile;

/* A module of the program (a source file the entry file imports), as the
 * lock and graph files list it. */
typedef struct BundleModule {
    const char *name; /* the dotted name it is imported by */
    const char *path; /* its file (recorded by basename) */
    const char *lang; /* its language, detected on its own */
    const unsigned char *data;
    size_t len;
} BundleModule;

#endif
