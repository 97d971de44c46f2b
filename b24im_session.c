/* b24im session: builds a session from the INI values, options and $auth (or the default webhook); masks its secrets; records the last reply. */
#include "php.h"

#include "b24im_session.h"

zend_result b24im_session_init(b24im_session *s, const b24im_ini *ini, b24im_endpoint_cache *cache,
	const b24im_session_args *args, zval *last_response, const char *method)
{
	b24im_endpoint_source src = { args->auth_array, args->auth_url, args->auth_arg, args->default_url, args->default_what };

	memset(s, 0, sizeof(*s));
	ZVAL_NULL(&s->auth);
	ZVAL_UNDEF(&s->handler);
	s->last_response = last_response;
	b24im_settings_from_ini(&s->settings, ini);
	if (args->options && b24im_settings_apply(&s->settings, args->options, args->options_arg) == FAILURE) {
		return FAILURE;
	}
	if (b24im_endpoint_resolve(&s->ep, &src, s->settings.transport.allow_http, cache, method) == FAILURE) {
		return FAILURE;
	}
	if (args->auth_array) {
		ZVAL_ARR(&s->auth, zend_array_dup(args->auth_array));
	} else if (args->auth_url) {
		ZVAL_STR_COPY(&s->auth, args->auth_url);
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

const zval *b24im_session_refresh_handler(const b24im_session *s)
{
	const zval *handler = Z_TYPE(s->handler) != IS_UNDEF ? &s->handler : s->handles.refresh_handler;

	return handler && Z_TYPE_P(handler) != IS_UNDEF && Z_TYPE_P(handler) != IS_NULL ? handler : NULL;
}

zend_long b24im_last_http_status(const zval *last)
{
	zval *status;

	if (Z_TYPE_P(last) != IS_ARRAY) {
		return 0;
	}
	status = zend_hash_str_find(Z_ARRVAL_P(last), "http_status", sizeof("http_status") - 1);
	return status && Z_TYPE_P(status) == IS_LONG ? Z_LVAL_P(status) : 0;
}

void b24im_last_forget(zval *last)
{
	zval_ptr_dtor(last);
	ZVAL_NULL(last);
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

static void set_copy(HashTable *ht, const char *key, size_t key_len, const zval *value)
{
	zval v;

	if (value) {
		ZVAL_COPY(&v, value);
	} else {
		ZVAL_NULL(&v);
	}
	zend_hash_str_update(ht, key, key_len, &v);
}

void b24im_last_record(zval *last, const char *method, size_t method_len, long http_status, const char *url,
	const zval *total, const zval *next, const zval *time)
{
	HashTable *ht;
	zval v, *old_method;

	if (Z_TYPE_P(last) == IS_ARRAY && Z_REFCOUNTED_P(last) && Z_REFCOUNT_P(last) == 1) {
		/* Nobody else holds the last one (a caller that kept it holds a reference): it is updated in place,
		 * its keys and its method string kept. */
		ht = Z_ARRVAL_P(last);
	} else {
		b24im_last_forget(last);
		array_init_size(last, 6);
		ht = Z_ARRVAL_P(last);
	}
	old_method = zend_hash_str_find(ht, "method", sizeof("method") - 1);
	if (!old_method || Z_TYPE_P(old_method) != IS_STRING || !zend_string_equals_cstr(Z_STR_P(old_method), method, method_len)) {
		ZVAL_STRINGL_FAST(&v, method, method_len);
		SET_MEMBER(ht, "method", &v);
	}
	ZVAL_LONG(&v, http_status);
	SET_MEMBER(ht, "http_status", &v);
	set_copy(ht, ZEND_STRL("total"), total);
	set_copy(ht, ZEND_STRL("next"), next);
	set_copy(ht, ZEND_STRL("time"), time);
	/* Where the reply came from, after any redirect (a renamed portal answers so): the application can
	 * update what it stored. Its webhook code masked, as everywhere b24im shows a URL. */
	if (url) {
		ZVAL_STR(&v, shown_url(url));
	} else {
		ZVAL_NULL(&v);
	}
	SET_MEMBER(ht, "url", &v);
}
