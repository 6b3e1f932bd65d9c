#ifndef CASEBOOK_CSITESWAP_H
#define CASEBOOK_CSITESWAP_H

/// Atomically exchanges the two paths `first` and `second` (both must exist, on one file system):
/// Linux renameat2(RENAME_EXCHANGE), macOS renamex_np(RENAME_SWAP). Returns 0, or -1 with errno set
/// (ENOSYS, EINVAL or ENOTSUP when the system or file system cannot exchange).
int casebook_exchange_paths(const char *first, const char *second);

#endif
