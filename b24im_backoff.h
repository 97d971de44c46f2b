/* b24im backoff: how long to wait before a retry, the one place b24im sleeps, and the clock its waits are measured by. */
#ifndef B24IM_BACKOFF_H
#define B24IM_BACKOFF_H

#include "php.h"

/* The wait before retry number retry (1, 2, ...): base doubled each retry, times a jitter of 0.5 to 1.5,
 * never more than cap seconds. */
double b24im_backoff_delay(double base, int retry, double cap);

/* Sleeps for seconds (nothing where <= 0), resumed after signals. */
void b24im_backoff_sleep(double seconds);

/* Nanoseconds of a monotonic clock that every process of this boot shares (CLOCK_MONOTONIC): deadlines, and the
 * limiter's buckets, which processes share. */
int64_t b24im_backoff_now_ns(void);

#endif
