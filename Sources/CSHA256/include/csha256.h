#ifndef TEXTPIPE_CSHA256_H
#define TEXTPIPE_CSHA256_H
#include <stddef.h>
#include <stdint.h>

/* SHA-256's 64 round constants (FIPS 180-4), shared with the Swift code path. */
extern const uint32_t textpipe_sha256_k[64];

/* Whether this CPU has the x86 SHA extensions (checked once with CPUID). */
int textpipe_sha256_hw_available(void);

/* Runs SHA-256's compression over `blocks` 64-byte blocks with the SHA
   extensions; `state` holds the eight working words in order a..h.
   Call only when textpipe_sha256_hw_available() returned 1. */
void textpipe_sha256_hw_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);
#endif
