/* The unit tests' check: a failed condition is printed with its place and
 * counted (each test's main returns 1 when `failures` is not zero). */
#ifndef ML_TEST_CHECK_H
#define ML_TEST_CHECK_H
#include <stdio.h>

static int failures;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                               \
        }                                                                             \
    } while (0)

#endif
