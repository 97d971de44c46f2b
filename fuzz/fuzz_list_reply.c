/* b24im fuzz harness: list replies served by a fake transport through b24im_list_fetch() (first page, chained batches, records found, IDs checked): nothing yielded twice or out of order. */
#include <stdlib.h>
#include <string.h>

#include "php.h"
#include "zend_exceptions.h"

#include "b24im_list.h"
#include "b24im_session.h"
#include "b24im_settings.h"
#include "b24im_limiter.h"
#include "b24im_reply.h"
#include "b24im_transport.h"
#include "support.h"

/* Input: byte 0 holds flags (bit 0 the offset strategy, bit 1 $options['key'] = "items", bit 2 crm.item.list
 * instead of crm.deal.list, bit 3 resume from a cursor at ID/position 7); then NUL-separated HTTP reply
 * bodies in the order the list asks for them, each optionally led by "#NNN " for its HTTP status. When the
 * bodies run out, the transport fails as an unreachable portal would. */

#define WEBHOOK "https://fuzz.bitrix24.test/rest/1/wh0Secret7code/"
#define MAX_SERVED 64
#define MAX_FETCHES 80

struct b24im_transport {
	int unused;
};

typedef struct {
	const uint8_t *data;
	size_t size;
	const char *segments[MAX_SERVED];
	size_t lengths[MAX_SERVED];
	int count;
	int next;
	bool offset;
	bool key;
	bool item;
	bool resume;
} fuzz_input;

static fuzz_input *current;
static struct json_tokener *session_tok;
static struct b24im_transport the_transport;
static b24im_ini ini;
static b24im_endpoint_cache cache;

void b24im_http_reply_dtor(b24im_http_reply *reply)
{
	smart_str_free(&reply->body);
}

zend_result b24im_transport_post(b24im_transport *t, const char *url, const char *body, size_t body_len,
	const b24im_transport_opts *opts, b24im_http_reply *out)
{
	fuzz_input *in = current;
	const char *seg;
	size_t len;

	(void) t;
	(void) opts;
	(void) url;
	memset(out, 0, sizeof(*out));
	if (body_len != strlen(body)) {
		fuzz_fail(in->data, in->size, "a request body with a NUL byte, or a wrong length");
	}
	if (in->next >= in->count) {
		out->code = "CONNECT_FAILED";
		snprintf(out->detail, sizeof(out->detail), "no more replies in the fuzz input");
		in->next++;
		return FAILURE;
	}
	seg = in->segments[in->next];
	len = in->lengths[in->next];
	in->next++;
	out->http_status = fuzz_segment_reply(seg, len, &out->body);
	return SUCCESS;
}

zend_result b24im_limiter_acquire(const b24im_settings *s, const zend_string *portal, const char *method)
{
	(void) s;
	(void) portal;
	(void) method;
	return SUCCESS;
}

/* linked with --wrap=b24im_backoff_sleep: max_retries is 0, so no call may sleep */
void __wrap_b24im_backoff_sleep(double seconds);
void __wrap_b24im_backoff_sleep(double seconds)
{
	fuzz_fail(current->data, current->size, "a list request slept %f s for a retry", seconds);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc;
	(void) argv;
	fuzz_init();
	session_tok = b24im_reply_tokener_new();
	b24im_ini_defaults(&ini);
	ini.max_retries = 0;
	return 0;
}

/* The cursor at position 7 of the list these flags make: made by a list that has seen a record there. */
static zend_string *cursor_at_7(fuzz_input *in, zend_string *method, HashTable *options, const b24im_endpoint *ep)
{
	b24im_list l;
	zval record;
	zend_string *cursor = NULL;

	if (b24im_list_init(&l, method, NULL, options, ep, 2, 4) == SUCCESS) {
		array_init(&record);
		add_assoc_long(&record, in->item ? "id" : "ID", 7);
		zend_hash_next_index_insert(Z_ARRVAL(l.records), &record);
		l.from = 6; /* offset: record 0 of a chunk from 6 is at position 7 */
		cursor = b24im_list_cursor(&l, 0);
	}
	b24im_list_dtor(&l);
	return cursor;
}

static void run(void *ctx)
{
	fuzz_input *in = ctx;
	b24im_session s;
	b24im_list l;
	zval last, options;
	zend_string *url = zend_string_init(WEBHOOK, sizeof(WEBHOOK) - 1, 0);
	zend_string *method = zend_string_init(in->item ? "crm.item.list" : "crm.deal.list", in->item ? 13 : 13, 0);
	b24im_session_args args = { NULL, url, 1, NULL, 0, NULL, NULL };
	char class_name[128], message[4096];
	zend_long seen = 0, last_id = 0, yielded = 0;
	bool failed = false;

	ZVAL_NULL(&last);
	if (b24im_session_init(&s, &ini, &cache, &args, &last, "b24_list") == FAILURE) {
		fuzz_fail(in->data, in->size, "the fixed session does not start");
	}
	s.handles.transport = &the_transport;
	s.handles.tokener = session_tok;
	s.handles.refresh_handler = NULL;

	array_init(&options);
	if (in->offset) {
		add_assoc_string(&options, "strategy", "offset");
	}
	if (in->key) {
		add_assoc_string(&options, "key", "items");
	}
	if (in->resume) {
		zend_string *cursor = cursor_at_7(in, method, Z_ARRVAL(options), &s.ep);
		if (!cursor) {
			fuzz_fail(in->data, in->size, "no cursor for position 7");
		}
		add_assoc_str(&options, "cursor", cursor);
		last_id = 7;
	}
	if (b24im_list_init(&l, method, NULL, Z_ARRVAL(options), &s.ep, 2, 4) == FAILURE) {
		fuzz_fail(in->data, in->size, "the fixed list does not start");
	}
	if (l.strategy != (in->offset ? B24IM_LIST_OFFSET : B24IM_LIST_KEYSET)) {
		fuzz_fail(in->data, in->size, "the list chose the wrong strategy");
	}

	for (int fetch = 0; fetch < MAX_FETCHES && !l.finished; fetch++) {
		zend_long requests = l.requests;
		int served = in->next;
		uint32_t count;
		zval *record;

		if (b24im_list_fetch(&l, &s) == FAILURE) {
			if (!fuzz_take_exception(class_name, sizeof(class_name), message, sizeof(message))) {
				fuzz_fail(in->data, in->size, "a fetch failed without an exception");
			}
			if (strncmp(class_name, "B24im\\", 6) != 0) {
				fuzz_fail(in->data, in->size, "a fetch threw %s: %s", class_name, message);
			}
			if (strstr(message, "wh0Secret7code")) {
				fuzz_fail(in->data, in->size, "the exception shows the webhook code: %s", message);
			}
			if (zend_hash_num_elements(Z_ARRVAL(l.records)) != 0) {
				fuzz_fail(in->data, in->size, "a failed fetch left records");
			}
			failed = true;
			break;
		}
		if (EG(exception)) {
			fuzz_fail(in->data, in->size, "a fetch succeeded with an exception pending");
		}
		if (l.requests != requests + 1 || in->next != served + 1) {
			fuzz_fail(in->data, in->size, "a fetch made %ld requests (%d served), not one", (long) (l.requests - requests),
				in->next - served);
		}
		count = zend_hash_num_elements(Z_ARRVAL(l.records));
		if (count == 0 && !l.finished) {
			fuzz_fail(in->data, in->size, "an empty chunk before the end");
		}
		if (count > 50 * 51) {
			fuzz_fail(in->data, in->size, "a chunk of %u records: more than one batch holds", count);
		}
		if (!zend_array_is_list(Z_ARRVAL(l.records))) {
			fuzz_fail(in->data, in->size, "the chunk is not a list");
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(l.records), record) {
			zend_long id;
			if (l.strategy == B24IM_LIST_KEYSET) {
				/* keyset: every record has an ID above the one before, across chunks (and above a resumed cursor) */
				if (!b24im_list_record_id(record, l.id_field, &id, NULL)) {
					fuzz_fail(in->data, in->size, "a kept keyset record has no ID");
				}
				if ((seen || in->resume) && id <= last_id) {
					fuzz_fail(in->data, in->size, "ID %ld after %ld: yielded twice or out of order", (long) id, (long) last_id);
				}
				last_id = id;
			}
			seen++;
		} ZEND_HASH_FOREACH_END();
		yielded += count;
		/* every record's cursor is one this list reads back */
		if (count) {
			zend_string *cursor = b24im_list_cursor(&l, (zend_long) count - 1);
			if (!cursor) {
				fuzz_fail(in->data, in->size, "no cursor after a record");
			}
			zend_string_release(cursor);
		}
	}
	(void) failed;
	(void) yielded;
	if (EG(exception)) {
		fuzz_take_exception(class_name, sizeof(class_name), message, sizeof(message));
		fuzz_fail(in->data, in->size, "an exception left pending: %s", message);
	}
	if (l.requests > MAX_FETCHES) {
		fuzz_fail(in->data, in->size, "more requests than fetches");
	}

	b24im_list_dtor(&l);
	zval_ptr_dtor(&options);
	b24im_session_dtor(&s);
	b24im_last_forget(&last);
	zend_string_release(method);
	zend_string_release(url);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_input in;
	char *copy;
	const char *p, *end;

	if (size < 1) {
		return 0;
	}
	memset(&in, 0, sizeof(in));
	in.data = data;
	in.size = size;
	in.offset = data[0] & 1;
	in.key = (data[0] & 2) != 0;
	in.item = (data[0] & 4) != 0;
	in.resume = (data[0] & 8) != 0;

	/* each body NUL-terminated in its own copy: the reply layer reads up to the length only */
	copy = malloc(size);
	memcpy(copy, data + 1, size - 1);
	copy[size - 1] = '\0';
	p = copy;
	end = copy + size - 1;
	while (in.count < MAX_SERVED) {
		const char *nul = memchr(p, '\0', (size_t) (end - p));
		in.segments[in.count] = p;
		in.lengths[in.count] = nul ? (size_t) (nul - p) : (size_t) (end - p);
		in.count++;
		if (!nul) {
			break;
		}
		p = nul + 1;
	}
	current = &in;

	fuzz_request_begin();
	fuzz_in_frame(run, &in);
	b24im_endpoint_cache_clear(&cache);
	fuzz_request_end();

	current = NULL;
	free(copy);
	return 0;
}
