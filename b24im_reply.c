/* b24im reply: JSON to PHP values exactly as json_decode($body, true) would (json-c, with its gaps closed), and the Bitrix24 envelope. */
#include "php.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/json/php_json_parser.h"
#include <json-c/json.h>

#include "b24im_reply.h"

struct json_tokener *b24im_reply_tokener_new(void)
{
	/* json-c counts the levels it allows; json_decode() at depth 512 allows 511 */
	struct json_tokener *tok = json_tokener_new_ex(B24IM_JSON_MAX_DEPTH - 1);

	if (tok) {
		/* Strict JSON (no trailing commas, nothing after the value). Not JSON_TOKENER_VALIDATE_UTF8: the
		 * lexical check below has refused every body that is not strict UTF-8 before json-c sees it: a
		 * second check would only cost time. */
		json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	}
	return tok;
}

void b24im_reply_tokener_free(struct json_tokener *tok)
{
	if (tok) {
		json_tokener_free(tok);
	}
}

/* ---- The lexical check: what json-c lets through and json_decode() does not ---------------------- */

typedef struct {
	const char *error;   /* why the body is not JSON, or NULL */
	bool big_integer;    /* an integer outside int64: json-c would clamp it, json_decode makes a float */
	bool nul_escape;     /* a \u0000: json-c cuts object keys there, json_decode keeps it */
	size_t objects;      /* how many of each json-c would allocate: what its tree would cost */
	size_t arrays;
	size_t scalars;
} lex_result;

/* json-c's tree lives in malloc'd memory that PHP's memory_limit never sees, and costs far more than the
 * text: the weights below are what json-c 0.16 allocates (64-bit) for an object, an array and a scalar.
 * A body whose tree would pass this goes to PHP's own parser instead, which builds the PHP values directly
 * and within memory_limit, as json_decode() does. */
#define B24IM_JSONC_MAX_TREE (4 * 1024 * 1024)

static bool tree_too_large(const lex_result *r, size_t len)
{
	double cost = 800.0 * (double) r->objects + 160.0 * (double) r->arrays + 104.0 * (double) r->scalars + (double) len;

	return cost > B24IM_JSONC_MAX_TREE;
}

static int hex_value(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The code unit of the \uXXXX at p (p[0] == '\\', p[1] == 'u'), or -1. */
static long escape_unit(const char *p, const char *end)
{
	long unit = 0;

	if (end - p < 6) {
		return -1;
	}
	for (int i = 2; i < 6; i++) {
		int h = hex_value(p[i]);
		if (h < 0) {
			return -1;
		}
		unit = unit * 16 + h;
	}
	return unit;
}

static bool is_delimiter(const char *p, const char *end)
{
	return p == end || *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == ',' || *p == ']' || *p == '}' || *p == ':';
}

/* Is the integer literal s[0..len) (optional '-', then digits) outside int64? */
static bool int_literal_overflows(const char *s, size_t len)
{
	bool negative = s[0] == '-';
	const char *digits = s + negative;
	size_t n = len - negative;

	if (n != 19) {
		return n > 19;
	}
	return memcmp(digits, negative ? "9223372036854775808" : "9223372036854775807", 19) > 0;
}

/* The length of the well-formed UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates, nothing past
 * U+10FFFF), or 0. json-c checks only the bit patterns; json_decode() checks this. */
static size_t utf8_sequence(const char *s, const char *end)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t avail = (size_t) (end - s), n;
	unsigned char lo = 0x80, hi = 0xBF;

	if (p[0] >= 0xC2 && p[0] <= 0xDF) {
		n = 2;
	} else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		n = 3;
		if (p[0] == 0xE0) {
			lo = 0xA0;
		} else if (p[0] == 0xED) {
			hi = 0x9F;
		}
	} else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		n = 4;
		if (p[0] == 0xF0) {
			lo = 0x90;
		} else if (p[0] == 0xF4) {
			hi = 0x8F;
		}
	} else {
		return 0;
	}
	if (avail < n || p[1] < lo || p[1] > hi) {
		return 0;
	}
	for (size_t i = 2; i < n; i++) {
		if (p[i] < 0x80 || p[i] > 0xBF) {
			return 0;
		}
	}
	return n;
}

/* 1 for a byte that stands for itself inside a JSON string: printable ASCII but '"' and '\\'. */
static const unsigned char STRING_PLAIN[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* A string from its opening quote; returns the position after the closing one, or NULL with r->error. */
static const char *lex_string(const char *p, const char *end, lex_result *r)
{
	for (p++; p < end; p++) {
		unsigned char c;

		/* the bytes that need no look, four at a time: most of a reply's strings */
		while (end - p >= 4 && (STRING_PLAIN[(unsigned char) p[0]] & STRING_PLAIN[(unsigned char) p[1]]
				& STRING_PLAIN[(unsigned char) p[2]] & STRING_PLAIN[(unsigned char) p[3]])) {
			p += 4;
		}
		while (p < end && STRING_PLAIN[(unsigned char) *p]) {
			p++;
		}
		if (p >= end) {
			break;
		}
		c = (unsigned char) *p;

		if (c == '"') {
			return p + 1;
		}
		if (c < 0x20) {
			r->error = "the reply is not JSON (a control character in a string)";
			return NULL;
		}
		if (c >= 0x80) {
			size_t n = utf8_sequence(p, end);
			if (n == 0) {
				r->error = "the reply is not JSON (invalid UTF-8)";
				return NULL;
			}
			p += n - 1;
			continue;
		}
		/* what is left is a backslash: every other byte below 0x80 was plain */
		if (p + 1 >= end || !strchr("\"\\/bfnrtu", p[1]) || p[1] == '\0') {
			r->error = "the reply is not JSON (a bad escape in a string)";
			return NULL;
		}
		if (p[1] != 'u') {
			p++;
			continue;
		}
		long unit = escape_unit(p, end);
		if (unit < 0) {
			r->error = "the reply is not JSON (a bad \\u escape)";
			return NULL;
		}
		if (unit == 0) {
			r->nul_escape = true;
		}
		if (unit >= 0xDC00 && unit <= 0xDFFF) {
			r->error = "the reply is not JSON (a lone UTF-16 surrogate in a \\u escape)";
			return NULL;
		}
		if (unit >= 0xD800 && unit <= 0xDBFF) {
			long low = (end - p >= 12 && p[6] == '\\' && p[7] == 'u') ? escape_unit(p + 6, end) : -1;
			if (low < 0xDC00 || low > 0xDFFF) {
				r->error = "the reply is not JSON (a lone UTF-16 surrogate in a \\u escape)";
				return NULL;
			}
			p += 6;
		}
		p += 5;
	}
	r->error = "the reply is not JSON";
	return NULL;
}

/* A number as JSON has it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? and nothing glued to it. */
static const char *lex_number(const char *p, const char *end, lex_result *r)
{
	const char *start = p;
	bool integer = true;

	if (*p == '-') {
		p++;
	}
	if (p < end && *p == '0') {
		p++;
	} else if (p < end && *p >= '1' && *p <= '9') {
		while (p < end && *p >= '0' && *p <= '9') {
			p++;
		}
	} else {
		goto bad;
	}
	if (p < end && *p == '.') {
		integer = false;
		if (++p >= end || *p < '0' || *p > '9') {
			goto bad;
		}
		while (p < end && *p >= '0' && *p <= '9') {
			p++;
		}
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		integer = false;
		p++;
		if (p < end && (*p == '+' || *p == '-')) {
			p++;
		}
		if (p >= end || *p < '0' || *p > '9') {
			goto bad;
		}
		while (p < end && *p >= '0' && *p <= '9') {
			p++;
		}
	}
	if (!is_delimiter(p, end)) {
		goto bad;
	}
	if (integer && int_literal_overflows(start, (size_t) (p - start))) {
		r->big_integer = true;
	}
	return p;
bad:
	r->error = "the reply is not JSON (a malformed number)";
	return NULL;
}

static void lex(const char *body, size_t len, lex_result *r)
{
	const char *p = body, *end = body + len;

	memset(r, 0, sizeof(*r));
	while (p && p < end) {
		switch (*p) {
			case '{':
				r->objects++;
				p++;
				break;
			case '[':
				r->arrays++;
				p++;
				break;
			case ' ': case '\t': case '\n': case '\r':
			case '}': case ']': case ':': case ',':
				p++;
				break;
			case '"':
				r->scalars++; /* keys too: json-c copies each */
				p = lex_string(p, end, r);
				break;
			case '-': case '0': case '1': case '2': case '3': case '4':
			case '5': case '6': case '7': case '8': case '9':
				r->scalars++;
				p = lex_number(p, end, r);
				break;
			default: {
				static const char *const words[] = { "true", "false", "null" };
				bool found = false;
				for (size_t i = 0; i < 3 && !found; i++) {
					size_t n = strlen(words[i]);
					if ((size_t) (end - p) >= n && memcmp(p, words[i], n) == 0 && is_delimiter(p + n, end)) {
						r->scalars++;
						p += n;
						found = true;
					}
				}
				if (!found) {
					r->error = "the reply is not JSON";
					p = NULL;
				}
			}
		}
	}
}

/* ---- Decoding ------------------------------------------------------------------------------------- */

static void to_zval(struct json_object *o, zval *zv)
{
	switch (json_object_get_type(o)) {
		case json_type_null:
			ZVAL_NULL(zv);
			break;
		case json_type_boolean:
			ZVAL_BOOL(zv, json_object_get_boolean(o));
			break;
		case json_type_double:
			ZVAL_DOUBLE(zv, json_object_get_double(o));
			break;
		case json_type_int: {
			/* the lexical check sent every integer outside int64 to PHP's decoder */
			int64_t v = json_object_get_int64(o);
			if (v > ZEND_LONG_MAX || v < ZEND_LONG_MIN) {
				ZVAL_DOUBLE(zv, (double) v);
			} else {
				ZVAL_LONG(zv, (zend_long) v);
			}
			break;
		}
		case json_type_string:
			ZVAL_STRINGL_FAST(zv, json_object_get_string(o), (size_t) json_object_get_string_len(o));
			break;
		case json_type_array: {
			size_t n = json_object_array_length(o);

			array_init_size(zv, (uint32_t) n);
			for (size_t i = 0; i < n; i++) {
				zval item;
				to_zval(json_object_array_get_idx(o, i), &item);
				zend_hash_next_index_insert_new(Z_ARRVAL_P(zv), &item);
			}
			break;
		}
		case json_type_object: {
			array_init_size(zv, (uint32_t) json_object_object_length(o));
			json_object_object_foreach(o, key, val) {
				zval item;
				zend_ulong index;
				size_t key_len = strlen(key);

				to_zval(val, &item);
				/* json-c kept the last of duplicate keys, so each key comes once: added, not looked up first.
				 * "17" becomes the int key 17, as json_decode($body, true) does. */
				if (ZEND_HANDLE_NUMERIC_STR(key, key_len, index)) {
					zend_hash_index_add_new(Z_ARRVAL_P(zv), index, &item);
				} else {
					zend_hash_str_add_new(Z_ARRVAL_P(zv), key, key_len, &item);
				}
			}
			break;
		}
	}
}

/* Turns the tree into PHP values and frees it. The tree is malloc'd, out of reach of PHP's allocator, which
 * frees its own memory after a fatal error (memory_limit, while the values are made) but not this: on a
 * bailout the tree is freed here, and the bailout goes on. */
static void tree_to_zval(struct json_object *root, zval *out)
{
	zend_try {
		to_zval(root, out);
	} zend_catch {
		json_object_put(root);
		zend_bailout();
	} zend_end_try();
	json_object_put(root);
}

/* json-c 0.18 alone, in strict mode, refuses every string byte above 0x7f (its control-character check
 * compares a signed char: json-c issue 875, fixed in 0.19): there, such bodies go to PHP's parser. */
static bool jsonc_refuses_raw_utf8(const char *body, size_t len)
{
	if ((json_c_version_num() >> 8) != 0x0012) {
		return false;
	}
	for (size_t i = 0; i < len; i++) {
		if ((unsigned char) body[i] >= 0x80) {
			return true;
		}
	}
	return false;
}

/* The whole body into out. FAILURE with *why where it is not JSON as json_decode() sees it. */
static zend_result decode(struct json_tokener *tok, const char *body, size_t len, zval *out, const char **why)
{
	lex_result lexed;
	struct json_object *root;
	enum json_tokener_error err;

	ZVAL_NULL(out);
	if (memchr(body, '\0', len)) {
		*why = "the reply is not JSON (a NUL byte)";
		return FAILURE;
	}
	lex(body, len, &lexed);
	if (lexed.error) {
		*why = lexed.error;
		return FAILURE;
	}
	if (lexed.big_integer || lexed.nul_escape || tree_too_large(&lexed, len) || jsonc_refuses_raw_utf8(body, len)) {
		/* Rare bodies where json-c and json_decode() part, and bodies whose json-c tree would be large:
		 * PHP's own decoder reads them. */
		php_json_parser parser;

		php_json_parser_init(&parser, out, body, len, PHP_JSON_OBJECT_AS_ARRAY, B24IM_JSON_MAX_DEPTH);
		if (php_json_parse(&parser) != 0) {
			zval_ptr_dtor(out);
			ZVAL_NULL(out);
			*why = php_json_parser_error_code(&parser) == PHP_JSON_ERROR_DEPTH
				? "the reply is nested deeper than 511 levels" : "the reply is not JSON";
			return FAILURE;
		}
		return SUCCESS;
	}

	json_tokener_reset(tok);
	/* The terminating NUL is passed too: it ends a top-level number, which json-c would otherwise wait on. */
	root = json_tokener_parse_ex(tok, body, (int) len + 1);
	err = json_tokener_get_error(tok);
	if (err != json_tokener_success) {
		if (root) {
			json_object_put(root);
		}
		*why = err == json_tokener_error_depth ? "the reply is nested deeper than 511 levels"
			: err == json_tokener_continue ? "the reply is not JSON (it ends too early)"
			: "the reply is not JSON";
		return FAILURE;
	}
	if (root) { /* NULL: the JSON text null */
		tree_to_zval(root, out);
	}
	return SUCCESS;
}

zend_result b24im_reply_decode(struct json_tokener *tok, const char *body, size_t len, zval *out, const char **why)
{
	if (len == 0) {
		ZVAL_NULL(out);
		*why = "the reply is empty";
		return FAILURE;
	}
	return decode(tok, body, len, out, why);
}

/* ---- The envelope --------------------------------------------------------------------------------- */

static void set_bad(b24im_reply *r, const char *code, const char *detail)
{
	r->kind = B24IM_REPLY_BAD;
	r->bad_code = code;
	snprintf(r->bad_detail, sizeof(r->bad_detail), "%s", detail);
}

static void take_member(HashTable *root, const char *key, zval *out)
{
	zval *v = zend_hash_str_find(root, key, strlen(key));

	if (v) {
		ZVAL_COPY(out, v);
	} else {
		ZVAL_NULL(out);
	}
}

/* The error code or description as text: a string as it is, another scalar as PHP prints it. */
static zend_string *as_text(zval *v)
{
	if (Z_TYPE_P(v) == IS_ARRAY) {
		return zend_string_init("(array)", sizeof("(array)") - 1, 0);
	}
	return zval_get_string(v);
}

void b24im_reply_parse(b24im_reply *r, struct json_tokener *tok, const char *body, size_t len)
{
	zval root, *v;
	const char *why = NULL;

	memset(r, 0, sizeof(*r));
	ZVAL_NULL(&r->result);
	ZVAL_NULL(&r->time);
	ZVAL_NULL(&r->total);
	ZVAL_NULL(&r->next);

	if (len == 0) {
		set_bad(r, "EMPTY_REPLY", "the portal sent an empty reply");
		return;
	}
	if (decode(tok, body, len, &root, &why) == FAILURE) {
		set_bad(r, "INVALID_JSON", why);
		return;
	}
	if (Z_TYPE(root) != IS_ARRAY) {
		set_bad(r, "UNEXPECTED_REPLY", "the reply is neither a result nor an error");
		zval_ptr_dtor(&root);
		return;
	}
	v = zend_hash_str_find(Z_ARRVAL(root), "error", sizeof("error") - 1);
	if (v && Z_TYPE_P(v) != IS_NULL) {
		zval *d = zend_hash_str_find(Z_ARRVAL(root), "error_description", sizeof("error_description") - 1);

		r->kind = B24IM_REPLY_ERROR;
		r->error = as_text(v);
		r->description = d && Z_TYPE_P(d) != IS_NULL ? as_text(d) : ZSTR_EMPTY_ALLOC();
		take_member(Z_ARRVAL(root), "time", &r->time);
	} else if ((v = zend_hash_str_find(Z_ARRVAL(root), "result", sizeof("result") - 1)) != NULL) {
		r->kind = B24IM_REPLY_RESULT;
		ZVAL_COPY(&r->result, v);
		take_member(Z_ARRVAL(root), "time", &r->time);
		take_member(Z_ARRVAL(root), "total", &r->total);
		take_member(Z_ARRVAL(root), "next", &r->next);
	} else {
		set_bad(r, "UNEXPECTED_REPLY", "the reply is neither a result nor an error");
	}
	zval_ptr_dtor(&root);
}

void b24im_reply_dtor(b24im_reply *r)
{
	zval_ptr_dtor(&r->result);
	zval_ptr_dtor(&r->time);
	zval_ptr_dtor(&r->total);
	zval_ptr_dtor(&r->next);
	if (r->error) {
		zend_string_release(r->error);
	}
	if (r->description) {
		zend_string_release(r->description);
	}
	memset(r, 0, sizeof(*r));
}
