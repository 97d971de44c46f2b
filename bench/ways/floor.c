/* Benchmark way 4, the floor: N sequential im.user.status.idle.start calls in C on one reused libcurl handle and one reused json-c tokener; prints one result line. */
/* Usage: floor WEBHOOK_URL CALLS [MAX_SECONDS] [CA_FILE] [curlu]
 * "curlu": the URL is handed over parsed once (CURLOPT_CURLU), as b24im does, instead of as text (CURLOPT_URL),
 * which libcurl parses anew on every transfer; the bench counts this variant's instructions for comparison. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <curl/curl.h>
#include <json-c/json.h>

struct buffer {
	char *data;
	size_t len, cap;
};

static size_t on_body(char *data, size_t size, size_t nmemb, void *userdata)
{
	struct buffer *b = userdata;
	size_t n = size * nmemb;

	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 1024;
		while (cap < b->len + n + 1) {
			cap *= 2;
		}
		char *p = realloc(b->data, cap);
		if (!p) {
			return 0;
		}
		b->data = p;
		b->cap = cap;
	}
	memcpy(b->data + b->len, data, n);
	b->len += n;
	return n;
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

static double tv_s(struct timeval tv)
{
	return (double) tv.tv_sec + (double) tv.tv_usec / 1e6;
}

static void fail(const char *what, long call)
{
	fprintf(stderr, "bench way failed: call %ld: %s\n", call, what);
	exit(1);
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: %s WEBHOOK_URL CALLS [MAX_SECONDS] [CA_FILE] [curlu]\n", argv[0]);
		return 2;
	}
	long calls = atol(argv[2]);
	double max_seconds = argc > 3 ? atof(argv[3]) : 0;
	const char *ca_file = argc > 4 && argv[4][0] ? argv[4] : NULL;
	int parsed_url = argc > 5 && strcmp(argv[5], "curlu") == 0;
	CURLU *url_handle = NULL;
	static const char body[] = "AGO=10";
	char errbuf[CURL_ERROR_SIZE] = "";
	char *url = malloc(strlen(argv[1]) + sizeof("im.user.status.idle.start.json"));
	struct buffer reply = { NULL, 0, 0 };
	struct curl_slist *headers = NULL;
	struct rusage ru0, ru1;

	strcpy(url, argv[1]);
	strcat(url, "im.user.status.idle.start.json");
	curl_global_init(CURL_GLOBAL_DEFAULT);
	CURL *e = curl_easy_init();
	json_tokener *tok = json_tokener_new();
	headers = curl_slist_append(headers, "Accept: application/json");
	headers = curl_slist_append(headers, "Expect:");
	if (!e || !tok || !url || !headers) {
		fail("start-up", 0);
	}
	/* Everything is set once; the handle keeps its connection and TLS session. */
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	if (parsed_url) {
		url_handle = curl_url();
		if (!url_handle || curl_url_set(url_handle, CURLUPART_URL, url, 0) != CURLUE_OK) {
			fail("curl_url_set", 0);
		}
		curl_easy_setopt(e, CURLOPT_CURLU, url_handle);
	} else {
		curl_easy_setopt(e, CURLOPT_URL, url);
	}
	curl_easy_setopt(e, CURLOPT_POST, 1L);
	curl_easy_setopt(e, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE, (long) (sizeof(body) - 1));
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
	if (ca_file) {
		curl_easy_setopt(e, CURLOPT_CAINFO, ca_file);
	}
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, &reply);

	double t0 = now_s();
	double deadline = max_seconds > 0 ? t0 + max_seconds : 0;
	getrusage(RUSAGE_SELF, &ru0);
	long done = 0;
	while (done < calls) {
		long status = 0;

		reply.len = 0;
		if (curl_easy_perform(e) != CURLE_OK) {
			fail(errbuf, done);
		}
		curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
		json_tokener_reset(tok);
		json_object *root = json_tokener_parse_ex(tok, reply.data, (int) reply.len);
		json_object *result = NULL;
		if (status != 200 || !root || !json_object_object_get_ex(root, "result", &result)
			|| !json_object_is_type(result, json_type_boolean) || !json_object_get_boolean(result)) {
			fail("no result true", done);
		}
		json_object_put(root);
		done++;
		if (deadline > 0 && now_s() > deadline) {
			break;
		}
	}
	getrusage(RUSAGE_SELF, &ru1);
	double wall = now_s() - t0;
	double user = tv_s(ru1.ru_utime) - tv_s(ru0.ru_utime);
	double sys = tv_s(ru1.ru_stime) - tv_s(ru0.ru_stime);
	printf("way=%s calls=%ld wall_s=%.6f cpu_s=%.6f user_s=%.6f sys_s=%.6f maxrss_kb=%ld\n",
		parsed_url ? "floor_curlu" : "floor", done, wall, user + sys, user, sys, ru1.ru_maxrss);

	json_tokener_free(tok);
	curl_easy_cleanup(e);
	curl_url_cleanup(url_handle);
	curl_slist_free_all(headers);
	free(reply.data);
	free(url);
	curl_global_cleanup();
	return 0;
}
