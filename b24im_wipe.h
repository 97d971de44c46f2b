/* b24im wipe: freeing what held a secret (a token, a webhook code, the client secret) wiped first, in one place. */
#ifndef B24IM_WIPE_H
#define B24IM_WIPE_H

#include "php.h"
#include "zend_smart_str.h"

/* Freed memory is handed out again and may be read by whatever gets it next: a buffer that held a secret is
 * zeroed before it goes back, where this is its last owner. */
static zend_always_inline void b24im_wipe_release(zend_string *str)
{
	if (!str) {
		return;
	}
	if (!ZSTR_IS_INTERNED(str) && GC_REFCOUNT(str) == 1) {
		ZEND_SECURE_ZERO(ZSTR_VAL(str), ZSTR_LEN(str));
	}
	zend_string_release(str);
}

static zend_always_inline void b24im_wipe_smart_str(smart_str *str)
{
	if (str->s) {
		ZEND_SECURE_ZERO(ZSTR_VAL(str->s), ZSTR_LEN(str->s));
	}
	smart_str_free(str);
}

#endif
