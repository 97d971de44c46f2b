/* b24im request: the URL and the form-urlencoded body of one REST call, encoded as PHP's http_build_query does. */
#ifndef B24IM_REQUEST_H
#define B24IM_REQUEST_H

#include "php.h"
#include "zend_smart_str.h"
#include "b24im_endpoint.h"

/* {base}{method}.json, NUL-terminated. */
zend_string *b24im_request_url(const b24im_endpoint *ep, const char *method, size_t method_len);

/* params as http_build_query($params) encodes them, then the OAuth token as "auth" (never in the URL). */
void b24im_request_body(smart_str *body, HashTable *params, const b24im_endpoint *ep);

#endif
