/* b24im call: runs one REST call through the layers, retries what the portal refused unrun, renews tokens once, and throws the rest. */
#include "php.h"
#include "zend_exceptions.h"
#include "b24im_compat.h"

#include "php_b24im.h"
#include "b24im_call.h"
#include "b24im_request.h"
#include "b24im_limiter.h"
#include "b24im_transport.h"
#include "b24im_reply.h"
#include "b24im_errors.h"
#include "b24im_oauth.h"

/* A failure of one attempt, held until the loop decides between retrying and throwing. */
typedef struct {
	b24im_error_kind kind;
	zend_string *code;
	zend_string *description;
	zend_long http_status;
	zval reset_at;       /* time.operating_reset_at of the reply, or null */
	bool unsent;         /* the portal surely did not run it */
} call_error;

zend_result b24im_session_init(b24im_session *s, HashTable *auth_array, zend_string *auth_url, uint32_t auth_arg,
	HashTable *options, uint32_t options_arg, zval *last_response, const char *method)
{
	memset(s, 0, sizeof(*s));
	ZVAL_NULL(&s->auth);
	ZVAL_UNDEF(&s->handler);
	s->last_response = last_response;
	b24im_settings_from_ini(&s->settings);
	if (options && b24im_settings_apply(&s->settings, options, options_arg) == FAILURE) {
		return FAILURE;
	}
	if (b24im_endpoint_resolve(&s->ep, auth_array, auth_url, auth_arg, s->settings.transport.allow_http, method) == FAILURE) {
		return FAILURE;
	}
	if (auth_array) {
		ZVAL_ARR(&s->auth, zend_array_dup(auth_array));
	} else if (auth_url) {
		ZVAL_STR_COPY(&s->auth, auth_url);
	}
	return SUCCESS;
}

void b24im_session_dtor(b24im_session *s)
{
	b24im_settings_dtor(&s->settings);
	b24im_endpoint_dtor(&s->ep);
	zval_ptr_dtor(&s->auth);
	ZVAL_NULL(&s->auth);
	zval_ptr_dtor(&s->handler);
	ZVAL_UNDEF(&s->handler);
}

void b24im_session_secrets(const b24im_session *s, b24im_secrets *secrets)
{
	zval *refresh = Z_TYPE(s->auth) == IS_ARRAY
		? zend_hash_str_find(Z_ARRVAL(s->auth), "refresh_token", sizeof("refresh_token") - 1) : NULL;

	memset(secrets, 0, sizeof(*secrets));
	secrets->items[0] = s->ep.code;
	secrets->items[1] = s->ep.token;
	secrets->items[2] = s->settings.client_secret;
	secrets->items[3] = refresh && Z_TYPE_P(refresh) == IS_STRING ? Z_STR_P(refresh) : NULL;
}

zend_long b24im_call_http_status(const zval *last_response)
{
	zval *status;

	if (Z_TYPE_P(last_response) != IS_ARRAY) {
		return 0;
	}
	status = zend_hash_str_find(Z_ARRVAL_P(last_response), "http_status", sizeof("http_status") - 1);
	return status && Z_TYPE_P(status) == IS_LONG ? Z_LVAL_P(status) : 0;
}

void b24im_call_forget(zval *last_response)
{
	zval_ptr_dtor(last_response);
	ZVAL_NULL(last_response);
}

#define SET_MEMBER(ht, key, value) zend_hash_str_update((ht), (key), sizeof(key) - 1, (value))

/* A URL a reply came from, fit to show: a webhook method URL (.../rest/{user}/{code}/{method}.json) with its
 * code masked and its method kept; any other with its whole path masked, and never a query. */
static zend_string *shown_url(const char *url)
{
	const char *end = url + strcspn(url, "?#"), *slash = end;
	zend_string *base, *shown;

	while (slash > url && slash[-1] != '/') {
		slash--;
	}
	base = b24im_endpoint_mask_url(url, (size_t) (slash - url));
	if (ZSTR_LEN(base) == 0 || ZSTR_VAL(base)[ZSTR_LEN(base) - 1] != '/') {
		return base; /* not a webhook's: masked whole */
	}
	shown = zend_string_concat2(ZSTR_VAL(base), ZSTR_LEN(base), slash, (size_t) (end - slash));
	zend_string_release(base);
	return shown;
}

static void remember(zval *last, const char *method, size_t method_len, long http_status, const char *url,
	b24im_reply *reply)
{
	HashTable *ht;
	zval v, *old_method;

	if (Z_TYPE_P(last) == IS_ARRAY && Z_REFCOUNTED_P(last) && Z_REFCOUNT_P(last) == 1) {
		/* Nobody else holds the last one (a caller that kept it holds a reference): it is updated in place,
		 * its keys and its method string kept. */
		ht = Z_ARRVAL_P(last);
	} else {
		b24im_call_forget(last);
		array_init_size(last, 5);
		ht = Z_ARRVAL_P(last);
	}
	old_method = zend_hash_str_find(ht, "method", sizeof("method") - 1);
	if (!old_method || Z_TYPE_P(old_method) != IS_STRING || !zend_string_equals_cstr(Z_STR_P(old_method), method, method_len)) {
		ZVAL_STRINGL_FAST(&v, method, method_len);
		SET_MEMBER(ht, "method", &v);
	}
	ZVAL_LONG(&v, http_status);
	SET_MEMBER(ht, "http_status", &v);
	if (reply) {
		Z_TRY_ADDREF(reply->total);
		SET_MEMBER(ht, "total", &reply->total);
		Z_TRY_ADDREF(reply->next);
		SET_MEMBER(ht, "next", &reply->next);
		Z_TRY_ADDREF(reply->time);
		SET_MEMBER(ht, "time", &reply->time);
	} else {
		ZVAL_NULL(&v);
		SET_MEMBER(ht, "total", &v);
		SET_MEMBER(ht, "next", &v);
		SET_MEMBER(ht, "time", &v);
	}
	/* Where the reply came from, after any redirect (a renamed portal answers so): the application can
	 * update what it stored. Its webhook code masked, as everywhere b24im shows a URL. */
	if (url) {
		ZVAL_STR(&v, shown_url(url));
	} else {
		ZVAL_NULL(&v);
	}
	SET_MEMBER(ht, "url", &v);
}

struct b24im_transport *b24im_call_transport(void)
{
	if (!B24IM_G(transport)) {
		B24IM_G(transport) = b24im_transport_new();
	}
	return B24IM_G(transport);
}

struct json_tokener *b24im_call_tokener(void)
{
	if (!B24IM_G(tokener)) {
		B24IM_G(tokener) = b24im_reply_tokener_new();
	}
	return B24IM_G(tokener);
}

static void error_set(call_error *err, b24im_error_kind kind, const char *code, size_t code_len,
	const char *description, size_t description_len, zend_long http_status)
{
	err->kind = kind;
	err->code = zend_string_init(code, code_len, 0);
	err->description = zend_string_init(description, description_len, 0);
	err->http_status = http_status;
	ZVAL_NULL(&err->reset_at);
}

static void error_dtor(call_error *err)
{
	if (err->code) {
		zend_string_release(err->code);
	}
	if (err->description) {
		zend_string_release(err->description);
	}
	zval_ptr_dtor(&err->reset_at);
	memset(err, 0, sizeof(*err));
	ZVAL_NULL(&err->reset_at);
}

static bool error_is(const call_error *err, const char *code)
{
	return err->code && zend_string_equals_cstr(err->code, code, strlen(code));
}

/* Frees a request's body (an OAuth call's holds its access token) and URL (a webhook's holds its code),
 * wiped first: freed memory is handed out again, and may be read by whatever gets it next. */
static void wipe_request(smart_str *body, zend_string *url)
{
	if (body->s) {
		ZEND_SECURE_ZERO(ZSTR_VAL(body->s), ZSTR_LEN(body->s));
	}
	smart_str_free(body);
	if (GC_REFCOUNT(url) == 1 && !ZSTR_IS_INTERNED(url)) {
		ZEND_SECURE_ZERO(ZSTR_VAL(url), ZSTR_LEN(url));
	}
	zend_string_release(url);
}

/* Posts the request, then wipes and frees its body and URL: nothing needs them after the POST (a retry
 * builds its own), and a fatal error later (while the reply becomes PHP values) finds no secret left to
 * wipe. A fatal error inside the transfer wipes them too on its way out. */
static zend_result post_and_wipe(struct b24im_transport *t, zend_string *url, smart_str *body,
	const b24im_transport_opts *opts, b24im_http_reply *http)
{
	zend_result result = FAILURE;

	zend_try {
		result = b24im_transport_post(t, ZSTR_VAL(url), body->s ? ZSTR_VAL(body->s) : "", body->s ? ZSTR_LEN(body->s) : 0,
			opts, http);
	} zend_catch {
		wipe_request(body, url);
		zend_bailout();
	} zend_end_try();
	wipe_request(body, url);
	return result;
}

/* One HTTP exchange. SUCCESS with the result in return_value, or FAILURE with err filled (nothing thrown). */
static zend_result attempt(b24im_session *s, const char *method, size_t method_len, HashTable *params,
	zval *return_value, call_error *err)
{
	b24im_http_reply http;
	b24im_reply reply;
	zend_string *url;
	smart_str body = {0};
	struct b24im_transport *t = b24im_call_transport();
	struct json_tokener *tok = b24im_call_tokener();
	zend_result result = FAILURE;

	if (!t || !tok) {
		error_set(err, B24IM_ERR_TRANSPORT, ZEND_STRL("TRANSPORT_ERROR"), ZEND_STRL("libcurl or json-c could not start"), 0);
		return FAILURE;
	}
	url = b24im_request_url(&s->ep, method, method_len);
	b24im_request_body(&body, params, &s->ep);

	if (post_and_wipe(t, url, &body, &s->settings.transport, &http) == FAILURE) {
		if (http.http_status > 0) {
			remember(s->last_response, method, method_len, http.http_status, http.url, NULL);
		} else {
			b24im_call_forget(s->last_response);
		}
		error_set(err, B24IM_ERR_TRANSPORT, http.code, strlen(http.code), http.detail, strlen(http.detail), http.http_status);
		err->unsent = http.unsent;
		goto cleanup;
	}

	b24im_reply_parse(&reply, tok, http.body.s ? ZSTR_VAL(http.body.s) : "", http.body.s ? ZSTR_LEN(http.body.s) : 0);
	remember(s->last_response, method, method_len, http.http_status, http.url, &reply);
	switch (reply.kind) {
		case B24IM_REPLY_RESULT:
			ZVAL_COPY_VALUE(return_value, &reply.result);
			ZVAL_NULL(&reply.result);
			result = SUCCESS;
			break;
		case B24IM_REPLY_ERROR: {
			zval *reset = Z_TYPE(reply.time) == IS_ARRAY
				? zend_hash_str_find(Z_ARRVAL(reply.time), "operating_reset_at", sizeof("operating_reset_at") - 1) : NULL;

			error_set(err, B24IM_ERR_API, ZSTR_VAL(reply.error), ZSTR_LEN(reply.error),
				ZSTR_VAL(reply.description), ZSTR_LEN(reply.description), http.http_status);
			/* a number, or a string of one ("1795000600", as PHP code that built the reply may send it) */
			if (reset && (Z_TYPE_P(reset) == IS_LONG || Z_TYPE_P(reset) == IS_DOUBLE
					|| (Z_TYPE_P(reset) == IS_STRING && is_numeric_string(Z_STRVAL_P(reset), Z_STRLEN_P(reset), NULL, NULL, false)))) {
				ZVAL_DOUBLE(&err->reset_at, zval_get_double(reset));
			}
			/* the portal refuses these before running the method (older texts gave 429 for the first) */
			err->unsent = (http.http_status == 503 && (error_is(err, "QUERY_LIMIT_EXCEEDED") || error_is(err, "OVERLOAD_LIMIT")))
				|| (http.http_status == 429 && error_is(err, "QUERY_LIMIT_EXCEEDED"));
			break;
		}
		case B24IM_REPLY_BAD: {
			b24im_secrets secrets;
			zend_string *excerpt, *detail;

			b24im_session_secrets(s, &secrets);
			excerpt = http.body.s ? b24im_excerpt(ZSTR_VAL(http.body.s), ZSTR_LEN(http.body.s), &secrets) : NULL;
			detail = excerpt ? strpprintf(0, "%s: %s", reply.bad_detail, ZSTR_VAL(excerpt))
				: zend_string_init(reply.bad_detail, strlen(reply.bad_detail), 0);
			error_set(err, B24IM_ERR_TRANSPORT, reply.bad_code, strlen(reply.bad_code),
				ZSTR_VAL(detail), ZSTR_LEN(detail), http.http_status);
			zend_string_release(detail);
			if (excerpt) {
				zend_string_release(excerpt);
			}
			break;
		}
	}
	b24im_reply_dtor(&reply);

cleanup:
	b24im_http_reply_dtor(&http);
	return result;
}

/* Exponential backoff with jitter, paced by the rate limit (one bucket slot drains in 1 / rate_limit s), never
 * longer than 30 s nor than the call's timeout_ms: no wait of a call outlasts its timeout. */
static double backoff_seconds(const b24im_settings *settings, int retry)
{
	double base = settings->rate_limit > 0 ? 1.0 / settings->rate_limit : 0.5;
	double delay = base * (double) (1 << (retry < 10 ? retry - 1 : 9));
	double cap = (double) settings->transport.timeout_ms / 1000.0;
	/* PHP's generator is seeded per process, so processes that were refused together spread out */
	double jitter = 0.5 + (double) php_mt_rand_range(0, 999) / 1000.0;

	delay *= jitter;
	if (cap > 30) {
		cap = 30;
	}
	return delay > cap ? cap : delay;
}

static void throw_error(const b24im_session *s, const char *method, const call_error *err)
{
	b24im_secrets secrets;
	zend_object *ex;

	b24im_session_secrets(s, &secrets);
	b24im_throw(err->kind, method, ZSTR_VAL(err->code), ZSTR_VAL(err->description), ZSTR_LEN(err->description),
		err->http_status, &secrets);
	ex = EG(exception);
	if (ex && Z_TYPE(err->reset_at) == IS_DOUBLE && instanceof_function(ex->ce, b24im_ce_rate_limit_exception)) {
		zend_update_property_double(b24im_ce_rate_limit_exception, ex, "resetAt", sizeof("resetAt") - 1, Z_DVAL(err->reset_at));
	}
}

zend_result b24im_call(b24im_session *s, const char *method, size_t method_len, HashTable *params, zval *return_value)
{
	int retries = 0;
	bool renewed = false;

	for (;;) {
		call_error err = {0};

		ZVAL_NULL(&err.reset_at);
		if (b24im_limiter_acquire(&s->settings, s->ep.portal, method) == FAILURE) {
			return FAILURE;
		}
		if (attempt(s, method, method_len, params, return_value, &err) == SUCCESS) {
			return SUCCESS;
		}
		if (err.unsent && retries < s->settings.max_retries) {
			retries++;
			error_dtor(&err);
			b24im_sleep(backoff_seconds(&s->settings, retries));
			continue;
		}
		if (!renewed && err.kind == B24IM_ERR_API && error_is(&err, "expired_token") && b24im_oauth_can_renew(s)) {
			renewed = true;
			error_dtor(&err);
			if (b24im_oauth_renew(s, method) == FAILURE) {
				return FAILURE;
			}
			continue;
		}
		throw_error(s, method, &err);
		error_dtor(&err);
		return FAILURE;
	}
}
