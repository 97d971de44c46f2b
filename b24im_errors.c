/* b24im errors: registers the B24im\* exception classes and throws them, each with a one-line message free of secrets. */
#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_smart_str.h"
#include "ext/standard/php_string.h"

#include "b24im_errors.h"

zend_class_entry *b24im_ce_exception;
zend_class_entry *b24im_ce_api_exception;
zend_class_entry *b24im_ce_auth_exception;
zend_class_entry *b24im_ce_rate_limit_exception;
zend_class_entry *b24im_ce_transport_exception;

void b24im_errors_set_classes(zend_class_entry *base, zend_class_entry *api, zend_class_entry *auth,
	zend_class_entry *rate, zend_class_entry *transport)
{
	b24im_ce_exception = base;
	b24im_ce_api_exception = api;
	b24im_ce_auth_exception = auth;
	b24im_ce_rate_limit_exception = rate;
	b24im_ce_transport_exception = transport;
}

static const char *const auth_codes[] = {
	"expired_token", "invalid_token", "NO_AUTH_FOUND", "INVALID_CREDENTIALS", "WRONG_AUTH_TYPE",
	"insufficient_scope", "user_access_error", "ACCESS_DENIED", "invalid_grant", "invalid_client", NULL
};

static const char *const rate_codes[] = {
	"QUERY_LIMIT_EXCEEDED", "OPERATION_TIME_LIMIT", "OVERLOAD_LIMIT", NULL
};

static bool code_in(const char *code, size_t len, const char *const *list)
{
	for (; *list; list++) {
		if (strlen(*list) == len && zend_binary_strcasecmp(code, len, *list, len) == 0) {
			return true;
		}
	}
	return false;
}

/* The class an API error code selects (never the HTTP status). */
static zend_class_entry *api_error_class(const char *code, size_t code_len)
{
	if (code_in(code, code_len, auth_codes)) {
		return b24im_ce_auth_exception;
	}
	if (code_in(code, code_len, rate_codes)) {
		return b24im_ce_rate_limit_exception;
	}
	return b24im_ce_api_exception;
}

/* Text from outside (a portal's description, a reply body, a library's message) made fit for a one-line
 * message: every known secret masked first, in the whole window that can still show, then control
 * characters replaced and the length capped, so that a cut never leaves part of a secret behind. */
#define B24IM_MAX_DESCRIPTION 512
#define B24IM_MAX_EXCERPT 60

static zend_string *clean_text(const char *text, size_t len, const b24im_secrets *secrets, size_t max, bool ascii_only,
	bool *cut)
{
	size_t longest = 0, i;
	zend_string *window, *out;

	if (secrets) {
		for (i = 0; i < sizeof(secrets->items) / sizeof(secrets->items[0]); i++) {
			if (secrets->items[i] && ZSTR_LEN(secrets->items[i]) > longest) {
				longest = ZSTR_LEN(secrets->items[i]);
			}
		}
	}
	/* Wide enough that, masked, it still fills max (a secret that starts before the cut lies whole in it). */
	window = zend_string_init(text, len < 4 * max + longest ? len : 4 * max + longest, 0);
	if (secrets) {
		for (i = 0; i < sizeof(secrets->items) / sizeof(secrets->items[0]); i++) {
			const zend_string *secret = secrets->items[i];
			zend_string *masked;

			if (!secret || ZSTR_LEN(secret) == 0) {
				continue;
			}
			masked = php_str_to_str(ZSTR_VAL(window), ZSTR_LEN(window), ZSTR_VAL(secret), ZSTR_LEN(secret), "***", 3);
			zend_string_release(window);
			window = masked;
		}
	}
	if (cut) {
		*cut = ZSTR_LEN(window) > max;
	}
	len = ZSTR_LEN(window) < max ? ZSTR_LEN(window) : max;
	out = zend_string_alloc(len, 0);
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char) ZSTR_VAL(window)[i];
		ZSTR_VAL(out)[i] = (c < 0x20 || c == 0x7f || (ascii_only && c >= 0x80)) ? (ascii_only ? '?' : ' ') : (char) c;
	}
	ZSTR_VAL(out)[len] = '\0';
	zend_string_release(window);
	return out;
}

zend_string *b24im_excerpt(const char *body, size_t len, const b24im_secrets *secrets)
{
	bool cut;
	zend_string *shown = clean_text(body, len, secrets, B24IM_MAX_EXCERPT, true, &cut);
	zend_string *quoted = strpprintf(0, "\"%s\"%s", ZSTR_VAL(shown), cut ? "..." : "");

	zend_string_release(shown);
	return quoted;
}

void b24im_throw(b24im_error_kind kind, const char *method, const char *code, const char *description,
	size_t description_len, zend_long http_status, const b24im_secrets *secrets)
{
	zend_class_entry *ce;
	zend_string *clean_code, *clean_description;
	smart_str message = {0};
	zend_object *ex;

	switch (kind) {
		case B24IM_ERR_API:
			ce = api_error_class(code, strlen(code));
			break;
		case B24IM_ERR_TRANSPORT:
			ce = b24im_ce_transport_exception;
			break;
		default:
			ce = b24im_ce_exception;
	}

	clean_code = clean_text(code, strlen(code), secrets, B24IM_MAX_DESCRIPTION, false, NULL);
	clean_description = clean_text(description, description_len, secrets, B24IM_MAX_DESCRIPTION, false, NULL);

	smart_str_appends(&message, method ? method : "b24im");
	smart_str_appends(&message, ": ");
	smart_str_append(&message, clean_code);
	if (ZSTR_LEN(clean_description)) {
		smart_str_appends(&message, ": ");
		smart_str_append(&message, clean_description);
	}
	if (kind != B24IM_ERR_CONFIG) {
		if (http_status > 0) {
			smart_str_appends(&message, " (HTTP ");
			smart_str_append_long(&message, http_status);
			smart_str_appendc(&message, ')');
		} else {
			smart_str_appends(&message, " (no HTTP reply)");
		}
	}
	smart_str_0(&message);

	ex = zend_throw_exception(ce, ZSTR_VAL(message.s), http_status);
	zend_update_property_str(b24im_ce_exception, ex, "error", sizeof("error") - 1, clean_code);
	zend_update_property_str(b24im_ce_exception, ex, "description", sizeof("description") - 1, clean_description);

	smart_str_free(&message);
	zend_string_release(clean_code);
	zend_string_release(clean_description);
}

static void throw_config_v(const char *method, const char *code, const b24im_secrets *secrets, const char *fmt, va_list ap)
	ZEND_ATTRIBUTE_FORMAT(printf, 4, 0);
static void throw_config_v(const char *method, const char *code, const b24im_secrets *secrets, const char *fmt, va_list ap)
{
	char *text;
	size_t len = vspprintf(&text, 0, fmt, ap);

	b24im_throw(B24IM_ERR_CONFIG, method, code, text, len, 0, secrets);
	efree(text);
}

void b24im_throw_config(const char *method, const char *code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	throw_config_v(method, code, NULL, fmt, ap);
	va_end(ap);
}

void b24im_throw_config_masked(const char *method, const char *code, const b24im_secrets *secrets, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	throw_config_v(method, code, secrets, fmt, ap);
	va_end(ap);
}

static void return_property(INTERNAL_FUNCTION_PARAMETERS, const char *name, size_t name_len)
{
	zval rv, *value;

	ZEND_PARSE_PARAMETERS_NONE();
	value = zend_read_property(b24im_ce_exception, Z_OBJ_P(ZEND_THIS), name, name_len, 1, &rv);
	if (Z_TYPE_P(value) == IS_STRING) {
		RETURN_COPY(value);
	}
	RETURN_EMPTY_STRING();
}

ZEND_METHOD(B24im_Exception, getError)
{
	return_property(INTERNAL_FUNCTION_PARAM_PASSTHRU, "error", sizeof("error") - 1);
}

ZEND_METHOD(B24im_RateLimitException, getResetAt)
{
	zval rv, *value;

	ZEND_PARSE_PARAMETERS_NONE();
	value = zend_read_property(b24im_ce_rate_limit_exception, Z_OBJ_P(ZEND_THIS), "resetAt", sizeof("resetAt") - 1, 1, &rv);
	if (Z_TYPE_P(value) == IS_DOUBLE) {
		RETURN_DOUBLE(Z_DVAL_P(value));
	}
	RETURN_NULL();
}

ZEND_METHOD(B24im_Exception, getDescription)
{
	return_property(INTERNAL_FUNCTION_PARAM_PASSTHRU, "description", sizeof("description") - 1);
}
