/* b24im: the module entry and its version, as PHP's build and PECL expect them of an extension. */
#ifndef PHP_B24IM_H
#define PHP_B24IM_H

#include "php.h"
#include "b24im_version.h"

extern zend_module_entry b24im_module_entry;
#define phpext_b24im_ptr &b24im_module_entry

#endif /* PHP_B24IM_H */
