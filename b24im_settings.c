/* b24im settings: reads the INI into a call's settings and lays a Client's options over them, with typed errors. */
#include "php.h"
#include "zend_exceptions.h"

#include "php_b24im.h"
#include "b24im_settings.h"

static zend_string *str_or_null(const char *value)
{
	return value && value[0] ? zend_string_init(value, strlen(value), 0) : NULL;
}

static void point_transport_strings(b24im_settings *s)
{
	s->transport.ca_file = s->ca_file ? ZSTR_VAL(s->ca_file) : NULL;
	s->transport.user_agent = s->user_agent ? ZSTR_VAL(s->user_agent) : B24IM_DEFAULT_USER_AGENT;
}

void b24im_settings_from_ini(b24im_settings *s)
{
	memset(s, 0, sizeof(*s));
	s->transport.timeout_ms = B24IM_G(timeout_ms);
	s->transport.connect_timeout_ms = B24IM_G(connect_timeout_ms);
	s->transport.verify_tls = B24IM_G(verify_tls);
	s->transport.max_response_size = (size_t) B24IM_G(max_response_size);
	s->transport.max_redirects = B24IM_MAX_REDIRECTS;
	s->transport.allow_http = B24IM_G(allow_http);
	s->max_retries = B24IM_G(max_retries);
	s->rate_limit = B24IM_G(rate_limit);
	s->rate_burst = B24IM_G(rate_burst);
	s->ca_file = str_or_null(B24IM_G(ca_file));
	s->user_agent = str_or_null(B24IM_G(user_agent));
	s->client_id = str_or_null(B24IM_G(client_id));
	s->client_secret = str_or_null(B24IM_G(client_secret));
	s->oauth_url = str_or_null(B24IM_G(oauth_url));
	s->state_dir = str_or_null(B24IM_G(state_dir));
	point_transport_strings(s);
}

void b24im_settings_dtor(b24im_settings *s)
{
	zend_string **strings[] = { &s->ca_file, &s->user_agent, &s->client_id, &s->client_secret, &s->oauth_url, &s->state_dir };

	for (size_t i = 0; i < sizeof(strings) / sizeof(strings[0]); i++) {
		if (*strings[i]) {
			zend_string_release(*strings[i]);
			*strings[i] = NULL;
		}
	}
}

bool b24im_valid_header_value(const char *value, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (value[i] == '\r' || value[i] == '\n' || value[i] == '\0') {
			return false;
		}
	}
	return true;
}

typedef enum { OPT_POSITIVE_INT, OPT_COUNT, OPT_RATE, OPT_BOOL, OPT_STRING } option_type;

typedef struct {
	const char *name;
	option_type type;
	size_t offset; /* of the field in b24im_settings */
} option_def;

#define OPT(name, type, field) { name, type, offsetof(b24im_settings, field) }

static const option_def options_known[] = {
	OPT("timeout_ms", OPT_POSITIVE_INT, transport.timeout_ms),
	OPT("connect_timeout_ms", OPT_POSITIVE_INT, transport.connect_timeout_ms),
	OPT("max_response_size", OPT_POSITIVE_INT, transport.max_response_size),
	OPT("verify_tls", OPT_BOOL, transport.verify_tls),
	OPT("allow_http", OPT_BOOL, transport.allow_http),
	OPT("max_retries", OPT_COUNT, max_retries),
	OPT("rate_limit", OPT_RATE, rate_limit),
	OPT("rate_burst", OPT_COUNT, rate_burst),
	OPT("ca_file", OPT_STRING, ca_file),
	OPT("user_agent", OPT_STRING, user_agent),
	OPT("client_id", OPT_STRING, client_id),
	OPT("client_secret", OPT_STRING, client_secret),
	OPT("oauth_url", OPT_STRING, oauth_url),
	OPT("state_dir", OPT_STRING, state_dir),
	{ NULL, 0, 0 }
};

#define KNOWN_OPTIONS "timeout_ms, connect_timeout_ms, verify_tls, ca_file, allow_http, max_response_size, " \
	"user_agent, client_id, client_secret, oauth_url, max_retries, rate_limit, rate_burst, state_dir"

static zend_result apply_one(b24im_settings *s, const option_def *def, zval *value, uint32_t arg_num)
{
	char *field = (char *) s + def->offset;

	switch (def->type) {
		case OPT_POSITIVE_INT:
		case OPT_COUNT:
			if (Z_TYPE_P(value) != IS_LONG) {
				zend_argument_type_error(arg_num, "option \"%s\" must be of type int, %s given", def->name, zend_zval_type_name(value));
				return FAILURE;
			}
			if (Z_LVAL_P(value) < (def->type == OPT_COUNT ? 0 : 1)) {
				zend_argument_value_error(arg_num, "option \"%s\" must be %s", def->name,
					def->type == OPT_COUNT ? "greater than or equal to 0" : "greater than 0");
				return FAILURE;
			}
			if (def->offset == offsetof(b24im_settings, transport.max_response_size)) {
				*(size_t *) field = (size_t) Z_LVAL_P(value);
			} else {
				*(zend_long *) field = Z_LVAL_P(value);
			}
			return SUCCESS;
		case OPT_RATE: {
			double rate;
			if (Z_TYPE_P(value) == IS_LONG) {
				rate = (double) Z_LVAL_P(value);
			} else if (Z_TYPE_P(value) == IS_DOUBLE) {
				rate = Z_DVAL_P(value);
			} else {
				zend_argument_type_error(arg_num, "option \"%s\" must be of type int|float, %s given", def->name, zend_zval_type_name(value));
				return FAILURE;
			}
			if (!(rate >= 0) || !zend_finite(rate)) {
				zend_argument_value_error(arg_num, "option \"%s\" must be a finite number greater than or equal to 0", def->name);
				return FAILURE;
			}
			*(double *) field = rate;
			return SUCCESS;
		}
		case OPT_BOOL:
			if (Z_TYPE_P(value) != IS_TRUE && Z_TYPE_P(value) != IS_FALSE) {
				zend_argument_type_error(arg_num, "option \"%s\" must be of type bool, %s given", def->name, zend_zval_type_name(value));
				return FAILURE;
			}
			*(bool *) field = Z_TYPE_P(value) == IS_TRUE;
			return SUCCESS;
		case OPT_STRING: {
			zend_string **target = (zend_string **) field;
			if (Z_TYPE_P(value) != IS_STRING) {
				zend_argument_type_error(arg_num, "option \"%s\" must be of type string, %s given", def->name, zend_zval_type_name(value));
				return FAILURE;
			}
			if (!b24im_valid_header_value(Z_STRVAL_P(value), Z_STRLEN_P(value))) {
				zend_argument_value_error(arg_num, "option \"%s\" must not contain CR, LF or NUL", def->name);
				return FAILURE;
			}
			if (*target) {
				zend_string_release(*target);
			}
			*target = Z_STRLEN_P(value) ? zend_string_copy(Z_STR_P(value)) : NULL;
			return SUCCESS;
		}
	}
	return FAILURE;
}

zend_result b24im_settings_apply(b24im_settings *s, HashTable *options, uint32_t arg_num)
{
	zend_string *key;
	zend_ulong index;
	zval *value;

	ZEND_HASH_FOREACH_KEY_VAL(options, index, key, value) {
		const option_def *def;

		if (!key) {
			zend_argument_value_error(arg_num, "must be an array of options by name, found the key " ZEND_ULONG_FMT, index);
			return FAILURE;
		}
		for (def = options_known; def->name; def++) {
			if (zend_string_equals_cstr(key, def->name, strlen(def->name))) {
				break;
			}
		}
		if (!def->name) {
			zend_argument_value_error(arg_num, "has an unknown option \"%s\"; the options are " KNOWN_OPTIONS,
				b24im_valid_header_value(ZSTR_VAL(key), ZSTR_LEN(key)) ? ZSTR_VAL(key) : "?");
			return FAILURE;
		}
		ZVAL_DEREF(value);
		if (apply_one(s, def, value, arg_num) == FAILURE) {
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	point_transport_strings(s);
	return SUCCESS;
}
