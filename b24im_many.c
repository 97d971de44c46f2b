/* b24im many: one loop over curl_multi_poll drives many calls, each a small state machine with the single call's steps and rules. */
#include "php.h"
#include "zend_exceptions.h"

#include "b24im_many.h"
#include "b24im_call.h"
#include "b24im_oauth.h"
#include "b24im_request.h"
#include "b24im_limiter.h"
#include "b24im_backoff.h"
#include "b24im_transport.h"
#include "b24im_errors.h"

/* The longest the loop sleeps in curl_multi_poll while nothing it waits for is due. */
#define MAX_POLL_MS 1000
/* Requests in flight to one portal that multiplexes (HTTP/2 streams: nginx allows 128 by default). */
#define MAX_STREAMS 100

/* A call that waits for a connection to its portal waits here, not in libcurl's queue, where its
 * CURLOPT_TIMEOUT_MS would already run (and a call timed out there counts as unsent and is retried). */
typedef enum { SLOT_FREE, SLOT_PARKED, SLOT_QUEUED, SLOT_FLIGHT } slot_state;
/* What a parked call does when its time comes. */
typedef enum { PARK_SEND, PARK_ACQUIRE, PARK_REFUSED } park_then;

/* One call in progress. A slot is reused for the next element once its call is done, so memory follows
 * $concurrency, not the number of calls. */
typedef struct {
	slot_state state;
	zend_ulong h;                 /* the element's key */
	zend_string *key;
	zend_string *method;
	HashTable *params;
	b24im_session own;            /* the session made from $auth, unless a Client lends its own */
	b24im_session *s;
	zval last;                    /* this call's last response (b24_call_many leaves b24_last_response() null) */
	int retries;
	bool renewed;
	int64_t until_ns;             /* parked: when it goes on */
	park_then then;
	double refused;               /* PARK_REFUSED: the wait the bucket would have asked */
	zval sent_auth;               /* the session's auth when the request went: renewed since, when it differs */
	b24im_call_request req;
	b24im_http_reply http;
	b24im_transport *t;
	zend_string *portal;          /* in flight: the portal it counts against */
} slot;

/* Requests in flight to a portal, and whether it multiplexes (a reply came over HTTP/2). Only portals with
 * requests in flight have an entry: the table follows $concurrency. */
typedef struct {
	int in_flight;
	bool multiplex;
} portal_load;

typedef struct {
	const b24im_many_env *env;
	slot *slots;
	int n;
	int *free_slots;              /* a stack of free slot numbers */
	int frees;
	zval *results;
	bool failed;                  /* an exception that is no call's result: stop */
	b24im_session *swapped;       /* a session whose last_response points at a slot's for the moment */
	zval *swapped_last;
	HashTable portals;            /* portal => portal_load */
	bool freed;                   /* a request to some portal came back: queued calls may go */
} loop;

/* --- the checks before anything is sent --- */

/* "[5]" or "[\"name\"]", as the other messages name an array's key. */
static zend_string *key_text(zend_ulong h, const zend_string *key)
{
	return key ? strpprintf(0, "[\"%s\"]", ZSTR_VAL(key)) : strpprintf(0, "[" ZEND_ULONG_FMT "]", h);
}

/* An exception thrown for argument 1 (it says "Argument #1 ($calls) ...") names the element: "($calls) [5][0] ...". */
static void name_element(const char *where)
{
	zend_object *ex = EG(exception);
	zval rv, *msg, text;
	const char *at, *rest;
	size_t cut;

	if (!ex) {
		return;
	}
	msg = zend_read_property_ex(ex->ce, ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
	if (Z_TYPE_P(msg) != IS_STRING || !(at = strstr(Z_STRVAL_P(msg), "($calls)"))) {
		return;
	}
	cut = (size_t) (at - Z_STRVAL_P(msg)) + sizeof("($calls)") - 1;
	rest = Z_STRVAL_P(msg) + cut;
	if (rest[0] == ' ' && rest[1] == '[') {
		rest++; /* "($calls) [5][0][\"domain\"]": one key path */
	}
	ZVAL_STR(&text, strpprintf(0, "%.*s %s%s", (int) cut, Z_STRVAL_P(msg), where, rest));
	zend_update_property_ex(ex->ce, ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), &text);
	zval_ptr_dtor(&text);
}

/* The parts of an element that b24im_many_check passed. */
static void element_parts(zval *elem, zval **auth, zend_string **method, HashTable **params)
{
	HashTable *ht;
	zval *p;

	ZVAL_DEREF(elem);
	ht = Z_ARRVAL_P(elem);
	p = zend_hash_index_find_deref(ht, 2);

	*auth = zend_hash_index_find_deref(ht, 0);
	*method = Z_STR_P(zend_hash_index_find_deref(ht, 1));
	*params = p ? Z_ARRVAL_P(p) : NULL;
}

static void session_init_empty(b24im_session *s)
{
	memset(s, 0, sizeof(*s));
	ZVAL_NULL(&s->auth);
	ZVAL_UNDEF(&s->handler);
}

static zend_result check_element(const b24im_many_env *env, zend_ulong h, const zend_string *key, zval *elem)
{
	zend_string *where = key_text(h, key);
	zval *auth, *method, *params, last;
	HashTable *ht;
	uint32_t n;
	b24im_session own, *use = NULL;
	zend_result rc = FAILURE;

	ZVAL_DEREF(elem);
	if (Z_TYPE_P(elem) != IS_ARRAY) {
		zend_argument_type_error(1, "%s must be of type array, %s given", ZSTR_VAL(where), zend_zval_type_name(elem));
		goto cleanup;
	}
	ht = Z_ARRVAL_P(elem);
	n = zend_hash_num_elements(ht);
	auth = zend_hash_index_find_deref(ht, 0);
	method = zend_hash_index_find_deref(ht, 1);
	params = zend_hash_index_find_deref(ht, 2);
	if (!auth || !method || n != (params ? 3u : 2u)) {
		zend_argument_value_error(1, "%s must be a list [$auth, $method] or [$auth, $method, $params]", ZSTR_VAL(where));
		goto cleanup;
	}
	if (Z_TYPE_P(method) != IS_STRING) {
		zend_argument_type_error(1, "%s[1] must be of type string, %s given", ZSTR_VAL(where), zend_zval_type_name(method));
		goto cleanup;
	}
	if (b24im_check_method(Z_STR_P(method), 1) == FAILURE) {
		zend_string *at = strpprintf(0, "%s[1]", ZSTR_VAL(where));
		name_element(ZSTR_VAL(at));
		zend_string_release(at);
		goto cleanup;
	}
	if (params && Z_TYPE_P(params) != IS_ARRAY) {
		zend_argument_type_error(1, "%s[2] must be of type array, %s given", ZSTR_VAL(where), zend_zval_type_name(params));
		goto cleanup;
	}
	/* the session as the call will make it: a bad $auth is named now, a setting's failure is the call's result */
	session_init_empty(&own);
	ZVAL_NULL(&last);
	if (env->open(env->ctx, auth, Z_STRVAL_P(method), &own, &last, &use) == FAILURE) {
		if (EG(exception) && instanceof_function(EG(exception)->ce, b24im_ce_exception)) {
			zend_clear_exception();
			rc = SUCCESS;
		} else {
			zend_string *at = strpprintf(0, "%s[0]", ZSTR_VAL(where));
			name_element(ZSTR_VAL(at));
			zend_string_release(at);
		}
	} else {
		rc = SUCCESS;
	}
	b24im_session_dtor(&own);
	zval_ptr_dtor(&last);

cleanup:
	zend_string_release(where);
	return rc;
}

zend_result b24im_many_check(HashTable *calls, const b24im_many_env *env)
{
	zend_ulong h;
	zend_string *key;
	zval *elem;

	ZEND_HASH_FOREACH_KEY_VAL(calls, h, key, elem) {
		if (check_element(env, h, key, elem) == FAILURE) {
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* --- the state machine of one call --- */

static void slot_acquire(loop *l, slot *c);

/* Takes the pending exception as the call's result where it is a B24im\Exception; any other stops the loop. */
static bool keep_exception(zval *into)
{
	zend_object *ex = EG(exception);

	if (!ex || !instanceof_function(ex->ce, b24im_ce_exception)) {
		return false;
	}
	GC_ADDREF(ex);
	zend_clear_exception();
	ZVAL_OBJ(into, ex);
	return true;
}

/* A request to c's portal is no longer in flight. */
static void portal_release(loop *l, slot *c, bool multiplexed)
{
	portal_load *p;

	if (!c->portal) {
		return;
	}
	p = zend_hash_find_ptr(&l->portals, c->portal);
	if (p) {
		p->multiplex = p->multiplex || multiplexed;
		if (--p->in_flight <= 0) {
			zend_hash_del(&l->portals, c->portal);
		}
	}
	zend_string_release(c->portal);
	c->portal = NULL;
	l->freed = true;
}

static void slot_clear(loop *l, slot *c)
{
	portal_release(l, c, false);
	b24im_call_request_wipe(&c->req);
	b24im_http_reply_dtor(&c->http);
	zval_ptr_dtor(&c->sent_auth);
	ZVAL_UNDEF(&c->sent_auth);
	b24im_session_dtor(&c->own);
	session_init_empty(&c->own);
	c->s = NULL;
	zval_ptr_dtor(&c->last);
	ZVAL_NULL(&c->last);
	if (c->key) {
		zend_string_release(c->key);
		c->key = NULL;
	}
	c->state = SLOT_FREE;
	l->free_slots[l->frees++] = (int) (c - l->slots);
}

/* The call is done: value (taken) is its result, in its element's place. */
static void slot_done(loop *l, slot *c, zval *value)
{
	if (c->key) {
		zend_hash_update(Z_ARRVAL_P(l->results), c->key, value);
	} else {
		zend_hash_index_update(Z_ARRVAL_P(l->results), c->h, value);
	}
	slot_clear(l, c);
}

/* The call failed with the exception pending. */
static void slot_threw(loop *l, slot *c)
{
	zval ex;

	if (keep_exception(&ex)) {
		slot_done(l, c, &ex);
	} else {
		l->failed = true;
	}
}

static void park(slot *c, double seconds, park_then then)
{
	c->state = SLOT_PARKED;
	c->then = then;
	c->until_ns = b24im_backoff_now_ns() + (int64_t) (seconds * 1e9);
}

/* After a failed attempt, the single call's rules: retry unrun requests after their backoff, renew an expired
 * token once, else throw. A renewal's own round trip to the OAuth server blocks the loop while it runs (it
 * is one short request, single-flight across processes); the other calls' transfers wait in their sockets. */
static void slot_failed(loop *l, slot *c, b24im_call_error *err)
{
	double delay;
	b24im_session *s = c->s;

	switch (b24im_call_decide(s, err, &c->retries, &c->renewed, &delay)) {
		case B24IM_CALL_RETRY:
			b24im_call_error_dtor(err);
			park(c, delay, PARK_ACQUIRE);
			return;
		case B24IM_CALL_RENEW:
			b24im_call_error_dtor(err);
			/* A Client's calls share its session: one renewal serves every call sent with the old token. */
			if (!(Z_TYPE(c->sent_auth) == IS_ARRAY && Z_TYPE(s->auth) == IS_ARRAY && Z_ARR(c->sent_auth) != Z_ARR(s->auth))
				&& b24im_oauth_renew(s, ZSTR_VAL(c->method)) == FAILURE) {
				slot_threw(l, c);
				return;
			}
			slot_acquire(l, c);
			return;
		case B24IM_CALL_THROW:
			break;
	}
	b24im_call_throw(s, ZSTR_VAL(c->method), err);
	b24im_call_error_dtor(err);
	slot_threw(l, c);
}

/* A POST came back (posted: what the transport said) or could not start. */
static void slot_reply(loop *l, slot *c, zend_result posted)
{
	b24im_session *s = c->s;
	b24im_call_error err;
	zval result;
	zend_result rc;

	if (c->t) {
		b24im_multi_give(l->env->multi, c->t);
		c->t = NULL;
	}
	portal_release(l, c, c->http.multiplexed);
	b24im_call_request_wipe(&c->req);
	b24im_call_error_init(&err);
	l->swapped = s;
	l->swapped_last = s->last_response;
	s->last_response = &c->last;
	rc = b24im_call_reply(s, ZSTR_VAL(c->method), ZSTR_LEN(c->method), posted, &c->http, &result, &err);
	s->last_response = l->swapped_last;
	l->swapped = NULL;
	if (rc == SUCCESS) {
		slot_done(l, c, &result);
		return;
	}
	slot_failed(l, c, &err);
}

static void slot_send(loop *l, slot *c)
{
	b24im_session *s = c->s;
	portal_load *p = zend_hash_find_ptr(&l->portals, s->ep.portal);

	if (p && p->in_flight >= (p->multiplex ? MAX_STREAMS : B24IM_MAX_HOST_CONNECTIONS)) {
		c->state = SLOT_QUEUED;
		return;
	}

	if (!s->handles.tokener || !l->env->multi || !(c->t = b24im_multi_take(l->env->multi))) {
		b24im_call_error err;

		b24im_call_error_init(&err);
		b24im_call_error_no_handles(&err);
		slot_failed(l, c, &err);
		return;
	}
	if (!p) {
		p = ecalloc(1, sizeof(*p));
		zend_hash_add_new_ptr(&l->portals, s->ep.portal, p);
	}
	p->in_flight++;
	c->portal = zend_string_copy(s->ep.portal);
	b24im_call_request_build(s, ZSTR_VAL(c->method), ZSTR_LEN(c->method), c->params, &c->req);
	zval_ptr_dtor(&c->sent_auth);
	ZVAL_COPY(&c->sent_auth, &s->auth);
	if (b24im_multi_post(l->env->multi, c->t, ZSTR_VAL(c->req.url), c->req.body.s ? ZSTR_VAL(c->req.body.s) : "",
			c->req.body.s ? ZSTR_LEN(c->req.body.s) : 0, &s->settings.transport, &c->http, c) == FAILURE) {
		slot_reply(l, c, FAILURE);
		return;
	}
	c->state = SLOT_FLIGHT;
}

/* Its place in the portal's bucket: now, or parked until the bucket has room, so the others go on. */
static void slot_acquire(loop *l, slot *c)
{
	double wait, refused;

	switch (b24im_limiter_reserve(&c->s->settings, c->s->ep.portal, ZSTR_VAL(c->method), &wait, &refused)) {
		case B24IM_LIMIT_ERROR:
			slot_threw(l, c);
			return;
		case B24IM_LIMIT_REFUSED:
			c->refused = refused;
			park(c, wait, PARK_REFUSED);
			return;
		case B24IM_LIMIT_GO:
			if (wait > 0) {
				park(c, wait, PARK_SEND);
			} else {
				slot_send(l, c);
			}
			return;
	}
}

static void slot_start(loop *l, slot *c, zend_ulong h, zend_string *key, zval *elem)
{
	zval *auth, placeholder;

	element_parts(elem, &auth, &c->method, &c->params);
	c->h = h;
	c->key = key ? zend_string_copy(key) : NULL;
	c->retries = 0;
	c->renewed = false;
	c->state = SLOT_PARKED; /* taken; its real state follows */
	/* the key's place now, so that the results keep the calls' order whatever order they finish in */
	ZVAL_NULL(&placeholder);
	if (key) {
		zend_hash_add_new(Z_ARRVAL_P(l->results), key, &placeholder);
	} else {
		zend_hash_index_add_new(Z_ARRVAL_P(l->results), h, &placeholder);
	}
	if (l->env->open(l->env->ctx, auth, ZSTR_VAL(c->method), &c->own, &c->last, &c->s) == FAILURE) {
		slot_threw(l, c);
		return;
	}
	slot_acquire(l, c);
}

static void slot_due(loop *l, slot *c)
{
	switch (c->then) {
		case PARK_SEND:
			slot_send(l, c);
			break;
		case PARK_ACQUIRE:
			slot_acquire(l, c);
			break;
		case PARK_REFUSED:
			b24im_limiter_refuse(&c->s->settings, ZSTR_VAL(c->method), c->refused);
			slot_threw(l, c);
			break;
	}
}

/* --- the loop --- */

static void run(loop *l, HashTable *calls)
{
	HashPosition pos;
	b24im_multi *multi = l->env->multi;

	zend_hash_internal_pointer_reset_ex(calls, &pos);
	for (;;) {
		bool progress = false, freed;
		int64_t now, next_due = INT64_MAX;
		zval *elem;
		void *owner;
		zend_result posted;

		while (!l->failed && l->frees > 0 && (elem = zend_hash_get_current_data_ex(calls, &pos))) {
			zend_string *key = NULL; /* left as it was for an integer key */
			zend_ulong h = 0;

			zend_hash_get_current_key_ex(calls, &key, &h, &pos);
			zend_hash_move_forward_ex(calls, &pos);
			slot_start(l, &l->slots[l->free_slots[--l->frees]], h, key, elem);
			progress = true;
		}
		if (l->failed || l->frees == l->n) {
			return;
		}
		now = b24im_backoff_now_ns();
		freed = l->freed;
		l->freed = false;
		for (int i = 0; i < l->n && !l->failed; i++) {
			slot *c = &l->slots[i];
			if (c->state == SLOT_QUEUED && freed) {
				slot_send(l, c);
				progress = progress || c->state != SLOT_QUEUED;
				continue;
			}
			if (c->state != SLOT_PARKED) {
				continue;
			}
			if (c->until_ns <= now) {
				slot_due(l, c);
				progress = true;
			} else if (c->until_ns < next_due) {
				next_due = c->until_ns;
			}
		}
		if (multi) {
			b24im_multi_perform(multi);
			while (!l->failed && b24im_multi_done(multi, &owner, &posted)) {
				slot_reply(l, (slot *) owner, posted);
				progress = true;
			}
		}
		if (l->failed) {
			return;
		}
		if (!progress) {
			int64_t wait_ms = next_due == INT64_MAX ? MAX_POLL_MS : (next_due - now + 999999) / 1000000;
			wait_ms = wait_ms > MAX_POLL_MS ? MAX_POLL_MS : wait_ms;
			if (multi) {
				b24im_multi_poll(multi, (int) wait_ms);
			} else {
				b24im_backoff_sleep((double) wait_ms / 1000.0);
			}
		}
	}
}

/* After a long jump out of the loop: no transfer may go on writing into request memory, and no secret stays. */
static void abandon(loop *l)
{
	if (l->swapped) {
		l->swapped->last_response = l->swapped_last;
		l->swapped = NULL;
	}
	b24im_multi_abort(l->env->multi);
	for (int i = 0; i < l->n; i++) {
		l->slots[i].t = NULL;
		b24im_call_request_wipe(&l->slots[i].req);
		b24im_http_reply_dtor(&l->slots[i].http);
	}
}

static void portal_dtor(zval *zv)
{
	efree(Z_PTR_P(zv));
}

zend_result b24im_many(HashTable *calls, zend_long concurrency, const b24im_many_env *env, zval *return_value)
{
	uint32_t count = zend_hash_num_elements(calls);
	loop l;

	array_init_size(return_value, count);
	if (count == 0) {
		return SUCCESS;
	}
	memset(&l, 0, sizeof(l));
	l.env = env;
	l.results = return_value;
	l.n = (zend_long) count < concurrency ? (int) count : (int) concurrency;
	l.slots = ecalloc((size_t) l.n, sizeof(*l.slots));
	zend_hash_init(&l.portals, 8, NULL, portal_dtor, 0);
	l.free_slots = safe_emalloc((size_t) l.n, sizeof(int), 0);
	for (int i = l.n - 1; i >= 0; i--) { /* slot 0 first */
		session_init_empty(&l.slots[i].own);
		ZVAL_NULL(&l.slots[i].last);
		ZVAL_UNDEF(&l.slots[i].sent_auth);
		l.free_slots[l.frees++] = i;
	}
	zend_try {
		run(&l, calls);
	} zend_catch {
		abandon(&l);
		zend_bailout();
	} zend_end_try();
	if (l.failed) {
		abandon(&l); /* the others' transfers, still in flight */
	}
	for (int i = 0; i < l.n; i++) {
		if (l.slots[i].state != SLOT_FREE) {
			slot_clear(&l, &l.slots[i]);
		}
	}
	efree(l.slots);
	efree(l.free_slots);
	zend_hash_destroy(&l.portals);
	if (l.failed) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		return FAILURE;
	}
	return SUCCESS;
}
