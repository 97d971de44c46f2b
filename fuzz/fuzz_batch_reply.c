/* b24im fuzz harness: batch replies served by a fake transport through b24im_batch() -> b24im_call() -> reply -> errors (and OAuth renewal), merged parts checked. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "php.h"
#include "ext/json/php_json.h"
#include "zend_exceptions.h"

#include "b24im_batch.h"
#include "b24im_session.h"
#include "b24im_settings.h"
#include "b24im_limiter.h"
#include "b24im_reply.h"
#include "b24im_transport.h"
#include "support.h"

/* Input: byte 0 holds flags (bit 0 halt, bits 1-2 max_retries, bit 3 an OAuth session that can renew its
 * token); then NUL-separated segments: the commands as JSON (anything else: a default set), then each HTTP
 * reply body in the order the calls ask for them, optionally led by "#NNN " for its HTTP status. When the
 * bodies run out, the transport fails as an unreachable portal would. */

#define WEBHOOK "https://fuzz.bitrix24.test/rest/1/wh0Secret7code/"
#define WEBHOOK_CODE "wh0Secret7code"
#define ACCESS_TOKEN "acc3ssTok3nFuzz"
#define REFRESH_TOKEN "r3freshTok3nFuzz"
#define CLIENT_SECRET "s3cretCli3ntFuzz"
#define DEFAULT_COMMANDS \
	"{\"status\":\"im.user.status.get\",\"set\":[\"im.user.status.set\",{\"STATUS\":\"away\"}]," \
	"\"7\":\"user.get?ID=$result[status]\",\"idle\":[\"im.user.status.idle.start\",{\"AGO\":5}]}"
#define MAX_SERVED 64

struct b24im_transport {
	int unused;
};

typedef struct {
	const uint8_t *data;
	size_t size;
	const char *segments[MAX_SERVED + 1];
	size_t lengths[MAX_SERVED + 1];
	int count;              /* segments, the commands included */
	int next;               /* the next body to serve */
	bool served_batch[MAX_SERVED + 1]; /* was this body the reply to a batch request */
	bool halt;
	bool oauth;
	const b24im_session *session;
} fuzz_input;

static fuzz_input *current;
static struct json_tokener *oracle_tok;
static struct json_tokener *session_tok; /* the per-process tokener the module would lend */
static char state_dir[] = "/tmp/b24im-fuzz-XXXXXX";
static struct b24im_transport the_transport;
/* What the module would hand down: the INI values (defaults, then the harness's own) and the request's cache. */
static b24im_ini ini;
static b24im_endpoint_cache cache;

/* --- the fake transport and limiter: the rest of the call path is the extension's own --- */

/* A secret in a request URL is a leak, unless the configuration itself put it there (an OAuth server's
 * reply may name any client_endpoint or server_endpoint, the fuzzer's strings included). */
static void check_url(fuzz_input *in, const char *url)
{
	const char *secrets[] = { ACCESS_TOKEN, REFRESH_TOKEN, CLIENT_SECRET };
	const b24im_session *s = in->session;

	for (size_t i = 0; i < sizeof(secrets) / sizeof(secrets[0]); i++) {
		const char *secret = secrets[i];
		zval *server;
		bool configured;

		if (!strstr(url, secret)) {
			continue;
		}
		server = Z_TYPE(s->auth) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL(s->auth), "server_endpoint", sizeof("server_endpoint") - 1) : NULL;
		configured = (s->ep.base && strstr(ZSTR_VAL(s->ep.base), secret))
			|| (server && Z_TYPE_P(server) == IS_STRING && strstr(Z_STRVAL_P(server), secret));
		if (!configured) {
			fuzz_fail(in->data, in->size, "a secret travels in the URL: %s", url);
		}
	}
	if (strstr(url, "/batch.json") && s->ep.base
		&& (strncmp(url, ZSTR_VAL(s->ep.base), ZSTR_LEN(s->ep.base)) != 0 || strcmp(url + ZSTR_LEN(s->ep.base), "batch.json") != 0)) {
		fuzz_fail(in->data, in->size, "a batch request went to %s, not to the endpoint %sbatch.json", url, ZSTR_VAL(s->ep.base));
	}
}

void b24im_http_reply_dtor(b24im_http_reply *reply)
{
	smart_str_free(&reply->body);
}

zend_result b24im_transport_post(b24im_transport *t, const char *url, const char *body, size_t body_len,
	const b24im_transport_opts *opts, b24im_http_reply *out)
{
	fuzz_input *in = current;
	const char *seg;
	size_t len;

	(void) t;
	(void) opts;
	memset(out, 0, sizeof(*out));
	check_url(in, url);
	if (body_len != strlen(body)) {
		fuzz_fail(in->data, in->size, "a request body with a NUL byte, or a wrong length");
	}
	if (in->next >= in->count) {
		out->code = "CONNECT_FAILED";
		snprintf(out->detail, sizeof(out->detail), "no more replies in the fuzz input");
		return FAILURE;
	}
	seg = in->segments[in->next];
	len = in->lengths[in->next];
	in->served_batch[in->next] = strstr(url, "/batch.json") != NULL;
	in->next++;
	out->http_status = fuzz_segment_reply(seg, len, &out->body);
	return SUCCESS;
}

zend_result b24im_limiter_acquire(const b24im_settings *s, const zend_string *portal, const char *method)
{
	(void) s;
	(void) portal;
	(void) method;
	return SUCCESS;
}

/* linked with --wrap=b24im_backoff_sleep: the call's backoff is b24im_backoff.c's own, its sleep this check */
void __wrap_b24im_backoff_sleep(double seconds);
void __wrap_b24im_backoff_sleep(double seconds)
{
	if (!(seconds >= 0) || seconds > 31) {
		fuzz_fail(current->data, current->size, "a retry would sleep %f s", seconds);
	}
}

/* --- the harness --- */

static void clear_state_dir(void)
{
	DIR *d = opendir(state_dir);
	struct dirent *e;

	if (!d) {
		return;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] != '.') {
			char path[512];
			snprintf(path, sizeof(path), "%s/%s", state_dir, e->d_name);
			unlink(path);
		}
	}
	closedir(d);
}

static void remove_state_dir(void)
{
	clear_state_dir();
	rmdir(state_dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc;
	(void) argv;
	fuzz_init();
	if (!mkdtemp(state_dir)) {
		abort();
	}
	atexit(remove_state_dir);
	oracle_tok = b24im_reply_tokener_new();
	session_tok = b24im_reply_tokener_new();
	b24im_ini_defaults(&ini);
	ini.state_dir = state_dir;
	ini.client_id = (char *) "app.fuzz";
	ini.client_secret = (char *) CLIENT_SECRET;
	return 0;
}

static const char *const parts[][2] = {
	{ "result", "result" }, { "result_error", "error" }, { "result_total", "total" },
	{ "result_next", "next" }, { "result_time", "time" }
};

/* What the merged parts must be: each batch reply that came back as a result, its parts laid over one another in order. */
static void expected_parts(fuzz_input *in, zval *expected)
{
	array_init(expected);
	for (size_t p = 0; p < sizeof(parts) / sizeof(parts[0]); p++) {
		zval part;
		array_init(&part);
		for (int i = 1; i < in->next; i++) {
			const char *seg = in->segments[i];
			size_t len = in->lengths[i];
			char *body;
			b24im_reply r;
			zval *v, *item;
			zend_string *key;
			zend_ulong index;

			if (!in->served_batch[i]) {
				continue;
			}
			if (len >= 5 && seg[0] == '#' && seg[4] == ' ' && seg[1] >= '1' && seg[1] <= '5') {
				seg += 5;
				len -= 5;
			}
			body = estrndup(seg, len);
			b24im_reply_parse(&r, oracle_tok, body, len);
			efree(body);
			if (r.kind == B24IM_REPLY_RESULT && Z_TYPE(r.result) == IS_ARRAY
				&& (v = zend_hash_str_find(Z_ARRVAL(r.result), parts[p][0], strlen(parts[p][0]))) && Z_TYPE_P(v) == IS_ARRAY) {
				ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(v), index, key, item) {
					Z_TRY_ADDREF_P(item);
					if (key) {
						zend_hash_update(Z_ARRVAL(part), key, item);
					} else {
						zend_hash_index_update(Z_ARRVAL(part), index, item);
					}
				} ZEND_HASH_FOREACH_END();
			}
			b24im_reply_dtor(&r);
		}
		add_assoc_zval(expected, parts[p][1], &part);
	}
}

static void check_no_secret(fuzz_input *in, const b24im_session *s, const char *message)
{
	const char *fixed[] = { WEBHOOK_CODE, CLIENT_SECRET, ACCESS_TOKEN, REFRESH_TOKEN };
	b24im_secrets secrets;

	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++) {
		/* the webhook code in a webhook session, the client secret always, the first tokens until a renewal */
		bool in_use = i == 0 ? !in->oauth : i == 1 ? true
			: in->oauth && s->ep.token && zend_string_equals_cstr(s->ep.token, ACCESS_TOKEN, strlen(ACCESS_TOKEN));
		if (in_use && strstr(message, fixed[i])) {
			fuzz_fail(in->data, in->size, "the exception shows the secret %s: %s", fixed[i], message);
		}
	}
	/* tokens a renewal brought: long ones only, a short one may be any word of the message */
	b24im_session_secrets(s, &secrets);
	for (size_t i = 0; i < sizeof(secrets.items) / sizeof(secrets.items[0]); i++) {
		const zend_string *secret = secrets.items[i];
		if (secret && ZSTR_LEN(secret) >= 16 && fuzz_contains(message, strlen(message), ZSTR_VAL(secret), ZSTR_LEN(secret))) {
			fuzz_fail(in->data, in->size, "the exception shows a secret of the session: %s", message);
		}
	}
}

static void run(void *ctx)
{
	fuzz_input *in = ctx;
	b24im_session s;
	zval last, commands, out, auth_zv;
	zend_string *url = NULL;
	HashTable *auth = NULL;
	zend_result rc;
	char class_name[128], message[4096];

	ZVAL_NULL(&last);
	ZVAL_UNDEF(&auth_zv);
	if (in->oauth) {
		array_init(&auth_zv);
		add_assoc_string(&auth_zv, "access_token", ACCESS_TOKEN);
		add_assoc_string(&auth_zv, "refresh_token", REFRESH_TOKEN);
		add_assoc_string(&auth_zv, "client_endpoint", "https://fuzz.bitrix24.test/rest/");
		add_assoc_string(&auth_zv, "server_endpoint", "https://oauth.fuzz.test/rest/");
		add_assoc_string(&auth_zv, "domain", "fuzz.bitrix24.test");
		auth = Z_ARRVAL(auth_zv);
	} else {
		url = zend_string_init(WEBHOOK, sizeof(WEBHOOK) - 1, 0);
	}
	b24im_session_args args = { auth, url, 1, NULL, 0, NULL, NULL };

	if (b24im_session_init(&s, &ini, &cache, &args, &last, "b24_batch") == FAILURE) {
		fuzz_fail(in->data, in->size, "the fixed session does not start");
	}
	s.handles.transport = &the_transport;
	s.handles.tokener = session_tok;
	s.handles.refresh_handler = NULL;
	in->session = &s;

	/* the commands: the first segment if it decodes to a non-empty array, else the default set */
	if (php_json_decode_ex(&commands, in->segments[0], in->lengths[0], PHP_JSON_OBJECT_AS_ARRAY, 64) == FAILURE
		|| Z_TYPE(commands) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL(commands)) == 0) {
		zval_ptr_dtor(&commands);
		php_json_decode_ex(&commands, DEFAULT_COMMANDS, sizeof(DEFAULT_COMMANDS) - 1, PHP_JSON_OBJECT_AS_ARRAY, 64);
	}

	ZVAL_UNDEF(&out);
	rc = b24im_batch(&s, Z_ARRVAL(commands), in->halt, 1, &out);
	if (rc == SUCCESS) {
		zval expected;
		static const char *const names[] = { "result", "error", "total", "next", "time" };
		uint32_t k = 0;
		zend_string *key;
		zval *v;

		if (EG(exception) || Z_TYPE(out) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL(out)) != 5) {
			fuzz_fail(in->data, in->size, "batch succeeded with an exception pending or without its five parts");
		}
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL(out), key, v) {
			if (!key || !zend_string_equals_cstr(key, names[k], strlen(names[k])) || Z_TYPE_P(v) != IS_ARRAY) {
				fuzz_fail(in->data, in->size, "batch part %u is not the array \"%s\"", k, names[k]);
			}
			k++;
		} ZEND_HASH_FOREACH_END();
		expected_parts(in, &expected);
		if (!fuzz_zval_same(&out, &expected)) {
			smart_str a = {0}, b = {0};
			fuzz_export(&out, &a, 600);
			fuzz_export(&expected, &b, 600);
			fuzz_fail(in->data, in->size, "the merged batch is not the replies' parts laid in order: got %s, want %s",
				ZSTR_VAL(a.s), ZSTR_VAL(b.s));
		}
		zval_ptr_dtor(&expected);
		zval_ptr_dtor(&out);
	} else {
		if (!fuzz_take_exception(class_name, sizeof(class_name), message, sizeof(message))) {
			fuzz_fail(in->data, in->size, "batch failed without an exception");
		}
		if (strncmp(class_name, "B24im\\", 6) != 0 && strcmp(class_name, "ValueError") != 0 && strcmp(class_name, "TypeError") != 0) {
			fuzz_fail(in->data, in->size, "batch threw %s: %s", class_name, message);
		}
		if (strncmp(class_name, "B24im\\", 6) == 0) {
			check_no_secret(in, &s, message); /* a ValueError may quote a command id the caller wrote */
		}
		if (Z_TYPE(out) != IS_UNDEF) {
			fuzz_fail(in->data, in->size, "a failed batch filled its return value");
		}
	}
	if (Z_TYPE(last) != IS_NULL && Z_TYPE(last) != IS_ARRAY) {
		fuzz_fail(in->data, in->size, "last_response is neither null nor an array");
	}

	zval_ptr_dtor(&commands);
	in->session = NULL;
	b24im_session_dtor(&s);
	b24im_last_forget(&last);
	if (url) {
		zend_string_release(url);
	}
	zval_ptr_dtor(&auth_zv);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_input in;
	char *copy;
	const char *p, *end;

	if (size < 1) {
		return 0;
	}
	memset(&in, 0, sizeof(in));
	in.data = data;
	in.size = size;
	in.halt = data[0] & 1;
	in.oauth = (data[0] & 8) != 0;
	ini.max_retries = (data[0] >> 1) & 3;

	copy = malloc(size);
	memcpy(copy, data + 1, size - 1);
	copy[size - 1] = '\0';
	p = copy;
	end = copy + size - 1;
	while (in.count <= MAX_SERVED) {
		const char *nul = memchr(p, '\0', (size_t) (end - p));
		in.segments[in.count] = p;
		in.lengths[in.count] = nul ? (size_t) (nul - p) : (size_t) (end - p);
		in.count++;
		if (!nul) {
			break;
		}
		p = nul + 1;
	}
	in.next = 1;
	current = &in;

	fuzz_request_begin();
	fuzz_in_frame(run, &in);
	b24im_endpoint_cache_clear(&cache); /* what the module's RSHUTDOWN does */
	fuzz_request_end();

	current = NULL;
	clear_state_dir();
	free(copy);
	return 0;
}
