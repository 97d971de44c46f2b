/* b24im settings: what a call may be told, from the INI and then a Client's options, validated and owned. */
#ifndef B24IM_SETTINGS_H
#define B24IM_SETTINGS_H

#include "php.h"
#include "b24im_transport.h"

typedef struct {
	b24im_transport_opts transport; /* its strings point into the zend_strings below */
	zend_long max_retries;          /* retries of a call the portal refused before running it */
	double rate_limit;              /* requests a second per portal, shared machine-wide; 0 = off */
	zend_long rate_burst;           /* 0 = off */
	zend_string *ca_file;           /* NULL: the system store */
	zend_string *user_agent;
	zend_string *client_id;         /* the application's, for token renewal; NULL where unknown */
	zend_string *client_secret;
	zend_string *oauth_url;         /* NULL: the default; never taken from an auth */
	zend_string *state_dir;         /* NULL: the default under the system temp dir */
} b24im_settings;

#define B24IM_MAX_REDIRECTS 3

void b24im_settings_from_ini(b24im_settings *s);

/* Applies a Client's $options over the INI values: ValueError for an unknown option or a bad value,
 * TypeError for a wrong type, each naming the option. */
zend_result b24im_settings_apply(b24im_settings *s, HashTable *options, uint32_t arg_num);

void b24im_settings_dtor(b24im_settings *s);

/* A header value b24im will send: no CR, LF or NUL. */
bool b24im_valid_header_value(const char *value, size_t len);

#endif
