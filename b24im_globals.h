/* b24im globals: the module globals (the INI values, the per-process handles, the request's state), read only by the module and the bindings. */
#ifndef B24IM_GLOBALS_H
#define B24IM_GLOBALS_H

#include "php.h"
#include "b24im_session.h"

ZEND_BEGIN_MODULE_GLOBALS(b24im)
	/* The INI settings (one field per B24IM_OPTIONS entry) */
	b24im_ini ini;
	/* Per process (per thread in ZTS), kept across requests: warm connections, TLS sessions, DNS. */
	struct b24im_transport *transport;
	struct json_tokener *tokener;
	struct b24im_multi *multi;    /* b24_call_many(): made on first use */
	/* Per request */
	zval last_response;
	b24im_endpoint_cache endpoint_cache;
	zval refresh_handler;   /* b24_on_token_refresh(), or undef */
	bool many_running;      /* inside b24_call_many() (a refresh handler may not start another) */
ZEND_END_MODULE_GLOBALS(b24im)

ZEND_EXTERN_MODULE_GLOBALS(b24im)
#define B24IM_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(b24im, v)

#if defined(ZTS) && defined(COMPILE_DL_B24IM)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

/* What the module lends a call: the per-process transport and tokener (made on first use) and the global
 * refresh handler. */
b24im_handles b24im_globals_handles(void);

/* The per-process multi handle of b24_call_many(), made on first use (NULL where libcurl cannot make one). */
struct b24im_multi *b24im_globals_multi(void);

/* A session for the b24_* functions and the Client: the INI values and the request's endpoint cache. */
zend_result b24im_globals_session(b24im_session *s, const b24im_session_args *args, zval *last_response, const char *method);

#endif
