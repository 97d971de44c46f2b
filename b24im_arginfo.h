/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 01300016f113189b2311a1b71512506d5c431bba */

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

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_B24im_Exception_getError, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_B24im_Exception_getDescription arginfo_class_B24im_Exception_getError


ZEND_FUNCTION(b24_idle_start);
ZEND_FUNCTION(b24_idle_end);
ZEND_FUNCTION(b24_status_get);
ZEND_FUNCTION(b24_status_set);
ZEND_FUNCTION(b24_call);
ZEND_FUNCTION(b24_last_response);
ZEND_METHOD(B24im_Exception, getError);
ZEND_METHOD(B24im_Exception, getDescription);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(b24_idle_start, arginfo_b24_idle_start)
	ZEND_FE(b24_idle_end, arginfo_b24_idle_end)
	ZEND_FE(b24_status_get, arginfo_b24_status_get)
	ZEND_FE(b24_status_set, arginfo_b24_status_set)
	ZEND_FE(b24_call, arginfo_b24_call)
	ZEND_FE(b24_last_response, arginfo_b24_last_response)
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
	ZEND_FE_END
};


static const zend_function_entry class_B24im_TransportException_methods[] = {
	ZEND_FE_END
};

static void register_b24im_symbols(int module_number)
{

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_idle_start", sizeof("b24_idle_start") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_idle_end", sizeof("b24_idle_end") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_status_get", sizeof("b24_status_get") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_status_set", sizeof("b24_status_set") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(CG(function_table), "b24_call", sizeof("b24_call") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
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

	return class_entry;
}

static zend_class_entry *register_class_B24im_TransportException(zend_class_entry *class_entry_B24im_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "B24im", "TransportException", class_B24im_TransportException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_B24im_Exception);

	return class_entry;
}
