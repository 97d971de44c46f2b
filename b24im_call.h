/* b24im call: one REST call end to end (endpoint -> request -> transport -> reply -> errors), and what it leaves behind. */
#ifndef B24IM_CALL_H
#define B24IM_CALL_H

#include "php.h"
#include "b24im_transport.h"

/* Everything a call may be told, from the INI (later also from a client's options). */
typedef struct {
	b24im_transport_opts transport;
	bool allow_http;
} b24im_settings;

void b24im_settings_from_ini(b24im_settings *s);

/* Which portal: exactly one of auth_array / auth_url, or neither for the INI / environment default. */
typedef struct {
	HashTable *auth_array;
	zend_string *auth_url;
	uint32_t arg_num; /* the position of $auth in the PHP call */
} b24im_auth_arg;

/* Calls method with params; on success puts the decoded "result" into return_value and returns SUCCESS.
 * On failure an exception is pending. Either way b24_last_response() describes the reply, if one came. */
zend_result b24im_call(const char *method, size_t method_len, HashTable *params, const b24im_auth_arg *auth,
	const b24im_settings *settings, zval *return_value);

/* The HTTP status of the last reply, 0 where none came. */
zend_long b24im_call_last_http_status(void);

/* Drops what the last call left (end of request). */
void b24im_call_forget(void);

#endif
