/* b24im settings: turns the INI values into a call's settings and lays a Client's options over them, with typed errors. */
#include "php.h"
#include "zend_exceptions.h"

#include "b24im_settings.h"
#include "b24im_wipe.h"

typedef enum { OPT_POSITIVE, OPT_COUNT, OPT_SIZE, OPT_RATE, OPT_BOOL, OPT_TEXT } option_type;

/* The option parser's view of each TYPE: every string kind is a TEXT to it. */
#define OPT_OF_POSITIVE OPT_POSITIVE
#define OPT_OF_COUNT    OPT_COUNT
#define OPT_OF_SIZE     OPT_SIZE
#define OPT_OF_RATE     OPT_RATE
#define OPT_OF_BOOL     OPT_BOOL
#define OPT_OF_TEXT     OPT_TEXT
#define OPT_OF_HEADER   OPT_TEXT
#define OPT_OF_SECRET   OPT_TEXT
#define OPT_OF_WEBHOOK  OPT_TEXT

/* ", name" for the options a Client takes, nothing for the INI-only ones. */
#define KNOWN_CLIENT(name) ", " #name
#define KNOWN_INI_ONLY(name)
#define KNOWN_NAME(name, type, def, scope, field) KNOWN_##scope(name)
static const char known_list[] = B24IM_OPTIONS(KNOWN_NAME);
#define KNOWN_OPTIONS (known_list + 2) /* without the leading ", " */

typedef struct {
	const char *name;
	option_type type;
	size_t offset; /* of the field in b24im_settings */
} option_def;

/* The Client options: the CLIENT rows of the table. */
#define OPTION_DEF_CLIENT(name, type, field) { #name, OPT_OF_##type, offsetof(b24im_settings, field) },
#define OPTION_DEF_INI_ONLY(name, type, field)
#define OPTION_DEF(name, type, def, scope, field) OPTION_DEF_##scope(name, type, field)
static const option_def options_known[] = {
	B24IM_OPTIONS(OPTION_DEF)
};
#define OPTIONS_N (sizeof(options_known) / sizeof(options_known[0]))

/* --- from the INI --- */

static zend_string *str_or_null(const char *value)
{
	return value && value[0] ? zend_string_init(value, strlen(value), 0) : NULL;
}

static void ini_to(option_type type, void *field, const void *ini_value)
{
	switch (type) {
		case OPT_POSITIVE:
		case OPT_COUNT:
			*(zend_long *) field = *(const zend_long *) ini_value;
			break;
		case OPT_SIZE:
			*(size_t *) field = (size_t) *(const zend_long *) ini_value;
			break;
		case OPT_RATE:
			*(double *) field = *(const double *) ini_value;
			break;
		case OPT_BOOL:
			*(bool *) field = *(const bool *) ini_value;
			break;
		case OPT_TEXT:
			*(zend_string **) field = str_or_null(*(char *const *) ini_value);
			break;
	}
}

static void point_transport_strings(b24im_settings *s)
{
	s->transport.ca_file = s->ca_file ? ZSTR_VAL(s->ca_file) : NULL;
	s->transport.user_agent = s->user_agent ? ZSTR_VAL(s->user_agent) : B24IM_DEFAULT_USER_AGENT;
}

void b24im_settings_from_ini(b24im_settings *s, const b24im_ini *ini)
{
	memset(s, 0, sizeof(*s));
#define FROM_INI_CLIENT(name, type, field) ini_to(OPT_OF_##type, &s->field, &ini->name);
#define FROM_INI_INI_ONLY(name, type, field)
#define FROM_INI(name, type, def, scope, field) FROM_INI_##scope(name, type, field)
	B24IM_OPTIONS(FROM_INI)
#undef FROM_INI
#undef FROM_INI_CLIENT
#undef FROM_INI_INI_ONLY
	s->transport.max_redirects = B24IM_MAX_REDIRECTS;
	point_transport_strings(s);
}

static void default_to(option_type type, void *to, const char *def)
{
	switch (type) {
		case OPT_POSITIVE:
		case OPT_COUNT:
		case OPT_SIZE:
			*(zend_long *) to = ZEND_STRTOL(def, NULL, 10);
			break;
		case OPT_RATE:
			*(double *) to = zend_strtod(def, NULL);
			break;
		case OPT_BOOL:
			*(bool *) to = def[0] == '1';
			break;
		case OPT_TEXT:
			*(char **) to = (char *) def; /* the INI's char * points at its value; this one is never freed */
			break;
	}
}

void b24im_ini_defaults(b24im_ini *ini)
{
	memset(ini, 0, sizeof(*ini));
#define DEFAULT_OF(name, type, def, scope, field) default_to(OPT_OF_##type, &ini->name, def);
	B24IM_OPTIONS(DEFAULT_OF)
#undef DEFAULT_OF
}

static void release_text(zend_string **field)
{
	if (*field) {
		b24im_wipe_release(*field); /* the client secret is one of them */
		*field = NULL;
	}
}

void b24im_settings_dtor(b24im_settings *s)
{
	/* every string field of the table's CLIENT rows */
#define RELEASE_POSITIVE(field)
#define RELEASE_COUNT(field)
#define RELEASE_SIZE(field)
#define RELEASE_RATE(field)
#define RELEASE_BOOL(field)
#define RELEASE_TEXT(field)    release_text(&s->field);
#define RELEASE_HEADER(field)  release_text(&s->field);
#define RELEASE_SECRET(field)  release_text(&s->field);
#define RELEASE_WEBHOOK(field) release_text(&s->field);
#define RELEASE_CLIENT(type, field) RELEASE_##type(field)
#define RELEASE_INI_ONLY(type, field)
#define RELEASE(name, type, def, scope, field) RELEASE_##scope(type, field)
	B24IM_OPTIONS(RELEASE)
}

void b24im_settings_state(const b24im_settings *s, b24im_state_conf *conf)
{
	conf->dir = s->state_dir;
	conf->lock_timeout_ms = s->transport.timeout_ms;
	/* a bucket of this call's limiter is empty again this long after its last request */
	conf->bucket_drain_s = s->rate_limit > 0 && s->rate_burst > 0 ? (double) s->rate_burst / s->rate_limit + 1 : 0;
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

/* --- a Client's options --- */

static zend_result apply_one(b24im_settings *s, const option_def *def, zval *value, uint32_t arg_num)
{
	char *field = (char *) s + def->offset;

	switch (def->type) {
		case OPT_POSITIVE:
		case OPT_COUNT:
		case OPT_SIZE:
			if (Z_TYPE_P(value) != IS_LONG) {
				zend_argument_type_error(arg_num, "option \"%s\" must be of type int, %s given", def->name, zend_zval_type_name(value));
				return FAILURE;
			}
			if (Z_LVAL_P(value) < (def->type == OPT_COUNT ? 0 : 1)) {
				zend_argument_value_error(arg_num, "option \"%s\" must be %s", def->name,
					def->type == OPT_COUNT ? "greater than or equal to 0" : "greater than 0");
				return FAILURE;
			}
			if (def->type == OPT_SIZE) {
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
		case OPT_TEXT: {
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

static const option_def *find_option(const zend_string *key)
{
	for (size_t i = 0; i < OPTIONS_N; i++) {
		if (zend_string_equals_cstr(key, options_known[i].name, strlen(options_known[i].name))) {
			return &options_known[i];
		}
	}
	return NULL;
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
		def = find_option(key);
		if (!def) {
			zend_argument_value_error(arg_num, "has an unknown option \"%s\"; the options are %s",
				b24im_valid_header_value(ZSTR_VAL(key), ZSTR_LEN(key)) ? ZSTR_VAL(key) : "?", KNOWN_OPTIONS);
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
