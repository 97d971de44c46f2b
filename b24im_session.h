/* b24im session: everything calls to one portal share (settings, auth, endpoint, handlers), and the record of the last reply. */
#ifndef B24IM_SESSION_H
#define B24IM_SESSION_H

#include "php.h"
#include "b24im_settings.h"
#include "b24im_endpoint.h"
#include "b24im_errors.h"

struct b24im_transport;
struct json_tokener;

/* What the module lends a session for its calls: kept for the process, or the request's. The bindings fill
 * it in before each call; a NULL transport or tokener is one that could not start. */
typedef struct {
	struct b24im_transport *transport; /* warm connections, TLS sessions, DNS */
	struct json_tokener *tokener;
	const zval *refresh_handler;       /* b24_on_token_refresh()'s, or NULL */
} b24im_handles;

/* A B24im\Client holds one; each global b24_* call makes one. */
typedef struct {
	b24im_settings settings;
	zval auth;              /* as given: a webhook URL string, the application auth array, or null (a setting) */
	b24im_endpoint ep;      /* resolved from auth */
	zval handler;           /* this session's token refresh handler, or undef: handles.refresh_handler */
	zval *last_response;    /* where the last reply is recorded */
	b24im_handles handles;
} b24im_session;

/* What a session is made of: $auth (argument auth_arg), for a Client $options (argument options_arg), and
 * where neither $auth form is given the default webhook URL and the setting it came from (the bindings
 * find it: b24im.webhook_url, then the environment variable B24_WEBHOOK_URL). */
typedef struct {
	HashTable *auth_array;
	zend_string *auth_url;
	uint32_t auth_arg;
	HashTable *options;        /* NULL: none */
	uint32_t options_arg;
	const char *default_url;   /* NULL: none */
	const char *default_what;
} b24im_session_args;

/* Settings from the INI values, then the options, then the auth resolved. Throws and returns FAILURE on
 * bad input; s must be destroyed either way. cache may be NULL. */
zend_result b24im_session_init(b24im_session *s, const b24im_ini *ini, b24im_endpoint_cache *cache,
	const b24im_session_args *args, zval *last_response, const char *method);
void b24im_session_dtor(b24im_session *s);

/* The secrets of a session that no message may carry. */
void b24im_session_secrets(const b24im_session *s, b24im_secrets *secrets);

/* The refresh handler of the session's calls: its own, else the global one; NULL where neither is set. */
const zval *b24im_session_refresh_handler(const b24im_session *s);

/* --- the last reply (b24_last_response(), Client::lastResponse()) --- */

/* Records a reply (or, with reply NULL, an HTTP status without a Bitrix24 reply) as the last response:
 * method, http_status, total, next, time, and the URL it came from with any secret masked. */
void b24im_last_record(zval *last, const char *method, size_t method_len, long http_status, const char *url,
	const zval *total, const zval *next, const zval *time);

/* The HTTP status recorded in a last response, 0 where none came. */
zend_long b24im_last_http_status(const zval *last);

/* Drops a recorded last response. */
void b24im_last_forget(zval *last);

#endif
