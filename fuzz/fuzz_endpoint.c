/* b24im fuzz harness: a webhook URL or an auth array through b24im_endpoint_resolve() and b24im_endpoint_mask_url(); no secret may show. */
#include <stdlib.h>
#include <string.h>

#include "php.h"
#include "zend_exceptions.h"

#include "b24im_endpoint.h"
#include "b24im_errors.h"
#include "support.h"

/* Input: byte 0 picks the form (bits 0-1: 0 $auth string, 1 $auth array, 2 and 3 a default webhook URL as the
 * bindings hand it down, named b24im.webhook_url or B24_WEBHOOK_URL; bit 2: allow_http; bit 3: odd member
 * types, chosen by byte 1),
 * the rest is the URL, or the array's access_token, client_endpoint, domain, separated by NUL bytes. */
enum { FORM_URL, FORM_ARRAY, FORM_INI, FORM_ENV };

typedef struct {
	const uint8_t *data;
	size_t size;
	int form;
	bool allow_http;
	const char *url;       /* the URL tried (FORM_URL, FORM_INI, FORM_ENV) */
	size_t url_len;
	zend_string *auth_url;
	HashTable *auth;
	const char *token;     /* the access_token member when it is a string */
	size_t token_len;
	const char *shown[2];  /* client_endpoint and domain: text an exception may show */
	size_t shown_len[2];
	const char *default_url;  /* FORM_INI / FORM_ENV: the setting's value, as the session hands it down */
	const char *default_what;
} input;

/* One request's cache, as the module keeps it in its globals. */
static b24im_endpoint_cache cache;

static const char *const members[] = { "access_token", "client_endpoint", "domain" };

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc;
	(void) argv;
	fuzz_init();
	return 0;
}

static bool is_code_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

static size_t authority_end(const char *url, size_t len);

/* The last path segment (one trailing '/' dropped) when it could be a webhook code: what must never show. */
static bool code_candidate(const char *url, size_t len, size_t *start, size_t *clen)
{
	size_t end = len, i, path = authority_end(url, len);

	if (end && url[end - 1] == '/') {
		end--;
	}
	for (i = end; i > 0 && url[i - 1] != '/'; i--) {
		if (!is_code_char(url[i - 1])) {
			return false;
		}
	}
	if (i == 0 || i <= path || end - i < 4) {
		return false; /* none, in the authority, or too short to tell from the words of a message */
	}
	*start = i;
	*clen = end - i;
	return true;
}

/* Where the path begins: text before it (scheme and authority) may be shown in a message. */
static size_t authority_end(const char *url, size_t len)
{
	const char *p = len > 3 ? memmem(url, len, "://", 3) : NULL;
	const char *slash;

	if (!p) {
		return 0;
	}
	slash = memchr(p + 3, '/', len - (size_t) (p + 3 - url));
	return slash ? (size_t) (slash - url) : len;
}

/* The fixed words of b24im_endpoint.c's messages (and the frame's name): a secret made of them proves nothing. */
static const char fixed_text[] =
	"b24im_fuzz_frame(): Argument #3 ($auth) must not be empty: pass a webhook URL such as "
	"https://your-portal.bitrix24.com/rest/1/your-webhook-code/ fuzz.method: INVALID_WEBHOOK_URL INSECURE_URL "
	"NO_ENDPOINT NO_TOKEN INVALID_ENDPOINT b24im.webhook_url B24_WEBHOOK_URL is not a Bitrix24 webhook URL: it "
	"must look like is plain http:// the webhook code or token would travel in clear; use https, or set "
	"b24im.allow_http=1 for a portal inside your own network the auth array's client_endpoint is not a URL "
	"domain is not a host name your-portal.bitrix24.com names no portal: it needs client_endpoint "
	"(https://your-portal.bitrix24.com/rest/) or domain the auth array has no access_token: pass the auth that "
	"Bitrix24 posted to the application ($_REQUEST['auth']) or the one it stored the auth array's access_token "
	"holds characters no token has has a client_endpoint that is not a URL has a domain that is not a host name "
	"has an access_token holding characters no token has";

/* Does text show secret, where neither the URL before its path nor the message's fixed words also hold it? */
static bool leaks(const char *text, size_t text_len, const char *secret, size_t secret_len, const char *url, size_t url_len)
{
	if (!fuzz_contains(text, text_len, secret, secret_len)
		|| fuzz_contains(fixed_text, sizeof(fixed_text) - 1, secret, secret_len)) {
		return false;
	}
	return !url || !fuzz_contains(url, authority_end(url, url_len), secret, secret_len);
}

static void check_mask(const input *in, const char *url, size_t len)
{
	zend_string *masked = b24im_endpoint_mask_url(url, len);
	size_t start, clen, head = authority_end(url, len);

	if (!zend_string_equals_literal(masked, "***")) {
		/* scheme and authority as given, then either the whole path hidden, or the path with its code hidden */
		if (ZSTR_LEN(masked) < head || memcmp(ZSTR_VAL(masked), url, head) != 0) {
			fuzz_fail(in->data, in->size, "mask_url changed the scheme or authority: \"%s\"", ZSTR_VAL(masked));
		}
	}
	if (code_candidate(url, len, &start, &clen)) {
		/* shown anywhere but its own segment? the URL may hold the same text before the path: that part is public */
		const char *p = ZSTR_VAL(masked), *end = p + ZSTR_LEN(masked);
		size_t outside = 0, inside = 0;
		const char *q = url, *uend = url + len;

		while ((q = zend_memnstr(q, url + start, clen, uend)) != NULL) {
			outside += (size_t) (q - url) != start;
			q++;
		}
		while ((p = zend_memnstr(p, url + start, clen, end)) != NULL) {
			inside++;
			p++;
		}
		if (inside > outside) {
			fuzz_fail(in->data, in->size, "mask_url shows the webhook code \"%.*s\": \"%s\"", (int) clen, url + start, ZSTR_VAL(masked));
		}
	}
	zend_string_release(masked);
}

static bool lower_portal(const zend_string *portal, bool allow_http)
{
	const char *s = ZSTR_VAL(portal), *colon;
	size_t n = ZSTR_LEN(portal), scheme;

	if (n > 8 && memcmp(s, "https://", 8) == 0) {
		scheme = 8;
	} else if (allow_http && n > 7 && memcmp(s, "http://", 7) == 0) {
		scheme = 7;
	} else {
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		if ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] == '/' && i >= scheme)) {
			return false;
		}
	}
	colon = zend_memnrstr(s + scheme, ":", 1, s + n);
	if (!colon || colon + 1 == s + n || colon[-1] == '[') {
		return false;
	}
	for (const char *d = colon + 1; d < s + n; d++) {
		if (*d < '0' || *d > '9') {
			return false;
		}
	}
	return true;
}

static void check_resolved(const input *in, const b24im_endpoint *ep)
{
	b24im_secrets secrets;

	if (!ep->base || !ep->portal || ZSTR_LEN(ep->base) == 0 || ZSTR_VAL(ep->base)[ZSTR_LEN(ep->base) - 1] != '/') {
		fuzz_fail(in->data, in->size, "resolved without a base ending in '/' or a portal");
	}
	if (!lower_portal(ep->portal, in->allow_http)) {
		fuzz_fail(in->data, in->size, "portal \"%s\" is not scheme://host:port in lowercase", ZSTR_VAL(ep->portal));
	}
	memset(&secrets, 0, sizeof(secrets));
	secrets.items[0] = ep->code;
	secrets.items[1] = ep->token;
	if (ep->kind == B24IM_AUTH_WEBHOOK) {
		size_t code_len, start;

		if (!ep->code || ep->token || in->form == FORM_ARRAY || secrets.items[0] != ep->code) {
			fuzz_fail(in->data, in->size, "a webhook without its code, or from an auth array");
		}
		code_len = ZSTR_LEN(ep->code);
		if (code_len == 0 || ZSTR_LEN(ep->base) < code_len + 2 || ZSTR_LEN(ep->base) - 1 > in->url_len) {
			fuzz_fail(in->data, in->size, "webhook base \"%s\" cannot hold code \"%s\"", ZSTR_VAL(ep->base), ZSTR_VAL(ep->code));
		}
		start = ZSTR_LEN(ep->base) - 1 - code_len;
		/* the base is the URL up to the code's end, then '/': the code sits right before that '/' */
		if (memcmp(ZSTR_VAL(ep->base), in->url, ZSTR_LEN(ep->base) - 1) != 0
			|| memcmp(ZSTR_VAL(ep->base) + start, ZSTR_VAL(ep->code), code_len) != 0) {
			fuzz_fail(in->data, in->size, "webhook base \"%s\" is not the URL up to code \"%s\"", ZSTR_VAL(ep->base), ZSTR_VAL(ep->code));
		}
		for (size_t i = 0; i < code_len; i++) {
			if (!is_code_char(ZSTR_VAL(ep->code)[i])) {
				fuzz_fail(in->data, in->size, "webhook code \"%s\" holds a character a URL segment check let through", ZSTR_VAL(ep->code));
			}
		}
		/* mask_url and resolve agree on where the code is */
		{
			zend_string *masked = b24im_endpoint_mask_url(in->url, in->url_len);
			zend_string *want = zend_string_concat3(in->url, start, "***", 3, in->url + start + code_len, in->url_len - start - code_len);
			if (!zend_string_equals(masked, want)) {
				fuzz_fail(in->data, in->size, "mask_url gives \"%s\" where resolve found the code at %zu: want \"%s\"",
					ZSTR_VAL(masked), start, ZSTR_VAL(want));
			}
			zend_string_release(masked);
			zend_string_release(want);
		}
	} else if (ep->kind == B24IM_AUTH_OAUTH) {
		if (!ep->token || ep->code || in->form != FORM_ARRAY || secrets.items[1] != ep->token) {
			fuzz_fail(in->data, in->size, "an OAuth endpoint without a token, or from a URL");
		}
		if (!in->token || ZSTR_LEN(ep->token) != in->token_len || memcmp(ZSTR_VAL(ep->token), in->token, in->token_len) != 0) {
			fuzz_fail(in->data, in->size, "the OAuth token is not the auth array's access_token");
		}
		for (size_t i = 0; i < ZSTR_LEN(ep->token); i++) {
			unsigned char c = (unsigned char) ZSTR_VAL(ep->token)[i];
			if (c <= 0x20 || c >= 0x7f) {
				fuzz_fail(in->data, in->size, "an access_token with byte 0x%02x was taken: it goes into a form body", c);
			}
		}
	} else {
		fuzz_fail(in->data, in->size, "endpoint kind %d", (int) ep->kind);
	}
}

static void run(void *ctx)
{
	input *in = ctx;
	b24im_endpoint ep;
	zend_result rc;
	char class_name[128], message[2048];
	bool thrown;

	b24im_endpoint_source src = { in->auth, in->auth_url, 3, in->default_url, in->default_what };

	rc = b24im_endpoint_resolve(&ep, &src, in->allow_http, &cache, "fuzz.method");
	if (rc == SUCCESS) {
		if (EG(exception)) {
			fuzz_fail(in->data, in->size, "resolve succeeded with an exception pending");
		}
		check_resolved(in, &ep);
		b24im_endpoint_dtor(&ep);
		return;
	}
	if (ep.base || ep.token || ep.code || ep.portal) {
		fuzz_fail(in->data, in->size, "a failed resolve left strings in the endpoint (they would leak)");
	}
	thrown = fuzz_take_exception(class_name, sizeof(class_name), message, sizeof(message));
	if (!thrown) {
		fuzz_fail(in->data, in->size, "resolve failed without an exception");
	}
	if (strcmp(class_name, "B24im\\Exception") != 0 && strcmp(class_name, "ValueError") != 0 && strcmp(class_name, "TypeError") != 0) {
		fuzz_fail(in->data, in->size, "resolve threw %s: %s", class_name, message);
	}
	if (in->url) {
		size_t start, clen;
		if (code_candidate(in->url, in->url_len, &start, &clen)
			&& leaks(message, strlen(message), in->url + start, clen, in->url, in->url_len)) {
			fuzz_fail(in->data, in->size, "the exception shows the webhook code: %s", message);
		}
	}
	if (in->token && in->token_len >= 4) {
		bool elsewhere = false;
		for (int i = 0; i < 2; i++) {
			elsewhere |= in->shown[i] && fuzz_contains(in->shown[i], in->shown_len[i], in->token, in->token_len);
		}
		if (!elsewhere && leaks(message, strlen(message), in->token, in->token_len, NULL, 0)) {
			fuzz_fail(in->data, in->size, "the exception shows the access token: %s", message);
		}
	}
}

/* One member of the auth array, as a string or (odd) as another type. */
static void add_member(input *in, int which, const char *s, size_t len, int type)
{
	zval v;

	switch (type) {
		case 1: ZVAL_NULL(&v); break;
		case 2: ZVAL_LONG(&v, (zend_long) len); break;
		case 3: array_init(&v); add_next_index_stringl(&v, s, len); break;
		case 4: ZVAL_EMPTY_STRING(&v); break;
		case 5: ZVAL_TRUE(&v); break;
		case 6: { /* a reference to the string, as `$auth['x'] = &$s` leaves it */
			zval str;
			ZVAL_STRINGL(&str, s, len);
			ZVAL_NEW_REF(&v, &str);
			break;
		}
		case 7: return; /* absent */
		default: ZVAL_STRINGL(&v, s, len);
	}
	zend_hash_str_update(in->auth, members[which], strlen(members[which]), &v);
	if (which == 0 && (type == 0 || type == 6)) {
		in->token = s;
		in->token_len = len;
	}
	if (which > 0 && (type == 0 || type == 6)) {
		in->shown[which - 1] = s;
		in->shown_len[which - 1] = len;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	input in;
	char *copy;
	size_t rest_len;
	uint8_t types = 0;
	const char *rest;

	if (size < 1) {
		return 0;
	}
	memset(&in, 0, sizeof(in));
	in.data = data;
	in.size = size;
	in.form = data[0] & 3;
	in.allow_http = (data[0] & 4) != 0;
	rest = (const char *) data + 1;
	rest_len = size - 1;
	if (in.form == FORM_ARRAY && (data[0] & 8)) {
		if (rest_len < 1) {
			return 0;
		}
		types = (uint8_t) rest[0];
		rest++;
		rest_len--;
	}
	copy = malloc(rest_len + 1);
	memcpy(copy, rest, rest_len);
	copy[rest_len] = '\0';

	fuzz_request_begin();
	switch (in.form) {
		case FORM_URL:
			in.url = copy;
			in.url_len = rest_len;
			in.auth_url = zend_string_init(copy, rest_len, 0);
			check_mask(&in, copy, rest_len);
			break;
		case FORM_INI:
		case FORM_ENV:
			in.url = copy;
			in.url_len = strlen(copy);
			in.default_url = copy;
			in.default_what = in.form == FORM_INI ? "b24im.webhook_url" : "B24_WEBHOOK_URL";
			check_mask(&in, copy, in.url_len);
			break;
		default: {
			const char *p = copy, *end = copy + rest_len;

			ALLOC_HASHTABLE(in.auth);
			zend_hash_init(in.auth, 4, NULL, ZVAL_PTR_DTOR, 0);
			for (int i = 0; i < 3 && p <= end; i++) {
				const char *nul = memchr(p, '\0', (size_t) (end - p));
				size_t len = nul ? (size_t) (nul - p) : (size_t) (end - p);
				/* two bits a member: string, null, int, array; with bit 3 of byte 0 set, byte 1 picks odder ones too */
				int type = (data[0] & 8) ? ((types >> (2 * i)) & 3) + ((types & 0xc0) == 0xc0 ? 4 : 0) : 0;

				add_member(&in, i, p, len, type);
				if (i > 0) {
					check_mask(&in, p, len);
				}
				if (!nul) {
					break;
				}
				p = nul + 1;
			}
			break;
		}
	}

	fuzz_in_frame(run, &in);

	if (in.auth_url) {
		zend_string_release(in.auth_url);
	}
	if (in.auth) {
		zend_hash_destroy(in.auth);
		FREE_HASHTABLE(in.auth);
	}
	b24im_endpoint_cache_clear(&cache); /* what the module's RSHUTDOWN does */
	fuzz_request_end();
	free(copy);
	return 0;
}
