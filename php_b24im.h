/* b24im: the module entry, its version and the module globals (INI values, per-process handles, per-request state). */
#ifndef PHP_B24IM_H
#define PHP_B24IM_H

#include "php.h"

extern zend_module_entry b24im_module_entry;
#define phpext_b24im_ptr &b24im_module_entry

#define PHP_B24IM_VERSION "0.2.1"
#define B24IM_DEFAULT_USER_AGENT "b24im/" PHP_B24IM_VERSION

struct b24im_transport;
struct json_tokener;

ZEND_BEGIN_MODULE_GLOBALS(b24im)
	/* INI */
	char *webhook_url;
	zend_long timeout_ms;
	zend_long connect_timeout_ms;
	bool verify_tls;
	char *ca_file;
	bool allow_http;
	zend_long max_response_size;
	char *user_agent;
	char *client_id;
	char *client_secret;
	char *oauth_url;
	zend_long max_retries;
	double rate_limit;
	zend_long rate_burst;
	char *state_dir;
	/* Per process (per thread in ZTS), kept across requests: warm connections, TLS sessions, DNS. */
	struct b24im_transport *transport;
	struct json_tokener *tokener;
	/* Per request */
	zval last_response;
	struct b24im_endpoint_cache *endpoint_cache; /* see b24im_endpoint.c */
	zval refresh_handler;   /* b24_on_token_refresh(), or undef */
ZEND_END_MODULE_GLOBALS(b24im)

ZEND_EXTERN_MODULE_GLOBALS(b24im)
#define B24IM_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(b24im, v)

#if defined(ZTS) && defined(COMPILE_DL_B24IM)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif /* PHP_B24IM_H */
