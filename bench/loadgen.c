/* The FPM scenario's load generator: TOTAL page views (GET) spread over CONCURRENCY keep-alive connections, one libcurl handle per thread; each page must answer 200 "ok"; prints one result line. */
/* Usage: loadgen URL TOTAL CONCURRENCY [MAX_SECONDS] */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <curl/curl.h>

static const char *url;
static long total;
static double deadline;
static atomic_long next_view;
static atomic_long done_views;
static atomic_long errors;
static char first_error[512];
static pthread_mutex_t error_lock = PTHREAD_MUTEX_INITIALIZER;

struct page {
	char text[256];
	size_t len;
};

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

static size_t on_body(char *data, size_t size, size_t nmemb, void *userdata)
{
	struct page *p = userdata;
	size_t n = size * nmemb;
	size_t room = sizeof(p->text) - 1 - p->len;

	memcpy(p->text + p->len, data, n < room ? n : room);
	p->len += n < room ? n : room;
	p->text[p->len] = '\0';
	return n;
}

static void note_error(const char *what)
{
	atomic_fetch_add(&errors, 1);
	pthread_mutex_lock(&error_lock);
	if (!first_error[0]) {
		snprintf(first_error, sizeof(first_error), "%s", what);
	}
	pthread_mutex_unlock(&error_lock);
}

static void *worker(void *arg)
{
	struct page page;
	char errbuf[CURL_ERROR_SIZE];
	CURL *e = curl_easy_init();

	(void) arg;
	if (!e) {
		note_error("curl_easy_init failed");
		return NULL;
	}
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_URL, url);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, &page);
	curl_easy_setopt(e, CURLOPT_TIMEOUT, 120L);
	while (atomic_fetch_add(&next_view, 1) < total) {
		long status = 0;

		if (deadline > 0 && now_s() > deadline) {
			break;
		}
		page.len = 0;
		page.text[0] = '\0';
		errbuf[0] = '\0';
		if (curl_easy_perform(e) != CURLE_OK) {
			note_error(errbuf);
			continue;
		}
		curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
		if (status != 200 || strcmp(page.text, "ok\n") != 0) {
			char what[400];
			snprintf(what, sizeof(what), "HTTP %ld: %.300s", status, page.text);
			note_error(what);
			continue;
		}
		atomic_fetch_add(&done_views, 1);
	}
	curl_easy_cleanup(e);
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: %s URL TOTAL CONCURRENCY [MAX_SECONDS]\n", argv[0]);
		return 2;
	}
	url = argv[1];
	total = atol(argv[2]);
	int concurrency = atoi(argv[3]);
	double max_seconds = argc > 4 ? atof(argv[4]) : 0;
	if (concurrency < 1 || concurrency > 64) {
		fprintf(stderr, "loadgen: CONCURRENCY must be 1..64\n");
		return 2;
	}
	pthread_t threads[64];

	curl_global_init(CURL_GLOBAL_DEFAULT);
	double t0 = now_s();
	deadline = max_seconds > 0 ? t0 + max_seconds : 0;
	for (int i = 0; i < concurrency; i++) {
		pthread_create(&threads[i], NULL, worker, NULL);
	}
	for (int i = 0; i < concurrency; i++) {
		pthread_join(threads[i], NULL);
	}
	double wall = now_s() - t0;
	printf("views=%ld wall_s=%.6f errors=%ld\n", atomic_load(&done_views), wall, atomic_load(&errors));
	if (first_error[0]) {
		fprintf(stderr, "loadgen: first error: %s\n", first_error);
	}
	curl_global_cleanup();
	return atomic_load(&errors) ? 1 : 0;
}
