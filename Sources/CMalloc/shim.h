#ifndef YAODIAN_CMALLOC_SHIM_H
#define YAODIAN_CMALLOC_SHIM_H

// glibc's heap settings (<malloc.h> is not part of Swift's Glibc module). Elsewhere: nothing.
#if defined(__GLIBC__) || (defined(__linux__) && !defined(__ANDROID__))
#include <malloc.h>
static inline void yaodian_malloc_keep_freed_blocks(int mmap_threshold, int trim_threshold) {
    mallopt(M_MMAP_THRESHOLD, mmap_threshold);
    mallopt(M_TRIM_THRESHOLD, trim_threshold);
}
#else
static inline void yaodian_malloc_keep_freed_blocks(int mmap_threshold, int trim_threshold) {
    (void)mmap_threshold;
    (void)trim_threshold;
}
#endif

#endif
