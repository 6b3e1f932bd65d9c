#define _GNU_SOURCE
#include "CSiteSwap.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>

#if defined(__APPLE__)
int casebook_exchange_paths(const char *first, const char *second) {
    return renamex_np(first, second, RENAME_SWAP);
}
#elif defined(__linux__) && defined(RENAME_EXCHANGE)
int casebook_exchange_paths(const char *first, const char *second) {
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
}
#else
int casebook_exchange_paths(const char *first, const char *second) {
    (void)first;
    (void)second;
    errno = ENOTSUP;
    return -1;
}
#endif
