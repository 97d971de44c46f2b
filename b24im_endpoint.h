/* b24im endpoint: which portal a call goes to and how it authenticates ($auth string or array, INI, environment). */
#ifndef B24IM_ENDPOINT_H
#define B24IM_ENDPOINT_H

#include "php.h"
#include "b24im_errors.h"

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

/* Resolves $auth: a webhook URL (auth_url), an application auth array (auth_array), or neither, which
 * means the INI setting b24im.webhook_url, then the environment variable B24_WEBHOOK_URL. arg_num is
 * the position of $auth in the PHP call, for ValueError/TypeError messages. Throws and returns FAILURE
 * on bad input; method names the call in the message. */
zend_result b24im_endpoint_resolve(b24im_endpoint *ep, HashTable *auth_array, zend_string *auth_url,
	uint32_t arg_num, bool allow_http, const char *method);

void b24im_endpoint_dtor(b24im_endpoint *ep);

/* Forgets the webhook URL resolved last (kept for the request, so that a loop of calls parses it once). */
void b24im_endpoint_cache_clear(void);

/* The secrets that an error message must mask. */
void b24im_endpoint_secrets(const b24im_endpoint *ep, b24im_secrets *secrets);

/* Checks a URL b24im is about to call (the OAuth server's): http(s), absolute, and plain http only with
 * allow_http. what names the setting in the exception. */
zend_result b24im_endpoint_check_url(const char *url, size_t len, bool allow_http, const char *what, const char *method);

/* A webhook URL fit for display: its code replaced by "***" (the whole path where it is not a webhook). */
zend_string *b24im_endpoint_mask_url(const char *url, size_t len);

#endif
