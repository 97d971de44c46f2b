/* b24im api: what the b24_* functions and B24im\Client share: argument checks and the im.user.status.* calls. */
#ifndef B24IM_API_H
#define B24IM_API_H

#include "php.h"
#include "b24im_call.h"

/* ASCII letters, digits, '.' and '_' only: a method name can never change the URL. */
bool b24im_valid_method(const char *method, size_t len);

/* Argument checks, each a ValueError naming argument arg_num. */
zend_result b24im_check_ago(zend_long ago, uint32_t arg_num);
zend_result b24im_check_status(const zend_string *status, uint32_t arg_num);
zend_result b24im_check_method(const zend_string *method, uint32_t arg_num);

/* The calls, on a session; the arguments already checked. */
zend_result b24im_do_idle_start(b24im_session *s, zend_long ago, zval *return_value);
zend_result b24im_do_idle_end(b24im_session *s, zval *return_value);
zend_result b24im_do_status_get(b24im_session *s, zval *return_value);
zend_result b24im_do_status_set(b24im_session *s, zend_string *status, zval *return_value);

#endif
