/* b24im endpoint: turns $auth or a default webhook URL into a base URL and credentials, and masks them for display. */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"

#include "b24im_endpoint.h"
#include "b24im_errors.h"

#define WEBHOOK_SHAPE "https://your-portal.bitrix24.com/rest/1/your-webhook-code/"
#define REST_SHAPE "https://your-portal.bitrix24.com/rest/"

typedef struct {
	bool https;
	size_t authority_start, authority_len; /* host[:port] */
	size_t path_start;                     /* index of the first '/' of the path, or the length */
} url_parts;

static bool is_host_char(unsigned char c)
{
	return isalnum(c) || c == '.' || c == '-' || c == '_';
}

/* A strict absolute http(s) URL: no user info, query, fragment, spaces or control characters. */
static bool parse_url(const char *s, size_t len, url_parts *p)
{
	size_t i, scheme_len, port_digits = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char) s[i];
		if (c <= 0x20 || c >= 0x7f || c == '\\' || c == '?' || c == '#' || c == '@') {
			return false;
		}
	}
	if (len >= 8 && strncasecmp(s, "https://", 8) == 0) {
		p->https = true;
		scheme_len = 8;
	} else if (len >= 7 && strncasecmp(s, "http://", 7) == 0) {
		p->https = false;
		scheme_len = 7;
	} else {
		return false;
	}
	p->authority_start = scheme_len;
	i = scheme_len;
	if (i < len && s[i] == '[') { /* an IPv6 literal */
		while (i < len && s[i] != ']') {
			if (!isxdigit((unsigned char) s[i]) && s[i] != ':' && s[i] != '.' && s[i] != '[') {
				return false;
			}
			i++;
		}
		if (i == len || i == scheme_len + 1) {
			return false;
		}
		i++;
	} else {
		while (i < len && is_host_char((unsigned char) s[i])) {
			i++;
		}
		if (i == scheme_len) {
			return false;
		}
	}
	if (i < len && s[i] == ':') {
		zend_ulong port = 0;
		for (i++; i < len && isdigit((unsigned char) s[i]); i++, port_digits++) {
			port = port * 10 + (s[i] - '0');
			if (port > 65535) {
				return false;
			}
		}
		if (port_digits == 0 || port == 0) {
			return false;
		}
	}
	if (i < len && s[i] != '/') {
		return false;
	}
	p->authority_len = i - scheme_len;
	p->path_start = i;
	return true;
}

/* Finds "/rest/{digits}/{code}" at the end of a webhook's path (a trailing '/' allowed).
 * Sets the offset and length of the code within s. */
static bool find_webhook_code(const char *s, size_t len, const url_parts *p, size_t *code_start, size_t *code_len)
{
	size_t end = len, i, seg_start;

	if (end > p->path_start && s[end - 1] == '/') {
		end--;
	}
	/* the code */
	for (i = end; i > p->path_start && s[i - 1] != '/'; i--) {}
	if (i == end || i <= p->path_start) {
		return false;
	}
	for (size_t k = i; k < end; k++) {
		if (!isalnum((unsigned char) s[k]) && s[k] != '_' && s[k] != '-') {
			return false;
		}
	}
	*code_start = i;
	*code_len = end - i;
	/* the user id */
	end = i - 1;
	for (i = end; i > p->path_start && s[i - 1] != '/'; i--) {}
	if (i == end || i <= p->path_start) {
		return false;
	}
	for (size_t k = i; k < end; k++) {
		if (!isdigit((unsigned char) s[k])) {
			return false;
		}
	}
	/* "rest" */
	end = i - 1;
	seg_start = end >= 4 ? end - 4 : 0;
	return end >= p->path_start + 5 && s[seg_start - 1] == '/' && strncasecmp(s + seg_start, "rest", 4) == 0;
}

static zend_result check_scheme(const char *method, const url_parts *p, const char *s, bool allow_http, const char *what)
{
	if (p->https || allow_http) {
		return SUCCESS;
	}
	b24im_throw_config(method, "INSECURE_URL",
		"%s is plain http://%.*s: the webhook code or token would travel in clear; use https, "
		"or set b24im.allow_http=1 for a portal inside your own network",
		what, (int) p->authority_len, s + p->authority_start);
	return FAILURE;
}

/* scheme://host:port in lowercase, the port made explicit: one bucket per portal. */
static zend_string *portal_of(const char *s, const url_parts *p)
{
	const char *authority = s + p->authority_start;
	size_t len = p->authority_len;
	bool has_port = len && memchr(authority, ':', len) && authority[len - 1] != ']';
	zend_string *out;

	out = strpprintf(0, "%s://%.*s%s", p->https ? "https" : "http", (int) len, authority,
		has_port ? "" : (p->https ? ":443" : ":80"));
	zend_str_tolower(ZSTR_VAL(out), ZSTR_LEN(out));
	return out;
}

zend_result b24im_endpoint_check_url(const char *url, size_t len, bool allow_http, const char *what, const char *method)
{
	url_parts p;

	if (!parse_url(url, len, &p)) {
		b24im_throw_config(method, "INVALID_ENDPOINT", "%s is not an http(s) URL", what);
		return FAILURE;
	}
	return check_scheme(method, &p, url, allow_http, what);
}

/* A bad auth is a ValueError naming the argument it came in (arg_num > 0); one from a setting or a renewal,
 * a B24im\Exception with code, naming what it came from. Neither message quotes the value. */
static void refuse(uint32_t arg_num, const char *method, const char *code, const char *as_argument, const char *as_setting, const char *what)
{
	if (arg_num > 0) {
		zend_argument_value_error(arg_num, "%s", as_argument);
	} else {
		b24im_throw_config(method, code, "%s %s", what, as_setting);
	}
}

static zend_result resolve_webhook(const char *method, b24im_endpoint *ep, const char *s, size_t len, uint32_t arg_num,
	const char *what, bool allow_http)
{
	url_parts p;
	size_t code_start, code_len;

	if (!parse_url(s, len, &p) || !find_webhook_code(s, len, &p, &code_start, &code_len)) {
		refuse(arg_num, method, "INVALID_WEBHOOK_URL", "must be a Bitrix24 webhook URL such as " WEBHOOK_SHAPE,
			"is not a Bitrix24 webhook URL: it must look like " WEBHOOK_SHAPE, what);
		return FAILURE;
	}
	if (check_scheme(method, &p, s, allow_http, what) == FAILURE) {
		return FAILURE;
	}
	ep->kind = B24IM_AUTH_WEBHOOK;
	ep->portal = portal_of(s, &p);
	ep->code = zend_string_init(s + code_start, code_len, 0);
	ep->base = zend_string_alloc(code_start + code_len + 1, 0);
	memcpy(ZSTR_VAL(ep->base), s, code_start + code_len);
	ZSTR_VAL(ep->base)[code_start + code_len] = '/';
	ZSTR_VAL(ep->base)[code_start + code_len + 1] = '\0';
	return SUCCESS;
}

static void endpoint_copy(b24im_endpoint *to, const b24im_endpoint *from)
{
	to->kind = from->kind;
	to->base = from->base ? zend_string_copy(from->base) : NULL;
	to->token = from->token ? zend_string_copy(from->token) : NULL;
	to->code = from->code ? zend_string_copy(from->code) : NULL;
	to->portal = from->portal ? zend_string_copy(from->portal) : NULL;
}

void b24im_endpoint_cache_clear(b24im_endpoint_cache *c)
{
	if (c->url) {
		zend_string_release(c->url);
		c->url = NULL;
		b24im_endpoint_dtor(&c->ep);
	}
}

/* Only successes are kept; the result depends on nothing but the URL and allow_http (the argument number
 * only shapes a failure's message). */
static zend_result resolve_webhook_cached(const char *method, b24im_endpoint *ep, const char *s, size_t len, uint32_t arg_num,
	const char *what, bool allow_http, b24im_endpoint_cache *c)
{
	if (c && c->url && c->allow_http == allow_http && ZSTR_LEN(c->url) == len && memcmp(ZSTR_VAL(c->url), s, len) == 0) {
		endpoint_copy(ep, &c->ep);
		return SUCCESS;
	}
	if (resolve_webhook(method, ep, s, len, arg_num, what, allow_http) == FAILURE) {
		return FAILURE;
	}
	if (c) {
		b24im_endpoint_cache_clear(c);
		c->url = zend_string_init(s, len, 0);
		c->allow_http = allow_http;
		endpoint_copy(&c->ep, ep);
	}
	return SUCCESS;
}

/* A string member of the auth array: NULL where absent or empty; a TypeError where not a string. */
static zend_result auth_member(HashTable *auth, const char *key, size_t key_len, uint32_t arg_num, const char *method,
	zend_string **out)
{
	zval *v = zend_hash_str_find_deref(auth, key, key_len);

	*out = NULL;
	if (!v || Z_TYPE_P(v) == IS_NULL) {
		return SUCCESS;
	}
	if (Z_TYPE_P(v) != IS_STRING) {
		if (arg_num > 0) {
			zend_argument_type_error(arg_num, "[\"%s\"] must be of type string, %s given", key, zend_zval_type_name(v));
		} else {
			b24im_throw_config(method, "INVALID_ENDPOINT", "the auth array's %s is not a string", key);
		}
		return FAILURE;
	}
	if (Z_STRLEN_P(v)) {
		*out = Z_STR_P(v);
	}
	return SUCCESS;
}

static zend_result resolve_oauth(const char *method, b24im_endpoint *ep, HashTable *auth, uint32_t arg_num, bool allow_http)
{
	zend_string *token, *client_endpoint, *domain;
	url_parts p;

	if (auth_member(auth, "access_token", sizeof("access_token") - 1, arg_num, method, &token) == FAILURE
		|| auth_member(auth, "client_endpoint", sizeof("client_endpoint") - 1, arg_num, method, &client_endpoint) == FAILURE
		|| auth_member(auth, "domain", sizeof("domain") - 1, arg_num, method, &domain) == FAILURE) {
		return FAILURE;
	}
	if (!token) {
		refuse(arg_num, method, "NO_TOKEN", "has no access_token: pass the auth that Bitrix24 posted to the application "
			"($_REQUEST['auth']) or the one it stored", "has no access_token", "the auth array");
		return FAILURE;
	}
	for (size_t i = 0; i < ZSTR_LEN(token); i++) {
		unsigned char c = (unsigned char) ZSTR_VAL(token)[i];
		if (c <= 0x20 || c >= 0x7f) {
			refuse(arg_num, method, "NO_TOKEN", "has an access_token holding characters no token has",
				"holds characters no token has", "the auth array's access_token");
			return FAILURE;
		}
	}
	if (client_endpoint) {
		const char *s = ZSTR_VAL(client_endpoint);
		size_t len = ZSTR_LEN(client_endpoint);

		if (!parse_url(s, len, &p)) {
			refuse(arg_num, method, "INVALID_ENDPOINT", "has a client_endpoint that is not a URL: it must look like " REST_SHAPE,
				"is not a URL: it must look like " REST_SHAPE, "the auth array's client_endpoint");
			return FAILURE;
		}
		if (check_scheme(method, &p, s, allow_http, "the auth array's client_endpoint") == FAILURE) {
			return FAILURE;
		}
		ep->base = (len && s[len - 1] == '/')
			? zend_string_copy(client_endpoint)
			: zend_string_concat2(s, len, "/", 1);
		ep->portal = portal_of(s, &p);
	} else if (domain) {
		zend_string *base = zend_string_concat3("https://", sizeof("https://") - 1, ZSTR_VAL(domain), ZSTR_LEN(domain),
			"/rest/", sizeof("/rest/") - 1);

		if (!parse_url(ZSTR_VAL(base), ZSTR_LEN(base), &p) || p.path_start != sizeof("https://") - 1 + ZSTR_LEN(domain)) {
			zend_string_release(base);
			refuse(arg_num, method, "INVALID_ENDPOINT", "has a domain that is not a host name: it must look like your-portal.bitrix24.com",
				"is not a host name: it must look like your-portal.bitrix24.com", "the auth array's domain");
			return FAILURE;
		}
		ep->base = base;
		ep->portal = portal_of(ZSTR_VAL(base), &p);
	} else {
		refuse(arg_num, method, "INVALID_ENDPOINT", "names no portal: it needs client_endpoint (" REST_SHAPE ") or domain",
			"names no portal: it needs client_endpoint (" REST_SHAPE ") or domain", "the auth array");
		return FAILURE;
	}
	ep->kind = B24IM_AUTH_OAUTH;
	ep->token = zend_string_copy(token);
	return SUCCESS;
}

zend_result b24im_endpoint_resolve(b24im_endpoint *ep, const b24im_endpoint_source *src, bool allow_http,
	b24im_endpoint_cache *cache, const char *method)
{
	memset(ep, 0, sizeof(*ep));
	if (src->auth_url) {
		if (ZSTR_LEN(src->auth_url) == 0) {
			zend_argument_value_error(src->arg_num, "must not be empty: pass a webhook URL such as " WEBHOOK_SHAPE);
			return FAILURE;
		}
		return resolve_webhook_cached(method, ep, ZSTR_VAL(src->auth_url), ZSTR_LEN(src->auth_url), src->arg_num, "$auth",
			allow_http, cache);
	}
	if (src->auth_array) {
		return resolve_oauth(method, ep, src->auth_array, src->arg_num, allow_http);
	}
	if (src->default_url && src->default_url[0]) {
		return resolve_webhook_cached(method, ep, src->default_url, strlen(src->default_url), 0, src->default_what,
			allow_http, cache);
	}
	b24im_throw_config(method, "NO_ENDPOINT", "no Bitrix24 portal to call: pass $auth (a webhook URL or the application's auth array), "
		"or set b24im.webhook_url or the B24_WEBHOOK_URL environment variable to " WEBHOOK_SHAPE);
	return FAILURE;
}

void b24im_endpoint_dtor(b24im_endpoint *ep)
{
	if (ep->base) {
		zend_string_release(ep->base);
	}
	if (ep->token) {
		zend_string_release(ep->token);
	}
	if (ep->code) {
		zend_string_release(ep->code);
	}
	if (ep->portal) {
		zend_string_release(ep->portal);
	}
	memset(ep, 0, sizeof(*ep));
}

zend_string *b24im_endpoint_mask_url(const char *url, size_t len)
{
	url_parts p;
	size_t code_start, code_len;

	if (!parse_url(url, len, &p)) {
		return zend_string_init("***", 3, 0);
	}
	if (find_webhook_code(url, len, &p, &code_start, &code_len)) {
		return zend_string_concat3(url, code_start, "***", 3, url + code_start + code_len, len - code_start - code_len);
	}
	return zend_string_concat2(url, p.path_start, "/***", 4);
}

zend_string *b24im_endpoint_authority(const char *url, size_t len)
{
	url_parts p;

	if (!parse_url(url, len, &p) || p.authority_len == 0) {
		return NULL;
	}
	return zend_string_init(url + p.authority_start, p.authority_len, 0);
}
