/* b24im oauth: single-flight token renewal under a flock'd state file per refresh token, then the refresh handler. */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/standard/url.h"
#include <sys/stat.h>
#include <unistd.h>

#include "php_b24im.h"
#include "b24im_oauth.h"
#include "b24im_state.h"
#include "b24im_transport.h"
#include "b24im_reply.h"
#include "b24im_errors.h"

/* How many renewals by other processes one call follows before renewing itself. */
#define MAX_CHAIN 8

static zend_string *auth_string(const zval *auth, const char *key)
{
	zval *v = Z_TYPE_P(auth) == IS_ARRAY ? zend_hash_str_find_deref(Z_ARRVAL_P(auth), key, strlen(key)) : NULL;

	return v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) ? Z_STR_P(v) : NULL;
}

bool b24im_oauth_can_renew(const b24im_session *s)
{
	return s->ep.kind == B24IM_AUTH_OAUTH && auth_string(&s->auth, "refresh_token")
		&& s->settings.client_id && s->settings.client_secret;
}

static void oauth_error(const b24im_session *s, const char *method, b24im_error_kind kind, const char *code,
	const char *description, zend_long http_status)
{
	b24im_secrets secrets;
	char *where;

	b24im_session_secrets(s, &secrets);
	spprintf(&where, 0, "%s (token renewal)", method);
	b24im_throw(kind, where, code, description, strlen(description), http_status, &secrets);
	efree(where);
}

/* The token endpoint: b24im.oauth_url / the oauth_url option, else the one server_endpoint names, else the default. */
static zend_string *token_url(const b24im_session *s)
{
	zend_string *server = auth_string(&s->auth, "server_endpoint");

	if (s->settings.oauth_url) {
		return zend_string_copy(s->settings.oauth_url);
	}
	if (server) {
		const char *rest = zend_memnrstr(ZSTR_VAL(server), "/rest/", sizeof("/rest/") - 1, ZSTR_VAL(server) + ZSTR_LEN(server));
		if (rest) {
			size_t head = (size_t) (rest - ZSTR_VAL(server));
			const char *tail = rest + sizeof("/rest/") - 1;
			return zend_string_concat3(ZSTR_VAL(server), head, "/oauth/token/", sizeof("/oauth/token/") - 1,
				tail, ZSTR_LEN(server) - head - (sizeof("/rest/") - 1));
		}
	}
	return zend_string_init(B24IM_DEFAULT_OAUTH_URL, sizeof(B24IM_DEFAULT_OAUTH_URL) - 1, 0);
}

static void append_param(smart_str *body, const char *name, const zend_string *value)
{
	zend_string *encoded = php_url_encode(ZSTR_VAL(value), ZSTR_LEN(value));

	if (body->s) {
		smart_str_appendc(body, '&');
	}
	smart_str_appends(body, name);
	smart_str_appendc(body, '=');
	smart_str_append(body, encoded);
	zend_string_release(encoded);
}

/* Asks the OAuth server for new tokens. SUCCESS with the raw reply body (a JSON object holding
 * access_token) in *out; FAILURE with an exception thrown. */
static zend_result request_tokens(const b24im_session *s, const char *method, const zend_string *refresh, zend_string **out)
{
	zend_string *url = token_url(s);
	smart_str body = {0};
	b24im_http_reply http;
	zval decoded, *access, *error;
	const char *why = NULL;
	zend_result result = FAILURE;
	struct b24im_transport *t = b24im_call_transport();
	struct json_tokener *tok = b24im_call_tokener();

	if (b24im_endpoint_check_url(ZSTR_VAL(url), ZSTR_LEN(url), s->settings.transport.allow_http, "the OAuth server URL (b24im.oauth_url)", method) == FAILURE) {
		zend_string_release(url);
		return FAILURE;
	}
	/* the secret and the refresh token go in the body, never in the URL */
	{
		zend_string *grant = zend_string_init("refresh_token", sizeof("refresh_token") - 1, 0);
		append_param(&body, "grant_type", grant);
		zend_string_release(grant);
	}
	append_param(&body, "client_id", s->settings.client_id);
	append_param(&body, "client_secret", s->settings.client_secret);
	append_param(&body, "refresh_token", refresh);
	smart_str_0(&body);

	ZVAL_NULL(&decoded);
	if (b24im_transport_post(t, ZSTR_VAL(url), ZSTR_VAL(body.s), ZSTR_LEN(body.s), &s->settings.transport, &http) == FAILURE) {
		oauth_error(s, method, B24IM_ERR_TRANSPORT, http.code, http.detail, http.http_status);
		goto cleanup;
	}
	if (!http.body.s || b24im_reply_decode(tok, ZSTR_VAL(http.body.s), ZSTR_LEN(http.body.s), &decoded, &why) == FAILURE
		|| Z_TYPE(decoded) != IS_ARRAY) {
		oauth_error(s, method, B24IM_ERR_TRANSPORT, why ? "INVALID_JSON" : "UNEXPECTED_REPLY",
			why ? why : "the OAuth server's reply is not an object", http.http_status);
		goto cleanup;
	}
	error = zend_hash_str_find(Z_ARRVAL(decoded), "error", sizeof("error") - 1);
	if (error && Z_TYPE_P(error) != IS_NULL) {
		zval *description = zend_hash_str_find(Z_ARRVAL(decoded), "error_description", sizeof("error_description") - 1);
		zend_string *code = zval_get_string(error);
		zend_string *text = description ? zval_get_string(description) : ZSTR_EMPTY_ALLOC();

		oauth_error(s, method, B24IM_ERR_API, ZSTR_VAL(code), ZSTR_VAL(text), http.http_status);
		zend_string_release(code);
		zend_string_release(text);
		goto cleanup;
	}
	access = zend_hash_str_find(Z_ARRVAL(decoded), "access_token", sizeof("access_token") - 1);
	if (!access || Z_TYPE_P(access) != IS_STRING || !auth_string(&decoded, "refresh_token")) {
		oauth_error(s, method, B24IM_ERR_TRANSPORT, "UNEXPECTED_REPLY",
			"the OAuth server's reply has no access_token and refresh_token", http.http_status);
		goto cleanup;
	}
	*out = zend_string_copy(http.body.s);
	result = SUCCESS;

cleanup:
	zval_ptr_dtor(&decoded);
	b24im_http_reply_dtor(&http);
	smart_str_free(&body);
	zend_string_release(url);
	return result;
}

/* The new auth array: the old one with the OAuth reply's fields, except "domain", which names the OAuth
 * server there; the portal is the new client_endpoint. */
static zend_result merge_auth(const zval *old, const zend_string *reply_body, zval *merged)
{
	zval reply;
	const char *why;
	zend_string *key;
	zval *value, *endpoint;

	if (b24im_reply_decode(b24im_call_tokener(), ZSTR_VAL(reply_body), ZSTR_LEN(reply_body), &reply, &why) == FAILURE
		|| Z_TYPE(reply) != IS_ARRAY) {
		zval_ptr_dtor(&reply);
		return FAILURE;
	}
	ZVAL_ARR(merged, zend_array_dup(Z_ARRVAL_P(old)));
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL(reply), key, value) {
		if (!key || zend_string_equals_literal(key, "domain")) {
			continue;
		}
		Z_TRY_ADDREF_P(value);
		zend_symtable_update(Z_ARRVAL_P(merged), key, value);
	} ZEND_HASH_FOREACH_END();
	endpoint = zend_hash_str_find(Z_ARRVAL(reply), "client_endpoint", sizeof("client_endpoint") - 1);
	if (endpoint && Z_TYPE_P(endpoint) == IS_STRING) {
		php_url *u = php_url_parse_ex(Z_STRVAL_P(endpoint), Z_STRLEN_P(endpoint));
		if (u && u->host) {
			zval domain;
			ZVAL_STR(&domain, u->port ? strpprintf(0, "%s:%u", ZSTR_VAL(u->host), (unsigned) u->port) : zend_string_copy(u->host));
			zend_hash_str_update(Z_ARRVAL_P(merged), "domain", sizeof("domain") - 1, &domain);
		}
		if (u) {
			php_url_free(u);
		}
	}
	zval_ptr_dtor(&reply);
	return SUCCESS;
}

static bool expired(const zval *auth)
{
	zval *expires = zend_hash_str_find(Z_ARRVAL_P(auth), "expires", sizeof("expires") - 1);

	return expires && (Z_TYPE_P(expires) == IS_LONG || Z_TYPE_P(expires) == IS_STRING)
		&& zval_get_long(expires) > 0 && zval_get_long(expires) <= (zend_long) time(NULL);
}

static zend_string *read_all(int fd)
{
	struct stat st;
	zend_string *content;

	if (fstat(fd, &st) != 0 || st.st_size <= 0 || st.st_size > 1024 * 1024) {
		return NULL;
	}
	content = zend_string_alloc((size_t) st.st_size, 0);
	if (pread(fd, ZSTR_VAL(content), (size_t) st.st_size, 0) != st.st_size) {
		zend_string_efree(content);
		return NULL;
	}
	ZSTR_VAL(content)[st.st_size] = '\0';
	return content;
}

static void write_all(int fd, const zend_string *content)
{
	if (ftruncate(fd, 0) == 0 && pwrite(fd, ZSTR_VAL(content), ZSTR_LEN(content), 0) == (ssize_t) ZSTR_LEN(content)) {
		fsync(fd);
	}
}

/* Puts the new auth in the session and tells the application. */
static zend_result adopt(b24im_session *s, zval *merged, const char *method)
{
	b24im_endpoint ep;
	zval *handler = Z_TYPE(s->handler) != IS_UNDEF ? &s->handler : &B24IM_G(refresh_handler);

	if (b24im_endpoint_resolve(&ep, Z_ARRVAL_P(merged), NULL, 0, s->settings.transport.allow_http, method) == FAILURE) {
		return FAILURE;
	}
	b24im_endpoint_dtor(&s->ep);
	s->ep = ep;
	zval_ptr_dtor(&s->auth);
	ZVAL_COPY(&s->auth, merged);

	if (Z_TYPE_P(handler) != IS_UNDEF && Z_TYPE_P(handler) != IS_NULL) {
		zval retval, arg;

		ZVAL_COPY(&arg, merged);
		if (call_user_function(NULL, NULL, handler, &retval, 1, &arg) == SUCCESS) {
			zval_ptr_dtor(&retval);
		}
		zval_ptr_dtor(&arg);
		if (EG(exception)) {
			return FAILURE;
		}
	}
	return SUCCESS;
}

zend_result b24im_oauth_renew(b24im_session *s, const char *method)
{
	zval current, merged;
	zend_result result = FAILURE;

	ZVAL_COPY(&current, &s->auth);
	ZVAL_UNDEF(&merged);
	for (int hop = 0; hop <= MAX_CHAIN; hop++) {
		zend_string *refresh = auth_string(&current, "refresh_token");
		zend_string *content;
		int fd;

		if (!refresh) {
			break;
		}
		fd = b24im_state_open(&s->settings, "oauth", ZSTR_VAL(refresh), ZSTR_LEN(refresh), method);
		if (fd < 0) {
			goto cleanup;
		}
		/* One process at a time per refresh token: the first renews, the others find its result here. */
		b24im_state_lock(fd);
		content = read_all(fd);
		if (!content && (hop == 0 || expired(&current) || hop == MAX_CHAIN)) {
			if (request_tokens(s, method, refresh, &content) == FAILURE) {
				b24im_state_unlock(fd);
				close(fd);
				goto cleanup;
			}
			write_all(fd, content);
		}
		b24im_state_unlock(fd);
		close(fd);
		if (!content) {
			break; /* the newest tokens, still valid: use them */
		}
		if (merge_auth(&current, content, &merged) == FAILURE) {
			zend_string_release(content);
			oauth_error(s, method, B24IM_ERR_TRANSPORT, "UNEXPECTED_REPLY", "the stored renewal is not JSON", 0);
			goto cleanup;
		}
		zend_string_release(content);
		zval_ptr_dtor(&current);
		ZVAL_COPY_VALUE(&current, &merged);
		ZVAL_UNDEF(&merged);
	}
	result = adopt(s, &current, method);

cleanup:
	zval_ptr_dtor(&current);
	zval_ptr_dtor(&merged);
	return result;
}
