/* b24im compat: what differs between the PHP versions b24im builds on (8.2 to 8.6), in one place, by PHP_VERSION_ID. */
#ifndef B24IM_COMPAT_H
#define B24IM_COMPAT_H

#include "php.h"

#if PHP_VERSION_ID < 80200
# error "b24im needs PHP 8.2 or later"
#endif

/* php_mt_rand_range() is ext/random's (8.2 on; ext/standard/php_mt_rand.h only forwards to it until 8.4). */
#include "ext/random/php_random.h"

/* php_url_encode_hash_ex() takes the separator as a zend_string from 8.3 on, as a char * before. */
#if PHP_VERSION_ID >= 80300
# define B24IM_URL_ENCODE_HASH(params, out) \
	php_url_encode_hash_ex((params), (out), NULL, 0, NULL, NULL, ZSTR_CHAR('&'), PHP_QUERY_RFC1738)
#else
# define B24IM_URL_ENCODE_HASH(params, out) \
	php_url_encode_hash_ex((params), (out), NULL, 0, NULL, 0, NULL, 0, NULL, "&", PHP_QUERY_RFC1738)
#endif

#endif /* B24IM_COMPAT_H */
