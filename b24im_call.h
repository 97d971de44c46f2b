/* b24im call: one REST call end to end (endpoint -> request -> limiter -> transport -> reply -> errors -> oauth), and what it leaves behind. */
#ifndef B24IM_CALL_H
#define B24IM_CALL_H

#include "php.h"
#include "b24im_settings.h"
#include "b24im_endpoint.h"

/* Everything calls to one portal share: a B24im\Client holds one; each global b24_* call makes one. */
typedef struct {
	b24im_settings settings;
	zval auth;            /* as given: a webhook URL string, the application auth array, or null (INI / environment) */
	b24im_endpoint ep;    /* resolved from auth */
	zval handler;         /* this session's token refresh handler, or undef: the global one (b24_on_token_refresh) */
	zval *last_response;  /* where the last reply is recorded */
} b24im_session;

/* Settings from the INI, then options (NULL: none), then auth resolved; throws and returns FAILURE on bad input. */
zend_result b24im_session_init(b24im_session *s, HashTable *auth_array, zend_string *auth_url, uint32_t auth_arg,
	HashTable *options, uint32_t options_arg, zval *last_response, const char *method);
void b24im_session_dtor(b24im_session *s);

/* The secrets of a session that no message may carry. */
void b24im_session_secrets(const b24im_session *s, b24im_secrets *secrets);

/* Calls method with params; on success puts the decoded "result" into return_value and returns SUCCESS.
 * On failure an exception is pending. Either way s->last_response describes the last reply, if one came.
 * Retries what the portal refused before running it, and renews an expired OAuth token once. */
zend_result b24im_call(b24im_session *s, const char *method, size_t method_len, HashTable *params, zval *return_value);

/* The HTTP status recorded in a last_response, 0 where none came. */
zend_long b24im_call_http_status(const zval *last_response);

/* Drops a recorded last response. */
void b24im_call_forget(zval *last_response);

/* The per-process handles, made on first use and kept across requests. */
struct b24im_transport *b24im_call_transport(void);
struct json_tokener *b24im_call_tokener(void);

#endif
