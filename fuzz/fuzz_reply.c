/* b24im fuzz harness: a reply body through b24im_reply_parse() and b24im_reply_decode(), checked against PHP's own json_decode($body, true). */
#include <stdlib.h>
#include <string.h>

#include "php.h"
#include "ext/json/php_json.h"
#include <json-c/json.h>

#include "b24im_reply.h"
#include "support.h"

static struct json_tokener *tok;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc;
	(void) argv;
	fuzz_init();
	tok = b24im_reply_tokener_new();
	if (!tok) {
		abort();
	}
	return 0;
}

static const char *kind_name(b24im_reply_kind kind)
{
	return kind == B24IM_REPLY_RESULT ? "RESULT" : kind == B24IM_REPLY_ERROR ? "ERROR" : kind == B24IM_REPLY_BAD ? "BAD" : "?";
}

static bool top_is_object(const char *body, size_t len)
{
	size_t i = 0;

	while (i < len && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r')) {
		i++;
	}
	return i < len && body[i] == '{';
}

/* What every reply must look like, whatever the body. */
static void check_shape(const uint8_t *data, size_t size, b24im_reply *r)
{
	switch (r->kind) {
		case B24IM_REPLY_RESULT:
			if (Z_TYPE(r->result) == IS_UNDEF || r->error || r->description || r->bad_code) {
				fuzz_fail(data, size, "RESULT with an undefined result or error fields set");
			}
			break;
		case B24IM_REPLY_ERROR:
			if (!r->error || !r->description || r->bad_code || Z_TYPE(r->result) != IS_NULL
				|| Z_TYPE(r->total) != IS_NULL || Z_TYPE(r->next) != IS_NULL) {
				fuzz_fail(data, size, "ERROR without a code string or description, or with result fields set");
			}
			break;
		case B24IM_REPLY_BAD: {
			size_t n = strnlen(r->bad_detail, sizeof(r->bad_detail));

			if (!r->bad_code || !r->bad_code[0] || n == 0 || n == sizeof(r->bad_detail) || r->error || r->description
				|| Z_TYPE(r->result) != IS_NULL || Z_TYPE(r->time) != IS_NULL) {
				fuzz_fail(data, size, "BAD without a code or a detail, or with values set");
			}
			for (size_t i = 0; i < n; i++) {
				unsigned char c = (unsigned char) r->bad_detail[i];
				if (c < 0x20 || c >= 0x7f) {
					fuzz_fail(data, size, "BAD detail holds byte 0x%02x: it goes into a one-line message", c);
				}
			}
			break;
		}
		default:
			fuzz_fail(data, size, "reply kind %d is none of RESULT, ERROR, BAD", (int) r->kind);
	}
	if (Z_TYPE(r->time) != IS_NULL && r->kind == B24IM_REPLY_BAD) {
		fuzz_fail(data, size, "BAD with a time block");
	}
}

static void fail_values(const uint8_t *data, size_t size, const char *what, zval *ours, zval *php)
{
	smart_str a = {0}, b = {0};

	fuzz_export(ours, &a, 400);
	fuzz_export(php, &b, 400);
	fuzz_fail(data, size, "%s differs from json_decode: b24im %s, PHP %s", what, ZSTR_VAL(a.s), ZSTR_VAL(b.s));
}

static void expect_member(const uint8_t *data, size_t size, const char *what, zval *ours, HashTable *php, const char *key)
{
	zval *v = zend_hash_str_find(php, key, strlen(key)), null;

	ZVAL_NULL(&null);
	if (!fuzz_zval_same(ours, v ? v : &null)) {
		fail_values(data, size, what, ours, v ? v : &null);
	}
}

static bool same_text(zend_string *ours, zval *php)
{
	return Z_TYPE_P(php) != IS_STRING || zend_string_equals(ours, Z_STR_P(php));
}

/* The envelope as b24im's rules say it should be read from json_decode's value. */
static void check_envelope(const uint8_t *data, size_t size, const char *body, b24im_reply *r, zval *php)
{
	HashTable *ht;
	zval *error, *description;

	if (!top_is_object(body, size) || Z_TYPE_P(php) != IS_ARRAY) {
		if (r->kind != B24IM_REPLY_BAD || strcmp(r->bad_code, "UNEXPECTED_REPLY") != 0) {
			fuzz_fail(data, size, "a JSON value that is not an object gave %s, not BAD UNEXPECTED_REPLY", kind_name(r->kind));
		}
		return;
	}
	ht = Z_ARRVAL_P(php);
	error = zend_hash_str_find(ht, "error", sizeof("error") - 1);
	if (error && Z_TYPE_P(error) != IS_NULL) {
		if (r->kind != B24IM_REPLY_ERROR) {
			fuzz_fail(data, size, "an object with a non-null \"error\" gave %s", kind_name(r->kind));
		}
		if (!same_text(r->error, error)) {
			fuzz_fail(data, size, "error code \"%s\" is not the reply's \"%s\"", ZSTR_VAL(r->error), Z_STRVAL_P(error));
		}
		description = zend_hash_str_find(ht, "error_description", sizeof("error_description") - 1);
		if (!description || Z_TYPE_P(description) == IS_NULL) {
			if (ZSTR_LEN(r->description)) {
				fuzz_fail(data, size, "a missing error_description gave \"%s\"", ZSTR_VAL(r->description));
			}
		} else if (!same_text(r->description, description)) {
			fuzz_fail(data, size, "error_description differs from the reply's");
		}
		expect_member(data, size, "time", &r->time, ht, "time");
		return;
	}
	if (!zend_hash_str_exists(ht, "result", sizeof("result") - 1)) {
		if (r->kind != B24IM_REPLY_BAD || strcmp(r->bad_code, "UNEXPECTED_REPLY") != 0) {
			fuzz_fail(data, size, "an object with neither result nor error gave %s, not BAD UNEXPECTED_REPLY", kind_name(r->kind));
		}
		return;
	}
	if (r->kind != B24IM_REPLY_RESULT) {
		fuzz_fail(data, size, "an object with \"result\" and no error gave %s (%s: %s)", kind_name(r->kind),
			r->bad_code ? r->bad_code : "", r->bad_detail);
	}
	expect_member(data, size, "result", &r->result, ht, "result");
	expect_member(data, size, "time", &r->time, ht, "time");
	expect_member(data, size, "total", &r->total, ht, "total");
	expect_member(data, size, "next", &r->next, ht, "next");
}

/* Walks the number tokens outside strings. lenient: a token json_decode refuses and json-c takes (a leading
 * zero, "1.", "1.e5", "-.5", NaN, Infinity). long_tail: a fraction or exponent of 19 digits or more. */
static void scan_numbers(const char *b, size_t n, bool *lenient, bool *long_tail)
{
	bool in_string = false;
	size_t i = 0;

	*lenient = *long_tail = false;
	while (i < n) {
		char c = b[i];
		if (in_string) {
			i += c == '\\' ? 2 : 1;
			in_string = c != '"';
			continue;
		}
		if (c == '"') {
			in_string = true;
			i++;
			continue;
		}
		if (c == 'N' || c == 'I') {
			*lenient = true; /* NaN, Infinity, -Infinity: no JSON text starts a token with these */
			i++;
			continue;
		}
		if (c != '-' && !(c >= '0' && c <= '9')) {
			i++;
			continue;
		}
		if (c == '-') {
			i++;
			if (i >= n || b[i] < '0' || b[i] > '9') {
				*lenient = true; /* "-.5": json-c reads a fraction with no integer part after a minus */
				continue;
			}
		}
		if (i + 1 < n && b[i] == '0' && b[i + 1] >= '0' && b[i + 1] <= '9') {
			*lenient = true;
		}
		while (i < n && b[i] >= '0' && b[i] <= '9') {
			i++;
		}
		if (i < n && b[i] == '.') {
			size_t start = ++i;
			while (i < n && b[i] >= '0' && b[i] <= '9') {
				i++;
			}
			if (i == start) {
				*lenient = true;
			}
			if (i - start >= 19) {
				*long_tail = true;
			}
		}
		if (i < n && (b[i] == 'e' || b[i] == 'E')) {
			size_t start;
			i++;
			if (i < n && (b[i] == '+' || b[i] == '-')) {
				i++;
			}
			start = i;
			while (i < n && b[i] >= '0' && b[i] <= '9') {
				i++;
			}
			if (i - start >= 19) {
				*long_tail = true;
			}
		}
	}
}

/* F2 (README) may be at play: a fraction or exponent of 19 digits or more. */
static bool long_tail(const char *body, size_t size)
{
	bool lenient, tail;

	scan_numbers(body, size, &lenient, &tail);
	return tail;
}

/* Known differences from json_decode (fuzz/README.md). Tolerated ones (a lenient reading of text that is not
 * JSON) pass unless B24IM_FUZZ_STRICT=1; open findings fail unless B24IM_FUZZ_KNOWN=1. NULL: not known. */
static const char *known_difference(const char *body, size_t size, bool ours_ok, bool php_ok, bool values_differ)
{
	bool lenient, long_tail;
	const char *strict = getenv("B24IM_FUZZ_STRICT");
	bool tolerate = !(strict && strcmp(strict, "1") == 0), allow = fuzz_allow_known();
	int err = (int) JSON_G(error_code);

	scan_numbers(body, size, &lenient, &long_tail);
	if (ours_ok && !php_ok) {
		if (err == PHP_JSON_ERROR_UTF8) {
			return allow ? "F1 invalid UTF-8 accepted" : NULL;
		}
		if (err == PHP_JSON_ERROR_CTRL_CHAR) {
			return tolerate ? "K1 raw control character in a string" : NULL;
		}
		if (err == PHP_JSON_ERROR_DEPTH) {
			return tolerate ? "K2 512 levels of nesting" : NULL;
		}
		if (err == PHP_JSON_ERROR_SYNTAX && lenient) {
			return tolerate ? "K3 lenient number or NaN/Infinity" : NULL;
		}
		return NULL;
	}
	if (!ours_ok && php_ok) {
		return long_tail && allow ? "F2 a long fraction or exponent beside an integer beyond int64" : NULL;
	}
	if (values_differ && fuzz_contains(body, size, "\\u0000", 6)) {
		return allow ? "F3 a key holding \\u0000" : NULL;
	}
	return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *body = malloc(size + 1);
	b24im_reply r;
	zval ours, php;
	const char *why = NULL;
	zend_result rc, prc;
	bool bad_json;

	memcpy(body, data, size);
	body[size] = '\0';
	fuzz_request_begin();

	b24im_reply_parse(&r, tok, body, size);
	check_shape(data, size, &r);

	rc = b24im_reply_decode(tok, body, size, &ours, &why);
	if (rc == FAILURE && (!why || Z_TYPE(ours) != IS_NULL)) {
		fuzz_fail(data, size, "b24im_reply_decode failed without a reason or left a value");
	}
	bad_json = r.kind == B24IM_REPLY_BAD && (strcmp(r.bad_code, "INVALID_JSON") == 0 || strcmp(r.bad_code, "EMPTY_REPLY") == 0);
	if (bad_json != (rc == FAILURE) && !(fuzz_allow_known() && long_tail(body, size))) {
		/* (F2 makes the second reading of a reply fail: parse may never need it where decode does) */
		fuzz_fail(data, size, "b24im_reply_parse says %s (%s) but b24im_reply_decode %s", kind_name(r.kind),
			r.bad_code ? r.bad_code : "", rc == SUCCESS ? "succeeds" : "fails");
	}

	prc = php_json_decode_ex(&php, body, size, PHP_JSON_OBJECT_AS_ARRAY, B24IM_JSON_MAX_DEPTH);
	if ((rc == SUCCESS) != (prc == SUCCESS)) {
		if (!known_difference(body, size, rc == SUCCESS, prc == SUCCESS, false)) {
			fuzz_fail(data, size, "b24im %s (%s) but json_decode %s (json error %d)", rc == SUCCESS ? "decodes it" : "refuses it",
				why ? why : "", prc == SUCCESS ? "decodes it" : "refuses it", (int) JSON_G(error_code));
		}
	} else if (rc == SUCCESS) {
		if (!fuzz_zval_same(&ours, &php)) {
			if (!known_difference(body, size, true, true, true)) {
				fail_values(data, size, "the decoded value", &ours, &php);
			}
		} else if (!(fuzz_allow_known() && fuzz_contains(body, size, "-9223372036854775808", 20))) {
			/* F4 (README): the integer -9223372036854775808 empties result, time, total and next */
			check_envelope(data, size, body, &r, &php);
		}
	}

	b24im_reply_dtor(&r);
	zval_ptr_dtor(&ours);
	zval_ptr_dtor(&php);
	fuzz_request_end();
	free(body);
	return 0;
}
