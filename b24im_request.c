/* b24im request: builds the URL and the body of a call with the engine's own http_build_query encoder. */
#include "php.h"
#include "ext/standard/php_http.h"
#include "ext/standard/url.h"
#include "ext/standard/url_scanner_ex.h"
#include "b24im_compat.h"

#include "b24im_request.h"

zend_string *b24im_request_url(const b24im_endpoint *ep, const char *method, size_t method_len)
{
	return zend_string_concat3(ZSTR_VAL(ep->base), ZSTR_LEN(ep->base), method, method_len, ".json", sizeof(".json") - 1);
}

void b24im_request_body(smart_str *body, HashTable *params, const b24im_endpoint *ep)
{
	if (params && zend_hash_num_elements(params)) {
		/* Always "&", whatever arg_separator.output says: the portal parses "&". */
		B24IM_URL_ENCODE_HASH(params, body);
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
