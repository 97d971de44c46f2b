/* b24im batch: encodes each command as "method?query", splits them into chunks of 50, refuses references across chunks, merges parts. */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/standard/url.h"

#include "b24im_batch.h"
#include "b24im_call.h"
#include "b24im_request.h"
#include "b24im_errors.h"

typedef struct {
	zend_string *key;   /* the command's id: a string key ... */
	zend_ulong index;   /* ... or an integer one (key NULL) */
	zend_string *cmd;   /* "method" or "method?query" */
} command;

static const char *const parts[][2] = {
	{ "result", "result" }, { "result_error", "error" }, { "result_total", "total" },
	{ "result_next", "next" }, { "result_time", "time" }
};
#define PARTS (sizeof(parts) / sizeof(parts[0]))

static zend_string *id_text(const command *c)
{
	return c->key ? zend_string_copy(c->key) : zend_long_to_str((zend_long) c->index);
}

static zend_string *encode_params(HashTable *params)
{
	smart_str out = {0};

	b24im_request_encode(&out, params);
	smart_str_0(&out);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

/* Turns one command into "method?query"; a ValueError naming it where its shape or method is wrong. */
static zend_string *to_cmd(zval *value, const command *c, uint32_t arg_num)
{
	zend_string *id = id_text(c), *cmd = NULL;
	const char *method;
	size_t method_len;
	HashTable *params = NULL;

	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) == IS_STRING) {
		const char *q = memchr(Z_STRVAL_P(value), '?', Z_STRLEN_P(value));
		method = Z_STRVAL_P(value);
		method_len = q ? (size_t) (q - method) : Z_STRLEN_P(value);
		if (b24im_valid_method(method, method_len)) {
			cmd = zend_string_copy(Z_STR_P(value));
		}
	} else if (Z_TYPE_P(value) == IS_ARRAY) {
		HashTable *ht = Z_ARRVAL_P(value);
		zval *m = zend_hash_index_find_deref(ht, 0), *p = zend_hash_index_find_deref(ht, 1);
		uint32_t n = zend_hash_num_elements(ht);

		if (m && Z_TYPE_P(m) == IS_STRING && b24im_valid_method(Z_STRVAL_P(m), Z_STRLEN_P(m))
			&& (n == 1 || (n == 2 && p && Z_TYPE_P(p) == IS_ARRAY))) {
			params = p ? Z_ARRVAL_P(p) : NULL;
			if (params && zend_hash_num_elements(params)) {
				zend_string *query = encode_params(params);
				cmd = zend_string_concat3(Z_STRVAL_P(m), Z_STRLEN_P(m), "?", 1, ZSTR_VAL(query), ZSTR_LEN(query));
				zend_string_release(query);
			} else {
				cmd = zend_string_copy(Z_STR_P(m));
			}
		}
	}
	if (!cmd) {
		zend_argument_value_error(arg_num, "command \"%s\" must be [method, params] or \"method?query\", with a method name "
			"of ASCII letters, digits, \".\" and \"_\"", ZSTR_VAL(id));
	}
	zend_string_release(id);
	return cmd;
}

/* The position of the command with this id, or -1. ids maps each command's id, as text, to its position:
 * built once per batch, so that checking every reference costs one lookup, not a scan of every command. */
static zend_long find_command(HashTable *ids, const char *id, size_t id_len)
{
	zval *at = zend_hash_str_find(ids, id, id_len);

	return at ? Z_LVAL_P(at) : -1;
}

static void map_ids(HashTable *ids, const command *cmds, uint32_t n)
{
	zend_hash_init(ids, n, NULL, NULL, 0);
	for (uint32_t i = 0; i < n; i++) {
		zend_string *text = id_text(&cmds[i]);
		zval at;

		ZVAL_LONG(&at, (zend_long) i);
		/* plain keys, not symtable ones: a reference names the id as text, and "5" and 5 are one id */
		zend_hash_add(ids, text, &at);
		zend_string_release(text);
	}
}

/* The portal resolves $result[id] within one batch request only: refuse a reference into an earlier chunk. */
static zend_result check_references(const command *cmds, HashTable *ids, uint32_t i, uint32_t arg_num)
{
	zend_string *decoded = zend_string_dup(cmds[i].cmd, 0);
	const char *p, *end;
	zend_result result = SUCCESS;

	ZSTR_LEN(decoded) = php_url_decode(ZSTR_VAL(decoded), ZSTR_LEN(decoded));
	p = ZSTR_VAL(decoded);
	end = p + ZSTR_LEN(decoded);
	while ((p = zend_memnstr(p, "$result[", sizeof("$result[") - 1, end)) != NULL) {
		const char *id = p + sizeof("$result[") - 1;
		const char *close = memchr(id, ']', (size_t) (end - id));
		zend_long at;

		if (!close) {
			break;
		}
		at = find_command(ids, id, (size_t) (close - id));
		if (at >= 0 && (uint32_t) at / B24IM_BATCH_MAX != i / B24IM_BATCH_MAX) {
			zend_string *from = id_text(&cmds[i]);
			zend_argument_value_error(arg_num, "command \"%s\" refers to $result[%.*s], which goes in another batch "
				"request (a batch request holds %d commands): reorder the commands or split the batch yourself",
				ZSTR_VAL(from), (int) (close - id), id, B24IM_BATCH_MAX);
			zend_string_release(from);
			result = FAILURE;
			break;
		}
		p = close;
	}
	zend_string_release(decoded);
	return result;
}

static void merge_part(zval *into, zval *reply, const char *name)
{
	zval *part = zend_hash_str_find(Z_ARRVAL_P(reply), name, strlen(name));
	zend_string *key;
	zend_ulong index;
	zval *value;

	if (!part || Z_TYPE_P(part) != IS_ARRAY) {
		return;
	}
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(part), index, key, value) {
		Z_TRY_ADDREF_P(value);
		if (key) {
			zend_symtable_update(Z_ARRVAL_P(into), key, value);
		} else {
			zend_hash_index_update(Z_ARRVAL_P(into), index, value);
		}
	} ZEND_HASH_FOREACH_END();
}

static bool has_errors(zval *reply)
{
	zval *errors = zend_hash_str_find(Z_ARRVAL_P(reply), "result_error", sizeof("result_error") - 1);

	return errors && Z_TYPE_P(errors) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(errors)) > 0;
}

zend_result b24im_batch(b24im_session *s, HashTable *commands, bool halt, uint32_t arg_num, zval *return_value)
{
	uint32_t n = zend_hash_num_elements(commands), i = 0;
	command *cmds = n ? ecalloc(n, sizeof(command)) : NULL;
	zval out[PARTS];
	zend_string *key;
	zend_ulong index;
	zval *value;
	zend_result result = FAILURE;

	for (size_t p = 0; p < PARTS; p++) {
		array_init(&out[p]);
	}
	ZEND_HASH_FOREACH_KEY_VAL(commands, index, key, value) {
		cmds[i].key = key ? zend_string_copy(key) : NULL;
		cmds[i].index = index;
		cmds[i].cmd = to_cmd(value, &cmds[i], arg_num);
		if (!cmds[i++].cmd) {
			goto cleanup;
		}
	} ZEND_HASH_FOREACH_END();
	if (n > B24IM_BATCH_MAX) { /* one request: every reference stays in it */
		HashTable ids;
		zend_result checked = SUCCESS;

		map_ids(&ids, cmds, n);
		for (i = 0; i < n && checked == SUCCESS; i++) {
			/* most commands refer to nothing: no copy to decode */
			if (memchr(ZSTR_VAL(cmds[i].cmd), '$', ZSTR_LEN(cmds[i].cmd)) || memchr(ZSTR_VAL(cmds[i].cmd), '%', ZSTR_LEN(cmds[i].cmd))) {
				checked = check_references(cmds, &ids, i, arg_num);
			}
		}
		zend_hash_destroy(&ids);
		if (checked == FAILURE) {
			goto cleanup;
		}
	}

	for (uint32_t start = 0; start < n; start += B24IM_BATCH_MAX) {
		HashTable params;
		zval cmd, zhalt, reply;
		zend_result rc;

		array_init_size(&cmd, B24IM_BATCH_MAX);
		for (i = start; i < n && i < start + B24IM_BATCH_MAX; i++) {
			zval c;
			ZVAL_STR_COPY(&c, cmds[i].cmd);
			if (cmds[i].key) {
				zend_hash_update(Z_ARRVAL(cmd), cmds[i].key, &c);
			} else {
				zend_hash_index_update(Z_ARRVAL(cmd), cmds[i].index, &c);
			}
		}
		zend_hash_init(&params, 2, NULL, ZVAL_PTR_DTOR, 0);
		ZVAL_LONG(&zhalt, halt ? 1 : 0);
		zend_hash_str_add_new(&params, "halt", sizeof("halt") - 1, &zhalt);
		zend_hash_str_add_new(&params, "cmd", sizeof("cmd") - 1, &cmd);
		rc = b24im_call(s, "batch", sizeof("batch") - 1, &params, &reply);
		zend_hash_destroy(&params);
		if (rc == FAILURE) {
			goto cleanup;
		}
		if (Z_TYPE(reply) != IS_ARRAY) {
			b24im_secrets secrets;
			b24im_session_secrets(s, &secrets);
			zval_ptr_dtor(&reply);
			b24im_throw(B24IM_ERR_TRANSPORT, "batch", "UNEXPECTED_REPLY", ZEND_STRL("the batch result is not an object"),
				b24im_last_http_status(s->last_response), &secrets);
			goto cleanup;
		}
		for (size_t p = 0; p < PARTS; p++) {
			merge_part(&out[p], &reply, parts[p][0]);
		}
		bool stop = halt && has_errors(&reply);
		zval_ptr_dtor(&reply);
		if (stop) {
			break;
		}
	}

	array_init_size(return_value, PARTS);
	for (size_t p = 0; p < PARTS; p++) {
		zend_hash_str_add_new(Z_ARRVAL_P(return_value), parts[p][1], strlen(parts[p][1]), &out[p]);
		ZVAL_UNDEF(&out[p]);
	}
	result = SUCCESS;

cleanup:
	for (size_t p = 0; p < PARTS; p++) {
		zval_ptr_dtor(&out[p]);
	}
	for (i = 0; i < n; i++) {
		if (cmds[i].key) {
			zend_string_release(cmds[i].key);
		}
		if (cmds[i].cmd) {
			zend_string_release(cmds[i].cmd);
		}
	}
	if (cmds) {
		efree(cmds);
	}
	return result;
}
