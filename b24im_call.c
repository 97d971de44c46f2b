/* b24im call: runs one REST call through the layers, throws what failed, and records b24_last_response(). */
#include "php.h"
#include "zend_exceptions.h"

#include "php_b24im.h"
#include "b24im_call.h"
#include "b24im_endpoint.h"
#include "b24im_request.h"
#include "b24im_reply.h"
#include "b24im_errors.h"

#define B24IM_MAX_REDIRECTS 3

void b24im_settings_from_ini(b24im_settings *s)
{
	s->transport.timeout_ms = B24IM_G(timeout_ms);
	s->transport.connect_timeout_ms = B24IM_G(connect_timeout_ms);
	s->transport.verify_tls = B24IM_G(verify_tls);
	s->transport.ca_file = B24IM_G(ca_file);
	s->transport.allow_http = B24IM_G(allow_http);
	s->transport.max_response_size = (size_t) B24IM_G(max_response_size);
	s->transport.user_agent = B24IM_G(user_agent) && B24IM_G(user_agent)[0] ? B24IM_G(user_agent) : B24IM_DEFAULT_USER_AGENT;
	s->transport.max_redirects = B24IM_MAX_REDIRECTS;
	s->allow_http = B24IM_G(allow_http);
}

void b24im_call_forget(void)
{
	zval_ptr_dtor(&B24IM_G(last_response));
	ZVAL_NULL(&B24IM_G(last_response));
}

zend_long b24im_call_last_http_status(void)
{
	zval *status;

	if (Z_TYPE(B24IM_G(last_response)) != IS_ARRAY) {
		return 0;
	}
	status = zend_hash_str_find(Z_ARRVAL(B24IM_G(last_response)), "http_status", sizeof("http_status") - 1);
	return status && Z_TYPE_P(status) == IS_LONG ? Z_LVAL_P(status) : 0;
}

static void remember(const char *method, size_t method_len, long http_status, b24im_reply *reply)
{
	zval *last = &B24IM_G(last_response);

	b24im_call_forget();
	array_init_size(last, 5);
	add_assoc_stringl(last, "method", method, method_len);
	add_assoc_long(last, "http_status", http_status);
	if (reply) {
		Z_TRY_ADDREF(reply->total);
		add_assoc_zval(last, "total", &reply->total);
		Z_TRY_ADDREF(reply->next);
		add_assoc_zval(last, "next", &reply->next);
		Z_TRY_ADDREF(reply->time);
		add_assoc_zval(last, "time", &reply->time);
	} else {
		add_assoc_null(last, "total");
		add_assoc_null(last, "next");
		add_assoc_null(last, "time");
	}
}

static b24im_transport *transport(void)
{
	if (!B24IM_G(transport)) {
		B24IM_G(transport) = b24im_transport_new();
	}
	return B24IM_G(transport);
}

static struct json_tokener *tokener(void)
{
	if (!B24IM_G(tokener)) {
		B24IM_G(tokener) = b24im_reply_tokener_new();
	}
	return B24IM_G(tokener);
}

zend_result b24im_call(const char *method, size_t method_len, HashTable *params, const b24im_auth_arg *auth,
	const b24im_settings *settings, zval *return_value)
{
	b24im_endpoint ep;
	b24im_secrets secrets;
	b24im_http_reply http;
	b24im_reply reply;
	zend_string *url = NULL;
	smart_str body = {0};
	b24im_transport *t;
	struct json_tokener *tok;
	zend_result result = FAILURE;
	bool have_http = false, have_reply = false;

	if (b24im_endpoint_resolve(&ep, auth->auth_array, auth->auth_url, auth->arg_num, settings->allow_http, method) == FAILURE) {
		return FAILURE;
	}
	b24im_endpoint_secrets(&ep, &secrets);

	t = transport();
	tok = tokener();
	if (!t || !tok) {
		b24im_throw(B24IM_ERR_TRANSPORT, method, "TRANSPORT_ERROR", "libcurl or json-c could not start (out of memory)",
			sizeof("libcurl or json-c could not start (out of memory)") - 1, 0, &secrets);
		goto cleanup;
	}

	url = b24im_request_url(&ep, method, method_len);
	b24im_request_body(&body, params, &ep);

	have_http = true;
	if (b24im_transport_post(t, ZSTR_VAL(url), body.s ? ZSTR_VAL(body.s) : "", body.s ? ZSTR_LEN(body.s) : 0,
			&settings->transport, &http) == FAILURE) {
		if (http.http_status > 0) {
			remember(method, method_len, http.http_status, NULL);
		} else {
			b24im_call_forget();
		}
		b24im_throw(B24IM_ERR_TRANSPORT, method, http.code, http.detail, strlen(http.detail), http.http_status, &secrets);
		goto cleanup;
	}

	have_reply = true;
	b24im_reply_parse(&reply, tok, http.body.s ? ZSTR_VAL(http.body.s) : "", http.body.s ? ZSTR_LEN(http.body.s) : 0);
	remember(method, method_len, http.http_status, &reply);
	switch (reply.kind) {
		case B24IM_REPLY_RESULT:
			ZVAL_COPY_VALUE(return_value, &reply.result);
			ZVAL_NULL(&reply.result);
			result = SUCCESS;
			break;
		case B24IM_REPLY_ERROR:
			b24im_throw(B24IM_ERR_API, method, ZSTR_VAL(reply.error), ZSTR_VAL(reply.description),
				ZSTR_LEN(reply.description), http.http_status, &secrets);
			break;
		case B24IM_REPLY_BAD:
			b24im_throw(B24IM_ERR_TRANSPORT, method, reply.bad_code, reply.bad_detail, strlen(reply.bad_detail),
				http.http_status, &secrets);
			break;
	}

cleanup:
	if (have_reply) {
		b24im_reply_dtor(&reply);
	}
	if (have_http) {
		b24im_http_reply_dtor(&http);
	}
	smart_str_free(&body);
	if (url) {
		zend_string_release(url);
	}
	b24im_endpoint_dtor(&ep);
	return result;
}
