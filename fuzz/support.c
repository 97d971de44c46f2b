/* b24im fuzz support: starts PHP's embed SAPI with b24im's exception classes (no module: the layers get what they need as arguments), and the helpers the harnesses share. */
#ifndef _GNU_SOURCE
# define _GNU_SOURCE 1
#endif
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#include "php.h"
#include "php_main.h"
#include "SAPI.h"
#include "sapi/embed/php_embed.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/php_var.h"

#include "b24im_errors.h"
#include "support.h"

/* PHP 8.2's zend_register_functions() keeps a function's copied arg_info as a pointer one element into its
 * block: for a function with a return type and no parameters that points just past the block, which
 * LeakSanitizer cannot tell from a lost block. Only that allocation site is suppressed. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:zend_register_functions\n";
}

static void (*frame_fn)(void *ctx);
static void *frame_ctx;
static zend_function *frame_function;

ZEND_BEGIN_ARG_INFO_EX(arginfo_b24im_fuzz_frame, 0, 0, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, params, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, auth, IS_MIXED, 0)
ZEND_END_ARG_INFO()

/* Takes no arguments on purpose: only its frame matters (argument 3 is named $auth, as in b24_call). */
static ZEND_FUNCTION(b24im_fuzz_frame)
{
	(void) execute_data;
	(void) return_value;
	frame_fn(frame_ctx);
}

static const zend_function_entry fuzz_functions[] = {
	ZEND_FE(b24im_fuzz_frame, arginfo_b24im_fuzz_frame)
	ZEND_FE_END
};

static zend_class_entry *register_class(const char *name, zend_class_entry *parent)
{
	zend_class_entry ce;

	INIT_CLASS_ENTRY_EX(ce, name, strlen(name), NULL);
	return zend_register_internal_class_ex(&ce, parent);
}

static void declare_property(zend_class_entry *ce, const char *name, zval *def, uint32_t type_mask)
{
	zend_string *n = zend_string_init_interned(name, strlen(name), 1);

	zend_declare_typed_property(ce, n, def, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(type_mask));
	zend_string_release(n);
}

/* The hierarchy and the properties of b24im.stub.php, without the methods: b24im_throw() needs no more. */
static PHP_MINIT_FUNCTION(b24im_fuzz)
{
	zend_class_entry *base, *api, *auth, *rate, *transport;
	zval def;

	(void) type;
	(void) module_number;
	base = register_class("B24im\\Exception", spl_ce_RuntimeException);
	ZVAL_EMPTY_STRING(&def);
	declare_property(base, "error", &def, MAY_BE_STRING);
	ZVAL_EMPTY_STRING(&def);
	declare_property(base, "description", &def, MAY_BE_STRING);
	api = register_class("B24im\\ApiException", base);
	auth = register_class("B24im\\AuthException", api);
	rate = register_class("B24im\\RateLimitException", api);
	ZVAL_NULL(&def);
	declare_property(rate, "resetAt", &def, MAY_BE_DOUBLE | MAY_BE_NULL);
	transport = register_class("B24im\\TransportException", base);
	b24im_errors_set_classes(base, api, auth, rate, transport);
	return SUCCESS;
}

static zend_module_entry fuzz_module_entry = {
	STANDARD_MODULE_HEADER,
	"b24im_fuzz",
	fuzz_functions,
	PHP_MINIT(b24im_fuzz),
	NULL,
	NULL,
	NULL,
	NULL,
	"0",
	STANDARD_MODULE_PROPERTIES
};

static int fuzz_sapi_startup(sapi_module_struct *sapi)
{
	return php_module_startup(sapi, &fuzz_module_entry);
}

/* At a normal exit (libFuzzer's -max_total_time, -runs), the engine is shut down before LeakSanitizer's final
 * check, so that what is left over is a leak and not the engine's tables. */
static void fuzz_shutdown(void)
{
	fuzz_request_begin();
	php_embed_shutdown();
}

void fuzz_init(void)
{
	static bool started;

	if (started) {
		return;
	}
	started = true;
	/* Zend's own allocator frees a request's memory wholesale and hides leaks and overflows from ASan. */
	setenv("USE_ZEND_ALLOC", "0", 1);
	php_embed_module.php_ini_ignore = 1;       /* no php.ini, no conf.d: the same engine everywhere */
	php_embed_module.startup = fuzz_sapi_startup;

	if (php_embed_init(0, NULL) != SUCCESS) {
		fprintf(stderr, "fuzz: php_embed_init failed\n");
		abort();
	}
	frame_function = zend_hash_str_find_ptr(CG(function_table), "b24im_fuzz_frame", sizeof("b24im_fuzz_frame") - 1);
	if (!frame_function) {
		fprintf(stderr, "fuzz: b24im_fuzz_frame is not registered\n");
		abort();
	}
	php_request_shutdown(NULL); /* each input gets its own request */
	atexit(fuzz_shutdown);
}

void fuzz_request_begin(void)
{
	if (php_request_startup() != SUCCESS) {
		fprintf(stderr, "fuzz: php_request_startup failed\n");
		abort();
	}
	SG(headers_sent) = 1;
	SG(request_info).no_headers = 1;
}

void fuzz_request_end(void)
{
	php_request_shutdown(NULL);
}

void fuzz_in_frame(void (*fn)(void *ctx), void *ctx)
{
	zval retval;

	frame_fn = fn;
	frame_ctx = ctx;
	ZVAL_UNDEF(&retval);
	zend_call_known_function(frame_function, NULL, NULL, &retval, 0, NULL, NULL);
	zval_ptr_dtor(&retval);
	if (EG(exception)) {
		fprintf(stderr, "fuzz: an exception escaped the frame\n");
		abort();
	}
}

bool fuzz_take_exception(char *class_name, size_t class_size, char *message, size_t message_size)
{
	zend_object *ex = EG(exception);
	zval rv, *msg;

	if (class_size) {
		class_name[0] = '\0';
	}
	if (message_size) {
		message[0] = '\0';
	}
	if (!ex) {
		return false;
	}
	snprintf(class_name, class_size, "%s", ZSTR_VAL(ex->ce->name));
	msg = zend_read_property_ex(zend_ce_exception, ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
	if (Z_TYPE_P(msg) == IS_STRING && message_size) {
		size_t n = Z_STRLEN_P(msg) < message_size - 1 ? Z_STRLEN_P(msg) : message_size - 1;
		memcpy(message, Z_STRVAL_P(msg), n);
		message[n] = '\0';
	}
	zend_clear_exception();
	return true;
}

bool fuzz_zval_same(zval *a, zval *b)
{
	ZVAL_DEREF(a);
	ZVAL_DEREF(b);
	if (Z_TYPE_P(a) != Z_TYPE_P(b)) {
		return false;
	}
	switch (Z_TYPE_P(a)) {
		case IS_UNDEF:
		case IS_NULL:
		case IS_FALSE:
		case IS_TRUE:
			return true;
		case IS_LONG:
			return Z_LVAL_P(a) == Z_LVAL_P(b);
		case IS_DOUBLE: {
			double x = Z_DVAL_P(a), y = Z_DVAL_P(b);
			return (isnan(x) && isnan(y)) || memcmp(&x, &y, sizeof(x)) == 0;
		}
		case IS_STRING:
			return zend_string_equals(Z_STR_P(a), Z_STR_P(b));
		case IS_ARRAY: {
			HashTable *ha = Z_ARRVAL_P(a), *hb = Z_ARRVAL_P(b);
			HashPosition pb;
			zend_string *ka;
			zend_ulong ia;
			zval *va;

			if (zend_hash_num_elements(ha) != zend_hash_num_elements(hb)) {
				return false;
			}
			zend_hash_internal_pointer_reset_ex(hb, &pb);
			ZEND_HASH_FOREACH_KEY_VAL(ha, ia, ka, va) {
				zval *vb = zend_hash_get_current_data_ex(hb, &pb);
				zend_string *kb = NULL;
				zend_ulong ib = 0;
				int kind;

				if (!vb) {
					return false;
				}
				kind = zend_hash_get_current_key_ex(hb, &kb, &ib, &pb);
				if (ka ? (kind != HASH_KEY_IS_STRING || !zend_string_equals(ka, kb)) : (kind != HASH_KEY_IS_LONG || ia != ib)) {
					return false;
				}
				if (!fuzz_zval_same(va, vb)) {
					return false;
				}
				zend_hash_move_forward_ex(hb, &pb);
			} ZEND_HASH_FOREACH_END();
			return true;
		}
		default:
			return false;
	}
}

void fuzz_export(zval *z, smart_str *out, size_t max)
{
	smart_str full = {0};

	php_var_export_ex(z, 1, &full);
	smart_str_0(&full);
	if (full.s) {
		size_t n = ZSTR_LEN(full.s) < max ? ZSTR_LEN(full.s) : max;
		smart_str_appendl(out, ZSTR_VAL(full.s), n);
		if (n < ZSTR_LEN(full.s)) {
			smart_str_appends(out, "...");
		}
	}
	smart_str_free(&full);
	smart_str_0(out);
}

ZEND_NORETURN void fuzz_fail(const uint8_t *data, size_t size, const char *fmt, ...)
{
	va_list ap;
	size_t shown = size < 600 ? size : 600;

	fprintf(stderr, "\n==b24im-fuzz== FINDING: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n==b24im-fuzz== input (%zu bytes): \"", size);
	for (size_t i = 0; i < shown; i++) {
		unsigned char c = data[i];
		if (c == '\\' || c == '"') {
			fprintf(stderr, "\\%c", c);
		} else if (c >= 0x20 && c < 0x7f) {
			fputc(c, stderr);
		} else {
			fprintf(stderr, "\\x%02x", c);
		}
	}
	fprintf(stderr, "\"%s\n", size > shown ? "..." : "");
	abort();
}

bool fuzz_contains(const char *hay, size_t hay_len, const char *needle, size_t needle_len)
{
	return needle_len > 0 && hay_len >= needle_len && memmem(hay, hay_len, needle, needle_len) != NULL;
}

bool fuzz_allow_known(void)
{
	const char *v = getenv("B24IM_FUZZ_KNOWN");

	return v && strcmp(v, "1") == 0;
}

long fuzz_segment_reply(const char *seg, size_t len, smart_str *body)
{
	long status = 200;

	if (len >= 5 && seg[0] == '#' && seg[1] >= '1' && seg[1] <= '5' && seg[2] >= '0' && seg[2] <= '9'
		&& seg[3] >= '0' && seg[3] <= '9' && seg[4] == ' ') {
		status = (seg[1] - '0') * 100 + (seg[2] - '0') * 10 + (seg[3] - '0');
		seg += 5;
		len -= 5;
	}
	if (len) {
		smart_str_appendl(body, seg, len);
	}
	smart_str_0(body);
	return status;
}
