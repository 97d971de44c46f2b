/* b24im limiter: the leaky bucket per portal that every PHP process of the machine shares, so a fleet stays under the portal's limit. */
#ifndef B24IM_LIMITER_H
#define B24IM_LIMITER_H

#include "php.h"
#include "b24im_settings.h"

/* Takes one request's place in portal's bucket, sleeping until the bucket has room. A no-op where
 * rate_limit or rate_burst is 0, and on Windows (no shared state there: B24IM_STATE_SHARED). Throws (state
 * folder unusable, RATE_LIMIT_WAIT) and returns FAILURE. */
zend_result b24im_limiter_acquire(const b24im_settings *s, const zend_string *portal, const char *method);

/* The same without the sleep ("when may this go"), for calls that wait side by side: the place is taken now,
 * and the request may go after *wait seconds (B24IM_LIMIT_GO). B24IM_LIMIT_REFUSED: no room within the
 * call's timeout; after *wait seconds (its timeout) it fails with b24im_limiter_refuse(s, method, *refused).
 * B24IM_LIMIT_ERROR: thrown (the state folder). */
typedef enum { B24IM_LIMIT_GO, B24IM_LIMIT_REFUSED, B24IM_LIMIT_ERROR } b24im_limit;
b24im_limit b24im_limiter_reserve(const b24im_settings *s, const zend_string *portal, const char *method,
	double *wait, double *refused);
void b24im_limiter_refuse(const b24im_settings *s, const char *method, double would_wait);

#endif
