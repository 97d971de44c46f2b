/* b24im functions: the b24_* functions: their arguments, then one call on a session made from the INI values and $auth. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif
#include "php.h"

#include "b24im_globals.h"
#include "b24im_status.h"
#include "b24im_batch.h"
#include "b24im_call.h"
#include "b24im_request.h"
#include "b24im_client.h"
#include "b24im_many.h"

/* What a global function does once its session is made. */
typedef enum { DO_IDLE_START, DO_IDLE_END, DO_STATUS_GET, DO_STATUS_SET, DO_CALL, DO_BATCH } global_op;

typedef struct {
	global_op op;
	const char *method;      /* the REST method, for messages (batch: "batch") */
	HashTable *auth_array;   /* $auth, in argument auth_arg */
	zend_string *auth_url;
	uint32_t auth_arg;
	zend_long ago;           /* DO_IDLE_START */
	zend_string *status;     /* DO_STATUS_SET */
	zend_string *call;       /* DO_CALL: the method as given */
	HashTable *params;       /* DO_CALL, or NULL */
	HashTable *commands;     /* DO_BATCH */
	bool halt;
} global_call;

/* One global call: a session from the INI and $auth, the operation on it, the session destroyed. FAILURE
 * with an exception pending; the arguments are checked already. */
static zend_result run_global(const global_call *g, zval *return_value)
{
	b24im_session_args args = { g->auth_array, g->auth_url, g->auth_arg, NULL, 0, NULL, NULL };
	b24im_session s;
	zend_result rc = b24im_globals_session(&s, &args, &B24IM_G(last_response), g->method);

	if (rc == FAILURE) {
		b24im_last_forget(&B24IM_G(last_response)); /* this call got no reply */
	} else {
		switch (g->op) {
			case DO_IDLE_START: rc = b24im_idle_start(&s, g->ago, return_value); break;
			case DO_IDLE_END: rc = b24im_idle_end(&s, return_value); break;
			case DO_STATUS_GET: rc = b24im_status_get(&s, return_value); break;
			case DO_STATUS_SET: rc = b24im_status_set(&s, g->status, return_value); break;
			case DO_CALL: rc = b24im_call(&s, ZSTR_VAL(g->call), ZSTR_LEN(g->call), g->params, return_value); break;
			case DO_BATCH: rc = b24im_batch(&s, g->commands, g->halt, 1, return_value); break;
		}
	}
	b24im_session_dtor(&s);
	return rc;
}

PHP_FUNCTION(b24_idle_start)
{
	global_call g = { .op = DO_IDLE_START, .method = "im.user.status.idle.start", .auth_arg = 2, .ago = 10 };

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(g.ago)
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(g.auth_array, g.auth_url)
	ZEND_PARSE_PARAMETERS_END();

	if (b24im_check_ago(g.ago, 1) == FAILURE || run_global(&g, return_value) == FAILURE) {
		RETURN_THROWS();
	}
}

PHP_FUNCTION(b24_idle_end)
{
	global_call g = { .op = DO_IDLE_END, .method = "im.user.status.idle.end", .auth_arg = 1 };

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(g.auth_array, g.auth_url)
	ZEND_PARSE_PARAMETERS_END();

	if (run_global(&g, return_value) == FAILURE) {
		RETURN_THROWS();
	}
}

PHP_FUNCTION(b24_status_get)
{
	global_call g = { .op = DO_STATUS_GET, .method = "im.user.status.get", .auth_arg = 1 };

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(g.auth_array, g.auth_url)
	ZEND_PARSE_PARAMETERS_END();

	if (run_global(&g, return_value) == FAILURE) {
		RETURN_THROWS();
	}
}

PHP_FUNCTION(b24_status_set)
{
	global_call g = { .op = DO_STATUS_SET, .method = "im.user.status.set", .auth_arg = 2 };

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(g.status)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(g.auth_array, g.auth_url)
	ZEND_PARSE_PARAMETERS_END();

	if (b24im_check_status(g.status, 1) == FAILURE || run_global(&g, return_value) == FAILURE) {
		RETURN_THROWS();
	}
}

PHP_FUNCTION(b24_call)
{
	global_call g = { .op = DO_CALL, .auth_arg = 3 };

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(g.call)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(g.params)
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(g.auth_array, g.auth_url)
	ZEND_PARSE_PARAMETERS_END();

	if (b24im_check_method(g.call, 1) == FAILURE) {
		RETURN_THROWS();
	}
	g.method = ZSTR_VAL(g.call);
	if (run_global(&g, return_value) == FAILURE) {
		RETURN_THROWS();
	}
}

PHP_FUNCTION(b24_batch)
{
	global_call g = { .op = DO_BATCH, .method = "batch", .auth_arg = 3 };

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_ARRAY_HT(g.commands)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(g.halt)
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(g.auth_array, g.auth_url)
	ZEND_PARSE_PARAMETERS_END();

	if (run_global(&g, return_value) == FAILURE) {
		RETURN_THROWS();
	}
}

PHP_FUNCTION(b24_last_response)
{
	ZEND_PARSE_PARAMETERS_NONE();

	if (Z_TYPE(B24IM_G(last_response)) != IS_ARRAY) {
		RETURN_NULL();
	}
	RETURN_COPY(&B24IM_G(last_response));
}

PHP_FUNCTION(b24_on_token_refresh)
{
	zend_fcall_info fci = empty_fcall_info;
	zend_fcall_info_cache fcc = empty_fcall_info_cache;

	(void) return_value; /* a void function */
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_FUNC_OR_NULL(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();

	zval_ptr_dtor(&B24IM_G(refresh_handler));
	if (ZEND_FCI_INITIALIZED(fci)) {
		ZVAL_COPY(&B24IM_G(refresh_handler), &fci.function_name);
	} else {
		ZVAL_UNDEF(&B24IM_G(refresh_handler));
	}
}

/* An element's $auth to a session, as b24_call() makes one (or a Client's own); errors name argument 1. */
static zend_result many_open(void *ctx, zval *auth, const char *method, b24im_session *own, zval *last, b24im_session **use)
{
	b24im_session_args args = { NULL, NULL, 1, NULL, 0, NULL, NULL };
	bool is_client;

	(void) ctx;
	switch (Z_TYPE_P(auth)) {
		case IS_OBJECT:
			*use = b24im_client_session(Z_OBJ_P(auth), &is_client);
			if (*use) {
				return SUCCESS;
			}
			if (is_client) {
				zend_argument_value_error(1, "must be a constructed B24im\\Client");
				return FAILURE;
			}
			break;
		case IS_STRING:
			args.auth_url = Z_STR_P(auth);
			break;
		case IS_ARRAY:
			args.auth_array = Z_ARRVAL_P(auth);
			break;
		case IS_NULL:
			break;
	}
	if (Z_TYPE_P(auth) != IS_NULL && !args.auth_url && !args.auth_array) {
		zend_argument_type_error(1, "must be of type B24im\\Client|array|string|null, %s given", zend_zval_type_name(auth));
		return FAILURE;
	}
	*use = own;
	return b24im_globals_session(own, &args, last, method);
}

/* b24im_many() with the flag up; a fatal error lowers it on its way out, since a shutdown function of this
 * request may run calls again (a frame of its own: the long jump clobbers no local of the caller). */
static zend_result run_many(HashTable *calls, zend_long concurrency, const b24im_many_env *env, zval *return_value)
{
	zend_result rc = FAILURE;

	B24IM_G(many_running) = true;
	zend_try {
		rc = b24im_many(calls, concurrency, env, return_value);
	} zend_catch {
		B24IM_G(many_running) = false;
		zend_bailout();
	} zend_end_try();
	B24IM_G(many_running) = false;
	return rc;
}

PHP_FUNCTION(b24_call_many)
{
	HashTable *calls;
	zend_long concurrency = 32;
	b24im_many_env env = { many_open, NULL, NULL };
	zend_result rc;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT(calls)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(concurrency)
	ZEND_PARSE_PARAMETERS_END();

	if (concurrency < 1 || concurrency > B24IM_MANY_MAX_CONCURRENCY) {
		zend_argument_value_error(2, "must be between 1 and %d", B24IM_MANY_MAX_CONCURRENCY);
		RETURN_THROWS();
	}
	/* one loop owns the multi handle's transfers: a refresh handler that starts a second would take them */
	if (B24IM_G(many_running)) {
		zend_throw_error(NULL, "b24_call_many() cannot run inside another b24_call_many() (from a token refresh handler)");
		RETURN_THROWS();
	}
	if (b24im_many_check(calls, &env) == FAILURE) {
		RETURN_THROWS();
	}
	/* many replies, no one of them the last: b24_last_response() is null after b24_call_many() */
	b24im_last_forget(&B24IM_G(last_response));
	env.multi = b24im_globals_multi();
	rc = run_many(calls, concurrency, &env, return_value);
	if (rc == FAILURE) {
		RETURN_THROWS();
	}
}
