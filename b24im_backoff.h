/* b24im backoff: how long to wait before a retry, and the one place b24im sleeps. */
#ifndef B24IM_BACKOFF_H
#define B24IM_BACKOFF_H

#include "php.h"

/* The wait before retry number retry (1, 2, ...): base doubled each retry, times a jitter of 0.5 to 1.5,
 * never more than cap seconds. */
double b24im_backoff_delay(double base, int retry, double cap);

/* Sleeps for seconds (nothing where <= 0), resumed after signals. */
void b24im_backoff_sleep(double seconds);

#endif
