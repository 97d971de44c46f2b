/* b24im reply: json-c to PHP values with json_decode's semantics, and the Bitrix24 envelope (result / error / time / total / next). */
#include "php.h"
#include "zend_smart_str.h"
#include <json-c/json.h>

#include "b24im_reply.h"

struct json_tokener *b24im_reply_tokener_new(void)
{
	struct json_tokener *tok = json_tokener_new_ex(B24IM_JSON_MAX_DEPTH);

	if (tok) {
		/* strict JSON, valid UTF-8 only, nothing after the value: what json_decode() accepts */
		json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
	}
	return tok;
}

void b24im_reply_tokener_free(struct json_tokener *tok)
{
	if (tok) {
		json_tokener_free(tok);
	}
}

typedef struct {
	bool clamped; /* json-c clamped an integer out of int64 range: its true value is lost */
} convert_ctx;

static void to_zval(struct json_object *o, zval *zv, convert_ctx *ctx)
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
			int64_t v = json_object_get_int64(o);

			if (v == INT64_MAX) {
				uint64_t u = json_object_get_uint64(o);
				if (u == UINT64_MAX) {
					ctx->clamped = true;
				}
				if (u > (uint64_t) ZEND_LONG_MAX) {
					ZVAL_DOUBLE(zv, (double) u);
				} else {
					ZVAL_LONG(zv, (zend_long) u);
				}
				break;
			}
			if (v == INT64_MIN) {
				ctx->clamped = true; /* or exactly INT64_MIN: the second reading tells */
			}
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
				to_zval(json_object_array_get_idx(o, i), &item, ctx);
				zend_hash_next_index_insert_new(Z_ARRVAL_P(zv), &item);
			}
			break;
		}
		case json_type_object: {
			array_init_size(zv, (uint32_t) json_object_object_length(o));
			json_object_object_foreach(o, key, val) {
				zval item;
				to_zval(val, &item, ctx);
				/* "17" becomes the int key 17, as json_decode($body, true) does */
				zend_symtable_str_update(Z_ARRVAL_P(zv), key, strlen(key), &item);
			}
			break;
		}
	}
}

/* Is the integer literal s[0..len) (optional '-', then digits) outside int64? */
static bool int_literal_overflows(const char *s, size_t len)
{
	bool negative = s[0] == '-';
	const char *digits = s + negative;
	size_t n = len - negative;
	const char *limit = negative ? "9223372036854775808" : "9223372036854775807";

	if (n != 19) {
		return n > 19;
	}
	return memcmp(digits, limit, 19) > 0;
}

/* Returns a copy of body where every integer literal outside int64 ends in ".0", so that json-c reads it
 * as a double (json_decode makes such integers floats; json-c would clamp them). Strings are left alone. */
static zend_string *widen_big_integers(const char *body, size_t len)
{
	smart_str out = {0};
	size_t i = 0;
	bool in_string = false;

	while (i < len) {
		char c = body[i];
		if (in_string) {
			smart_str_appendc(&out, c);
			if (c == '\\' && i + 1 < len) {
				smart_str_appendc(&out, body[++i]);
			} else if (c == '"') {
				in_string = false;
			}
			i++;
		} else if (c == '"') {
			in_string = true;
			smart_str_appendc(&out, c);
			i++;
		} else if (c == '-' || (c >= '0' && c <= '9')) {
			size_t start = i++;
			while (i < len && body[i] >= '0' && body[i] <= '9') {
				i++;
			}
			bool fractional = i < len && (body[i] == '.' || body[i] == 'e' || body[i] == 'E');
			smart_str_appendl(&out, body + start, i - start);
			if (!fractional && i - start > 1 && int_literal_overflows(body + start, i - start)) {
				smart_str_appendl(&out, ".0", 2);
			}
		} else {
			smart_str_appendc(&out, c);
			i++;
		}
	}
	smart_str_0(&out);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

static void set_bad(b24im_reply *r, const char *code, const char *detail, const char *body, size_t len)
{
	size_t shown = len < 60 ? len : 60, i;
	char snippet[61];

	for (i = 0; i < shown; i++) {
		unsigned char c = (unsigned char) body[i];
		snippet[i] = (c >= 0x20 && c < 0x7f) ? (char) c : '?';
	}
	snippet[shown] = '\0';
	r->kind = B24IM_REPLY_BAD;
	r->bad_code = code;
	if (shown) {
		snprintf(r->bad_detail, sizeof(r->bad_detail), "%s: \"%s\"%s", detail, snippet, len > shown ? "..." : "");
	} else {
		snprintf(r->bad_detail, sizeof(r->bad_detail), "%s", detail);
	}
}

static int hex_value(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The code unit of a \uXXXX escape at p (p[0] == '\\', p[1] == 'u'), or -1. */
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

/* json-c turns a \uD800 that has no partner into U+FFFD; json_decode() refuses it: so does b24im. */
static bool has_lone_surrogate(const char *body, size_t len)
{
	const char *p = body, *end = body + len;

	while ((p = memchr(p, '\\', (size_t) (end - p))) != NULL) {
		long unit;

		if (end - p < 2) {
			break;
		}
		if (p[1] != 'u') {
			p += 2; /* any other escape, "\\\\" included */
			continue;
		}
		unit = escape_unit(p, end);
		if (unit >= 0xDC00 && unit <= 0xDFFF) {
			return true; /* a low half with no high half before it */
		}
		if (unit >= 0xD800 && unit <= 0xDBFF) {
			long low = (end - p >= 12 && p[6] == '\\' && p[7] == 'u') ? escape_unit(p + 6, end) : -1;
			if (low < 0xDC00 || low > 0xDFFF) {
				return true;
			}
			p += 12;
			continue;
		}
		p += 2;
	}
	return false;
}

/* Parses the whole of body; NULL with a description where it is not JSON, or is JSON null (*why NULL). */
static struct json_object *parse(struct json_tokener *tok, const char *body, size_t len, const char **why)
{
	struct json_object *root;
	enum json_tokener_error err;

	*why = NULL;
	if (memchr(body, '\0', len)) {
		*why = "the reply holds a NUL byte";
		return NULL;
	}
	if (has_lone_surrogate(body, len)) {
		*why = "the reply is not JSON (a lone UTF-16 surrogate in a \\u escape)";
		return NULL;
	}
	json_tokener_reset(tok);
	/* The terminating NUL is passed too: it ends a top-level number, which json-c would otherwise wait on. */
	root = json_tokener_parse_ex(tok, body, (int) len + 1);
	err = json_tokener_get_error(tok);
	if (!root && err == json_tokener_success) {
		return NULL; /* the JSON text null */
	}
	if (!root || err != json_tokener_success) {
		if (root) {
			json_object_put(root);
		}
		*why = err == json_tokener_error_depth ? "the reply is nested deeper than 512 levels"
			: err == json_tokener_continue ? "the reply is not JSON (it ends too early)"
			: "the reply is not JSON";
		return NULL;
	}
	return root;
}

static void member(struct json_object *root, const char *key, zval *out, convert_ctx *ctx)
{
	struct json_object *v;

	if (json_object_object_get_ex(root, key, &v) && v) {
		to_zval(v, out, ctx);
	} else {
		ZVAL_NULL(out);
	}
}

static zend_string *error_text(struct json_object *v)
{
	if (json_object_get_type(v) == json_type_string) {
		return zend_string_init(json_object_get_string(v), (size_t) json_object_get_string_len(v), 0);
	}
	const char *json = json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN);
	return zend_string_init(json, strlen(json), 0);
}

/* Fills r from a parsed root; false where an integer was clamped (r is left empty, to be parsed again). */
static bool fill(b24im_reply *r, struct json_object *root, const char *body, size_t len)
{
	convert_ctx ctx = { false };
	struct json_object *v;

	if (json_object_get_type(root) != json_type_object) {
		set_bad(r, "UNEXPECTED_REPLY", "the reply is neither a result nor an error", body, len);
		return true;
	}
	if (json_object_object_get_ex(root, "error", &v) && v) {
		struct json_object *d;

		r->kind = B24IM_REPLY_ERROR;
		r->error = error_text(v);
		r->description = (json_object_object_get_ex(root, "error_description", &d) && d)
			? error_text(d) : ZSTR_EMPTY_ALLOC();
		member(root, "time", &r->time, &ctx);
		return true;
	}
	if (!json_object_object_get_ex(root, "result", &v)) {
		set_bad(r, "UNEXPECTED_REPLY", "the reply is neither a result nor an error", body, len);
		return true;
	}
	r->kind = B24IM_REPLY_RESULT;
	if (v) {
		to_zval(v, &r->result, &ctx);
	} else {
		ZVAL_NULL(&r->result);
	}
	member(root, "time", &r->time, &ctx);
	member(root, "total", &r->total, &ctx);
	member(root, "next", &r->next, &ctx);
	if (ctx.clamped) {
		zval_ptr_dtor(&r->result);
		zval_ptr_dtor(&r->time);
		zval_ptr_dtor(&r->total);
		zval_ptr_dtor(&r->next);
		ZVAL_NULL(&r->result);
		ZVAL_NULL(&r->time);
		ZVAL_NULL(&r->total);
		ZVAL_NULL(&r->next);
		return false;
	}
	return true;
}

void b24im_reply_parse(b24im_reply *r, struct json_tokener *tok, const char *body, size_t len)
{
	struct json_object *root;
	const char *why = NULL;

	memset(r, 0, sizeof(*r));
	ZVAL_NULL(&r->result);
	ZVAL_NULL(&r->time);
	ZVAL_NULL(&r->total);
	ZVAL_NULL(&r->next);

	if (len == 0) {
		set_bad(r, "EMPTY_REPLY", "the portal sent an empty reply", body, 0);
		return;
	}
	root = parse(tok, body, len, &why);
	if (!root) {
		if (why) {
			set_bad(r, "INVALID_JSON", why, body, len);
		} else {
			set_bad(r, "UNEXPECTED_REPLY", "the reply is neither a result nor an error", body, len);
		}
		return;
	}
	if (!fill(r, root, body, len)) {
		/* Rare: an integer beyond int64. Read it again with such integers marked as floats. */
		zend_string *widened = widen_big_integers(body, len);

		json_object_put(root);
		root = parse(tok, ZSTR_VAL(widened), ZSTR_LEN(widened), &why);
		zend_string_release(widened);
		if (!root) {
			set_bad(r, "INVALID_JSON", why ? why : "the reply is not JSON", body, len);
			return;
		}
		fill(r, root, body, len);
	}
	json_object_put(root);
}

zend_result b24im_reply_decode(struct json_tokener *tok, const char *body, size_t len, zval *out, const char **why)
{
	struct json_object *root;
	convert_ctx ctx = { false };

	ZVAL_NULL(out);
	if (len == 0) {
		*why = "the reply is empty";
		return FAILURE;
	}
	root = parse(tok, body, len, why);
	if (!root) {
		return *why ? FAILURE : SUCCESS; /* JSON null */
	}
	to_zval(root, out, &ctx);
	json_object_put(root);
	if (ctx.clamped) {
		zend_string *widened = widen_big_integers(body, len);

		zval_ptr_dtor(out);
		ZVAL_NULL(out);
		root = parse(tok, ZSTR_VAL(widened), ZSTR_LEN(widened), why);
		zend_string_release(widened);
		if (!root) {
			return FAILURE;
		}
		to_zval(root, out, &ctx);
		json_object_put(root);
	}
	return SUCCESS;
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
