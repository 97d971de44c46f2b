/* b24im list: pages a whole list method (keyset by ID through chained batch sub-calls, or start offsets), one batch reply of records at a time, with a resumable cursor. */
#ifndef B24IM_LIST_H
#define B24IM_LIST_H

#include "php.h"
#include "b24im_session.h"

#define B24IM_LIST_PAGE 50

typedef enum { B24IM_LIST_KEYSET, B24IM_LIST_OFFSET } b24im_list_strategy;

/* One list in progress. Made by b24im_list_init, advanced by b24im_list_fetch, freed by b24im_list_dtor. */
typedef struct {
	zend_string *method;
	b24im_list_strategy strategy;
	zval base;               /* the caller's params, order and select made fit for the strategy, no start, no filter */
	zval filter;             /* the caller's filter (an array), or undef */
	zend_string *filter_key; /* the name the filter goes under (the caller's spelling) */
	const char *id_field;    /* keyset: the ID field of the filter and order ("ID", "id") */
	zend_string *id_key;     /* keyset: the ID's key in the records, as the first record spells it */
	zend_string *key;        /* where the records sit in result; NULL: result is the list */
	bool key_known;          /* $options['key'] given, or found in the first reply */
	char binding[41];        /* sha1 of method, portal, params, key, strategy: what a cursor belongs to */
	/* progress */
	bool started;            /* the first (counted) request ran */
	bool finished;           /* no more requests */
	bool from_set;           /* from holds a position: */
	zend_long from;          /* keyset: the last ID before the current chunk; offset: the index of its first record */
	zend_long total;         /* the first page's total, -1 before */
	zend_long planned;       /* keyset: sub-calls the plan still expects */
	bool trusted;            /* keyset: the plan (from total) is running */
	bool probe;              /* keyset: the plan holds one probe page past total */
	zend_long next_start;    /* offset: the start of the next page */
	zend_long requests;      /* requests made (b24im_call runs) */
	zval records;            /* the current chunk: a packed array of records */
} b24im_list;

/* Validates and fills l from the call's arguments: params (argument params_arg), options (argument
 * options_arg; NULL none). A bad one is a ValueError/TypeError naming it; a cursor of another list a ValueError
 * naming $options['cursor']. l must be destroyed either way. */
zend_result b24im_list_init(b24im_list *l, const zend_string *method, HashTable *params, HashTable *options,
	const b24im_endpoint *ep, uint32_t params_arg, uint32_t options_arg);
void b24im_list_dtor(b24im_list *l);

/* Replaces l->records by the next chunk (one request: the first page, or a batch of up to 50 pages); it may
 * be empty only when l->finished. FAILURE with an exception pending, l unchanged but for records (empty):
 * calling it again retries the same request. */
zend_result b24im_list_fetch(b24im_list *l, b24im_session *s);

/* The cursor after record i of the chunk (i < count), or after the chunk's start (i == -1); NULL where no
 * position is known yet (before the first record). */
zend_string *b24im_list_cursor(const b24im_list *l, zend_long i);

/* Where the records of a list method's result are: result itself when it is a list (an empty array too), or
 * the one list it holds; with key (not NULL), result[key]. Sets *found (the key it found, NULL for result
 * itself; a new string) and returns the records, or NULL with a B24im\Exception naming the method and the
 * keys (secrets masked; may be NULL). */
zval *b24im_list_find_records(zval *result, const zend_string *key, bool key_known, const char *method,
	const b24im_secrets *secrets, zend_string **found);

/* A record's ID as a positive integer (an int, or a string of decimal digits, as the portal sends them),
 * under key, or its other-case spelling ("ID" / "id"); false where there is none. *key_out (may be NULL)
 * gets the key it was found under. */
bool b24im_list_record_id(zval *record, const char *key, zend_long *id, zend_string **key_out);

#endif
