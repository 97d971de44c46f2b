/* b24im status: the im.user.status.* operations that the b24_* functions and B24im\Client share, and their argument checks. */
#ifndef B24IM_STATUS_H
#define B24IM_STATUS_H

#include "php.h"
#include "b24im_session.h"

/* Argument checks, each a ValueError naming argument arg_num. */
zend_result b24im_check_ago(zend_long ago, uint32_t arg_num);
zend_result b24im_check_status(const zend_string *status, uint32_t arg_num);

/* The calls, on a session; the arguments already checked. Each fills return_value or throws. */
zend_result b24im_idle_start(b24im_session *s, zend_long ago, zval *return_value);
zend_result b24im_idle_end(b24im_session *s, zval *return_value);
zend_result b24im_status_get(b24im_session *s, zval *return_value);
zend_result b24im_status_set(b24im_session *s, zend_string *status, zval *return_value);

#endif
