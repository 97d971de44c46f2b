/* b24im limiter: the leaky bucket per portal that every PHP process of the machine shares, so a fleet stays under the portal's limit. */
#ifndef B24IM_LIMITER_H
#define B24IM_LIMITER_H

#include "php.h"
#include "b24im_settings.h"

/* Takes one request's place in portal's bucket, sleeping until the bucket has room. A no-op where
 * rate_limit or rate_burst is 0, and on Windows (no shared state there: B24IM_STATE_SHARED). Throws (state
 * folder unusable, RATE_LIMIT_WAIT) and returns FAILURE. */
zend_result b24im_limiter_acquire(const b24im_settings *s, const zend_string *portal, const char *method);

#endif
