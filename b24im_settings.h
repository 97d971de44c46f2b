/* b24im settings: the one table of options (INI b24im.*, Client $options), the INI values, and a call's validated settings. */
#ifndef B24IM_SETTINGS_H
#define B24IM_SETTINGS_H

#include "php.h"
#include "b24im_version.h"
#include "b24im_transport.h"
#include "b24im_state.h"

#define B24IM_DEFAULT_USER_AGENT "b24im/" PHP_B24IM_VERSION

/* Every option, once: X(name, TYPE, "INI default", SCOPE, field of b24im_settings). Each is the INI setting
 * b24im.<name>; SCOPE CLIENT ones are also B24im\Client options and fields of a call's settings (an INI_ONLY
 * one is handed down by the bindings themselves: the default webhook). The INI entries, the INI values' struct, the
 * option parser and its list of known options are all made from this table; README.md lists the same names.
 * TYPEs: POSITIVE (int > 0), COUNT (int >= 0), SIZE (bytes > 0), RATE (float >= 0), BOOL, TEXT (no CR, LF or
 * NUL in an option), HEADER (sent as a header: no CR, LF or NUL, INI included), SECRET (a TEXT never displayed),
 * WEBHOOK (a TEXT displayed with its code masked). */
#define B24IM_OPTIONS(X) \
	X(webhook_url,        WEBHOOK,  "",                       INI_ONLY, -) \
	X(timeout_ms,         POSITIVE, "60000",                  CLIENT,   transport.timeout_ms) \
	X(connect_timeout_ms, POSITIVE, "10000",                  CLIENT,   transport.connect_timeout_ms) \
	X(verify_tls,         BOOL,     "1",                      CLIENT,   transport.verify_tls) \
	X(ca_file,            TEXT,     "",                       CLIENT,   ca_file) \
	X(allow_http,         BOOL,     "0",                      CLIENT,   transport.allow_http) \
	X(max_response_size,  SIZE,     "33554432",               CLIENT,   transport.max_response_size) \
	X(user_agent,         HEADER,   B24IM_DEFAULT_USER_AGENT, CLIENT,   user_agent) \
	X(client_id,          TEXT,     "",                       CLIENT,   client_id) \
	X(client_secret,      SECRET,   "",                       CLIENT,   client_secret) \
	X(oauth_url,          TEXT,     "",                       CLIENT,   oauth_url) \
	X(max_retries,        COUNT,    "3",                      CLIENT,   max_retries) \
	X(rate_limit,         RATE,     "2",                      CLIENT,   rate_limit) \
	X(rate_burst,         COUNT,    "50",                     CLIENT,   rate_burst) \
	X(state_dir,          TEXT,     "",                       CLIENT,   state_dir)

/* How the INI stores each TYPE (the engine's OnUpdateLong / OnUpdateBool / OnUpdateReal / OnUpdateString). */
#define B24IM_INI_C_POSITIVE zend_long
#define B24IM_INI_C_COUNT    zend_long
#define B24IM_INI_C_SIZE     zend_long
#define B24IM_INI_C_RATE     double
#define B24IM_INI_C_BOOL     bool
#define B24IM_INI_C_TEXT     char *
#define B24IM_INI_C_HEADER   char *
#define B24IM_INI_C_SECRET   char *
#define B24IM_INI_C_WEBHOOK  char *

/* The INI values, kept by the module in its globals and handed down to each call. */
#define B24IM_INI_FIELD(name, type, def, scope, field) B24IM_INI_C_##type name;
typedef struct {
	B24IM_OPTIONS(B24IM_INI_FIELD)
} b24im_ini;
#undef B24IM_INI_FIELD

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

/* The INI values as they are before any php.ini: the table's defaults (for a harness without the module). */
void b24im_ini_defaults(b24im_ini *ini);

void b24im_settings_from_ini(b24im_settings *s, const b24im_ini *ini);

/* Applies a Client's $options over the INI values: ValueError for an unknown option or a bad value,
 * TypeError for a wrong type, each naming the option. */
zend_result b24im_settings_apply(b24im_settings *s, HashTable *options, uint32_t arg_num);

void b24im_settings_dtor(b24im_settings *s);

/* What the state layer needs of the settings: the folder, how long a lock is waited for, how long a bucket lasts. */
void b24im_settings_state(const b24im_settings *s, b24im_state_conf *conf);

/* A header value b24im will send: no CR, LF or NUL. */
bool b24im_valid_header_value(const char *value, size_t len);

#endif
