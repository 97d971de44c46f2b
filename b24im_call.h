/* b24im call: one REST call end to end (limiter -> request -> transport -> reply -> errors, oauth on an expired token). */
#ifndef B24IM_CALL_H
#define B24IM_CALL_H

#include "php.h"
#include "b24im_session.h"

/* Calls method with params; on success puts the decoded "result" into return_value and returns SUCCESS.
 * On failure an exception is pending. Either way s->last_response describes the last reply, if one came.
 * Retries what the portal refused before running it, and renews an expired OAuth token once. */
zend_result b24im_call(b24im_session *s, const char *method, size_t method_len, HashTable *params, zval *return_value);

#endif
