/* b24im transport: POSTs one request with libcurl on a handle kept for the process; knows nothing of PHP values. */
#ifndef B24IM_TRANSPORT_H
#define B24IM_TRANSPORT_H

#include "php.h"
#include "zend_smart_str.h"

typedef struct b24im_transport b24im_transport;

typedef struct {
	zend_long timeout_ms;          /* each HTTP request, start to last byte */
	zend_long connect_timeout_ms;
	bool verify_tls;
	const char *ca_file;           /* NULL or "": the system store */
	bool allow_http;               /* plain http allowed at all (endpoints, redirects; never https -> http) */
	size_t max_response_size;      /* bytes of body, stopped as they arrive */
	const char *user_agent;
	int max_redirects;
} b24im_transport_opts;

typedef struct {
	const char *code;              /* NULL on success, else b24im's transport error code */
	long http_status;              /* of the last reply, 0 where none came */
	bool unsent;                   /* on failure: the request surely never reached the portal (safe to retry) */
	bool multiplexed;              /* the last reply came over HTTP/2 or later: its connection carries many at once */
	smart_str body;                /* the last reply's body */
	char *url;                     /* emalloc'd: the URL the last reply came from (after redirects), or NULL */
	char detail[320];              /* what went wrong, for the message; never a URL path */
} b24im_http_reply;

/* Whether libcurl counts references to its global state thread-safely (7.84 and later, where built so): then
 * each handle holds one, and libcurl may be cleaned up while other threads' handles still exist. */
bool b24im_transport_global_refs(void);

b24im_transport *b24im_transport_new(void);
void b24im_transport_free(b24im_transport *t);

/* POSTs body to url (form-urlencoded), following at most opts->max_redirects redirects with the same body.
 * Returns SUCCESS when a final reply arrived whole (any status); FAILURE with out->code set otherwise. */
zend_result b24im_transport_post(b24im_transport *t, const char *url, const char *body, size_t body_len,
	const b24im_transport_opts *opts, b24im_http_reply *out);

/* At the end of a PHP request: the handle forgets the last URL (a webhook URL holds its code). */
void b24im_transport_request_end(b24im_transport *t);

void b24im_http_reply_dtor(b24im_http_reply *reply);

/* Many POSTs at once: one multi handle (kept for the process, as the easy handle is) and a pool of easy
 * handles that it lends. Each transfer runs the same setup, redirect rules and reply checks as
 * b24im_transport_post; a redirect is followed inside b24im_multi_done. */
typedef struct b24im_multi b24im_multi;

/* Connections a portal that cannot multiplex (HTTP/1.1) gets at once (CURLMOPT_MAX_HOST_CONNECTIONS). */
#define B24IM_MAX_HOST_CONNECTIONS 6

b24im_multi *b24im_multi_new(void);
void b24im_multi_free(b24im_multi *m);
/* A pooled handle, or a new one (NULL where libcurl cannot make one); back to the pool with give. */
b24im_transport *b24im_multi_take(b24im_multi *m);
void b24im_multi_give(b24im_multi *m, b24im_transport *t);
/* Starts a POST on t; url, body, opts and out must live until b24im_multi_done hands t back. FAILURE with
 * out->code set where it could not start (nothing is in flight then). */
zend_result b24im_multi_post(b24im_multi *m, b24im_transport *t, const char *url, const char *body, size_t body_len,
	const b24im_transport_opts *opts, b24im_http_reply *out, void *owner);
/* Drives the transfers; then waits at most timeout_ms for one of them to have something to do. */
void b24im_multi_perform(b24im_multi *m);
void b24im_multi_poll(b24im_multi *m, int timeout_ms);
/* A finished POST: its handle (still taken), its owner and what b24im_transport_post would have returned;
 * NULL where none has finished. */
b24im_transport *b24im_multi_done(b24im_multi *m, void **owner, zend_result *result);
/* Drops every transfer in flight and its handle (after a long jump, or a call that gives up on them). */
void b24im_multi_abort(b24im_multi *m);

/* What kind of address an IP address (text, as libcurl gives it) is: a redirect from a host of one kind
 * never leads to a loopback, link-local or private address of another. */
enum { B24IM_ADDR_PUBLIC, B24IM_ADDR_LOOPBACK, B24IM_ADDR_LINK_LOCAL, B24IM_ADDR_PRIVATE, B24IM_ADDR_UNKNOWN };
int b24im_address_class(const char *ip);
const char *b24im_address_class_name(int address_class);

#endif
