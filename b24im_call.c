/* b24im call: runs one REST call through the layers, retries what the portal refused unrun, renews tokens once, and throws the rest. */
#include "php.h"
#include "zend_exceptions.h"

#include "b24im_call.h"
#include "b24im_oauth.h"
#include "b24im_request.h"
#include "b24im_limiter.h"
#include "b24im_backoff.h"
#include "b24im_transport.h"
#include "b24im_reply.h"
#include "b24im_errors.h"
#include "b24im_wipe.h"

typedef b24im_call_error call_error;

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

void b24im_call_error_init(call_error *err)
{
	memset(err, 0, sizeof(*err));
	ZVAL_NULL(&err->reset_at);
}

void b24im_call_error_dtor(call_error *err)
{
	error_dtor(err);
}

void b24im_call_error_no_handles(call_error *err)
{
	error_set(err, B24IM_ERR_TRANSPORT, ZEND_STRL("TRANSPORT_ERROR"), ZEND_STRL("libcurl or json-c could not start"), 0);
}

static bool error_is(const call_error *err, const char *code)
{
	return err->code && zend_string_equals_cstr(err->code, code, strlen(code));
}

/* A request's body (an OAuth call's holds its access token) and URL (a webhook's holds its code). */
static void wipe_request(smart_str *body, zend_string *url)
{
	b24im_wipe_smart_str(body);
	b24im_wipe_release(url);
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

void b24im_call_request_build(const b24im_session *s, const char *method, size_t method_len, HashTable *params,
	b24im_call_request *req)
{
	memset(req, 0, sizeof(*req));
	req->url = b24im_request_url(&s->ep, method, method_len);
	b24im_request_body(&req->body, params, &s->ep);
}

void b24im_call_request_wipe(b24im_call_request *req)
{
	b24im_wipe_smart_str(&req->body);
	if (req->url) {
		b24im_wipe_release(req->url);
		req->url = NULL;
	}
}

/* One HTTP exchange. SUCCESS with the result in return_value, or FAILURE with err filled (nothing thrown). */
static zend_result attempt(b24im_session *s, const char *method, size_t method_len, HashTable *params,
	zval *return_value, call_error *err)
{
	b24im_http_reply http;
	b24im_call_request req;
	struct b24im_transport *t = s->handles.transport;
	struct json_tokener *tok = s->handles.tokener;
	zend_result posted;

	if (!t || !tok) {
		b24im_call_error_no_handles(err);
		return FAILURE;
	}
	b24im_call_request_build(s, method, method_len, params, &req);
	posted = post_and_wipe(t, req.url, &req.body, &s->settings.transport, &http);
	return b24im_call_reply(s, method, method_len, posted, &http, return_value, err);
}

zend_result b24im_call_reply(b24im_session *s, const char *method, size_t method_len, zend_result posted,
	b24im_http_reply *reply_http, zval *return_value, call_error *err)
{
	b24im_http_reply http = *reply_http;
	b24im_reply reply;
	struct json_tokener *tok = s->handles.tokener;
	zend_result result = FAILURE;

	memset(reply_http, 0, sizeof(*reply_http)); /* ours now: freed below */
	if (posted == FAILURE) {
		if (http.http_status > 0) {
			b24im_last_record(s->last_response, method, method_len, http.http_status, http.url, NULL, NULL, NULL);
		} else {
			b24im_last_forget(s->last_response);
		}
		error_set(err, B24IM_ERR_TRANSPORT, http.code, strlen(http.code), http.detail, strlen(http.detail), http.http_status);
		err->unsent = http.unsent;
		goto cleanup;
	}

	b24im_reply_parse(&reply, tok, http.body.s ? ZSTR_VAL(http.body.s) : "", http.body.s ? ZSTR_LEN(http.body.s) : 0);
	b24im_last_record(s->last_response, method, method_len, http.http_status, http.url, &reply.total, &reply.next, &reply.time);
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

/* Paced by the rate limit (one bucket slot drains in 1 / rate_limit s), never longer than 30 s nor than the
 * call's timeout_ms: no wait of a call outlasts its timeout. */
static double backoff_seconds(const b24im_settings *settings, int retry)
{
	double base = settings->rate_limit > 0 ? 1.0 / settings->rate_limit : 0.5;
	double cap = (double) settings->transport.timeout_ms / 1000.0;

	return b24im_backoff_delay(base, retry, cap > 30 ? 30 : cap);
}

void b24im_call_throw(const b24im_session *s, const char *method, const call_error *err)
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

b24im_call_next b24im_call_decide(const b24im_session *s, const call_error *err, int *retries, bool *renewed,
	double *delay)
{
	*delay = 0;
	if (err->unsent && *retries < s->settings.max_retries) {
		(*retries)++;
		*delay = backoff_seconds(&s->settings, *retries);
		return B24IM_CALL_RETRY;
	}
	if (!*renewed && err->kind == B24IM_ERR_API && error_is(err, "expired_token") && b24im_oauth_can_renew(s)) {
		*renewed = true;
		return B24IM_CALL_RENEW;
	}
	return B24IM_CALL_THROW;
}

zend_result b24im_call(b24im_session *s, const char *method, size_t method_len, HashTable *params, zval *return_value)
{
	int retries = 0;
	bool renewed = false;

	for (;;) {
		call_error err;
		double delay;

		b24im_call_error_init(&err);
		if (b24im_limiter_acquire(&s->settings, s->ep.portal, method) == FAILURE) {
			return FAILURE;
		}
		if (attempt(s, method, method_len, params, return_value, &err) == SUCCESS) {
			return SUCCESS;
		}
		switch (b24im_call_decide(s, &err, &retries, &renewed, &delay)) {
			case B24IM_CALL_RETRY:
				error_dtor(&err);
				b24im_backoff_sleep(delay);
				continue;
			case B24IM_CALL_RENEW:
				error_dtor(&err);
				if (b24im_oauth_renew(s, method) == FAILURE) {
					return FAILURE;
				}
				continue;
			case B24IM_CALL_THROW:
				break;
		}
		b24im_call_throw(s, method, &err);
		error_dtor(&err);
		return FAILURE;
	}
}
