/* b24im list: the paging plan of b24_list (one counted page, then batches of ID-chained or start-paged sub-calls), each page checked before it is kept, and the cursor. */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/standard/sha1.h"
#include "ext/standard/md5.h"

#include "b24im_list.h"
#include "b24im_batch.h"
#include "b24im_call.h"
#include "b24im_request.h"
#include "b24im_errors.h"

typedef enum { ORDER_MAP, ORDER_SORT } order_style; /* order={ID: ASC}, or user.get's sort=ID&order=ASC */

/* The list methods known to take a ">ID" filter and an order by ID (the REST docs); others need
 * $options['strategy'] = 'keyset'. id: the field as filter and order spell it; filter: the parameter's name. */
static const struct {
	const char *method;
	const char *id;
	const char *filter;
	order_style order;
} known[] = {
	{ "crm.lead.list", "ID", "filter", ORDER_MAP },
	{ "crm.deal.list", "ID", "filter", ORDER_MAP },
	{ "crm.contact.list", "ID", "filter", ORDER_MAP },
	{ "crm.company.list", "ID", "filter", ORDER_MAP },
	{ "crm.quote.list", "ID", "filter", ORDER_MAP },
	{ "crm.invoice.list", "ID", "filter", ORDER_MAP },
	{ "crm.activity.list", "ID", "filter", ORDER_MAP },
	{ "crm.requisite.list", "ID", "filter", ORDER_MAP },
	{ "crm.product.list", "ID", "filter", ORDER_MAP },
	{ "crm.productrow.list", "ID", "filter", ORDER_MAP },
	{ "crm.timeline.comment.list", "ID", "filter", ORDER_MAP },
	{ "crm.item.list", "id", "filter", ORDER_MAP },       /* {"items": [...]}, lowercase id */
	{ "tasks.task.list", "ID", "filter", ORDER_MAP },     /* {"tasks": [...]}, records spell it "id" */
	{ "user.get", "ID", "FILTER", ORDER_SORT },
};

#define CURSOR_MAC_HEX 16

static zval *find_ci(HashTable *ht, const char *name, zend_string **key_out)
{
	zend_string *key;
	zval *v;

	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, v) {
		if (key && zend_binary_strcasecmp(ZSTR_VAL(key), ZSTR_LEN(key), name, strlen(name)) == 0) {
			if (key_out) {
				*key_out = key;
			}
			return v;
		}
	} ZEND_HASH_FOREACH_END();
	return NULL;
}

static bool is_ci(const zval *v, const char *text)
{
	return Z_TYPE_P(v) == IS_STRING && zend_binary_strcasecmp(Z_STRVAL_P(v), Z_STRLEN_P(v), text, strlen(text)) == 0;
}

/* A key fit for a one-line message: printable ASCII, at most 32 characters. */
static void append_key(smart_str *out, zend_string *key, zend_ulong index)
{
	if (!key) {
		smart_str_append_unsigned(out, index);
		return;
	}
	for (size_t i = 0; i < ZSTR_LEN(key) && i < 32; i++) {
		unsigned char c = (unsigned char) ZSTR_VAL(key)[i];
		smart_str_appendc(out, c >= 0x20 && c < 0x7f && c != '"' ? (char) c : '?');
	}
	if (ZSTR_LEN(key) > 32) {
		smart_str_appends(out, "...");
	}
}

/* "keys: a, b, c" (at most 6), or "no keys". */
static zend_string *describe_keys(zval *result, bool lists_only)
{
	smart_str out = {0};
	zend_string *key;
	zend_ulong index;
	zval *v;
	int n = 0;

	if (Z_TYPE_P(result) == IS_ARRAY) {
		ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(result), index, key, v) {
			ZVAL_DEREF(v);
			if (lists_only && (Z_TYPE_P(v) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(v)))) {
				continue;
			}
			if (n == 6) {
				smart_str_appends(&out, ", ...");
				break;
			}
			smart_str_appends(&out, n++ ? ", " : "keys: ");
			append_key(&out, key, index);
		} ZEND_HASH_FOREACH_END();
	}
	if (!n) {
		smart_str_appends(&out, "no keys");
	}
	smart_str_0(&out);
	return out.s;
}


zval *b24im_list_find_records(zval *result, const zend_string *key, bool key_known, const char *method,
	const b24im_secrets *secrets, zend_string **found)
{
	zend_string *k, *keys, *candidate_key = NULL;
	zend_ulong index, candidate_index = 0;
	zval *v, *candidate = NULL;
	int candidates = 0;

	if (found) {
		*found = NULL;
	}
	ZVAL_DEREF(result);
	if (Z_TYPE_P(result) != IS_ARRAY) {
		b24im_throw_config_masked(method, "LIST_NO_RECORDS", secrets, "the result is %s, not a list of records", zend_zval_type_name(result));
		return NULL;
	}
	/* an empty result is an empty list, whatever the key: JSON's {} and [] decode alike */
	if (zend_hash_num_elements(Z_ARRVAL_P(result)) == 0) {
		return result;
	}
	if (key_known && key) {
		v = zend_symtable_find(Z_ARRVAL_P(result), (zend_string *) key);
		if (v) {
			ZVAL_DEREF(v);
			if (Z_TYPE_P(v) == IS_ARRAY && zend_array_is_list(Z_ARRVAL_P(v))) {
				return v;
			}
		}
		smart_str shown = {0};
		append_key(&shown, (zend_string *) key, 0);
		smart_str_0(&shown);
		keys = describe_keys(result, false);
		b24im_throw_config_masked(method, "LIST_KEY_MISSING", secrets, "the result holds no list of records under the key \"%s\" (%s)",
			ZSTR_VAL(shown.s), ZSTR_VAL(keys));
		zend_string_release(keys);
		smart_str_free(&shown);
		return NULL;
	}
	if (zend_array_is_list(Z_ARRVAL_P(result))) {
		return result;
	}
	if (key_known) { /* the first page was a list: the rest must be too */
		keys = describe_keys(result, false);
		b24im_throw_config_masked(method, "LIST_NO_RECORDS", secrets, "the result is not a list of records (%s)", ZSTR_VAL(keys));
		zend_string_release(keys);
		return NULL;
	}
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(result), index, k, v) {
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) == IS_ARRAY && zend_array_is_list(Z_ARRVAL_P(v))) {
			candidates++;
			candidate = v;
			candidate_key = k;
			candidate_index = index;
		}
	} ZEND_HASH_FOREACH_END();
	if (candidates == 1) {
		if (found) {
			*found = candidate_key ? zend_string_copy(candidate_key) : zend_ulong_to_str(candidate_index);
		}
		return candidate;
	}
	keys = describe_keys(result, candidates > 1);
	if (candidates > 1) {
		b24im_throw_config_masked(method, "LIST_KEY_AMBIGUOUS", secrets, "the result holds several lists (%s): name the records' key "
			"in $options['key']", ZSTR_VAL(keys));
	} else {
		b24im_throw_config_masked(method, "LIST_NO_RECORDS", secrets, "the result holds no list of records (%s)", ZSTR_VAL(keys));
	}
	zend_string_release(keys);
	return NULL;
}

bool b24im_list_record_id(zval *record, const char *key, zend_long *id, zend_string **key_out)
{
	size_t len = strlen(key);
	char other[16];
	zval *v;

	ZVAL_DEREF(record);
	if (Z_TYPE_P(record) != IS_ARRAY || len >= sizeof(other)) {
		return false;
	}
	v = zend_hash_str_find(Z_ARRVAL_P(record), key, len);
	if (!v) {
		/* tasks.task.list filters by "ID" and names it "id" in its records */
		for (size_t i = 0; i <= len; i++) {
			char c = key[i];
			other[i] = (c >= 'a' && c <= 'z') ? (char) (c - 32) : (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
		}
		v = zend_hash_str_find(Z_ARRVAL_P(record), other, len);
		key = other;
	}
	if (!v) {
		return false;
	}
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_LONG) {
		if (Z_LVAL_P(v) <= 0) {
			return false;
		}
		*id = Z_LVAL_P(v);
	} else if (Z_TYPE_P(v) == IS_STRING) {
		const char *s = Z_STRVAL_P(v);
		size_t n = Z_STRLEN_P(v);
		zend_long value = 0;

		if (n == 0 || n > 18) {
			return false;
		}
		for (size_t i = 0; i < n; i++) {
			if (s[i] < '0' || s[i] > '9') {
				return false;
			}
			value = value * 10 + (s[i] - '0');
		}
		if (value <= 0) {
			return false;
		}
		*id = value;
	} else {
		return false;
	}
	if (key_out) {
		*key_out = zend_string_init(key, len, 0);
	}
	return true;
}

/* --- the cursor: "<k|o><position>.<mac>", the mac a hash of the list's binding and the position --- */

static void sha1_hex(const char *data, size_t len, char out[41])
{
	PHP_SHA1_CTX ctx;
	unsigned char digest[20];

	PHP_SHA1Init(&ctx);
	PHP_SHA1Update(&ctx, (const unsigned char *) data, len);
	PHP_SHA1Final(digest, &ctx);
	make_digest_ex(out, digest, 20);
}

static zend_string *cursor_make(const b24im_list *l, zend_long position)
{
	char letter = l->strategy == B24IM_LIST_KEYSET ? 'k' : 'o';
	zend_string *body = strpprintf(0, "%c" ZEND_LONG_FMT, letter, position);
	zend_string *signed_text = strpprintf(0, "%s:%s", l->binding, ZSTR_VAL(body));
	char mac[41];
	zend_string *cursor;

	sha1_hex(ZSTR_VAL(signed_text), ZSTR_LEN(signed_text), mac);
	cursor = strpprintf(0, "%s.%.*s", ZSTR_VAL(body), CURSOR_MAC_HEX, mac);
	zend_string_release(body);
	zend_string_release(signed_text);
	return cursor;
}

/* The position in a cursor of this list, or FAILURE (without an exception). */
static zend_result cursor_read(const b24im_list *l, const zend_string *cursor, zend_long *position)
{
	const char *s = ZSTR_VAL(cursor), *dot;
	size_t len = ZSTR_LEN(cursor), digits;
	zend_long value = 0;
	zend_string *again;
	zend_result rc;

	if (len < 3 || len > 64 || s[0] != (l->strategy == B24IM_LIST_KEYSET ? 'k' : 'o')
		|| !(dot = memchr(s, '.', len)) || (digits = (size_t) (dot - s - 1)) == 0 || digits > 18
		|| (digits > 1 && s[1] == '0')) {
		return FAILURE;
	}
	for (size_t i = 1; i <= digits; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return FAILURE;
		}
		value = value * 10 + (s[i] - '0');
	}
	again = cursor_make(l, value);
	rc = zend_string_equals(again, cursor) ? SUCCESS : FAILURE;
	zend_string_release(again);
	*position = value;
	return rc;
}

zend_string *b24im_list_cursor(const b24im_list *l, zend_long i)
{
	zval *record;
	zend_long id;

	if (i < 0 || (record = zend_hash_index_find(Z_ARRVAL(l->records), (zend_ulong) i)) == NULL) {
		return l->from_set ? cursor_make(l, l->from) : NULL;
	}
	if (l->strategy == B24IM_LIST_OFFSET) {
		return cursor_make(l, l->from + i + 1);
	}
	if (!b24im_list_record_id(record, l->id_key ? ZSTR_VAL(l->id_key) : l->id_field, &id, NULL)) {
		return NULL; /* not reached: a kept keyset page has every ID */
	}
	return cursor_make(l, id);
}

/* --- set-up --- */

static const char *const option_names[] = { "key", "cursor", "strategy" };

static zend_result read_options(HashTable *options, uint32_t arg, zend_string **key, zend_string **cursor,
	zend_string **strategy)
{
	zend_string *name;
	zend_ulong index;
	zval *v;

	if (!options) {
		return SUCCESS;
	}
	ZEND_HASH_FOREACH_KEY_VAL(options, index, name, v) {
		size_t which;
		ZVAL_DEREF(v);
		for (which = 0; which < sizeof(option_names) / sizeof(option_names[0]); which++) {
			if (name && zend_string_equals_cstr(name, option_names[which], strlen(option_names[which]))) {
				break;
			}
		}
		if (which == sizeof(option_names) / sizeof(option_names[0])) {
			if (name) {
				smart_str shown = {0};
				append_key(&shown, name, 0);
				smart_str_0(&shown);
				zend_argument_value_error(arg, "holds an unknown option \"%s\" (options: key, cursor, strategy)", ZSTR_VAL(shown.s));
				smart_str_free(&shown);
			} else {
				zend_argument_value_error(arg, "holds an unknown option " ZEND_ULONG_FMT " (options: key, cursor, strategy)", index);
			}
			return FAILURE;
		}
		if (Z_TYPE_P(v) == IS_NULL) {
			continue;
		}
		if (Z_TYPE_P(v) != IS_STRING) {
			zend_argument_type_error(arg, "[\"%s\"] must be of type ?string, %s given", option_names[which], zend_zval_type_name(v));
			return FAILURE;
		}
		if (which == 0) {
			if (Z_STRLEN_P(v) == 0) {
				zend_argument_value_error(arg, "[\"key\"] must not be empty");
				return FAILURE;
			}
			*key = Z_STR_P(v);
		} else if (which == 1) {
			*cursor = Z_STR_P(v);
		} else {
			if (!zend_string_equals_literal(Z_STR_P(v), "keyset") && !zend_string_equals_literal(Z_STR_P(v), "offset")) {
				zend_argument_value_error(arg, "[\"strategy\"] must be \"keyset\", \"offset\" or null");
				return FAILURE;
			}
			*strategy = Z_STR_P(v);
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* Whether the caller's order is absent or by the ID ascending; for ORDER_MAP fills in the order where absent. */
static bool order_by_id(HashTable *base, const char *id, order_style style)
{
	zval *order = find_ci(base, "order", NULL), *sort, *dir, value;
	zend_string *k;

	if (style == ORDER_SORT) {
		sort = find_ci(base, "sort", NULL);
		if ((sort && !is_ci(sort, id)) || (order && !is_ci(order, "ASC"))) {
			return false;
		}
		if (!sort) {
			ZVAL_STRING(&value, id);
			zend_hash_str_update(base, "sort", sizeof("sort") - 1, &value);
		}
		if (!order) {
			ZVAL_STRING(&value, "ASC");
			zend_hash_str_update(base, "order", sizeof("order") - 1, &value);
		}
		return true;
	}
	if (!order) {
		zval by;
		array_init(&by);
		add_assoc_string(&by, id, "ASC");
		zend_hash_str_update(base, "order", sizeof("order") - 1, &by);
		return true;
	}
	ZVAL_DEREF(order);
	if (Z_TYPE_P(order) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(order)) != 1) {
		return false;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(order), k, dir) {
		ZVAL_DEREF(dir);
		return k && zend_binary_strcasecmp(ZSTR_VAL(k), ZSTR_LEN(k), id, strlen(id)) == 0 && is_ci(dir, "ASC");
	} ZEND_HASH_FOREACH_END();
	return false;
}

/* A select without the ID gets it: the chain needs every record's ID. */
static void select_id(HashTable *base, const char *id)
{
	zend_string *k = NULL;
	zval *select = find_ci(base, "select", &k), *f, value;

	if (!select) {
		return;
	}
	ZVAL_DEREF(select);
	if (Z_TYPE_P(select) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(select)) == 0) {
		return;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(select), f) {
		ZVAL_DEREF(f);
		if (is_ci(f, id) || is_ci(f, "*")) {
			return;
		}
	} ZEND_HASH_FOREACH_END();
	SEPARATE_ARRAY(select);
	ZVAL_STRING(&value, id);
	zend_hash_next_index_insert(Z_ARRVAL_P(select), &value);
}

static bool method_is(const zend_string *method, const char *name)
{
	size_t len = ZSTR_LEN(method);

	if (len > 5 && zend_binary_strcasecmp(ZSTR_VAL(method) + len - 5, 5, ".json", 5) == 0) {
		len -= 5;
	}
	return zend_binary_strcasecmp(ZSTR_VAL(method), len, name, strlen(name)) == 0;
}

zend_result b24im_list_init(b24im_list *l, const zend_string *method, HashTable *params, HashTable *options,
	const b24im_endpoint *ep, uint32_t params_arg, uint32_t options_arg)
{
	zend_string *key = NULL, *cursor = NULL, *strategy = NULL, *filter_key = NULL;
	const char *id = "ID", *filter_name = "filter";
	order_style style = ORDER_MAP;
	bool known_method = false;
	zval *filter;
	smart_str bind = {0};

	memset(l, 0, sizeof(*l));
	ZVAL_UNDEF(&l->base);
	ZVAL_UNDEF(&l->filter);
	array_init(&l->records);
	l->method = zend_string_copy((zend_string *) method);
	l->total = -1;

	if (read_options(options, options_arg, &key, &cursor, &strategy) == FAILURE) {
		return FAILURE;
	}
	if (params && find_ci(params, "start", NULL)) {
		zend_argument_value_error(params_arg, "must not hold \"start\": the list pages itself (resume with $options['cursor'])");
		return FAILURE;
	}
	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		if (method_is(method, known[i].method)) {
			id = known[i].id;
			filter_name = known[i].filter;
			style = known[i].order;
			known_method = true;
			break;
		}
	}
	if (params) {
		ZVAL_ARR(&l->base, zend_array_dup(params));
	} else {
		array_init(&l->base);
	}
	filter = find_ci(Z_ARRVAL(l->base), filter_name, &filter_key);
	if (filter) {
		ZVAL_DEREF(filter);
	}
	l->strategy = B24IM_LIST_OFFSET;
	if (!strategy || zend_string_equals_literal(strategy, "keyset")) {
		bool by_id = order_by_id(Z_ARRVAL(l->base), id, style);
		bool filterable = !filter || Z_TYPE_P(filter) == IS_ARRAY;

		if (strategy && !(by_id && filterable)) {
			zend_argument_value_error(options_arg, "[\"strategy\"] is \"keyset\", but $params %s",
				by_id ? "holds a filter that is not an array" : "orders by something else than ID ascending");
			return FAILURE;
		}
		if ((known_method || strategy) && by_id && filterable) {
			l->strategy = B24IM_LIST_KEYSET;
		} else if (params) { /* undo the order filled in: offset pages as the caller asked */
			zval_ptr_dtor(&l->base);
			ZVAL_ARR(&l->base, zend_array_dup(params));
		} else {
			zend_hash_clean(Z_ARRVAL(l->base));
		}
	}
	if (l->strategy == B24IM_LIST_KEYSET) {
		l->id_field = id;
		select_id(Z_ARRVAL(l->base), id);
		filter = find_ci(Z_ARRVAL(l->base), filter_name, &filter_key);
		if (filter) {
			ZVAL_COPY_DEREF(&l->filter, filter);
			l->filter_key = zend_string_copy(filter_key);
			zend_hash_del(Z_ARRVAL(l->base), filter_key);
		} else {
			l->filter_key = zend_string_init(filter_name, strlen(filter_name), 0);
		}
	}
	if (key) {
		l->key = zend_string_copy(key);
		l->key_known = true;
	}

	/* what a cursor belongs to: the method, the portal (never its secret), the params, the key, the strategy */
	smart_str_appends(&bind, "b24im-list-1\n");
	for (size_t i = 0; i < ZSTR_LEN(method); i++) {
		smart_str_appendc(&bind, zend_tolower_ascii(ZSTR_VAL(method)[i]));
	}
	smart_str_appendc(&bind, '\n');
	if (ep && ep->portal) {
		smart_str_append(&bind, ep->portal);
	}
	smart_str_appends(&bind, l->strategy == B24IM_LIST_KEYSET ? "\nkeyset\n" : "\noffset\n");
	if (key) {
		smart_str_append(&bind, key);
	}
	smart_str_appendc(&bind, '\n');
	if (params) {
		b24im_request_encode(&bind, params);
	}
	smart_str_0(&bind);
	sha1_hex(ZSTR_VAL(bind.s), ZSTR_LEN(bind.s), l->binding);
	smart_str_free(&bind);

	if (cursor) {
		zend_long position;
		if (cursor_read(l, cursor, &position) == FAILURE) {
			zend_argument_value_error(options_arg, "[\"cursor\"] is not a cursor of this list: it comes from another method, "
				"portal, filter, order, select or key, or was altered");
			return FAILURE;
		}
		l->from = position;
		l->from_set = true;
		l->next_start = l->strategy == B24IM_LIST_OFFSET ? position : 0;
	}
	return SUCCESS;
}

void b24im_list_dtor(b24im_list *l)
{
	if (l->method) {
		zend_string_release(l->method);
	}
	if (l->filter_key) {
		zend_string_release(l->filter_key);
	}
	if (l->id_key) {
		zend_string_release(l->id_key);
	}
	if (l->key) {
		zend_string_release(l->key);
	}
	zval_ptr_dtor(&l->base);
	zval_ptr_dtor(&l->filter);
	zval_ptr_dtor(&l->records);
	memset(l, 0, sizeof(*l));
	ZVAL_UNDEF(&l->base);
	ZVAL_UNDEF(&l->filter);
	ZVAL_UNDEF(&l->records);
}

/* --- the requests --- */

/* The params of one page: the base, start, and for keyset the caller's filter with ">ID" set to after. */
static void page_params(const b24im_list *l, zval *out, zend_long start, const zval *after)
{
	ZVAL_ARR(out, zend_array_dup(Z_ARRVAL(l->base)));
	if (l->strategy == B24IM_LIST_KEYSET) {
		zval filter, v;
		if (Z_TYPE(l->filter) == IS_ARRAY) {
			ZVAL_ARR(&filter, zend_array_dup(Z_ARRVAL(l->filter)));
		} else {
			array_init(&filter);
		}
		if (after) {
			zend_string *gt = zend_string_concat2(">", 1, l->id_field, strlen(l->id_field));
			ZVAL_COPY(&v, after);
			zend_symtable_update(Z_ARRVAL(filter), gt, &v);
			zend_string_release(gt);
		}
		if (zend_hash_num_elements(Z_ARRVAL(filter)) || Z_TYPE(l->filter) == IS_ARRAY) {
			zend_symtable_update(Z_ARRVAL_P(out), l->filter_key, &filter);
		} else {
			zval_ptr_dtor(&filter);
		}
	}
	if (start != 0 || l->strategy == B24IM_LIST_OFFSET) {
		zval v;
		ZVAL_LONG(&v, start);
		zend_hash_str_update(Z_ARRVAL_P(out), "start", sizeof("start") - 1, &v);
	}
}

static zend_long number_of(const zval *v)
{
	if (v && Z_TYPE_P(v) == IS_LONG) {
		return Z_LVAL_P(v);
	}
	if (v && Z_TYPE_P(v) == IS_STRING && is_numeric_string(Z_STRVAL_P(v), Z_STRLEN_P(v), NULL, NULL, false) == IS_LONG) {
		return ZEND_STRTOL(Z_STRVAL_P(v), NULL, 10);
	}
	return -1;
}

/* Checks a keyset page: every record has an ID, each above the one before and the first above *last (where
 * have_last). Sets *last to the page's last ID. */
static bool page_rises(b24im_list *l, HashTable *records, zend_long *last, bool have_last)
{
	zval *record;
	zend_long prev = *last, id;

	ZEND_HASH_FOREACH_VAL(records, record) {
		zend_string *found = NULL;
		if (!b24im_list_record_id(record, l->id_key ? ZSTR_VAL(l->id_key) : l->id_field, &id, l->id_key ? NULL : &found)) {
			return false;
		}
		if (found) {
			l->id_key = found; /* the first record tells how this method's records spell the ID */
		}
		if (have_last && id <= prev) {
			return false;
		}
		prev = id;
		have_last = true;
	} ZEND_HASH_FOREACH_END();
	*last = prev;
	return true;
}

/* Keeps a page's records, the first skip of them left out. */
static void keep(b24im_list *l, HashTable *records, zend_long skip)
{
	zval *record;

	ZEND_HASH_FOREACH_VAL(records, record) {
		if (skip > 0) {
			skip--;
			continue;
		}
		Z_TRY_ADDREF_P(record);
		zend_hash_next_index_insert_new(Z_ARRVAL(l->records), record);
	} ZEND_HASH_FOREACH_END();
}

static void throw_not_ordered(const b24im_list *l)
{
	b24im_throw_config(ZSTR_VAL(l->method), "LIST_NOT_ORDERED", "a page of the list has a record without a positive %s, "
		"or IDs that do not rise: keyset paging needs them (use $options['strategy'] = 'offset')", l->id_field);
}

/* Sub-calls planned after a first page of n records when the table counted total: the pages left, and one
 * probe page more where it fits into the last batch (it sees records added since the count at no extra
 * request). Where it would not fit, total alone ends the list: a record that existed from the count to the
 * end can only move down in ID order (new records get higher IDs), so it is within the first total records. */
static zend_long plan(zend_long total, zend_long n, bool *probe)
{
	zend_long left = total - n, pages = left > 0 ? (left + B24IM_LIST_PAGE - 1) / B24IM_LIST_PAGE : 0;

	*probe = pages % B24IM_BATCH_MAX != 0;
	return pages + (*probe ? 1 : 0);
}

static zend_result first_page(b24im_list *l, b24im_session *s)
{
	zval params, result, after, *records, *total;
	zend_string *found = NULL;
	b24im_secrets secrets;
	zend_result rc;
	zend_long n, skip = 0;

	if (l->strategy == B24IM_LIST_KEYSET && l->from_set) {
		ZVAL_LONG(&after, l->from);
		page_params(l, &params, 0, &after);
	} else {
		/* the portal pages start by 50 (page start / 50 + 1): ask for the page a resumed position is in */
		skip = l->next_start % B24IM_LIST_PAGE;
		l->next_start -= skip;
		page_params(l, &params, l->next_start, NULL);
	}
	rc = b24im_call(s, ZSTR_VAL(l->method), ZSTR_LEN(l->method), Z_ARRVAL(params), &result);
	zval_ptr_dtor(&params);
	l->requests++;
	if (rc == FAILURE) {
		l->next_start += skip; /* as it was: a retry asks the same */
		return FAILURE;
	}
	b24im_session_secrets(s, &secrets);
	records = b24im_list_find_records(&result, l->key, l->key_known, ZSTR_VAL(l->method), &secrets, &found);
	if (!records) {
		zval_ptr_dtor(&result);
		l->next_start += skip;
		return FAILURE;
	}
	if (!l->key_known) {
		l->key = found;
		l->key_known = true;
	}
	n = zend_hash_num_elements(Z_ARRVAL_P(records));
	if (l->strategy == B24IM_LIST_KEYSET) {
		zend_long last = l->from;
		if (!page_rises(l, Z_ARRVAL_P(records), &last, l->from_set)) {
			zval_ptr_dtor(&result);
			throw_not_ordered(l);
			return FAILURE;
		}
		l->next_start = last; /* keyset: the ID the next request continues after */
	} else {
		l->next_start += n;
	}
	total = s->last_response && Z_TYPE_P(s->last_response) == IS_ARRAY
		? zend_hash_str_find(Z_ARRVAL_P(s->last_response), "total", sizeof("total") - 1) : NULL;
	l->total = number_of(total);
	keep(l, Z_ARRVAL_P(records), skip);
	zval_ptr_dtor(&result);
	l->started = true;
	if (l->strategy == B24IM_LIST_KEYSET && l->total >= 0) {
		l->planned = plan(l->total, n, &l->probe);
		l->trusted = true;
	}
	if (n < B24IM_LIST_PAGE || (l->total >= 0 && (l->strategy == B24IM_LIST_OFFSET ? l->next_start >= l->total : l->planned == 0))) {
		l->finished = true;
	}
	return SUCCESS;
}

/* A sub-call's error, thrown as the call would throw it. */
static void throw_sub_error(const b24im_list *l, b24im_session *s, zval *error)
{
	zval *code = NULL, *description = NULL;
	b24im_secrets secrets;

	ZVAL_DEREF(error);
	if (Z_TYPE_P(error) == IS_ARRAY) {
		code = zend_hash_str_find_deref(Z_ARRVAL_P(error), "error", sizeof("error") - 1);
		description = zend_hash_str_find_deref(Z_ARRVAL_P(error), "error_description", sizeof("error_description") - 1);
	}
	b24im_session_secrets(s, &secrets);
	b24im_throw(B24IM_ERR_API, ZSTR_VAL(l->method), code && Z_TYPE_P(code) == IS_STRING ? Z_STRVAL_P(code) : "UNKNOWN_ERROR",
		description && Z_TYPE_P(description) == IS_STRING ? Z_STRVAL_P(description) : "",
		description && Z_TYPE_P(description) == IS_STRING ? Z_STRLEN_P(description) : 0,
		b24im_last_http_status(s->last_response), &secrets);
}

/* Whether a key can go into a $result[...] reference unchanged. */
static bool referable(const zend_string *key)
{
	for (size_t i = 0; i < ZSTR_LEN(key); i++) {
		char c = ZSTR_VAL(key)[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
			return false;
		}
	}
	return ZSTR_LEN(key) > 0;
}

static zend_result next_batch(b24im_list *l, b24im_session *s)
{
	bool keyset = l->strategy == B24IM_LIST_KEYSET;
	zend_long n, kept = 0, last = l->next_start;
	zval commands, out, *results, *errors, *totals;
	zend_result rc = SUCCESS;
	b24im_secrets secrets;

	b24im_session_secrets(s, &secrets);

	if (keyset) {
		n = l->planned > 0 ? MIN(l->planned, 50) : 50;
		if ((l->key && !referable(l->key)) || !l->id_key || !referable(l->id_key)) {
			n = 1; /* no reference can name the previous page's last ID: one page a request */
		}
	} else {
		n = l->total >= 0 ? (l->total - l->next_start + B24IM_LIST_PAGE - 1) / B24IM_LIST_PAGE : 1;
		n = MAX(1, MIN(n, 50));
	}
	array_init_size(&commands, (uint32_t) n);
	for (zend_long k = 0; k < n; k++) {
		zval command, params, after, method;
		zend_string *id = strpprintf(0, "c" ZEND_LONG_FMT, k);

		if (!keyset) {
			page_params(l, &params, l->next_start + k * B24IM_LIST_PAGE, NULL);
		} else if (k == 0) {
			ZVAL_LONG(&after, l->next_start);
			page_params(l, &params, -1, &after);
		} else {
			ZVAL_STR(&after, strpprintf(0, "$result[c" ZEND_LONG_FMT "]%s%s%s[%d][%s]", k - 1, l->key ? "[" : "",
				l->key ? ZSTR_VAL(l->key) : "", l->key ? "]" : "", B24IM_LIST_PAGE - 1, ZSTR_VAL(l->id_key)));
			page_params(l, &params, -1, &after);
			zval_ptr_dtor(&after);
		}
		array_init_size(&command, 2);
		ZVAL_STR_COPY(&method, l->method);
		zend_hash_next_index_insert_new(Z_ARRVAL(command), &method);
		zend_hash_next_index_insert_new(Z_ARRVAL(command), &params);
		zend_hash_update(Z_ARRVAL(commands), id, &command);
		zend_string_release(id);
	}
	rc = b24im_batch(s, Z_ARRVAL(commands), false, 0, &out);
	zval_ptr_dtor(&commands);
	l->requests++;
	if (rc == FAILURE) {
		return FAILURE;
	}
	results = zend_hash_str_find(Z_ARRVAL(out), "result", sizeof("result") - 1);
	errors = zend_hash_str_find(Z_ARRVAL(out), "error", sizeof("error") - 1);
	totals = zend_hash_str_find(Z_ARRVAL(out), "total", sizeof("total") - 1);

	/* Each page in order. A page is kept only where every page before it in this batch was kept and full
	 * (so its reference named a record that exists) and its IDs rise past the last one kept; the first
	 * short page kept ends the list. What follows a page not kept is asked again in the next batch. */
	for (zend_long k = 0; k < n; k++) {
		char id[24];
		size_t id_len = (size_t) snprintf(id, sizeof(id), "c" ZEND_LONG_FMT, k);
		zval *page = zend_hash_str_find(Z_ARRVAL_P(results), id, id_len);
		zval *error = zend_hash_str_find(Z_ARRVAL_P(errors), id, id_len);
		zval *records;
		zend_long count, page_last = last;

		if (error || !page) {
			if (k == 0) {
				if (error) {
					throw_sub_error(l, s, error);
				} else {
					b24im_throw(B24IM_ERR_TRANSPORT, ZSTR_VAL(l->method), "UNEXPECTED_REPLY",
						ZEND_STRL("the batch reply holds neither the page nor an error"), b24im_last_http_status(s->last_response), NULL);
				}
				rc = FAILURE;
			}
			break;
		}
		records = b24im_list_find_records(page, l->key, l->key_known, ZSTR_VAL(l->method), &secrets, NULL);
		if (!records) {
			if (k > 0) {
				zend_clear_exception(); /* asked again, alone, from the last page kept */
			} else {
				rc = FAILURE;
			}
			break;
		}
		if (keyset && !page_rises(l, Z_ARRVAL_P(records), &page_last, true)) {
			if (k == 0) { /* its filter was a number, not a reference: the method does not page by ID */
				throw_not_ordered(l);
				rc = FAILURE;
			}
			break;
		}
		count = zend_hash_num_elements(Z_ARRVAL_P(records));
		keep(l, Z_ARRVAL_P(records), 0);
		kept++;
		if (keyset) {
			last = page_last;
		} else {
			zend_long t = number_of(totals && Z_TYPE_P(totals) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(totals), id, id_len) : NULL);
			l->next_start += count;
			if (t >= 0) {
				l->total = t;
			}
		}
		if (count < B24IM_LIST_PAGE) {
			l->finished = true;
			break;
		}
	}
	zval_ptr_dtor(&out);
	if (rc == FAILURE) {
		zend_hash_clean(Z_ARRVAL(l->records));
		return FAILURE;
	}
	if (keyset) {
		l->next_start = last;
		l->planned = MAX(0, l->planned - kept);
		if (!l->finished && l->trusted && l->planned == 0) {
			/* the plan is done and its last page full: a probe that came back full saw new records, go on
			 * without a plan; without a probe, total said this was all */
			l->finished = !l->probe;
			l->trusted = false;
		}
	} else if (l->total >= 0 && l->next_start >= l->total) {
		l->finished = true;
	}
	return SUCCESS;
}

zend_result b24im_list_fetch(b24im_list *l, b24im_session *s)
{
	zend_long count = zend_hash_num_elements(Z_ARRVAL(l->records));

	/* the chunk before is done: the cursor's "before the chunk" moves past it */
	if (count > 0) {
		if (l->strategy == B24IM_LIST_OFFSET) {
			l->from += count;
		} else {
			zend_long id;
			zval *record = zend_hash_index_find(Z_ARRVAL(l->records), (zend_ulong) count - 1);
			if (record && b24im_list_record_id(record, l->id_key ? ZSTR_VAL(l->id_key) : l->id_field, &id, NULL)) {
				l->from = id;
			}
		}
		l->from_set = true;
	}
	zend_hash_clean(Z_ARRVAL(l->records));
	if (l->finished) {
		return SUCCESS;
	}
	return l->started ? next_batch(l, s) : first_page(l, s);
}
