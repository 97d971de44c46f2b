/* b24im many: many REST calls in flight at once (b24_call_many), each with the rules of a single call. */
#ifndef B24IM_MANY_H
#define B24IM_MANY_H

#include "php.h"
#include "b24im_session.h"
#include "b24im_transport.h"

/* At most this many requests in flight at once ($concurrency). */
#define B24IM_MANY_MAX_CONCURRENCY 1000

/* Where an element's session comes from (the bindings know the $auth forms and B24im\Client): own made from
 * $auth (then *use = own; own is destroyed by the caller either way), or a Client's lent (*use, own untouched).
 * Calls record their last response in *last. FAILURE with an exception pending, named for argument 1. */
typedef zend_result (*b24im_many_open)(void *ctx, zval *auth, const char *method, b24im_session *own, zval *last,
	b24im_session **use);

typedef struct {
	b24im_many_open open;
	void *ctx;
	b24im_multi *multi;           /* the process's multi handle; NULL where libcurl could not make one */
} b24im_many_env;

/* Checks every element of calls ([$auth, string $method, array $params = []]) before anything is sent: a
 * malformed one is a TypeError/ValueError of argument 1 naming its key. An element whose session fails with a
 * B24im\Exception passes: that exception is its result. */
zend_result b24im_many_check(HashTable *calls, const b24im_many_env *env);

/* Runs the (checked) calls, at most concurrency at once: return_value gets calls' keys in their order, each
 * the call's result or the B24im\Exception it would have thrown. FAILURE where some other exception (a
 * refresh handler's own) stopped them all: it is pending, return_value is null. */
zend_result b24im_many(HashTable *calls, zend_long concurrency, const b24im_many_env *env, zval *return_value);

#endif
