/* b24im errors: the B24im\* exception classes and the one helper that builds and throws each of them. */
#ifndef B24IM_ERRORS_H
#define B24IM_ERRORS_H

#include "php.h"

extern zend_class_entry *b24im_ce_exception;
extern zend_class_entry *b24im_ce_api_exception;
extern zend_class_entry *b24im_ce_auth_exception;
extern zend_class_entry *b24im_ce_rate_limit_exception;
extern zend_class_entry *b24im_ce_transport_exception;

/* Which class an error belongs to, before the Bitrix24 code refines it. */
typedef enum {
	B24IM_ERR_CONFIG,    /* B24im\Exception: no endpoint, bad URL, missing token, refused http */
	B24IM_ERR_API,       /* the portal answered with "error": class chosen by the code */
	B24IM_ERR_TRANSPORT  /* B24im\TransportException */
} b24im_error_kind;

/* Secrets that a message must never carry (the webhook code, the token); NULL entries are skipped. */
typedef struct {
	const zend_string *items[4];
} b24im_secrets;

/* b24im.c registers the classes from the generated arginfo and hands them over here. */
void b24im_errors_set_classes(zend_class_entry *base, zend_class_entry *api, zend_class_entry *auth,
	zend_class_entry *rate, zend_class_entry *transport);

/* Throws the exception for kind/code. method may be NULL (a failure before any method was chosen).
 * The message names the method, the code, the description and the HTTP status; every secret in
 * secrets is replaced by "***" in the description and the message. */
void b24im_throw(b24im_error_kind kind, const char *method, const char *code, const char *description,
	size_t description_len, zend_long http_status, const b24im_secrets *secrets);

/* A B24im\Exception (configuration) whose description is formatted as printf does. */
void b24im_throw_config(const char *method, const char *code, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);

/* The same, with the secrets masked in what was formatted (text that came from a portal may echo anything). */
void b24im_throw_config_masked(const char *method, const char *code, const b24im_secrets *secrets, const char *fmt, ...)
	ZEND_ATTRIBUTE_FORMAT(printf, 4, 5);

/* The start of a reply body, quoted, for a message: secrets masked, printable ASCII, at most 60 characters. */
zend_string *b24im_excerpt(const char *body, size_t len, const b24im_secrets *secrets);

#endif
