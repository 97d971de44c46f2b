/* b24im: the module entry: INI settings, start-up and shut-down of libcurl and the per-process handles, phpinfo. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "SAPI.h"
#include "php_main.h"
#include "zend_attributes.h"
#include "zend_interfaces.h"
#include "ext/standard/info.h"
#include "ext/spl/spl_exceptions.h"
#include <curl/curl.h>
#include <json-c/json_c_version.h>

#include "php_b24im.h"
#include "b24im_globals.h"
#include "b24im_client.h"
#include "b24im_many.h"
#include "b24im_iterator.h"
#include "b24im_session.h"
#include "b24im_settings.h"
#include "b24im_endpoint.h"
#include "b24im_state.h"
#include "b24im_transport.h"
#include "b24im_reply.h"
#include "b24im_errors.h"

#include "b24im_compat.h"
/* The generated registration takes module_number whether it uses it or not. */
#if defined(__GNUC__)
# pragma GCC diagnostic push
# pragma GCC diagnostic ignored "-Wunused-parameter"
#endif
#include "b24im_arginfo.h"
#if defined(__GNUC__)
# pragma GCC diagnostic pop
#endif

ZEND_DECLARE_MODULE_GLOBALS(b24im)

/* A number as OnUpdateLong reads it (quantities such as "1k" included), or false where it is none or below min;
 * the warning names the setting, as a wrong setting always is. */
static bool ini_long_at_least(zend_ini_entry *entry, zend_string *new_value, zend_long min, const char *what)
{
	zend_string *error = NULL;
	zend_long value = zend_ini_parse_quantity(new_value, &error);

	if (error || value < min) {
		if (error) {
			zend_string_release(error);
		}
		php_error_docref(NULL, E_WARNING, "%s must be %s, \"%s\" given", ZSTR_VAL(entry->name), what, ZSTR_VAL(new_value));
		return false;
	}
	return true;
}

/* A positive number (of milliseconds, of bytes): a call without a timeout can hang a worker forever. */
static ZEND_INI_MH(OnUpdatePositiveLong)
{
	if (!ini_long_at_least(entry, new_value, 1, "a positive number")) {
		return FAILURE;
	}
	return OnUpdateLong(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

/* A count that may be 0 (0 turns the feature off): the engine's handler, with a warning that names the setting. */
static ZEND_INI_MH(OnUpdateCount)
{
	if (!ini_long_at_least(entry, new_value, 0, "0 or more")) {
		return FAILURE;
	}
	return OnUpdateLongGEZero(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

static ZEND_INI_MH(OnUpdateRate)
{
	double value = zend_strtod(ZSTR_VAL(new_value), NULL);

	if (!(value >= 0) || !zend_finite(value)) {
		php_error_docref(NULL, E_WARNING, "%s must be a number of requests a second, 0 or more, \"%s\" given",
			ZSTR_VAL(entry->name), ZSTR_VAL(new_value));
		return FAILURE;
	}
	return OnUpdateReal(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

/* A header value: CR or LF would let a setting inject headers into every request. */
static ZEND_INI_MH(OnUpdateHeaderValue)
{
	if (!b24im_valid_header_value(ZSTR_VAL(new_value), ZSTR_LEN(new_value))) {
		php_error_docref(NULL, E_WARNING, "%s must not contain CR, LF or NUL", ZSTR_VAL(entry->name));
		return FAILURE;
	}
	return OnUpdateString(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

/* phpinfo() and php --ri show the webhook URL with its code masked. */
static ZEND_INI_DISP(display_webhook_url)
{
	zend_string *value = (type == ZEND_INI_DISPLAY_ORIG && ini_entry->modified) ? ini_entry->orig_value : ini_entry->value;

	if (!value || ZSTR_LEN(value) == 0) {
		PUTS(sapi_module.phpinfo_as_text ? "no value" : "<i>no value</i>");
		return;
	}
	zend_string *masked = b24im_endpoint_mask_url(ZSTR_VAL(value), ZSTR_LEN(value));
	if (sapi_module.phpinfo_as_text) {
		PHPWRITE(ZSTR_VAL(masked), ZSTR_LEN(masked));
	} else {
		php_html_puts(ZSTR_VAL(masked), ZSTR_LEN(masked));
	}
	zend_string_release(masked);
}

/* phpinfo() and php --ri never show the application's secret. */
static ZEND_INI_DISP(display_secret)
{
	zend_string *value = (type == ZEND_INI_DISPLAY_ORIG && ini_entry->modified) ? ini_entry->orig_value : ini_entry->value;

	if (!value || ZSTR_LEN(value) == 0) {
		PUTS(sapi_module.phpinfo_as_text ? "no value" : "<i>no value</i>");
	} else {
		PUTS("***");
	}
}

/* Each TYPE of B24IM_OPTIONS: how the INI checks and stores it, and how phpinfo() shows it. */
#define INI_MH_POSITIVE OnUpdatePositiveLong
#define INI_MH_COUNT    OnUpdateCount
#define INI_MH_SIZE     OnUpdatePositiveLong
#define INI_MH_RATE     OnUpdateRate
#define INI_MH_BOOL     OnUpdateBool
#define INI_MH_TEXT     OnUpdateString
#define INI_MH_HEADER   OnUpdateHeaderValue
#define INI_MH_SECRET   OnUpdateString
#define INI_MH_WEBHOOK  OnUpdateString
#define INI_DISP_POSITIVE NULL
#define INI_DISP_COUNT    NULL
#define INI_DISP_SIZE     NULL
#define INI_DISP_RATE     NULL
#define INI_DISP_BOOL     zend_ini_boolean_displayer_cb
#define INI_DISP_TEXT     NULL
#define INI_DISP_HEADER   NULL
#define INI_DISP_SECRET   display_secret
#define INI_DISP_WEBHOOK  display_webhook_url

#define INI_ENTRY(name, type, def, scope, field) \
	STD_PHP_INI_ENTRY_EX("b24im." #name, def, PHP_INI_ALL, INI_MH_##type, ini.name, \
		zend_b24im_globals, b24im_globals, INI_DISP_##type)

PHP_INI_BEGIN()
	B24IM_OPTIONS(INI_ENTRY)
PHP_INI_END()

static PHP_GINIT_FUNCTION(b24im)
{
#if defined(COMPILE_DL_B24IM) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(b24im_globals, 0, sizeof(*b24im_globals));
	ZVAL_NULL(&b24im_globals->last_response);
	ZVAL_UNDEF(&b24im_globals->refresh_handler);
}

static PHP_GSHUTDOWN_FUNCTION(b24im)
{
	b24im_transport_free(b24im_globals->transport);
	b24im_globals->transport = NULL;
	b24im_multi_free(b24im_globals->multi);
	b24im_globals->multi = NULL;
	b24im_reply_tokener_free(b24im_globals->tokener);
	b24im_globals->tokener = NULL;
}

PHP_MINIT_FUNCTION(b24im)
{
	zend_class_entry *base, *api;

	(void) type;
	REGISTER_INI_ENTRIES();
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		return FAILURE;
	}
	register_b24im_symbols(module_number);
	base = register_class_B24im_Exception(spl_ce_RuntimeException);
	api = register_class_B24im_ApiException(base);
	b24im_errors_set_classes(base, api, register_class_B24im_AuthException(api),
		register_class_B24im_RateLimitException(api), register_class_B24im_TransportException(base));
	b24im_client_init(register_class_B24im_Client());
	b24im_iterator_init(register_class_B24im_ListIterator(zend_ce_iterator));
	return SUCCESS;
}

PHP_MSHUTDOWN_FUNCTION(b24im)
{
	(void) type;
	UNREGISTER_INI_ENTRIES();
	/* This thread's handle goes before libcurl does. In ZTS other threads' handles go in their GSHUTDOWN,
	 * possibly after this: each holds its own reference to libcurl's global state (b24im_transport_new);
	 * where libcurl cannot count them safely, it is left to the process's exit rather than torn down under them. */
	b24im_transport_free(B24IM_G(transport));
	B24IM_G(transport) = NULL;
	b24im_multi_free(B24IM_G(multi));
	B24IM_G(multi) = NULL;
#ifdef ZTS
	if (!b24im_transport_global_refs()) {
		return SUCCESS;
	}
#endif
	curl_global_cleanup();
	return SUCCESS;
}

PHP_RINIT_FUNCTION(b24im)
{
	(void) type;
	(void) module_number;
#if defined(COMPILE_DL_B24IM) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	ZVAL_NULL(&B24IM_G(last_response));
	ZVAL_UNDEF(&B24IM_G(refresh_handler));
	memset(&B24IM_G(endpoint_cache), 0, sizeof(B24IM_G(endpoint_cache)));
	B24IM_G(many_running) = false; /* a fatal error may have left b24_call_many() */
	return SUCCESS;
}

PHP_RSHUTDOWN_FUNCTION(b24im)
{
	(void) type;
	(void) module_number;
	b24im_last_forget(&B24IM_G(last_response));
	b24im_endpoint_cache_clear(&B24IM_G(endpoint_cache));
	b24im_transport_request_end(B24IM_G(transport));
	b24im_state_request_end(); /* a fatal error may have unwound past a held lock */
	zval_ptr_dtor(&B24IM_G(refresh_handler));
	ZVAL_UNDEF(&B24IM_G(refresh_handler));
	return SUCCESS;
}

PHP_MINFO_FUNCTION(b24im)
{
	curl_version_info_data *curl = curl_version_info(CURLVERSION_NOW);

	php_info_print_table_start();
	php_info_print_table_row(2, "b24im support", "enabled");
	php_info_print_table_row(2, "Version", PHP_B24IM_VERSION);
	php_info_print_table_row(2, "libcurl", curl->version);
	php_info_print_table_row(2, "TLS library", curl->ssl_version ? curl->ssl_version : "none");
	php_info_print_table_row(2, "json-c", json_c_version());
	php_info_print_table_end();

	DISPLAY_INI_ENTRIES();
}

zend_module_entry b24im_module_entry = {
	STANDARD_MODULE_HEADER,
	"b24im",
	ext_functions,
	PHP_MINIT(b24im),
	PHP_MSHUTDOWN(b24im),
	PHP_RINIT(b24im),
	PHP_RSHUTDOWN(b24im),
	PHP_MINFO(b24im),
	PHP_B24IM_VERSION,
	PHP_MODULE_GLOBALS(b24im),
	PHP_GINIT(b24im),
	PHP_GSHUTDOWN(b24im),
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_B24IM
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(b24im)
#endif
