/* b24im endpoint: which portal a call goes to and how it authenticates (a $auth string or array, or a webhook URL from a setting). */
#ifndef B24IM_ENDPOINT_H
#define B24IM_ENDPOINT_H

#include "php.h"

typedef enum {
	B24IM_AUTH_WEBHOOK, /* the secret is in the URL path: {base} = https://portal/rest/{user}/{code}/ */
	B24IM_AUTH_OAUTH    /* the access token travels in the body: {base} = client_endpoint */
} b24im_auth_kind;

typedef struct {
	b24im_auth_kind kind;
	zend_string *base;    /* ends with '/' */
	zend_string *token;   /* OAuth access token; NULL for a webhook */
	zend_string *code;    /* the webhook code; NULL for OAuth */
	zend_string *portal;  /* scheme://host:port, lowercase: what the rate limit counts against */
} b24im_endpoint;

/* Where a call's portal comes from: $auth (a webhook URL or an application auth array) given in argument
 * arg_num, or, where neither is given, a webhook URL from a setting (default_url, named default_what). A
 * renewal's auth array comes with arg_num 0. */
typedef struct {
	HashTable *auth_array;
	zend_string *auth_url;
	uint32_t arg_num;
	const char *default_url;
	const char *default_what;
} b24im_endpoint_source;

/* The last webhook URL resolved and what it resolved to: a loop of calls with one webhook parses it once.
 * The caller keeps it (the module: for a request) and clears it. */
typedef struct {
	zend_string *url;   /* NULL: empty */
	bool allow_http;
	b24im_endpoint ep;
} b24im_endpoint_cache;

/* Resolves src into ep. A bad $auth is a ValueError (TypeError for a wrong type) naming its argument; a bad
 * setting, a missing portal or a refused plain http URL a B24im\Exception naming the setting. Throws and
 * returns FAILURE; method names the call in the message. cache may be NULL. */
zend_result b24im_endpoint_resolve(b24im_endpoint *ep, const b24im_endpoint_source *src, bool allow_http,
	b24im_endpoint_cache *cache, const char *method);

void b24im_endpoint_dtor(b24im_endpoint *ep);

void b24im_endpoint_cache_clear(b24im_endpoint_cache *cache);

/* Checks a URL b24im is about to call (the OAuth server's): http(s), absolute, and plain http only with
 * allow_http. what names the setting in the exception. */
zend_result b24im_endpoint_check_url(const char *url, size_t len, bool allow_http, const char *what, const char *method);

/* host[:port] of an http(s) URL as written (an auth array's "domain"), or NULL where it is not one. */
zend_string *b24im_endpoint_authority(const char *url, size_t len);

/* A webhook URL fit for display: its code replaced by "***" (the whole path where it is not a webhook). */
zend_string *b24im_endpoint_mask_url(const char *url, size_t len);

#endif
