/* b24im request: the URL and the body of one call (http_build_query's own encoder), and the check of the method name that goes into the URL. */
#include "php.h"
#include "zend_exceptions.h"
#include "ext/standard/php_http.h"
#include "ext/standard/url.h"
#include "b24im_compat.h"

#include "b24im_request.h"

void b24im_request_encode(smart_str *out, HashTable *params)
{
	/* Always "&", whatever arg_separator.output says: the portal parses "&". */
	B24IM_URL_ENCODE_HASH(params, out);
}

zend_string *b24im_request_url(const b24im_endpoint *ep, const char *method, size_t method_len)
{
	return zend_string_concat3(ZSTR_VAL(ep->base), ZSTR_LEN(ep->base), method, method_len, ".json", sizeof(".json") - 1);
}

void b24im_request_body(smart_str *body, HashTable *params, const b24im_endpoint *ep)
{
	if (params && zend_hash_num_elements(params)) {
		b24im_request_encode(body, params);
	}
	if (ep->kind == B24IM_AUTH_OAUTH) {
		zend_string *encoded = php_url_encode(ZSTR_VAL(ep->token), ZSTR_LEN(ep->token));

		if (body->s && ZSTR_LEN(body->s)) {
			smart_str_appendc(body, '&');
		}
		smart_str_appends(body, "auth=");
		smart_str_append(body, encoded);
		zend_string_release(encoded);
	}
	smart_str_0(body);
}

bool b24im_valid_method(const char *method, size_t len)
{
	if (len == 0 || len > B24IM_MAX_METHOD_LEN) {
		return false;
	}
	for (size_t i = 0; i < len; i++) {
		char c = method[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_')) {
			return false;
		}
	}
	return true;
}

zend_result b24im_check_method(const zend_string *method, uint32_t arg_num)
{
	if (!b24im_valid_method(ZSTR_VAL(method), ZSTR_LEN(method))) {
		zend_argument_value_error(arg_num, "must be a REST method name: ASCII letters, digits, \".\" and \"_\" (at most %d)",
			B24IM_MAX_METHOD_LEN);
		return FAILURE;
	}
	return SUCCESS;
}
