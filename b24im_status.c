/* b24im status: im.user.status.idle.start / idle.end / get / set on a session, with what each returns. */
#include "php.h"
#include "zend_exceptions.h"

#include "b24im_status.h"
#include "b24im_call.h"
#include "b24im_errors.h"

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

zend_result b24im_idle_start(b24im_session *s, zend_long ago, zval *return_value)
{
	zval zago, result;

	ZVAL_LONG(&zago, ago);
	return to_bool(call_with(s, "im.user.status.idle.start", "AGO", &zago, &result), &result, return_value);
}

zend_result b24im_idle_end(b24im_session *s, zval *return_value)
{
	zval result;

	return to_bool(call_with(s, "im.user.status.idle.end", NULL, NULL, &result), &result, return_value);
}

zend_result b24im_status_set(b24im_session *s, zend_string *status, zval *return_value)
{
	zval zstatus, result;

	ZVAL_STR_COPY(&zstatus, status);
	return to_bool(call_with(s, "im.user.status.set", "STATUS", &zstatus, &result), &result, return_value);
}

zend_result b24im_status_get(b24im_session *s, zval *return_value)
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
		ZEND_STRL("the result is neither a status string nor false"), b24im_last_http_status(s->last_response), &secrets);
	return FAILURE;
}
