/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 24caf4d3e63dc08eb403292607599c0655378d98 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_b24_idle_start, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ago, IS_LONG, 0, "10")
	ZEND_ARG_TYPE_MASK(0, auth, MAY_BE_ARRAY|MAY_BE_STRING|MAY_BE_NULL, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_b24_idle_end, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_MASK(0, auth, MAY_BE_ARRAY|MAY_BE_STRING|MAY_BE_NULL, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_b24_status_get, 0, 0, IS_STRING, 1)
	ZEND_ARG_TYPE_MASK(0, auth, MAY_BE_ARRAY|MAY_BE_STRING|MAY_BE_NULL, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_b24_status_set, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, status, IS_STRING, 0)
	ZEND_ARG_TYPE_MASK(0, auth, MAY_BE_ARRAY|MAY_BE_STRING|MAY_BE_NULL, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_b24_call, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_MASK(0, auth, MAY_BE_ARRAY|MAY_BE_STRING|MAY_BE_NULL, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_b24_last_response, 0, 0, IS_ARRAY, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_b24_batch, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, commands, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, halt, _IS_BOOL, 0, "false")
	ZEND_ARG_TYPE_MASK(0, auth, MAY_BE_ARRAY|MAY_BE_STRING|MAY_BE_NULL, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_b24_list, 0, 1, B24im\\ListIterator, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_MASK(0, auth, MAY_BE_ARRAY|MAY_BE_STRING|MAY_BE_NULL, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_b24_on_token_refresh, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, handler, IS_CALLABLE, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_b24_call_many, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, calls, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, concurrency, IS_LONG, 0, "32")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24im_Exception_getError, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_B24im_Exception_getDescription arginfo_class_B24im_Exception_getError

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24im_RateLimitException_getResetAt, 0, 0, IS_DOUBLE, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_B24im_Client___construct, 0, 0, 1)
	ZEND_ARG_TYPE_MASK(0, auth, MAY_BE_ARRAY|MAY_BE_STRING, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24im_Client_call, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24im_Client_batch, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, commands, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, halt, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_B24im_Client_list, 0, 1, B24im\\ListIterator, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24im_Client_idleStart, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ago, IS_LONG, 0, "10")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24im_Client_idleEnd, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24im_Client_statusGet, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24im_Client_statusSet, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, status, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_B24im_Client_lastResponse arginfo_b24_last_response

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_B24im_Client_auth, 0, 0, MAY_BE_ARRAY|MAY_BE_STRING)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24im_Client_onTokenRefresh, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, handler, IS_CALLABLE, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_B24im_ListIterator___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24im_ListIterator_current, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24im_ListIterator_key, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24im_ListIterator_next, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_B24im_ListIterator_valid arginfo_class_B24im_Client_idleEnd

#define arginfo_class_B24im_ListIterator_rewind arginfo_class_B24im_ListIterator_next

#define arginfo_class_B24im_ListIterator_strategy arginfo_class_B24im_Exception_getError

#define arginfo_class_B24im_ListIterator_cursor arginfo_class_B24im_Client_statusGet

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24im_ListIterator_requests, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()


ZEND_FUNCTION(b24_idle_start);
ZEND_FUNCTION(b24_idle_end);
ZEND_FUNCTION(b24_status_get);
ZEND_FUNCTION(b24_status_set);
ZEND_FUNCTION(b24_call);
ZEND_FUNCTION(b24_last_response);
ZEND_FUNCTION(b24_batch);
ZEND_FUNCTION(b24_list);
ZEND_FUNCTION(b24_on_token_refresh);
ZEND_FUNCTION(b24_call_many);
ZEND_METHOD(B24im_Exception, getError);
ZEND_METHOD(B24im_Exception, getDescription);
ZEND_METHOD(B24im_RateLimitException, getResetAt);
ZEND_METHOD(B24im_Client, __construct);
ZEND_METHOD(B24im_Client, call);
ZEND_METHOD(B24im_Client, batch);
ZEND_METHOD(B24im_Client, list);
ZEND_METHOD(B24im_Client, idleStart);
ZEND_METHOD(B24im_Client, idleEnd);
ZEND_METHOD(B24im_Client, statusGet);
ZEND_METHOD(B24im_Client, statusSet);
ZEND_METHOD(B24im_Client, lastResponse);
ZEND_METHOD(B24im_Client, auth);
ZEND_METHOD(B24im_Client, onTokenRefresh);
ZEND_METHOD(B24im_ListIterator, __construct);
ZEND_METHOD(B24im_ListIterator, current);
ZEND_METHOD(B24im_ListIterator, key);
ZEND_METHOD(B24im_ListIterator, next);
ZEND_METHOD(B24im_ListIterator, valid);
ZEND_METHOD(B24im_ListIterator, rewind);
ZEND_METHOD(B24im_ListIterator, strategy);
ZEND_METHOD(B24im_ListIterator, cursor);
ZEND_METHOD(B24im_ListIterator, requests);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(b24_idle_start, arginfo_b24_idle_start)
	ZEND_FE(b24_idle_end, arginfo_b24_idle_end)
	ZEND_FE(b24_status_get, arginfo_b24_status_get)
	ZEND_FE(b24_status_set, arginfo_b24_status_set)
	ZEND_FE(b24_call, arginfo_b24_call)
	ZEND_FE(b24_last_response, arginfo_b24_last_response)
	ZEND_FE(b24_batch, arginfo_b24_batch)
	ZEND_FE(b24_list, arginfo_b24_list)
	ZEND_FE(b24_on_token_refresh, arginfo_b24_on_token_refresh)
	ZEND_FE(b24_call_many, arginfo_b24_call_many)
	ZEND_FE_END
};


static const zend_function_entry class_B24im_Exception_methods[] = {
	ZEND_ME(B24im_Exception, getError, arginfo_class_B24im_Exception_getError, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_Exception, getDescription, arginfo_class_B24im_Exception_getDescription, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_B24im_ApiException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_B24im_AuthException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_B24im_RateLimitException_methods[] = {
	ZEND_ME(B24im_RateLimitException, getResetAt, arginfo_class_B24im_RateLimitException_getResetAt, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_B24im_TransportException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_B24im_Client_methods[] = {
	ZEND_ME(B24im_Client, __construct, arginfo_class_B24im_Client___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_Client, call, arginfo_class_B24im_Client_call, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_Client, batch, arginfo_class_B24im_Client_batch, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_Client, list, arginfo_class_B24im_Client_list, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_Client, idleStart, arginfo_class_B24im_Client_idleStart, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_Client, idleEnd, arginfo_class_B24im_Client_idleEnd, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_Client, statusGet, arginfo_class_B24im_Client_statusGet, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_Client, statusSet, arginfo_class_B24im_Client_statusSet, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_Client, lastResponse, arginfo_class_B24im_Client_lastResponse, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_Client, auth, arginfo_class_B24im_Client_auth, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_Client, onTokenRefresh, arginfo_class_B24im_Client_onTokenRefresh, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_B24im_ListIterator_methods[] = {
	ZEND_ME(B24im_ListIterator, __construct, arginfo_class_B24im_ListIterator___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(B24im_ListIterator, current, arginfo_class_B24im_ListIterator_current, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_ListIterator, key, arginfo_class_B24im_ListIterator_key, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_ListIterator, next, arginfo_class_B24im_ListIterator_next, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_ListIterator, valid, arginfo_class_B24im_ListIterator_valid, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_ListIterator, rewind, arginfo_class_B24im_ListIterator_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_ListIterator, strategy, arginfo_class_B24im_ListIterator_strategy, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_ListIterator, cursor, arginfo_class_B24im_ListIterator_cursor, ZEND_ACC_PUBLIC)
	ZEND_ME(B24im_ListIterator, requests, arginfo_class_B24im_ListIterator_requests, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static void register_b24im_symbols(int module_number)
{

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_idle_start", sizeof("b24_idle_start") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_idle_end", sizeof("b24_idle_end") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_status_get", sizeof("b24_status_get") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_status_set", sizeof("b24_status_set") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_call", sizeof("b24_call") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_batch", sizeof("b24_batch") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_list", sizeof("b24_list") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_call_many", sizeof("b24_call_many") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
}

static zend_class_entry *register_class_B24im_Exception(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "B24im", "Exception", class_B24im_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	zval property_error_default_value;
	ZVAL_EMPTY_STRING(&property_error_default_value);
	zend_string *property_error_name = zend_string_init("error", sizeof("error") - 1, 1);
	zend_declare_typed_property(class_entry, property_error_name, &property_error_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_error_name);

	zval property_description_default_value;
	ZVAL_EMPTY_STRING(&property_description_default_value);
	zend_string *property_description_name = zend_string_init("description", sizeof("description") - 1, 1);
	zend_declare_typed_property(class_entry, property_description_name, &property_description_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_description_name);

	return class_entry;
}

static zend_class_entry *register_class_B24im_ApiException(zend_class_entry *class_entry_B24im_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "B24im", "ApiException", class_B24im_ApiException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_B24im_Exception);

	return class_entry;
}

static zend_class_entry *register_class_B24im_AuthException(zend_class_entry *class_entry_B24im_ApiException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "B24im", "AuthException", class_B24im_AuthException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_B24im_ApiException);

	return class_entry;
}

static zend_class_entry *register_class_B24im_RateLimitException(zend_class_entry *class_entry_B24im_ApiException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "B24im", "RateLimitException", class_B24im_RateLimitException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_B24im_ApiException);

	zval property_resetAt_default_value;
	ZVAL_NULL(&property_resetAt_default_value);
	zend_string *property_resetAt_name = zend_string_init("resetAt", sizeof("resetAt") - 1, 1);
	zend_declare_typed_property(class_entry, property_resetAt_name, &property_resetAt_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_resetAt_name);

	return class_entry;
}

static zend_class_entry *register_class_B24im_TransportException(zend_class_entry *class_entry_B24im_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "B24im", "TransportException", class_B24im_TransportException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_B24im_Exception);

	return class_entry;
}

static zend_class_entry *register_class_B24im_Client(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "B24im", "Client", class_B24im_Client_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_B24im_ListIterator(zend_class_entry *class_entry_Iterator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "B24im", "ListIterator", class_B24im_ListIterator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Iterator);

	return class_entry;
}
