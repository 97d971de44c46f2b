/* b24im reply: the only reader of JSON; turns a reply body into PHP values and sorts it into result or error. */
#ifndef B24IM_REPLY_H
#define B24IM_REPLY_H

#include "php.h"

struct json_tokener;

typedef enum {
	B24IM_REPLY_RESULT, /* "result" is in r->result */
	B24IM_REPLY_ERROR,  /* the portal's "error": r->error, r->description */
	B24IM_REPLY_BAD     /* not a Bitrix24 reply: r->bad_code, r->bad_detail */
} b24im_reply_kind;

typedef struct {
	b24im_reply_kind kind;
	zval result;
	zval time;          /* the "time" block as an array, or null */
	zval total;         /* list methods; null where absent */
	zval next;
	zend_string *error;
	zend_string *description;
	const char *bad_code;
	char bad_detail[200];
} b24im_reply;

/* json_decode()'s default depth: it accepts at most 511 nested arrays and objects. */
#define B24IM_JSON_MAX_DEPTH 512

struct json_tokener *b24im_reply_tokener_new(void);
void b24im_reply_tokener_free(struct json_tokener *tok);

/* Decodes body (NUL-terminated at body[len]) as json_decode($body, true) would. */
void b24im_reply_parse(b24im_reply *r, struct json_tokener *tok, const char *body, size_t len);
void b24im_reply_dtor(b24im_reply *r);

/* Decodes any JSON body (an OAuth server's reply) into out as json_decode($body, true) would; on failure
 * returns FAILURE with *why set and out null. */
zend_result b24im_reply_decode(struct json_tokener *tok, const char *body, size_t len, zval *out, const char **why);

#endif
