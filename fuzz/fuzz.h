/* fuzz: what the fuzz targets share. FUZZ_CHECK is an invariant that holds
 * whatever the input: a failure aborts, which libFuzzer reports as a crash
 * with the input that caused it. It stays on in release builds. */
#ifndef CONVENE_FUZZ_H
#define CONVENE_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define FUZZ_CHECK(cond)                                                              \
	do {                                                                            \
		if (!(cond)) {                                                          \
			fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, \
				#cond);                                                   \
			abort();                                                        \
		}                                                                       \
	} while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
