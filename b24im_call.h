/* b24im call: one REST call end to end (limiter -> request -> transport -> reply -> errors, oauth on an expired token). */
#ifndef B24IM_CALL_H
#define B24IM_CALL_H

#include "php.h"
#include "zend_smart_str.h"
#include "b24im_session.h"
#include "b24im_transport.h"

/* Calls method with params; on success puts the decoded "result" into return_value and returns SUCCESS.
 * On failure an exception is pending. Either way s->last_response describes the last reply, if one came.
 * Retries what the portal refused before running it, and renews an expired OAuth token once. */
zend_result b24im_call(b24im_session *s, const char *method, size_t method_len, HashTable *params, zval *return_value);

/* --- the steps of b24im_call, for a loop that runs many calls at once (b24im_many) --- */

/* A failure of one attempt, held until the caller decides between retrying, renewing and throwing. */
typedef struct {
	b24im_error_kind kind;
	zend_string *code;
	zend_string *description;
	zend_long http_status;
	zval reset_at;       /* time.operating_reset_at of the reply, or null */
	bool unsent;         /* the portal surely did not run it */
} b24im_call_error;

void b24im_call_error_init(b24im_call_error *err);
void b24im_call_error_dtor(b24im_call_error *err);
/* The error of a call whose transport or tokener could not start. */
void b24im_call_error_no_handles(b24im_call_error *err);

/* One attempt's request: its URL (a webhook's holds its code) and body (an OAuth call's holds its token). */
typedef struct {
	zend_string *url;
	smart_str body;
} b24im_call_request;

void b24im_call_request_build(const b24im_session *s, const char *method, size_t method_len, HashTable *params,
	b24im_call_request *req);
/* Wipes and frees what build made; again is a no-op. */
void b24im_call_request_wipe(b24im_call_request *req);

/* What a POST (posted: what the transport returned) brought: SUCCESS with the result in return_value, or
 * FAILURE with err filled (nothing thrown). Records the last response; frees http. */
zend_result b24im_call_reply(b24im_session *s, const char *method, size_t method_len, zend_result posted,
	b24im_http_reply *http, zval *return_value, b24im_call_error *err);

typedef enum { B24IM_CALL_RETRY, B24IM_CALL_RENEW, B24IM_CALL_THROW } b24im_call_next;
/* After a failed attempt: retry it after *delay seconds (retries counted), renew the token once and call
 * again (renewed set), or throw err. */
b24im_call_next b24im_call_decide(const b24im_session *s, const b24im_call_error *err, int *retries, bool *renewed,
	double *delay);
void b24im_call_throw(const b24im_session *s, const char *method, const b24im_call_error *err);

#endif
