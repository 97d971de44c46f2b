/* b24im api: the b24_* functions: arguments and validation, then one call on a session built from the INI and $auth. */
#include "php.h"
#include "zend_exceptions.h"

#include "php_b24im.h"
#include "b24im_api.h"
#include "b24im_batch.h"
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

zend_result b24im_check_ago(zend_long ago, uint32_t arg_num)
{
	if (ago < 1) {
		zend_argument_value_error(arg_num, "must be greater than or equal to 1 (minutes since the user went idle)");
		return FAILURE;
	}
	return SUCCESS;
}

static const char *const statuses[] = { "online", "dnd", "away", "break", NULL };

zend_result b24im_check_status(const zend_string *status, uint32_t arg_num)
{
	for (const char *const *s = statuses; *s; s++) {
		if (zend_string_equals_cstr(status, *s, strlen(*s))) {
			return SUCCESS;
		}
	}
	zend_argument_value_error(arg_num, "must be one of \"online\", \"dnd\", \"away\" or \"break\"");
	return FAILURE;
}

zend_result b24im_check_method(const zend_string *method, uint32_t arg_num)
{
	if (!b24im_valid_method(ZSTR_VAL(method), ZSTR_LEN(method))) {
		zend_argument_value_error(arg_num, "must be a REST method name: ASCII letters, digits, \".\" and \"_\" (at most %d)",
			B24IM_MAX_METHOD_LEN);
		return FAILURE;
	}
	return SUCCESS;
}

/* Calls a method with one named parameter, or none, and gives back its result. */
static zend_result call_with(b24im_session *s, const char *method, const char *name, zval *value, zval *result)
{
	HashTable params;
	zend_result rc;

	if (!name) {
		return b24im_call(s, method, strlen(method), NULL, result);
	}
	zend_hash_init(&params, 1, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_str_add_new(&params, name, strlen(name), value);
	rc = b24im_call(s, method, strlen(method), &params, result);
	zend_hash_destroy(&params);
	return rc;
}

static zend_result to_bool(zend_result rc, zval *result, zval *return_value)
{
	if (rc == SUCCESS) {
		RETVAL_BOOL(zend_is_true(result));
		zval_ptr_dtor(result);
	}
	return rc;
}

zend_result b24im_do_idle_start(b24im_session *s, zend_long ago, zval *return_value)
{
	zval zago, result;

	ZVAL_LONG(&zago, ago);
	return to_bool(call_with(s, "im.user.status.idle.start", "AGO", &zago, &result), &result, return_value);
}

zend_result b24im_do_idle_end(b24im_session *s, zval *return_value)
{
	zval result;

	return to_bool(call_with(s, "im.user.status.idle.end", NULL, NULL, &result), &result, return_value);
}

zend_result b24im_do_status_set(b24im_session *s, zend_string *status, zval *return_value)
{
	zval zstatus, result;

	ZVAL_STR_COPY(&zstatus, status);
	return to_bool(call_with(s, "im.user.status.set", "STATUS", &zstatus, &result), &result, return_value);
}

zend_result b24im_do_status_get(b24im_session *s, zval *return_value)
{
	zval result;
	b24im_secrets secrets;

	if (call_with(s, "im.user.status.get", NULL, NULL, &result) == FAILURE) {
		return FAILURE;
	}
	if (Z_TYPE(result) == IS_STRING) {
		/* a status b24im does not know yet is returned as it came */
		RETVAL_COPY_VALUE(&result);
		return SUCCESS;
	}
	if (Z_TYPE(result) == IS_FALSE || Z_TYPE(result) == IS_NULL) {
		RETVAL_NULL();
		return SUCCESS;
	}
	zval_ptr_dtor(&result);
	b24im_session_secrets(s, &secrets);
	b24im_throw(B24IM_ERR_TRANSPORT, "im.user.status.get", "UNEXPECTED_REPLY",
		ZEND_STRL("the result is neither a status string nor false"), b24im_call_http_status(s->last_response), &secrets);
	return FAILURE;
}

/* A session for one global call: the INI's settings, $auth or the INI / environment default. */
#define WITH_SESSION(method, auth_array, auth_url, auth_arg, body) \
	do { \
		b24im_session session_; \
		zend_result rc_ = b24im_session_init(&session_, auth_array, auth_url, auth_arg, NULL, 0, \
			&B24IM_G(last_response), method); \
		if (rc_ == FAILURE) { \
			b24im_call_forget(&B24IM_G(last_response)); /* this call got no reply */ \
		} else { \
			b24im_session *s = &session_; \
			rc_ = (body); \
		} \
		b24im_session_dtor(&session_); \
		if (rc_ == FAILURE) { \
			RETURN_THROWS(); \
		} \
	} while (0)

PHP_FUNCTION(b24_idle_start)
{
	zend_long ago = 10;
	HashTable *auth_array = NULL;
	zend_string *auth_url = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(ago)
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
	ZEND_PARSE_PARAMETERS_END();

	if (b24im_check_ago(ago, 1) == FAILURE) {
		RETURN_THROWS();
	}
	WITH_SESSION("im.user.status.idle.start", auth_array, auth_url, 2, b24im_do_idle_start(s, ago, return_value));
}

PHP_FUNCTION(b24_idle_end)
{
	HashTable *auth_array = NULL;
	zend_string *auth_url = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
	ZEND_PARSE_PARAMETERS_END();

	WITH_SESSION("im.user.status.idle.end", auth_array, auth_url, 1, b24im_do_idle_end(s, return_value));
}

PHP_FUNCTION(b24_status_get)
{
	HashTable *auth_array = NULL;
	zend_string *auth_url = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
	ZEND_PARSE_PARAMETERS_END();

	WITH_SESSION("im.user.status.get", auth_array, auth_url, 1, b24im_do_status_get(s, return_value));
}

PHP_FUNCTION(b24_status_set)
{
	zend_string *status;
	HashTable *auth_array = NULL;
	zend_string *auth_url = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(status)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
	ZEND_PARSE_PARAMETERS_END();

	if (b24im_check_status(status, 1) == FAILURE) {
		RETURN_THROWS();
	}
	WITH_SESSION("im.user.status.set", auth_array, auth_url, 2, b24im_do_status_set(s, status, return_value));
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

	if (b24im_check_method(method, 1) == FAILURE) {
		RETURN_THROWS();
	}
	WITH_SESSION(ZSTR_VAL(method), auth_array, auth_url, 3,
		b24im_call(s, ZSTR_VAL(method), ZSTR_LEN(method), params, return_value));
}

PHP_FUNCTION(b24_batch)
{
	HashTable *commands;
	bool halt = false;
	HashTable *auth_array = NULL;
	zend_string *auth_url = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_ARRAY_HT(commands)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(halt)
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
	ZEND_PARSE_PARAMETERS_END();

	WITH_SESSION("batch", auth_array, auth_url, 3, b24im_batch(s, commands, halt, 1, return_value));
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

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_FUNC_OR_NULL(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();

	zval_ptr_dtor(&B24IM_G(refresh_handler));
	if (ZEND_FCI_INITIALIZED(fci)) {
		ZVAL_COPY(&B24IM_G(refresh_handler), &fci.function_name);
	} else {
		ZVAL_UNDEF(&B24IM_G(refresh_handler));
	}
	RETURN_NULL(); /* void */
}
