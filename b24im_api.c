/* b24im api: the b24_* functions: argument parsing and validation, then one call through b24im_call(). */
#include "php.h"
#include "zend_exceptions.h"

#include "php_b24im.h"
#include "b24im_api.h"
#include "b24im_call.h"
#include "b24im_errors.h"

#define B24IM_MAX_METHOD_LEN 128

bool b24im_valid_method(const char *method, size_t len)
{
	if (len == 0 || len > B24IM_MAX_METHOD_LEN) {
		return false;
	}
	for (size_t i = 0; i < len; i++) {
		char c = method[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_')) {
			return false;
		}
	}
	return true;
}

static const char *const statuses[] = { "online", "dnd", "away", "break", NULL };

bool b24im_valid_status(const zend_string *status)
{
	for (const char *const *s = statuses; *s; s++) {
		if (zend_string_equals_cstr(status, *s, strlen(*s))) {
			return true;
		}
	}
	return false;
}

/* Calls method with the INI settings; the result lands in return_value. */
static zend_result call_with_ini(const char *method, size_t method_len, HashTable *params, HashTable *auth_array,
	zend_string *auth_url, uint32_t auth_arg_num, zval *return_value)
{
	b24im_settings settings;
	b24im_auth_arg auth = { auth_array, auth_url, auth_arg_num };

	b24im_settings_from_ini(&settings);
	return b24im_call(method, method_len, params, &auth, &settings, return_value);
}

#define CALL_OR_RETURN(method, params, auth_array, auth_url, arg_num, result) \
	do { \
		if (call_with_ini(method, sizeof(method) - 1, params, auth_array, auth_url, arg_num, result) == FAILURE) { \
			RETURN_THROWS(); \
		} \
	} while (0)

PHP_FUNCTION(b24_idle_start)
{
	zend_long ago = 10;
	HashTable *auth_array = NULL;
	zend_string *auth_url = NULL;
	HashTable params;
	zval result;
	zend_result rc;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(ago)
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
	ZEND_PARSE_PARAMETERS_END();

	if (ago < 1) {
		zend_argument_value_error(1, "must be greater than or equal to 1 (minutes since the user went idle)");
		RETURN_THROWS();
	}
	zend_hash_init(&params, 1, NULL, ZVAL_PTR_DTOR, 0);
	{
		zval zago;
		ZVAL_LONG(&zago, ago);
		zend_hash_str_add_new(&params, "AGO", sizeof("AGO") - 1, &zago);
	}
	rc = call_with_ini("im.user.status.idle.start", sizeof("im.user.status.idle.start") - 1, &params,
		auth_array, auth_url, 2, &result);
	zend_hash_destroy(&params);
	if (rc == FAILURE) {
		RETURN_THROWS();
	}
	RETVAL_BOOL(zend_is_true(&result));
	zval_ptr_dtor(&result);
}

PHP_FUNCTION(b24_idle_end)
{
	HashTable *auth_array = NULL;
	zend_string *auth_url = NULL;
	zval result;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
	ZEND_PARSE_PARAMETERS_END();

	CALL_OR_RETURN("im.user.status.idle.end", NULL, auth_array, auth_url, 1, &result);
	RETVAL_BOOL(zend_is_true(&result));
	zval_ptr_dtor(&result);
}

PHP_FUNCTION(b24_status_get)
{
	HashTable *auth_array = NULL;
	zend_string *auth_url = NULL;
	zval result;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
	ZEND_PARSE_PARAMETERS_END();

	CALL_OR_RETURN("im.user.status.get", NULL, auth_array, auth_url, 1, &result);
	if (Z_TYPE(result) == IS_STRING) {
		/* a status b24im does not know yet is returned as it came */
		RETURN_COPY_VALUE(&result);
	}
	if (Z_TYPE(result) == IS_FALSE || Z_TYPE(result) == IS_NULL) {
		RETURN_NULL();
	}
	zval_ptr_dtor(&result);
	b24im_throw(B24IM_ERR_TRANSPORT, "im.user.status.get", "UNEXPECTED_REPLY",
		"the result is neither a status string nor false", sizeof("the result is neither a status string nor false") - 1,
		b24im_call_last_http_status(), NULL);
	RETURN_THROWS();
}

PHP_FUNCTION(b24_status_set)
{
	zend_string *status;
	HashTable *auth_array = NULL;
	zend_string *auth_url = NULL;
	HashTable params;
	zval result, zstatus;
	zend_result rc;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(status)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
	ZEND_PARSE_PARAMETERS_END();

	if (!b24im_valid_status(status)) {
		zend_argument_value_error(1, "must be one of \"online\", \"dnd\", \"away\" or \"break\"");
		RETURN_THROWS();
	}
	zend_hash_init(&params, 1, NULL, ZVAL_PTR_DTOR, 0);
	ZVAL_STR_COPY(&zstatus, status);
	zend_hash_str_add_new(&params, "STATUS", sizeof("STATUS") - 1, &zstatus);
	rc = call_with_ini("im.user.status.set", sizeof("im.user.status.set") - 1, &params, auth_array, auth_url, 2, &result);
	zend_hash_destroy(&params);
	if (rc == FAILURE) {
		RETURN_THROWS();
	}
	RETVAL_BOOL(zend_is_true(&result));
	zval_ptr_dtor(&result);
}

PHP_FUNCTION(b24_call)
{
	zend_string *method;
	HashTable *params = NULL;
	HashTable *auth_array = NULL;
	zend_string *auth_url = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(method)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(params)
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
	ZEND_PARSE_PARAMETERS_END();

	if (!b24im_valid_method(ZSTR_VAL(method), ZSTR_LEN(method))) {
		zend_argument_value_error(1, "must be a REST method name: ASCII letters, digits, \".\" and \"_\" (at most %d)",
			B24IM_MAX_METHOD_LEN);
		RETURN_THROWS();
	}
	if (call_with_ini(ZSTR_VAL(method), ZSTR_LEN(method), params, auth_array, auth_url, 3, return_value) == FAILURE) {
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
