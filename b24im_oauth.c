/* b24im oauth: single-flight token renewal under a flock'd state file per refresh token, then the refresh handler. */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/standard/url.h"

#include "b24im_oauth.h"
#include "b24im_state.h"
#include "b24im_transport.h"
#include "b24im_reply.h"
#include "b24im_errors.h"
#include "b24im_wipe.h"

/* How many renewals by other processes one call follows before renewing itself. */
#define MAX_CHAIN 8

static zend_string *auth_string(const zval *auth, const char *key)
{
	zval *v = Z_TYPE_P(auth) == IS_ARRAY ? zend_hash_str_find_deref(Z_ARRVAL_P(auth), key, strlen(key)) : NULL;

	return v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) ? Z_STR_P(v) : NULL;
}

bool b24im_oauth_can_renew(const b24im_session *s)
{
	return s->ep.kind == B24IM_AUTH_OAUTH && auth_string(&s->auth, "refresh_token")
		&& s->settings.client_id && s->settings.client_secret;
}

static void oauth_error(const b24im_session *s, const char *method, b24im_error_kind kind, const char *code,
	const char *description, zend_long http_status)
{
	b24im_secrets secrets;
	char *where;

	b24im_session_secrets(s, &secrets);
	spprintf(&where, 0, "%s (token renewal)", method);
	b24im_throw(kind, where, code, description, strlen(description), http_status, &secrets);
	efree(where);
}

/* The token endpoint: the oauth_url option / b24im.oauth_url, else the documented default. Never a URL from the
 * auth array: anyone can post an auth to an application's handler, and the client secret goes to this URL. */
static zend_string *token_url(const b24im_session *s)
{
	if (s->settings.oauth_url) {
		return zend_string_copy(s->settings.oauth_url);
	}
	return zend_string_init(B24IM_DEFAULT_OAUTH_URL, sizeof(B24IM_DEFAULT_OAUTH_URL) - 1, 0);
}

static void append_param(smart_str *body, const char *name, const zend_string *value)
{
	zend_string *encoded = php_url_encode(ZSTR_VAL(value), ZSTR_LEN(value));

	if (body->s) {
		smart_str_appendc(body, '&');
	}
	smart_str_appends(body, name);
	smart_str_appendc(body, '=');
	smart_str_append(body, encoded);
	b24im_wipe_release(encoded);
}

/* A fatal error (memory_limit) in these two must not leave the secret, or the new tokens, in freed memory;
 * each has its own frame, so that the long jump clobbers no local of request_tokens(). */
static zend_result post_wiping(struct b24im_transport *t, const char *url, smart_str *body,
	const b24im_transport_opts *opts, b24im_http_reply *http)
{
	zend_result result = FAILURE;

	zend_try {
		result = b24im_transport_post(t, url, ZSTR_VAL(body->s), ZSTR_LEN(body->s), opts, http);
	} zend_catch {
		b24im_wipe_smart_str(body);
		zend_bailout();
	} zend_end_try();
	b24im_wipe_smart_str(body); /* the client secret and the refresh token: not needed after the POST */
	return result;
}

static zend_result decode_wiping(struct json_tokener *tok, smart_str *reply, zval *decoded, const char **why)
{
	zend_result result = FAILURE;

	zend_try {
		result = b24im_reply_decode(tok, ZSTR_VAL(reply->s), ZSTR_LEN(reply->s), decoded, why);
	} zend_catch {
		b24im_wipe_smart_str(reply);
		zend_bailout();
	} zend_end_try();
	return result;
}

/* Asks the OAuth server for new tokens. SUCCESS with the raw reply body (a JSON object holding
 * access_token) in *out; FAILURE with an exception thrown. */
static zend_result request_tokens(const b24im_session *s, const char *method, const zend_string *refresh, zend_string **out)
{
	zend_string *url = token_url(s);
	smart_str body = {0};
	b24im_http_reply http;
	zval decoded, *access, *error;
	const char *why = NULL;
	zend_result result = FAILURE, posted;
	struct b24im_transport *t = s->handles.transport;
	struct json_tokener *tok = s->handles.tokener;
	/* The token endpoint is fixed: a redirect from it is an error, never a second copy of the secret. */
	b24im_transport_opts opts = s->settings.transport;

	opts.max_redirects = 0;
	if (!t || !tok) {
		oauth_error(s, method, B24IM_ERR_TRANSPORT, "TRANSPORT_ERROR", "libcurl or json-c could not start", 0);
		zend_string_release(url);
		return FAILURE;
	}
	if (b24im_endpoint_check_url(ZSTR_VAL(url), ZSTR_LEN(url), s->settings.transport.allow_http, "the OAuth server URL (b24im.oauth_url)", method) == FAILURE) {
		zend_string_release(url);
		return FAILURE;
	}
	/* the secret and the refresh token go in the body, never in the URL */
	{
		zend_string *grant = zend_string_init("refresh_token", sizeof("refresh_token") - 1, 0);
		append_param(&body, "grant_type", grant);
		zend_string_release(grant);
	}
	append_param(&body, "client_id", s->settings.client_id);
	append_param(&body, "client_secret", s->settings.client_secret);
	append_param(&body, "refresh_token", refresh);
	smart_str_0(&body);

	ZVAL_NULL(&decoded);
	posted = post_wiping(t, ZSTR_VAL(url), &body, &opts, &http);
	if (posted == FAILURE && strcmp(http.code, "TOO_MANY_REDIRECTS") != 0) {
		oauth_error(s, method, B24IM_ERR_TRANSPORT, http.code, http.detail, http.http_status);
		goto cleanup;
	}
	if (posted == FAILURE || (http.http_status >= 300 && http.http_status < 400)) {
		oauth_error(s, method, B24IM_ERR_TRANSPORT, "REDIRECT_REFUSED", "the OAuth server answered with a redirect; a token renewal "
			"never follows one: the client secret goes only to the configured token endpoint (b24im.oauth_url)", http.http_status);
		goto cleanup;
	}
	if (http.body.s) {
		posted = decode_wiping(tok, &http.body, &decoded, &why);
	}
	if (!http.body.s || posted == FAILURE || Z_TYPE(decoded) != IS_ARRAY) {
		oauth_error(s, method, B24IM_ERR_TRANSPORT, why ? "INVALID_JSON" : "UNEXPECTED_REPLY",
			why ? why : "the OAuth server's reply is not an object", http.http_status);
		goto cleanup;
	}
	error = zend_hash_str_find(Z_ARRVAL(decoded), "error", sizeof("error") - 1);
	if (error && Z_TYPE_P(error) != IS_NULL) {
		zval *description = zend_hash_str_find(Z_ARRVAL(decoded), "error_description", sizeof("error_description") - 1);
		zend_string *code = zval_get_string(error);
		zend_string *text = description ? zval_get_string(description) : ZSTR_EMPTY_ALLOC();

		oauth_error(s, method, B24IM_ERR_API, ZSTR_VAL(code), ZSTR_VAL(text), http.http_status);
		zend_string_release(code);
		zend_string_release(text);
		goto cleanup;
	}
	access = zend_hash_str_find(Z_ARRVAL(decoded), "access_token", sizeof("access_token") - 1);
	if (!access || Z_TYPE_P(access) != IS_STRING || !auth_string(&decoded, "refresh_token")) {
		oauth_error(s, method, B24IM_ERR_TRANSPORT, "UNEXPECTED_REPLY",
			"the OAuth server's reply has no access_token and refresh_token", http.http_status);
		goto cleanup;
	}
	*out = zend_string_init(ZSTR_VAL(http.body.s), ZSTR_LEN(http.body.s), 0);
	result = SUCCESS;

cleanup:
	zval_ptr_dtor(&decoded);
	b24im_wipe_smart_str(&http.body); /* the new tokens */
	b24im_http_reply_dtor(&http);
	b24im_wipe_smart_str(&body);
	zend_string_release(url);
	return result;
}

/* The new auth array: the old one with the OAuth reply's fields, except "domain", which names the OAuth
 * server there; the portal is the new client_endpoint. */
static zend_result merge_auth(struct json_tokener *tok, const zval *old, const zend_string *reply_body, zval *merged)
{
	zval reply;
	const char *why;
	zend_string *key;
	zval *value, *endpoint;

	if (b24im_reply_decode(tok, ZSTR_VAL(reply_body), ZSTR_LEN(reply_body), &reply, &why) == FAILURE
		|| Z_TYPE(reply) != IS_ARRAY) {
		zval_ptr_dtor(&reply);
		return FAILURE;
	}
	ZVAL_ARR(merged, zend_array_dup(Z_ARRVAL_P(old)));
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL(reply), key, value) {
		if (!key || zend_string_equals_literal(key, "domain")) {
			continue;
		}
		Z_TRY_ADDREF_P(value);
		zend_symtable_update(Z_ARRVAL_P(merged), key, value);
	} ZEND_HASH_FOREACH_END();
	endpoint = zend_hash_str_find(Z_ARRVAL(reply), "client_endpoint", sizeof("client_endpoint") - 1);
	if (endpoint && Z_TYPE_P(endpoint) == IS_STRING) {
		zend_string *authority = b24im_endpoint_authority(Z_STRVAL_P(endpoint), Z_STRLEN_P(endpoint));
		if (authority) {
			zval domain;
			ZVAL_STR(&domain, authority);
			zend_hash_str_update(Z_ARRVAL_P(merged), "domain", sizeof("domain") - 1, &domain);
		}
	}
	zval_ptr_dtor(&reply);
	return SUCCESS;
}

static bool expired(const zval *auth)
{
	zval *expires = zend_hash_str_find(Z_ARRVAL_P(auth), "expires", sizeof("expires") - 1);

	return expires && (Z_TYPE_P(expires) == IS_LONG || Z_TYPE_P(expires) == IS_STRING)
		&& zval_get_long(expires) > 0 && zval_get_long(expires) <= (zend_long) time(NULL);
}

/* Puts the new auth in the session and tells the application. */
static zend_result adopt(b24im_session *s, zval *merged, const char *method)
{
	b24im_endpoint ep;
	b24im_endpoint_source src = { Z_ARRVAL_P(merged), NULL, 0, NULL, NULL };
	const zval *handler = b24im_session_refresh_handler(s);

	if (b24im_endpoint_resolve(&ep, &src, s->settings.transport.allow_http, NULL, method) == FAILURE) {
		return FAILURE;
	}
	b24im_endpoint_dtor(&s->ep);
	s->ep = ep;
	zval_ptr_dtor(&s->auth);
	ZVAL_COPY(&s->auth, merged);

	if (handler) {
		zval retval, arg;

		ZVAL_COPY(&arg, merged);
		if (call_user_function(NULL, NULL, (zval *) handler, &retval, 1, &arg) == SUCCESS) {
			zval_ptr_dtor(&retval);
		}
		zval_ptr_dtor(&arg);
		if (EG(exception)) {
			return FAILURE;
		}
	}
	return SUCCESS;
}

/* request_tokens() with the lock of f held: a fatal error in it releases the lock now, not only at request end
 * (a shutdown function of this request may renew the same token). */
static zend_result request_tokens_locked(const b24im_session *s, const char *method, const zend_string *refresh,
	zend_string **out, b24im_state_file *f)
{
	zend_result result = FAILURE;

	zend_try {
		result = request_tokens(s, method, refresh, out);
	} zend_catch {
		b24im_state_close(f);
		zend_bailout();
	} zend_end_try();
	return result;
}

/* The largest stored renewal read back: an OAuth reply is a few hundred bytes. */
#define MAX_STORED (1024 * 1024)

zend_result b24im_oauth_renew(b24im_session *s, const char *method)
{
	zval current, merged;
	zend_result result = FAILURE;
	char unstored[200] = "";
	bool fresh = false;
	b24im_state_conf conf;

	b24im_settings_state(&s->settings, &conf);
	ZVAL_COPY(&current, &s->auth);
	ZVAL_UNDEF(&merged);
	for (int hop = 0; hop <= MAX_CHAIN; hop++) {
		zend_string *refresh = auth_string(&current, "refresh_token");
		zend_string *content;
		b24im_state_file f;

		if (!refresh) {
			break;
		}
		if (b24im_state_open(&f, &conf, "oauth", ZSTR_VAL(refresh), ZSTR_LEN(refresh), method) == FAILURE) {
			goto cleanup;
		}
		/* One process at a time per refresh token: the first renews, the others find its result here. */
		if (b24im_state_lock(&f, &conf, "the stored renewal of this refresh token", method) == FAILURE) {
			b24im_state_close(&f);
			goto cleanup;
		}
		content = b24im_state_read(&f, MAX_STORED);
		if (!content && (hop == 0 || expired(&current) || hop == MAX_CHAIN)) {
			char why[160];
			if (request_tokens_locked(s, method, refresh, &content, &f) == FAILURE) {
				b24im_state_remove_empty(&f); /* a forged token must not leave a file */
				b24im_state_close(&f);
				goto cleanup;
			}
			fresh = true;
			if (b24im_state_replace(&f, ZSTR_VAL(content), ZSTR_LEN(content), why, sizeof(why)) == FAILURE) {
				snprintf(unstored, sizeof(unstored), "cannot store the renewed tokens in %s %s: %s; the refresh handler got them",
					b24im_state_folder_label(&f), f.path, why);
			}
		}
		b24im_state_close(&f);
		if (!content) {
			break; /* the newest tokens, still valid: use them */
		}
		if (merge_auth(s->handles.tokener, &current, content, &merged) == FAILURE) {
			b24im_wipe_release(content);
			oauth_error(s, method, B24IM_ERR_TRANSPORT, "UNEXPECTED_REPLY", "the stored renewal is not JSON", 0);
			goto cleanup;
		}
		b24im_wipe_release(content);
		zval_ptr_dtor(&current);
		ZVAL_COPY_VALUE(&current, &merged);
		ZVAL_UNDEF(&merged);
		if (fresh) {
			break; /* from the OAuth server itself: nothing newer to follow */
		}
	}
	result = adopt(s, &current, method);
	/* The tokens are valid and now the application's; only sharing them with other processes failed, and a
	 * process that renews the old refresh token again would be refused: the application must know. */
	if (result == SUCCESS && unstored[0]) {
		b24im_throw_config(method, "STATE_WRITE", "%s", unstored);
		result = FAILURE;
	}

cleanup:
	zval_ptr_dtor(&current);
	zval_ptr_dtor(&merged);
	return result;
}
