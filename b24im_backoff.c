/* b24im backoff: exponential delays with jitter, sleeping through signals, and the monotonic clock. */
#include "php.h"
#include "b24im_compat.h"

#include "b24im_backoff.h"

#ifdef PHP_WIN32
# include <windows.h>
#else
# include <time.h>
# include <errno.h>
#endif

double b24im_backoff_delay(double base, int retry, double cap)
{
	double delay = base * (double) (1 << (retry < 10 ? (retry > 1 ? retry - 1 : 0) : 9));
	/* PHP's generator is seeded per process, so processes that were refused together spread out */
	double jitter = 0.5 + (double) php_mt_rand_range(0, 999) / 1000.0;

	delay *= jitter;
	return delay > cap ? cap : delay;
}

void b24im_backoff_sleep(double seconds)
{
	if (!(seconds > 0)) {
		return;
	}
#ifdef PHP_WIN32
	Sleep((DWORD) (seconds * 1000));
#else
	struct timespec ts, rest;

	ts.tv_sec = (time_t) seconds;
	ts.tv_nsec = (long) ((seconds - (double) ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &rest) != 0 && errno == EINTR) {
		ts = rest;
	}
#endif
}

int64_t b24im_backoff_now_ns(void)
{
#ifdef PHP_WIN32
	return (int64_t) GetTickCount64() * 1000000;
#else
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t) ts.tv_sec * 1000000000 + ts.tv_nsec;
#endif
}
