/* The message of a host failure (src/cli/host_failures.def), without the
 * "multilingual: error: " prefix or a newline. lock_timeout fills %t. */
#ifndef ML_HOST_FAILURE_TEXT_H
#define ML_HOST_FAILURE_TEXT_H
#include "cli/cli_host.h"
#include "util/buf.h"

void ml_host_failure_text(const MlHostFailure *f, double lock_timeout, Buf *out);

#endif
