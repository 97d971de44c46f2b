/* b24im functions: the b24_* functions: their arguments, then one call on a session made from the INI values and $auth. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif
#include "php.h"
#include "zend_exceptions.h"

#include "b24im_globals.h"
#include "b24im_status.h"
#include "b24im_batch.h"
#include "b24im_call.h"
#include "b24im_request.h"

/* The session of one global call, from the INI and $auth (argument auth_arg). FAILURE (thrown) where it cannot
 * be made; the caller destroys it either way. */
static zend_result global_session(b24im_session *s, HashTable *auth_array, zend_string *auth_url, uint32_t auth_arg,
	const char *method)
{
	b24im_session_args args = { auth_array, auth_url, auth_arg, NULL, 0 };

	if (b24im_globals_session(s, &args, &B24IM_G(last_response), method) == FAILURE) {
		b24im_last_forget(&B24IM_G(last_response)); /* this call got no reply */
		return FAILURE;
	}
	return SUCCESS;
}

PHP_FUNCTION(b24_idle_start)
{
	zend_long ago = 10;
	HashTable *auth_array = NULL;
	zend_string *auth_url = NULL;
	b24im_session s;
	zend_result rc;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(ago)
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
	ZEND_PARSE_PARAMETERS_END();

	if (b24im_check_ago(ago, 1) == FAILURE) {
		RETURN_THROWS();
	}
	rc = global_session(&s, auth_array, auth_url, 2, "im.user.status.idle.start");
	if (rc == SUCCESS) {
		rc = b24im_idle_start(&s, ago, return_value);
	}
	b24im_session_dtor(&s);
	if (rc == FAILURE) {
		RETURN_THROWS();
	}
}

PHP_FUNCTION(b24_idle_end)
{
	HashTable *auth_array = NULL;
	zend_string *auth_url = NULL;
	b24im_session s;
	zend_result rc;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
	ZEND_PARSE_PARAMETERS_END();

	rc = global_session(&s, auth_array, auth_url, 1, "im.user.status.idle.end");
	if (rc == SUCCESS) {
		rc = b24im_idle_end(&s, return_value);
	}
	b24im_session_dtor(&s);
	if (rc == FAILURE) {
		RETURN_THROWS();
	}
}

PHP_FUNCTION(b24_status_get)
{
	HashTable *auth_array = NULL;
	zend_string *auth_url = NULL;
	b24im_session s;
	zend_result rc;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
	ZEND_PARSE_PARAMETERS_END();

	rc = global_session(&s, auth_array, auth_url, 1, "im.user.status.get");
	if (rc == SUCCESS) {
		rc = b24im_status_get(&s, return_value);
	}
	b24im_session_dtor(&s);
	if (rc == FAILURE) {
		RETURN_THROWS();
	}
}

PHP_FUNCTION(b24_status_set)
{
	zend_string *status;
	HashTable *auth_array = NULL;
	zend_string *auth_url = NULL;
	b24im_session s;
	zend_result rc;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(status)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
	ZEND_PARSE_PARAMETERS_END();

	if (b24im_check_status(status, 1) == FAILURE) {
		RETURN_THROWS();
	}
	rc = global_session(&s, auth_array, auth_url, 2, "im.user.status.set");
	if (rc == SUCCESS) {
		rc = b24im_status_set(&s, status, return_value);
	}
	b24im_session_dtor(&s);
	if (rc == FAILURE) {
		RETURN_THROWS();
	}
}

PHP_FUNCTION(b24_call)
{
	zend_string *method;
	HashTable *params = NULL;
	HashTable *auth_array = NULL;
	zend_string *auth_url = NULL;
	b24im_session s;
	zend_result rc;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(method)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(params)
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
	ZEND_PARSE_PARAMETERS_END();

	if (b24im_check_method(method, 1) == FAILURE) {
		RETURN_THROWS();
	}
	rc = global_session(&s, auth_array, auth_url, 3, ZSTR_VAL(method));
	if (rc == SUCCESS) {
		rc = b24im_call(&s, ZSTR_VAL(method), ZSTR_LEN(method), params, return_value);
	}
	b24im_session_dtor(&s);
	if (rc == FAILURE) {
		RETURN_THROWS();
	}
}

PHP_FUNCTION(b24_batch)
{
	HashTable *commands;
	bool halt = false;
	HashTable *auth_array = NULL;
	zend_string *auth_url = NULL;
	b24im_session s;
	zend_result rc;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_ARRAY_HT(commands)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(halt)
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
	ZEND_PARSE_PARAMETERS_END();

	rc = global_session(&s, auth_array, auth_url, 3, "batch");
	if (rc == SUCCESS) {
		rc = b24im_batch(&s, commands, halt, 1, return_value);
	}
	b24im_session_dtor(&s);
	if (rc == FAILURE) {
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
