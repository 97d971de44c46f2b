/* b24im iterator: B24im\ListIterator and b24_list(): the Iterator methods over b24im_list, its session (its own, or a client's), and the handlers that refuse clone and serialize. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif
#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "b24im_iterator.h"
#include "b24im_globals.h"
#include "b24im_list.h"
#include "b24im_request.h"

typedef struct {
	b24im_list list;
	b24im_session own;     /* b24_list()'s session */
	b24im_session *s;      /* &own, or the client's; NULL before the list is set up */
	zend_object *client;   /* Client::list(): held so that its session lives as long as this */
	bool has_own;
	bool moved;            /* next() went past the first record: rewind() is refused */
	bool busy;             /* a request is running (a refresh handler may call back in) */
	bool failed;           /* the last request failed: only next() (or rewind() at the start) tries it again */
	uint32_t index;        /* the current record in list.records */
	zend_long key;         /* records before the current one */
	zend_object std;
} list_iterator;

static zend_object_handlers iterator_handlers;
static zend_class_entry *iterator_ce;

static inline list_iterator *iterator_from(zend_object *obj)
{
	return (list_iterator *) ((char *) obj - offsetof(list_iterator, std));
}

static zend_object *iterator_create(zend_class_entry *ce)
{
	list_iterator *it = zend_object_alloc(sizeof(list_iterator), ce);

	zend_object_std_init(&it->std, ce);
	object_properties_init(&it->std, ce);
	it->std.handlers = &iterator_handlers;
	ZVAL_UNDEF(&it->list.base);
	ZVAL_UNDEF(&it->list.filter);
	ZVAL_UNDEF(&it->list.records);
	ZVAL_NULL(&it->own.auth);
	ZVAL_UNDEF(&it->own.handler);
	return &it->std;
}

static void iterator_free(zend_object *obj)
{
	list_iterator *it = iterator_from(obj);

	b24im_list_dtor(&it->list);
	if (it->has_own) {
		b24im_session_dtor(&it->own);
	}
	if (it->client) {
		OBJ_RELEASE(it->client);
	}
	zend_object_std_dtor(obj);
}

static HashTable *iterator_get_gc(zend_object *obj, zval **table, int *n)
{
	list_iterator *it = iterator_from(obj);
	zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();

	if (it->client) {
		zend_get_gc_buffer_add_obj(buffer, it->client);
	}
	if (it->has_own) {
		zend_get_gc_buffer_add_zval(buffer, &it->own.auth);
		zend_get_gc_buffer_add_zval(buffer, &it->own.handler);
	}
	zend_get_gc_buffer_add_zval(buffer, &it->list.records);
	zend_get_gc_buffer_use(buffer, table, n);
	return zend_std_get_properties(obj);
}

void b24im_iterator_init(zend_class_entry *ce)
{
	iterator_ce = ce;
	ce->create_object = iterator_create;
	memcpy(&iterator_handlers, zend_get_std_object_handlers(), sizeof(iterator_handlers));
	iterator_handlers.offset = offsetof(list_iterator, std);
	iterator_handlers.free_obj = iterator_free;
	iterator_handlers.get_gc = iterator_get_gc;
	/* a clone would share the client's session and resend the same requests */
	iterator_handlers.clone_obj = NULL;
}

zend_result b24im_iterator_for_client(zval *return_value, zend_object *client, b24im_session *s,
	zend_string *method, HashTable *params, HashTable *options)
{
	list_iterator *it;

	object_init_ex(return_value, iterator_ce);
	it = iterator_from(Z_OBJ_P(return_value));
	if (b24im_list_init(&it->list, method, params, options, &s->ep, 2, 3) == FAILURE) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
		return FAILURE;
	}
	GC_ADDREF(client);
	it->client = client;
	it->s = s;
	return SUCCESS;
}

PHP_FUNCTION(b24_list)
{
	zend_string *method;
	HashTable *params = NULL, *options = NULL, *auth_array = NULL;
	zend_string *auth_url = NULL;
	b24im_session_args args = { NULL, NULL, 3, NULL, 0, NULL, NULL };
	list_iterator *it;

	ZEND_PARSE_PARAMETERS_START(1, 4)
		Z_PARAM_STR(method)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(params)
		Z_PARAM_ARRAY_HT_OR_STR_OR_NULL(auth_array, auth_url)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (b24im_check_method(method, 1) == FAILURE) {
		RETURN_THROWS();
	}
	args.auth_array = auth_array;
	args.auth_url = auth_url;
	object_init_ex(return_value, iterator_ce);
	it = iterator_from(Z_OBJ_P(return_value));
	it->has_own = true;
	if (b24im_globals_session(&it->own, &args, &B24IM_G(last_response), ZSTR_VAL(method)) == FAILURE
		|| b24im_list_init(&it->list, method, params, options, &it->own.ep, 2, 4) == FAILURE) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
		RETURN_THROWS();
	}
	it->s = &it->own;
}

/* The iterator behind $this, set up; or NULL with an Error (new'd without a list, or called back into
 * from a refresh handler while a request runs). */
static list_iterator *ready(zval *this_ptr)
{
	list_iterator *it = iterator_from(Z_OBJ_P(this_ptr));

	if (!it->s) {
		zend_throw_error(NULL, "B24im\\ListIterator comes from b24_list() or B24im\\Client::list() only");
		return NULL;
	}
	if (it->busy) {
		zend_throw_error(NULL, "B24im\\ListIterator is fetching already: it cannot be used from inside its own request");
		return NULL;
	}
	return it;
}

static uint32_t chunk_count(const list_iterator *it)
{
	return zend_hash_num_elements(Z_ARRVAL(it->list.records));
}

/* Fetches until there is a current record or the list is done: the first chunk on first use, the next one
 * when the current is used up. FAILURE with the exception pending. After a failure only a retry (next(),
 * rewind()) asks again: valid(), current() and key() then report the end without a request. */
static zend_result fill(list_iterator *it, bool retry)
{
	if (it->failed && !retry) {
		return SUCCESS;
	}
	it->failed = false;
	while (!it->list.finished && (!it->list.started || it->index >= chunk_count(it))) {
		zend_result rc;

		if (it->has_own) {
			it->own.handles = b24im_globals_handles();
		} else {
			it->s->handles = b24im_globals_handles();
		}
		it->busy = true;
		rc = b24im_list_fetch(&it->list, it->s);
		it->busy = false;
		it->index = 0;
		if (rc == FAILURE) {
			it->failed = true;
			return FAILURE;
		}
	}
	return SUCCESS;
}

/* private: an iterator comes from b24_list() or Client::list() */
ZEND_METHOD(B24im_ListIterator, __construct)
{
	(void) return_value;
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(B24im_ListIterator, current)
{
	ZEND_PARSE_PARAMETERS_NONE();
	list_iterator *it = ready(ZEND_THIS);
	zval *record;

	if (!it || fill(it, false) == FAILURE) {
		RETURN_THROWS();
	}
	record = zend_hash_index_find(Z_ARRVAL(it->list.records), it->index);
	if (!record) {
		RETURN_NULL();
	}
	RETURN_COPY_DEREF(record);
}

ZEND_METHOD(B24im_ListIterator, key)
{
	ZEND_PARSE_PARAMETERS_NONE();
	list_iterator *it = ready(ZEND_THIS);

	if (!it || fill(it, false) == FAILURE) {
		RETURN_THROWS();
	}
	if (it->index >= chunk_count(it)) {
		RETURN_NULL();
	}
	RETURN_LONG(it->key);
}

ZEND_METHOD(B24im_ListIterator, next)
{
	ZEND_PARSE_PARAMETERS_NONE();
	list_iterator *it = ready(ZEND_THIS);

	if (!it) {
		RETURN_THROWS();
	}
	if (it->failed) { /* the request that failed was this move: asking again completes it */
		if (fill(it, true) == FAILURE) {
			RETURN_THROWS();
		}
		return;
	}
	if (fill(it, true) == FAILURE) {
		RETURN_THROWS();
	}
	if (it->index < chunk_count(it)) {
		it->index++;
		it->key++;
		it->moved = true;
	}
	if (fill(it, true) == FAILURE) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(B24im_ListIterator, valid)
{
	ZEND_PARSE_PARAMETERS_NONE();
	list_iterator *it = ready(ZEND_THIS);

	if (!it || fill(it, false) == FAILURE) {
		RETURN_THROWS();
	}
	RETURN_BOOL(it->index < chunk_count(it));
}

/* As a generator: a no-op until the iterator moves past its first record, refused after (a list is one
 * pass; restarting would count the table again). */
ZEND_METHOD(B24im_ListIterator, rewind)
{
	ZEND_PARSE_PARAMETERS_NONE();
	list_iterator *it = ready(ZEND_THIS);

	if (!it) {
		RETURN_THROWS();
	}
	if (it->moved) {
		zend_throw_exception(zend_ce_exception, "Cannot rewind a B24im\\ListIterator that has moved past its first record: "
			"start a new list (with $options['cursor'] to resume one)", 0);
		RETURN_THROWS();
	}
	if (fill(it, true) == FAILURE) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(B24im_ListIterator, strategy)
{
	ZEND_PARSE_PARAMETERS_NONE();
	list_iterator *it = ready(ZEND_THIS);

	if (!it) {
		RETURN_THROWS();
	}
	RETURN_STRING(it->list.strategy == B24IM_LIST_KEYSET ? "keyset" : "offset");
}

ZEND_METHOD(B24im_ListIterator, cursor)
{
	ZEND_PARSE_PARAMETERS_NONE();
	list_iterator *it = ready(ZEND_THIS);
	zend_string *cursor;

	if (!it) {
		RETURN_THROWS();
	}
	cursor = b24im_list_cursor(&it->list, it->list.started && it->index < chunk_count(it)
		? (zend_long) it->index : (it->list.started && chunk_count(it) ? (zend_long) chunk_count(it) - 1 : -1));
	if (!cursor) {
		RETURN_NULL();
	}
	RETURN_STR(cursor);
}

ZEND_METHOD(B24im_ListIterator, requests)
{
	ZEND_PARSE_PARAMETERS_NONE();
	list_iterator *it = ready(ZEND_THIS);

	if (!it) {
		RETURN_THROWS();
	}
	RETURN_LONG(it->list.requests);
}
