/* b24im limiter: a leaky bucket in a state file, drained at rate_limit a second, holding at most rate_burst: the portal's own rule. */
#include "php.h"

#include "b24im_limiter.h"
#include "b24im_state.h"
#include "b24im_backoff.h"
#include "b24im_errors.h"

#define BUCKET_MAGIC 0x62323462756b7431ULL /* "b24bukt1" */

typedef struct {
	uint64_t magic;
	double level;     /* requests in the bucket as of stamp */
	int64_t stamp_ns; /* b24im_backoff_now_ns(): the same clock for every process of this boot */
} bucket;

b24im_limit b24im_limiter_reserve(const b24im_settings *s, const zend_string *portal, const char *method,
	double *wait_out, double *refused)
{
	b24im_state_conf conf;
	b24im_state_file f;
	bucket b;
	int64_t now;
	double wait = 0, limit_s = (double) s->transport.timeout_ms / 1000.0;
	double deepest = (double) s->rate_burst + s->rate_limit * limit_s;

	*wait_out = 0;
	*refused = 0;
	if (s->rate_limit <= 0 || s->rate_burst <= 0 || !B24IM_STATE_SHARED) {
		return B24IM_LIMIT_GO;
	}
	b24im_settings_state(s, &conf);
	if (b24im_state_open(&f, &conf, "bucket", ZSTR_VAL(portal), ZSTR_LEN(portal), method) == FAILURE) {
		return B24IM_LIMIT_ERROR;
	}
	if (b24im_state_lock(&f, &conf, "the rate limiter's bucket of this portal", method) == FAILURE) {
		b24im_state_close(&f);
		return B24IM_LIMIT_ERROR;
	}
	now = b24im_backoff_now_ns();
	if (!b24im_state_read_record(&f, &b, sizeof(b)) || b.magic != BUCKET_MAGIC || b.stamp_ns > now) {
		b.magic = BUCKET_MAGIC;
		b.level = 0;
		b.stamp_ns = now;
	}
	/* The level comes from a file: NaN, negative, +inf or huge become a finite level no higher than the
	 * burst plus the deepest queue a call may join (a call that would wait past its timeout_ms takes no
	 * place), so no wait is longer than the call's timeout. */
	if (!(b.level >= 0)) {
		b.level = 0;
	} else if (!(b.level <= deepest)) {
		b.level = deepest;
	}
	b.level -= (double) (now - b.stamp_ns) / 1e9 * s->rate_limit;
	if (b.level < 0) {
		b.level = 0;
	}
	/* Over the burst, this request waits its turn; its place is taken now, so those after it queue behind. */
	if (b.level + 1 > (double) s->rate_burst) {
		wait = (b.level + 1 - (double) s->rate_burst) / s->rate_limit;
	}
	if (wait <= limit_s) {
		b.level += 1;
	}
	b.stamp_ns = now;
	(void) b24im_state_write_record(&f, &b, sizeof(b)); /* a full disk costs the limit, not the call */
	b24im_state_close(&f);
	/* No wait outlasts the call's own timeout: one that would is waited out to it (a caller that retried at
	 * once would only spin) and refused, without a place in the queue. */
	if (wait > limit_s) {
		*wait_out = limit_s;
		*refused = wait;
		return B24IM_LIMIT_REFUSED;
	}
	*wait_out = wait;
	return B24IM_LIMIT_GO;
}

void b24im_limiter_refuse(const b24im_settings *s, const char *method, double would_wait)
{
	b24im_throw_config(method, "RATE_LIMIT_WAIT", "the rate limiter's bucket of this portal (b24im.rate_limit %g a second, "
		"b24im.rate_burst %ld) has no room within timeout_ms (%ld ms): the call would wait %.0f s",
		s->rate_limit, (long) s->rate_burst, (long) s->transport.timeout_ms, would_wait);
}

zend_result b24im_limiter_acquire(const b24im_settings *s, const zend_string *portal, const char *method)
{
	double wait, refused;

	switch (b24im_limiter_reserve(s, portal, method, &wait, &refused)) {
		case B24IM_LIMIT_ERROR:
			return FAILURE;
		case B24IM_LIMIT_REFUSED:
			b24im_backoff_sleep(wait);
			b24im_limiter_refuse(s, method, refused);
			return FAILURE;
		default:
			b24im_backoff_sleep(wait);
			return SUCCESS;
	}
}
