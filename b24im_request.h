/* b24im request: the URL and the form-urlencoded body of one REST call, encoded as PHP's http_build_query does. */
#ifndef B24IM_REQUEST_H
#define B24IM_REQUEST_H

#include "php.h"
#include "zend_smart_str.h"
#include "b24im_endpoint.h"

/* {base}{method}.json, NUL-terminated. */
zend_string *b24im_request_url(const b24im_endpoint *ep, const char *method, size_t method_len);

/* Appends params as http_build_query($params) encodes them (a batch command's query too). */
void b24im_request_encode(smart_str *out, HashTable *params);

/* params as http_build_query($params) encodes them, then the OAuth token as "auth" (never in the URL). */
void b24im_request_body(smart_str *body, HashTable *params, const b24im_endpoint *ep);

#define B24IM_MAX_METHOD_LEN 128

/* ASCII letters, digits, '.' and '_' only, at most B24IM_MAX_METHOD_LEN: a method name can never change the URL. */
bool b24im_valid_method(const char *method, size_t len);

/* The same, as a ValueError naming argument arg_num. */
zend_result b24im_check_method(const zend_string *method, uint32_t arg_num);

#endif
