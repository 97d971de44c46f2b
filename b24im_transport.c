/* b24im transport: libcurl on a persistent easy handle (warm connections, TLS sessions, DNS); timeouts, size cap, redirects. */
#include "php.h"
#include <curl/curl.h>

#include "b24im_transport.h"

/* Apache's default keep-alive is 5 s; stay below it. */
#define B24IM_MAX_CONN_IDLE_S 4
/* A portal's reply headers take about 1 KB; more than this is a hostile or broken server. */
#define B24IM_MAX_HEADER_BYTES (64 * 1024)

/* What the callbacks learn of the reply in progress. */
typedef struct {
	smart_str *body;
	size_t max;
	bool too_large;
	size_t header_bytes;          /* of every header line delivered, status lines included */
	bool headers_too_large;
	bool encoded;                 /* a Content-Encoding, which b24im never asks for */
} reply_ctx;

struct b24im_transport {
	CURL *easy;
	struct curl_slist *headers;   /* of the configuration applied (the User-Agent is one of them) */
	char errbuf[CURL_ERROR_SIZE];
	reply_ctx sink;               /* where the body of the reply in progress goes */
	/* The settings the handle is configured with; a call with other settings configures it anew. */
	bool configured;
	b24im_transport_opts applied;
	char *ca_file;                /* persistent copies of applied's strings */
	char *user_agent;
	/* The URL of the last transfer, parsed once into a URL handle (CURLOPT_CURLU): libcurl otherwise parses
	 * CURLOPT_URL anew on every transfer and prints it back with its own printf (about 16,000 instructions). */
	CURLU *url_handle;
	char *url;                    /* what url_handle holds and the easy handle is set to, or NULL */
};

static void forget_url(b24im_transport *t);

b24im_transport *b24im_transport_new(void)
{
	b24im_transport *t = pecalloc(1, sizeof(*t), 1);

	t->easy = curl_easy_init();
	if (!t->easy) {
		b24im_transport_free(t);
		return NULL;
	}
	return t;
}

/* The request headers of a configuration. libcurl writes each header it adds itself through its own printf
 * on every transfer (User-Agent, a custom Content-Type: about 5,000 instructions each); lines of this list cost
 * less, and the Content-Type of a POSTFIELDS body, application/x-www-form-urlencoded, libcurl adds on its own.
 * What the API answers in, who asks, and no "Expect: 100-continue" round trip on larger bodies. */
static struct curl_slist *request_headers(const char *user_agent)
{
	struct curl_slist *h = curl_slist_append(NULL, "Accept: application/json"), *next;
	char *ua_line;

	if (!h || !(next = curl_slist_append(h, "Expect:"))) {
		curl_slist_free_all(h);
		return NULL;
	}
	h = next;
	if (!user_agent || !user_agent[0]) {
		return h; /* libcurl sends no User-Agent of its own */
	}
	spprintf(&ua_line, 0, "User-Agent: %s", user_agent);
	next = curl_slist_append(h, ua_line);
	efree(ua_line);
	if (!next) {
		curl_slist_free_all(h);
		return NULL;
	}
	return next;
}

void b24im_transport_free(b24im_transport *t)
{
	if (!t) {
		return;
	}
	if (t->easy) { /* without one, no URL was ever set */
		forget_url(t);
		curl_easy_cleanup(t->easy);
	}
	curl_slist_free_all(t->headers);
	if (t->ca_file) {
		pefree(t->ca_file, 1);
	}
	if (t->user_agent) {
		pefree(t->user_agent, 1);
	}
	pefree(t, 1);
}

void b24im_http_reply_dtor(b24im_http_reply *reply)
{
	smart_str_free(&reply->body);
}

static size_t on_body(char *data, size_t size, size_t nmemb, void *userdata)
{
	reply_ctx *ctx = userdata;
	size_t n = size * nmemb;

	size_t have = ctx->body->s ? ZSTR_LEN(ctx->body->s) : 0;

	if (have + n > ctx->max) {
		ctx->too_large = true;
		return 0; /* makes curl stop with CURLE_WRITE_ERROR */
	}
	smart_str_appendl(ctx->body, data, n);
	return n;
}

static bool starts_with_ci(const char *s, const char *prefix)
{
	return strncasecmp(s, prefix, strlen(prefix)) == 0;
}

/* Whether a header line (not NUL-terminated) is "Content-Encoding:" with a value other than identity. */
static bool is_content_encoding(const char *line, size_t n)
{
	static const char name[] = "content-encoding:";
	size_t i = sizeof(name) - 1, end = n;

	if (n < i || strncasecmp(line, name, i) != 0) {
		return false;
	}
	while (i < end && (line[i] == ' ' || line[i] == '\t')) {
		i++;
	}
	while (end > i && (line[end - 1] == '\r' || line[end - 1] == '\n' || line[end - 1] == ' ' || line[end - 1] == '\t')) {
		end--;
	}
	return !(end - i == 8 && strncasecmp(line + i, "identity", 8) == 0) && end > i;
}

/* libcurl hands over each complete header line. b24im sends no Accept-Encoding, so an encoded body would
 * be bytes it cannot read (or a bomb it must not inflate): it stops there, as it does at too many headers. */
static size_t on_header(char *line, size_t size, size_t nmemb, void *userdata)
{
	reply_ctx *ctx = userdata;
	size_t n = size * nmemb;

	ctx->header_bytes += n;
	if (ctx->header_bytes > B24IM_MAX_HEADER_BYTES) {
		ctx->headers_too_large = true;
		return 0; /* makes curl stop with CURLE_WRITE_ERROR */
	}
	if (is_content_encoding(line, n)) {
		ctx->encoded = true;
		return 0;
	}
	return n;
}

static void fail(b24im_http_reply *out, const char *code, const char *fmt, ...)
{
	va_list ap;

	out->code = code;
	va_start(ap, fmt);
	vsnprintf(out->detail, sizeof(out->detail), fmt, ap);
	va_end(ap);
}

/* Names a libcurl failure with one of b24im's transport codes. curl's own text names hosts and ports,
 * never the path that holds a webhook code. */
/* libcurl's text for a CA store it cannot load names neither the setting nor the fix; on a machine without
 * ca-certificates that is every https call's error. */
static void ca_store_failed(b24im_http_reply *out, CURL *e, const b24im_transport_opts *opts)
{
	const char *store = NULL;

	if (opts->ca_file && opts->ca_file[0]) {
		fail(out, "TLS_FAILED", "b24im.ca_file (%s) is missing, unreadable or holds no certificate", opts->ca_file);
		return;
	}
#if LIBCURL_VERSION_NUM >= 0x075400 /* 7.84.0: the store libcurl was built to use */
	curl_easy_getinfo(e, CURLINFO_CAINFO, &store);
#else
	(void) e;
#endif
	fail(out, "TLS_FAILED", "the system CA store%s%s%s is missing or unreadable: install ca-certificates, or point "
		"b24im.ca_file at a CA bundle", store ? " (" : "", store ? store : "", store ? ")" : "");
}

static void classify(b24im_http_reply *out, CURLcode rc, CURL *e, const char *errbuf, const reply_ctx *ctx,
	const b24im_transport_opts *opts)
{
	const char *text = errbuf[0] ? errbuf : curl_easy_strerror(rc);

	if (ctx->too_large || rc == CURLE_FILESIZE_EXCEEDED) {
		fail(out, "RESPONSE_TOO_LARGE", "the reply is larger than b24im.max_response_size (%zu bytes)",
			opts->max_response_size);
		return;
	}
	if (ctx->headers_too_large) {
		fail(out, "RESPONSE_TOO_LARGE", "the reply's headers are larger than %d bytes", B24IM_MAX_HEADER_BYTES);
		return;
	}
	if (ctx->encoded) {
		fail(out, "MALFORMED_REPLY", "the reply has a Content-Encoding, which b24im does not ask for");
		return;
	}
	if (ctx->header_bytes == 0 && (rc == CURLE_GOT_NOTHING || rc == CURLE_RECV_ERROR || rc == CURLE_SEND_ERROR)) {
		/* Closed or reset before a byte of reply: which of the three curl sees depends on timing alone. */
		fail(out, "NO_REPLY", "the portal closed the connection without replying");
		return;
	}
	/* Which libcurl failures mean a malformed reply rather than a lost connection is told only by its text. */
	if (rc == CURLE_RECV_ERROR && strstr(text, "chunked-encoding")) {
		fail(out, "MALFORMED_REPLY", "%s", text);
		return;
	}
	switch (rc) {
		case CURLE_COULDNT_CONNECT:
			fail(out, "CONNECT_FAILED", "%s", text);
			break;
		case CURLE_COULDNT_RESOLVE_HOST:
		case CURLE_COULDNT_RESOLVE_PROXY:
			fail(out, "DNS_FAILED", "%s", text);
			break;
		case CURLE_OPERATION_TIMEDOUT:
			fail(out, "TIMEOUT", "%s", text);
			break;
		case CURLE_SSL_CACERT_BADFILE:
			ca_store_failed(out, e, opts);
			break;
		case CURLE_SSL_CONNECT_ERROR:
		case CURLE_PEER_FAILED_VERIFICATION:
		case CURLE_SSL_CERTPROBLEM:
		case CURLE_SSL_CIPHER:
		case CURLE_SSL_ISSUER_ERROR:
		case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
		case CURLE_SSL_INVALIDCERTSTATUS:
		case CURLE_SSL_CRL_BADFILE:
		case CURLE_SSL_ENGINE_NOTFOUND:
		case CURLE_SSL_ENGINE_SETFAILED:
		case CURLE_SSL_ENGINE_INITFAILED:
		case CURLE_SSL_SHUTDOWN_FAILED:
		case CURLE_USE_SSL_FAILED:
			fail(out, "TLS_FAILED", "%s", text);
			break;
		case CURLE_PARTIAL_FILE:
		case CURLE_HTTP2_STREAM:
			fail(out, "TRUNCATED_REPLY", "%s", text);
			break;
		case CURLE_GOT_NOTHING:
			fail(out, "NO_REPLY", "the portal closed the connection without replying");
			break;
		case CURLE_UNSUPPORTED_PROTOCOL: /* "Received HTTP/0.9 when not allowed": the status line is not HTTP */
		case CURLE_WEIRD_SERVER_REPLY:
			fail(out, "MALFORMED_REPLY", "%s", text);
			break;
		case CURLE_OUT_OF_MEMORY:
			/* libcurl refuses a header line over 100 KB this way: the status line came, the body did not */
			if (ctx->header_bytes > 0 && !(ctx->body->s && ZSTR_LEN(ctx->body->s))) {
				fail(out, "RESPONSE_TOO_LARGE", "a header line of the reply is too long");
			} else {
				fail(out, "TRANSPORT_ERROR", "%s", text);
			}
			break;
		case CURLE_RECV_ERROR:
		case CURLE_SEND_ERROR:
		case CURLE_HTTP2:
			fail(out, "CONNECTION_LOST", "%s", text);
			break;
		default:
			fail(out, "TRANSPORT_ERROR", "%s", text);
	}
}

/* The handle no longer points at any URL, parsed or as text (a webhook URL holds its code); the next
 * transfer sets its own. */
static void forget_url(b24im_transport *t)
{
	curl_easy_setopt(t->easy, CURLOPT_CURLU, NULL);
	curl_easy_setopt(t->easy, CURLOPT_URL, NULL);
	if (t->url) {
		pefree(t->url, 1);
		t->url = NULL;
	}
	if (t->url_handle) {
		curl_url_cleanup(t->url_handle);
		t->url_handle = NULL;
	}
}

/* Points the handle at url; the same URL as the last transfer's costs nothing. A URL the URL API refuses
 * goes to libcurl as text, so that the transfer fails exactly as libcurl's own parse would have it. */
static void set_url(b24im_transport *t, const char *url)
{
	if (t->url && strcmp(t->url, url) == 0) {
		return;
	}
	forget_url(t);
	t->url_handle = curl_url();
	if (t->url_handle && curl_url_set(t->url_handle, CURLUPART_URL, url, 0) == CURLUE_OK) {
		t->url = pestrdup(url, 1);
		curl_easy_setopt(t->easy, CURLOPT_CURLU, t->url_handle);
		return;
	}
	if (t->url_handle) {
		curl_url_cleanup(t->url_handle);
		t->url_handle = NULL;
	}
	curl_easy_setopt(t->easy, CURLOPT_URL, url);
}

void b24im_transport_request_end(b24im_transport *t)
{
	if (t) {
		forget_url(t);
	}
}

static bool same_string(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

static bool same_settings(const b24im_transport *t, const b24im_transport_opts *o)
{
	const b24im_transport_opts *a = &t->applied;

	return t->configured && a->timeout_ms == o->timeout_ms && a->connect_timeout_ms == o->connect_timeout_ms
		&& a->verify_tls == o->verify_tls && a->max_response_size == o->max_response_size
		&& same_string(t->ca_file, o->ca_file) && same_string(t->user_agent, o->user_agent);
}

static char *persistent_copy(const char *s)
{
	return s && s[0] ? pestrdup(s, 1) : NULL;
}

/* What stays the same from call to call with the same settings is set once: a call then sets only its
 * URL and body. Other settings start from a reset handle, so nothing of one configuration outlives it;
 * the connections, TLS sessions, CA store and DNS cache survive a reset. */
static bool configure(b24im_transport *t, const b24im_transport_opts *opts)
{
	CURL *e = t->easy;
	struct curl_slist *headers;   /* of the configuration applied (the User-Agent is one of them) */

	if (same_settings(t, opts)) {
		return true;
	}
	headers = request_headers(opts->user_agent);
	if (!headers) {
		return false;
	}
	curl_easy_reset(e);
	forget_url(t);
	curl_slist_free_all(t->headers);
	t->headers = headers;
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errbuf);
#if LIBCURL_VERSION_NUM >= 0x075500 /* 7.85.0 */
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(e, CURLOPT_PROTOCOLS, (long) (CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
#if LIBCURL_VERSION_NUM >= 0x074100 /* 7.65.0 */
	/* A connection idle longer than a portal's keep-alive is likely to allow may be closing as we write to it:
	 * open a new one rather than let libcurl re-send a request that may have reached the portal. */
	curl_easy_setopt(e, CURLOPT_MAXAGE_CONN, (long) B24IM_MAX_CONN_IDLE_S);
#endif
	curl_easy_setopt(e, CURLOPT_POST, 1L);
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
	/* Redirects are followed here, not by libcurl, to re-post the body and to refuse https -> http. */
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, (long) opts->timeout_ms);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, (long) opts->connect_timeout_ms);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, opts->verify_tls ? 1L : 0L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, opts->verify_tls ? 2L : 0L);
	if (opts->ca_file && opts->ca_file[0]) {
		curl_easy_setopt(e, CURLOPT_CAINFO, opts->ca_file);
	}
	curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t) opts->max_response_size);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, &t->sink);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, &t->sink);

	t->applied = *opts;
	if (t->ca_file) {
		pefree(t->ca_file, 1);
	}
	if (t->user_agent) {
		pefree(t->user_agent, 1);
	}
	t->ca_file = persistent_copy(opts->ca_file);
	t->user_agent = persistent_copy(opts->user_agent);
	t->applied.ca_file = NULL;
	t->applied.user_agent = NULL;
	t->configured = true;
	return true;
}

/* The request surely never reached the portal where the connection was refused, or where the time ran
 * out before the connection (TLS included) was ready to carry it. Anything else may have run. */
static bool surely_unsent(CURL *e, CURLcode rc)
{
	curl_off_t pretransfer = 0;

	if (rc == CURLE_COULDNT_CONNECT) {
		return true;
	}
	return rc == CURLE_OPERATION_TIMEDOUT
		&& curl_easy_getinfo(e, CURLINFO_PRETRANSFER_TIME_T, &pretransfer) == CURLE_OK && pretransfer == 0;
}

static bool is_redirect(long status)
{
	return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

zend_result b24im_transport_post(b24im_transport *t, const char *url, const char *body, size_t body_len,
	const b24im_transport_opts *opts, b24im_http_reply *out)
{
	const char *current = url;
	char *hop = NULL;             /* the URL a redirect named, once there is one */
	zend_result result = FAILURE;
	int hops = 0;

	memset(out, 0, sizeof(*out));
	if (!configure(t, opts)) {
		fail(out, "TRANSPORT_ERROR", "out of memory");
		return FAILURE;
	}
	for (;;) {
		CURLcode rc;
		char *location = NULL;
		long status = 0;

		smart_str_free(&out->body);
		t->sink.body = &out->body;
		t->sink.max = opts->max_response_size;
		t->sink.too_large = false;
		t->sink.header_bytes = 0;
		t->sink.headers_too_large = false;
		t->sink.encoded = false;
		t->errbuf[0] = '\0';
		set_url(t, current);
		curl_easy_setopt(t->easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) body_len);
		curl_easy_setopt(t->easy, CURLOPT_POSTFIELDS, body);
		rc = curl_easy_perform(t->easy);
		curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
		out->http_status = status;
		if (rc != CURLE_OK) {
			classify(out, rc, t->easy, t->errbuf, &t->sink, opts);
			out->unsent = hops == 0 && surely_unsent(t->easy, rc);
			goto cleanup;
		}
		if (!is_redirect(status)) {
			break;
		}
		curl_easy_getinfo(t->easy, CURLINFO_REDIRECT_URL, &location);
		if (!location) {
			break; /* a 3xx without Location is a reply like any other */
		}
		if (++hops > opts->max_redirects) {
			fail(out, "TOO_MANY_REDIRECTS", "more than %d redirects", opts->max_redirects);
			goto cleanup;
		}
		if (starts_with_ci(location, "https://")) {
			/* always allowed */
		} else if (starts_with_ci(location, "http://")) {
			if (starts_with_ci(current, "https://")) {
				fail(out, "REDIRECT_REFUSED", "the portal redirected from https to plain http; refused");
				goto cleanup;
			}
			if (!opts->allow_http) {
				fail(out, "REDIRECT_REFUSED", "the portal redirected to plain http; refused (b24im.allow_http is off)");
				goto cleanup;
			}
		} else {
			fail(out, "REDIRECT_REFUSED", "the portal redirected to a URL that is not http or https; refused");
			goto cleanup;
		}
		if (hop) {
			efree(hop);
		}
		current = hop = estrdup(location);
	}
	result = SUCCESS;

cleanup:
	if (hop) {
		efree(hop);
	}
	smart_str_0(&out->body);
	return result;
}
