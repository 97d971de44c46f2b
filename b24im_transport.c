/* b24im transport: libcurl on a persistent easy handle (warm connections, TLS sessions, DNS); timeouts, size cap, redirects. */
#include "php.h"
#include "php_globals.h"
#include <curl/curl.h>
#ifdef PHP_WIN32
# include <ws2tcpip.h>
#else
# include <arpa/inet.h>
#endif

#include "b24im_transport.h"

/* Apache's default keep-alive is 5 s; stay below it. */
#define B24IM_MAX_CONN_IDLE_S 4
/* A portal's reply headers take about 1 KB; more than this is a hostile or broken server. */
#define B24IM_MAX_HEADER_BYTES (64 * 1024)
/* What a reply must leave of memory_limit besides itself and its PHP values: room for the small allocations
 * that go with them. */
#define B24IM_MEMORY_HEADROOM ((size_t) 1024 * 1024)

/* What the callbacks learn of the reply in progress. */
typedef struct {
	smart_str *body;
	size_t max;
	bool too_large;
	size_t header_bytes;          /* of every header line delivered, status lines included */
	bool headers_too_large;
	bool encoded;                 /* a Content-Encoding, which b24im never asks for */
	size_t announced;             /* the Content-Length of the reply in progress, 0 where none */
	bool no_memory;               /* the reply was refused: memory_limit has no room for it */
	bool grew;                    /* ... as it grew (no Content-Length, or a lying one) */
	size_t memory_wanted;         /* what it would have taken */
	size_t memory_free;           /* what memory_limit left */
	bool bailed;                  /* a fatal error (bailout) was caught in a callback, to re-raise after the transfer */
	int hop;                      /* 0 for the URL called, 1 and on for the redirects followed */
	int origin_class;             /* of the address the URL called connected to */
	bool address_refused;         /* a redirect led to an address of a class the original host was not */
	char refused_ip[64];
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
	 * CURLOPT_URL anew on every transfer and prints it back with its own printf (bench/README.md: the cost). */
	CURLU *url_handle;
	char *url;                    /* what url_handle holds and the easy handle is set to, or NULL */
	/* Set while curl_easy_perform runs: still set at the end of the request, the transfer was left by a
	 * long jump that b24im's callbacks did not catch (another extension's, say: they catch their own), and
	 * libcurl's state is not to be trusted. */
	bool busy;
	bool global_ref;              /* holds a reference to libcurl's global state (b24im_transport_new) */
	/* The POST in progress, across its hops (hop_finish), so that a multi handle's loop can resume it. */
	struct {
		const char *current;          /* the URL of this hop */
		char *hop;                    /* emalloc'd: the URL a redirect named, once there is one */
		char *asked;                  /* emalloc'd: this hop's URL, until its transfer ends */
		int hops;
		const char *body;
		size_t body_len;
		const b24im_transport_opts *opts;
		b24im_http_reply *out;
	} post;
	void *owner;                  /* the multi loop's call that the transfer belongs to */
};

static void forget_url(b24im_transport *t);

/* Frees a persistent copy of a string that may hold a secret (a webhook URL holds its code). */
static void wipe_free(char *s)
{
	if (s) {
		ZEND_SECURE_ZERO(s, strlen(s));
		pefree(s, 1);
	}
}

bool b24im_transport_global_refs(void)
{
#if LIBCURL_VERSION_NUM >= 0x075400 /* 7.84.0 */
	return (curl_version_info(CURLVERSION_NOW)->features & CURL_VERSION_THREADSAFE) != 0;
#else
	return false;
#endif
}

b24im_transport *b24im_transport_new(void)
{
	b24im_transport *t;
	/* Where libcurl counts them thread-safely, each handle holds a reference to libcurl's global state: in
	 * ZTS a thread's handle is freed in GSHUTDOWN, which may run after MSHUTDOWN's curl_global_cleanup();
	 * that one then only drops the module's reference, and the last handle's free tears libcurl down. */
	bool ref = b24im_transport_global_refs();

	if (ref && curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		return NULL;
	}
	t = pecalloc(1, sizeof(*t), 1);
	t->global_ref = ref;
	t->easy = curl_easy_init();
	if (!t->easy) {
		b24im_transport_free(t);
		return NULL;
	}
	return t;
}

/* The request headers of a configuration. libcurl writes each header it adds itself through its own printf
 * on every transfer (User-Agent, a custom Content-Type); lines of this list cost less, and the Content-Type of
 * a POSTFIELDS body, application/x-www-form-urlencoded, libcurl adds on its own.
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
	if (t->easy) { /* without one, no URL is set */
		forget_url(t);
		curl_easy_cleanup(t->easy);
	} else {
		wipe_free(t->url);
		if (t->url_handle) {
			curl_url_cleanup(t->url_handle);
		}
	}
	curl_slist_free_all(t->headers);
	if (t->ca_file) {
		pefree(t->ca_file, 1);
	}
	if (t->user_agent) {
		pefree(t->user_agent, 1);
	}
	if (t->global_ref) {
		curl_global_cleanup(); /* the reference b24im_transport_new took */
	}
	pefree(t, 1);
}

void b24im_http_reply_dtor(b24im_http_reply *reply)
{
	smart_str_free(&reply->body);
	if (reply->url) { /* the URL called, a webhook code in it */
		ZEND_SECURE_ZERO(reply->url, strlen(reply->url));
		efree(reply->url);
		reply->url = NULL;
	}
}

/* Whether memory_limit leaves room for a body of total bytes and for its PHP values, which take at least as
 * much again (a string result is a copy of the text; arrays take more), when the body already holds held
 * bytes of memory. Asked before any allocation, so that a reply too big for the script is refused rather
 * than let PHP's allocator end the process in a fatal error (or kill it, past the hard limit) inside libcurl.
 * Without PHP's allocator (USE_ZEND_ALLOC=0) memory_limit counts nothing: only the limit itself bounds. */
static bool memory_has_room(reply_ctx *ctx, size_t total, size_t held)
{
	zend_long limit = PG(memory_limit);
	size_t used = is_zend_mm() ? zend_memory_usage(true) : 0;
	size_t free_bytes;

	if (limit <= 0 || (zend_ulong) limit >= SIZE_MAX / 2) {
		return true; /* memory_limit=-1: no limit */
	}
	used = used > held ? used - held : 0;
	free_bytes = (size_t) limit > used ? (size_t) limit - used : 0;
	if (total <= (SIZE_MAX - B24IM_MEMORY_HEADROOM) / 2 && 2 * total + B24IM_MEMORY_HEADROOM <= free_bytes) {
		return true;
	}
	ctx->no_memory = true;
	ctx->memory_wanted = total;
	ctx->memory_free = free_bytes;
	return false;
}

/* smart_str_alloc under a zend_try: a bailout is caught and noted, never let through libcurl's frames.
 * PHP's own allocator bails out at once past memory_limit; Debian 12's PHP 8.2 defers that fatal error to the
 * next VM instruction and kills the process past its hard limit (memory_hard_limit_percent), which no
 * zend_try catches: memory_has_room() is what keeps a reply from getting there. */
static bool body_alloc(reply_ctx *ctx, size_t more)
{
	zend_try {
		smart_str_alloc(ctx->body, more, 0);
	} zend_catch {
		ctx->bailed = true;
	} zend_end_try();
	return !ctx->bailed;
}

/* Makes room in the body for need more bytes, at most once per Content-Length (the whole of it) and
 * otherwise by half again, never past what memory_limit leaves. PHP's allocator may still end the request
 * in a fatal error here: caught, the transfer is stopped cleanly and the error re-raised after it. */
static bool body_reserve(reply_ctx *ctx, size_t need)
{
	smart_str *body = ctx->body;
	size_t have = body->s ? ZSTR_LEN(body->s) : 0, room = body->s ? body->a : 0;
	size_t want = have + need, grown;

	if (want <= room) {
		return true;
	}
	if (!memory_has_room(ctx, want, room)) {
		ctx->grew = true;
		return false;
	}
	if (ctx->announced > 0 && ctx->announced + 1 >= want && ctx->announced <= ctx->max) {
		grown = ctx->announced + 1;
	} else {
		grown = room + room / 2;
	}
	if (grown > want && grown <= ctx->max && memory_has_room(ctx, grown, room)) {
		want = grown;
	}
	ctx->no_memory = false; /* a refused larger step is no refusal: want itself fits */
	return body_alloc(ctx, want - have);
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
	if (!body_reserve(ctx, n + 1)) { /* + 1: the NUL that ends it */
		return 0;
	}
	memcpy(ZSTR_VAL(ctx->body->s) + have, data, n);
	ZSTR_LEN(ctx->body->s) = have + n;
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

/* The value of a "Content-Length:" header line (not NUL-terminated), or 0 where the line is another or the
 * value is not a plain number (libcurl refuses those itself). */
static size_t content_length(const char *line, size_t n)
{
	static const char name[] = "content-length:";
	size_t i = sizeof(name) - 1, value = 0;

	if (n < i || strncasecmp(line, name, i) != 0) {
		return 0;
	}
	while (i < n && (line[i] == ' ' || line[i] == '\t')) {
		i++;
	}
	for (; i < n && line[i] >= '0' && line[i] <= '9'; i++) {
		if (value > (SIZE_MAX - 9) / 10) {
			return SIZE_MAX;
		}
		value = value * 10 + (size_t) (line[i] - '0');
	}
	return value;
}

/* libcurl hands over each complete header line. b24im sends no Accept-Encoding, so an encoded body would
 * be bytes it cannot read (or a bomb it must not inflate): it stops there, as it does at too many headers.
 * A Content-Length that memory_limit has no room for stops the transfer before a byte of body is read. */
static size_t on_header(char *line, size_t size, size_t nmemb, void *userdata)
{
	reply_ctx *ctx = userdata;
	size_t n = size * nmemb, length;

	ctx->header_bytes += n;
	if (ctx->header_bytes > B24IM_MAX_HEADER_BYTES) {
		ctx->headers_too_large = true;
		return 0; /* makes curl stop with CURLE_WRITE_ERROR */
	}
	if (is_content_encoding(line, n)) {
		ctx->encoded = true;
		return 0;
	}
	if (n > 5 && strncmp(line, "HTTP/", 5) == 0) {
		ctx->announced = 0; /* a new reply (after a 100 Continue, say) */
	} else if ((length = content_length(line, n)) > 0) {
		ctx->announced = length;
		/* over max_response_size libcurl refuses it itself (CURLOPT_MAXFILESIZE), with that setting's message */
		if (length <= ctx->max && !memory_has_room(ctx, length, 0)) {
			return 0;
		}
	}
	return n;
}

static int ipv4_class(const unsigned char a[4])
{
	if (a[0] == 127 || a[0] == 0) {
		return B24IM_ADDR_LOOPBACK; /* 0.0.0.0/8 reaches this host too */
	}
	if (a[0] == 169 && a[1] == 254) {
		return B24IM_ADDR_LINK_LOCAL;
	}
	if (a[0] == 10 || (a[0] == 172 && (a[1] & 0xF0) == 16) || (a[0] == 192 && a[1] == 168)
		|| (a[0] == 100 && (a[1] & 0xC0) == 64) /* shared address space (carrier NAT) */
		|| a[0] >= 224 /* multicast, reserved, broadcast: no portal lives there */) {
		return B24IM_ADDR_PRIVATE;
	}
	return B24IM_ADDR_PUBLIC;
}

int b24im_address_class(const char *ip)
{
	unsigned char a[16];
	static const unsigned char mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF };
	static const unsigned char nat64[12] = { 0, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0 };
	static const unsigned char zero[16] = { 0 };

	if (!ip || !ip[0]) {
		return B24IM_ADDR_UNKNOWN;
	}
	if (inet_pton(AF_INET, ip, a) == 1) {
		return ipv4_class(a);
	}
	if (inet_pton(AF_INET6, ip, a) != 1) {
		return B24IM_ADDR_UNKNOWN;
	}
	if (memcmp(a, mapped, 12) == 0 || memcmp(a, nat64, 12) == 0) {
		return ipv4_class(a + 12); /* an IPv4 address in IPv6 clothes (mapped, or through a NAT64 gateway) */
	}
	if (memcmp(a, zero, 15) == 0 && (a[15] == 1 || a[15] == 0)) {
		return B24IM_ADDR_LOOPBACK; /* ::1, and :: which reaches this host */
	}
	if (a[0] == 0xFE && (a[1] & 0xC0) == 0x80) {
		return B24IM_ADDR_LINK_LOCAL;
	}
	if ((a[0] & 0xFE) == 0xFC || a[0] == 0xFF) { /* unique local, multicast */
		return B24IM_ADDR_PRIVATE;
	}
	return B24IM_ADDR_PUBLIC;
}

const char *b24im_address_class_name(int address_class)
{
	switch (address_class) {
		case B24IM_ADDR_PUBLIC: return "public";
		case B24IM_ADDR_LOOPBACK: return "loopback";
		case B24IM_ADDR_LINK_LOCAL: return "link-local";
		case B24IM_ADDR_PRIVATE: return "private";
		default: return "unknown";
	}
}

#if LIBCURL_VERSION_NUM >= 0x075000 /* 7.80.0 */
/* Runs once the connection of a hop is made or reused, before a byte of the request goes. The address of the
 * URL called sets what is allowed: a redirect may lead to a public address, or to one of the same class as
 * that first one (a portal on the loopback may move on the loopback), never from a public host into this
 * machine, its link or its private network, whatever name (DNS, /etc/hosts) led there. */
static int on_prereq(void *clientp, char *primary_ip, char *local_ip, int primary_port, int local_port)
{
	reply_ctx *ctx = clientp;
	int address_class = b24im_address_class(primary_ip);

	(void) local_ip;
	(void) primary_port;
	(void) local_port;
	if (ctx->hop == 0) {
		ctx->origin_class = address_class;
		return CURL_PREREQFUNC_OK;
	}
	if ((address_class == B24IM_ADDR_PUBLIC || address_class == ctx->origin_class) && address_class != B24IM_ADDR_UNKNOWN) {
		return CURL_PREREQFUNC_OK;
	}
	ctx->address_refused = true;
	snprintf(ctx->refused_ip, sizeof(ctx->refused_ip), "%s", primary_ip ? primary_ip : "");
	return CURL_PREREQFUNC_ABORT;
}
#endif

static void fail(b24im_http_reply *out, const char *code, const char *fmt, ...)
{
	va_list ap;

	out->code = code;
	va_start(ap, fmt);
	vsnprintf(out->detail, sizeof(out->detail), fmt, ap);
	va_end(ap);
}

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

/* Names a libcurl failure with one of b24im's transport codes. curl's own text names hosts and ports,
 * never the path that holds a webhook code. */
static void classify(b24im_http_reply *out, CURLcode rc, CURL *e, const char *errbuf, const reply_ctx *ctx,
	const b24im_transport_opts *opts)
{
	const char *text = errbuf[0] ? errbuf : curl_easy_strerror(rc);

	if (ctx->no_memory && ctx->grew) {
		fail(out, "RESPONSE_TOO_LARGE", "the reply grew to %zu bytes, more than memory_limit leaves room for with "
			"their PHP values (%zu of " ZEND_LONG_FMT " bytes free)", ctx->memory_wanted, ctx->memory_free, PG(memory_limit));
		return;
	}
	if (ctx->no_memory) {
		fail(out, "RESPONSE_TOO_LARGE", "the reply's %zu bytes (and as much again for their PHP values) do not fit "
			"in what memory_limit leaves (%zu of " ZEND_LONG_FMT " bytes free)", ctx->memory_wanted, ctx->memory_free,
			PG(memory_limit));
		return;
	}
	if (ctx->address_refused) {
		fail(out, "REDIRECT_REFUSED", "the portal redirected to %s, a %s address, from a host that is not one; refused",
			ctx->refused_ip, b24im_address_class_name(b24im_address_class(ctx->refused_ip)));
		return;
	}
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
	/* Which libcurl failures mean a malformed reply rather than a lost connection is told only by its text
	 * ("chunked-encoding" up to libcurl 7.x, "chunk hex-length" in 8.x). */
	if (rc == CURLE_RECV_ERROR && strstr(text, "chunk")) {
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
#if LIBCURL_VERSION_NUM >= 0x080600 /* 8.6.0 */
		case CURLE_TOO_LARGE:
#endif
			/* libcurl refuses a header line over 100 KB this way (8.6 and later with its own code): the status
			 * line came, the body did not */
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
	wipe_free(t->url);
	t->url = NULL;
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
	if (!t || !t->easy) {
		return;
	}
	forget_url(t);
	if (t->busy) {
		/* A long jump left curl_easy_perform (a hard timeout's signal: every callback catches its own
		 * bailouts): the handle may still sit in libcurl's own multi handle, mid-transfer. As phpredis drops a
		 * persistent connection that a fatal error left in use, the handle goes; the next call makes one. */
		curl_easy_cleanup(t->easy);
		t->easy = NULL;
		t->configured = false;
		t->busy = false;
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
#if LIBCURL_VERSION_NUM >= 0x075000 /* 7.80.0 */
	curl_easy_setopt(e, CURLOPT_PREREQFUNCTION, on_prereq);
	curl_easy_setopt(e, CURLOPT_PREREQDATA, &t->sink);
#endif

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

/* scheme://host:port of an absolute URL, lowercase, as emalloc'd text; NULL where libcurl cannot parse it. */
static char *origin_of(const char *url)
{
	CURLU *u = curl_url();
	char *scheme = NULL, *host = NULL, *port = NULL, *origin = NULL;

	if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK
		&& curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK
		&& curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK
		&& curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK) {
		spprintf(&origin, 0, "%s://%s:%s", scheme, host, port);
		zend_str_tolower(origin, strlen(origin));
	}
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	curl_url_cleanup(u);
	return origin;
}

static bool same_origin(const char *a, const char *b)
{
	char *oa = origin_of(a), *ob = origin_of(b);
	bool same = oa && ob && strcmp(oa, ob) == 0;

	if (oa) {
		efree(oa);
	}
	if (ob) {
		efree(ob);
	}
	return same;
}

/* Frees an emalloc'd URL that may hold a webhook code. */
static void wipe_efree(char *s)
{
	if (s) {
		ZEND_SECURE_ZERO(s, strlen(s));
		efree(s);
	}
}

/* The first hop of a POST: the handle configured, the state of the POST reset. FAILURE with out filled. */
static zend_result post_begin(b24im_transport *t, const char *url, const char *body, size_t body_len,
	const b24im_transport_opts *opts, b24im_http_reply *out)
{
	memset(out, 0, sizeof(*out));
	if (!t->easy && !(t->easy = curl_easy_init())) {
		fail(out, "TRANSPORT_ERROR", "libcurl could not make a handle");
		return FAILURE;
	}
	if (!configure(t, opts)) {
		fail(out, "TRANSPORT_ERROR", "out of memory");
		return FAILURE;
	}
	t->sink.origin_class = B24IM_ADDR_UNKNOWN;
	t->post.current = url;
	t->post.hop = NULL;
	t->post.hops = 0;
	t->post.body = body;
	t->post.body_len = body_len;
	t->post.opts = opts;
	t->post.out = out;
	return SUCCESS;
}

/* Readies the handle for the transfer of the current hop. */
static void hop_prepare(b24im_transport *t)
{
	b24im_http_reply *out = t->post.out;

	smart_str_free(&out->body);
	t->sink.body = &out->body;
	t->sink.max = t->post.opts->max_response_size;
	t->sink.too_large = false;
	t->sink.header_bytes = 0;
	t->sink.headers_too_large = false;
	t->sink.encoded = false;
	t->sink.announced = 0;
	t->sink.no_memory = false;
	t->sink.grew = false;
	t->sink.bailed = false;
	t->sink.hop = t->post.hops;
	t->sink.address_refused = false;
	t->errbuf[0] = '\0';
	set_url(t, t->post.current);
	t->post.asked = estrdup(t->post.current);
	curl_easy_setopt(t->easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) t->post.body_len);
	curl_easy_setopt(t->easy, CURLOPT_POSTFIELDS, t->post.body);
}

typedef enum { HOP_DONE, HOP_FAILED, HOP_AGAIN } hop_outcome;

/* What a hop's finished transfer (rc) means: a final reply (HOP_DONE), a failure with out->code set
 * (HOP_FAILED), or a redirect to follow (HOP_AGAIN: hop_prepare, then transfer again). Both paths, one at a
 * time and many at once, decide here, so that a redirect's rules and a failure's name are the same. */
static hop_outcome hop_finish(b24im_transport *t, CURLcode rc)
{
	b24im_http_reply *out = t->post.out;
	const b24im_transport_opts *opts = t->post.opts;
	const char *current = t->post.current;
	char *location = NULL, *asked = t->post.asked;
	long status = 0;
	hop_outcome outcome = HOP_FAILED;

	t->post.asked = NULL;
	if (t->sink.bailed) {
		/* A fatal error in a callback, which stopped the transfer: libcurl is done with the handle, and
		 * the error goes on to end the request as it would have. The body may be an OAuth server's tokens. */
		if (out->body.s) {
			ZEND_SECURE_ZERO(ZSTR_VAL(out->body.s), ZSTR_LEN(out->body.s));
		}
		smart_str_free(&out->body);
		wipe_efree(asked);
		wipe_efree(t->post.hop);
		t->post.hop = NULL;
		wipe_efree(out->url);
		out->url = NULL;
		zend_bailout();
	}
	curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
	{
		long version = 0;
		curl_easy_getinfo(t->easy, CURLINFO_HTTP_VERSION, &version);
		out->multiplexed = version >= CURL_HTTP_VERSION_2_0;
	}
#if LIBCURL_VERSION_NUM < 0x075000 /* 7.80.0: no CURLOPT_PREREQFUNCTION; the address is known only afterwards */
	{
		char *ip = NULL;
		curl_easy_getinfo(t->easy, CURLINFO_PRIMARY_IP, &ip);
		if (t->post.hops == 0) {
			t->sink.origin_class = b24im_address_class(ip);
		} else if (b24im_address_class(ip) != B24IM_ADDR_PUBLIC && b24im_address_class(ip) != t->sink.origin_class) {
			t->sink.address_refused = true;
			snprintf(t->sink.refused_ip, sizeof(t->sink.refused_ip), "%s", ip ? ip : "");
			rc = CURLE_ABORTED_BY_CALLBACK;
		}
	}
#endif
	if (t->sink.address_refused) {
		/* Nothing went to the refused address: the last reply is still the redirect, and where it came from. */
		wipe_efree(asked);
		asked = NULL;
	} else {
		wipe_efree(out->url);
		out->url = asked;
		asked = NULL;
		out->http_status = status;
	}
	if (rc != CURLE_OK) {
		classify(out, rc, t->easy, t->errbuf, &t->sink, opts);
		out->unsent = t->post.hops == 0 && surely_unsent(t->easy, rc);
		goto cleanup;
	}
	if (!is_redirect(status)) {
		outcome = HOP_DONE;
		goto cleanup;
	}
	curl_easy_getinfo(t->easy, CURLINFO_REDIRECT_URL, &location);
	if (!location) {
		outcome = HOP_DONE; /* a 3xx without Location is a reply like any other */
		goto cleanup;
	}
	if (++t->post.hops > opts->max_redirects) {
		fail(out, "TOO_MANY_REDIRECTS", "more than %d redirects", opts->max_redirects);
		goto cleanup;
	}
	if (starts_with_ci(location, "https://")) {
		/* Another origin only where its certificate is checked: that is what says who answers there. */
		if (!opts->verify_tls && !same_origin(current, location)) {
			fail(out, "REDIRECT_REFUSED", "the portal redirected to another origin, whose certificate is not "
				"checked (b24im.verify_tls is off); refused");
			goto cleanup;
		}
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
#if LIBCURL_VERSION_NUM < 0x075000
	/* Here a hop's address is known only once its request has gone: no other origin at all. */
	if (!same_origin(current, location)) {
		fail(out, "REDIRECT_REFUSED", "the portal redirected to another origin, and this libcurl (older than 7.80) "
			"cannot check its address before sending; refused");
		goto cleanup;
	}
#endif
	{
		char *next = estrdup(location);
		wipe_efree(t->post.hop);
		t->post.current = t->post.hop = next;
	}
	return HOP_AGAIN;

cleanup:
	wipe_efree(t->post.hop);
	t->post.hop = NULL;
	smart_str_0(&out->body);
	return outcome;
}

zend_result b24im_transport_post(b24im_transport *t, const char *url, const char *body, size_t body_len,
	const b24im_transport_opts *opts, b24im_http_reply *out)
{
	hop_outcome outcome;

	if (post_begin(t, url, body, body_len, opts, out) == FAILURE) {
		return FAILURE;
	}
	do {
		CURLcode rc;

		hop_prepare(t);
		t->busy = true;
		rc = curl_easy_perform(t->easy);
		t->busy = false;
		outcome = hop_finish(t, rc);
	} while (outcome == HOP_AGAIN);
	return outcome == HOP_DONE ? SUCCESS : FAILURE;
}

/* --- many transfers at once: one multi handle per process, and a pool of easy handles for it --- */

/* Easy handles kept in the pool between calls: warm TLS sessions and configured handles, bounded. */
#define B24IM_MAX_POOLED 64
/* Idle connections the multi handle keeps: one per portal of an application's few hundred. libcurl's
 * default, four per easy handle added, shrinks as transfers end and closed most between two calls. */
#define B24IM_MAX_IDLE_CONNECTIONS 256

struct b24im_multi {
	CURLM *multi;
	b24im_transport **pool;      /* idle handles */
	int pooled, pool_cap;
	b24im_transport **active;    /* handles added to the multi handle */
	int actives, active_cap;
	bool global_ref;
};

b24im_multi *b24im_multi_new(void)
{
	b24im_multi *m;
	bool ref = b24im_transport_global_refs();

	if (ref && curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		return NULL;
	}
	m = pecalloc(1, sizeof(*m), 1);
	m->global_ref = ref;
	m->multi = curl_multi_init();
	if (!m->multi) {
		b24im_multi_free(m);
		return NULL;
	}
	/* HTTP/2 portals: every transfer on one connection (the default since 7.62, said anyway); others: a few. */
	curl_multi_setopt(m->multi, CURLMOPT_PIPELINING, (long) CURLPIPE_MULTIPLEX);
	curl_multi_setopt(m->multi, CURLMOPT_MAX_HOST_CONNECTIONS, (long) B24IM_MAX_HOST_CONNECTIONS);
	curl_multi_setopt(m->multi, CURLMOPT_MAXCONNECTS, (long) B24IM_MAX_IDLE_CONNECTIONS);
	return m;
}

static void active_remove(b24im_multi *m, b24im_transport *t)
{
	for (int i = 0; i < m->actives; i++) {
		if (m->active[i] == t) {
			m->active[i] = m->active[--m->actives];
			break;
		}
	}
	curl_multi_remove_handle(m->multi, t->easy);
	t->busy = false;
}

void b24im_multi_abort(b24im_multi *m)
{
	if (!m) {
		return;
	}
	/* After a long jump out of the loop the transfers' state is not to be trusted: the handles go. */
	while (m->actives > 0) {
		b24im_transport *t = m->active[m->actives - 1];
		active_remove(m, t);
		wipe_efree(t->post.asked);
		t->post.asked = NULL;
		wipe_efree(t->post.hop);
		t->post.hop = NULL;
		b24im_transport_free(t);
	}
}

void b24im_multi_free(b24im_multi *m)
{
	if (!m) {
		return;
	}
	b24im_multi_abort(m);
	for (int i = 0; i < m->pooled; i++) {
		b24im_transport_free(m->pool[i]);
	}
	if (m->pool) {
		pefree(m->pool, 1);
	}
	if (m->active) {
		pefree(m->active, 1);
	}
	if (m->multi) {
		curl_multi_cleanup(m->multi);
	}
	if (m->global_ref) {
		curl_global_cleanup();
	}
	pefree(m, 1);
}

b24im_transport *b24im_multi_take(b24im_multi *m)
{
	if (m->pooled > 0) {
		return m->pool[--m->pooled];
	}
	return b24im_transport_new();
}

void b24im_multi_give(b24im_multi *m, b24im_transport *t)
{
	if (!t) {
		return;
	}
	if (t->easy) {
		forget_url(t); /* a webhook URL holds its code */
	}
	if (m->pooled >= B24IM_MAX_POOLED || !t->easy) {
		b24im_transport_free(t);
		return;
	}
	if (m->pooled == m->pool_cap) {
		m->pool_cap = m->pool_cap ? 2 * m->pool_cap : 8;
		m->pool = perealloc(m->pool, m->pool_cap * sizeof(*m->pool), 1);
	}
	m->pool[m->pooled++] = t;
}

static bool active_add(b24im_multi *m, b24im_transport *t)
{
	if (m->actives == m->active_cap) {
		m->active_cap = m->active_cap ? 2 * m->active_cap : 16;
		m->active = perealloc(m->active, m->active_cap * sizeof(*m->active), 1);
	}
	if (curl_multi_add_handle(m->multi, t->easy) != CURLM_OK) {
		return false;
	}
	m->active[m->actives++] = t;
	t->busy = true;
	return true;
}

zend_result b24im_multi_post(b24im_multi *m, b24im_transport *t, const char *url, const char *body, size_t body_len,
	const b24im_transport_opts *opts, b24im_http_reply *out, void *owner)
{
	if (post_begin(t, url, body, body_len, opts, out) == FAILURE) {
		return FAILURE;
	}
	/* A second transfer to a portal whose connection is still being made waits for it, to multiplex on it
	 * where it speaks HTTP/2, rather than open its own. Only https may speak HTTP/2 (ALPN): over plain http,
	 * waiting would put every transfer to the portal on one connection, one after another. */
	curl_easy_setopt(t->easy, CURLOPT_PIPEWAIT, strncasecmp(url, "https://", 8) == 0 ? 1L : 0L);
	curl_easy_setopt(t->easy, CURLOPT_PRIVATE, (void *) t);
	t->owner = owner;
	hop_prepare(t);
	if (!active_add(m, t)) {
		wipe_efree(t->post.asked);
		t->post.asked = NULL;
		fail(out, "TRANSPORT_ERROR", "libcurl could not add the transfer");
		return FAILURE;
	}
	return SUCCESS;
}

void b24im_multi_perform(b24im_multi *m)
{
	int running;

	curl_multi_perform(m->multi, &running);
}

void b24im_multi_poll(b24im_multi *m, int timeout_ms)
{
	int fds;

	curl_multi_poll(m->multi, NULL, 0, timeout_ms, &fds);
}

/* One hop's end, under a zend_try: a fatal error found in a callback returns the handle to the pool first. */
static hop_outcome finish_pooled(b24im_multi *m, b24im_transport *t, CURLcode rc)
{
	hop_outcome outcome = HOP_FAILED;

	zend_try {
		outcome = hop_finish(t, rc);
	} zend_catch {
		b24im_multi_give(m, t);
		zend_bailout();
	} zend_end_try();
	return outcome;
}

b24im_transport *b24im_multi_done(b24im_multi *m, void **owner, zend_result *result)
{
	CURLMsg *msg;
	int left;

	while ((msg = curl_multi_info_read(m->multi, &left))) {
		b24im_transport *t = NULL;
		CURLcode rc = msg->data.result;
		hop_outcome outcome;

		if (msg->msg != CURLMSG_DONE) {
			continue;
		}
		curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **) &t);
		active_remove(m, t);
		outcome = finish_pooled(m, t, rc);
		if (outcome == HOP_AGAIN) {
			hop_prepare(t);
			if (active_add(m, t)) {
				continue;
			}
			wipe_efree(t->post.asked);
			t->post.asked = NULL;
			wipe_efree(t->post.hop);
			t->post.hop = NULL;
			fail(t->post.out, "TRANSPORT_ERROR", "libcurl could not add the transfer");
			outcome = HOP_FAILED;
		}
		*owner = t->owner;
		*result = outcome == HOP_DONE ? SUCCESS : FAILURE;
		return t;
	}
	return NULL;
}
