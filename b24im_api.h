/* b24im api: validation shared by the b24_* functions (and, later, B24im\Client). */
#ifndef B24IM_API_H
#define B24IM_API_H

#include "php.h"

/* ASCII letters, digits, '.' and '_' only: a method name can never change the URL. */
bool b24im_valid_method(const char *method, size_t len);

/* online, dnd, away or break, lowercase as the portal requires. */
bool b24im_valid_status(const zend_string *status);

#endif
