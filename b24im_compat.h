/* b24im compat: what differs between the PHP versions b24im builds on (8.1 to 8.6), in one place, by PHP_VERSION_ID. */
#ifndef B24IM_COMPAT_H
#define B24IM_COMPAT_H

#include "php.h"

/* php_mt_rand_range(): ext/standard/php_mt_rand.h until 8.3; 8.4 moved it to ext/random, which 8.2 added. */
#if PHP_VERSION_ID >= 80200
# include "ext/random/php_random.h"
#else
# include "ext/standard/php_mt_rand.h"
#endif

/* (XtOffsetOf(), Zend's old offsetof(), is gone in 8.6: b24im uses the standard offsetof(), on every version.) */

/* php_url_encode_hash_ex() takes the separator as a zend_string from 8.3 on, as a char * before. */
#if PHP_VERSION_ID >= 80300
# define B24IM_URL_ENCODE_HASH(params, out) \
	php_url_encode_hash_ex((params), (out), NULL, 0, NULL, NULL, ZSTR_CHAR('&'), PHP_QUERY_RFC1738)
#else
# define B24IM_URL_ENCODE_HASH(params, out) \
	php_url_encode_hash_ex((params), (out), NULL, 0, NULL, 0, NULL, 0, NULL, "&", PHP_QUERY_RFC1738)
#endif

/* #[\SensitiveParameter] arrived in PHP 8.2; on 8.1 there is nothing to hide traces from. */
#if PHP_VERSION_ID < 80200
# define zend_add_parameter_attribute(func, offset, name, argc) ((void) 0)
#endif

#endif /* B24IM_COMPAT_H */
