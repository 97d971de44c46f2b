/* b24im globals: what the bindings hand down from the module globals to a session: the INI values, the default webhook, the cache, the handles. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif
#include "php.h"
#include "SAPI.h"

#include "b24im_globals.h"
#include "b24im_transport.h"
#include "b24im_reply.h"

b24im_handles b24im_globals_handles(void)
{
	b24im_handles h;

	if (!B24IM_G(transport)) {
		B24IM_G(transport) = b24im_transport_new();
	}
	if (!B24IM_G(tokener)) {
		B24IM_G(tokener) = b24im_reply_tokener_new();
	}
	h.transport = B24IM_G(transport);
	h.tokener = B24IM_G(tokener);
	h.refresh_handler = &B24IM_G(refresh_handler);
	return h;
}

struct b24im_multi *b24im_globals_multi(void)
{
	if (!B24IM_G(multi)) {
		B24IM_G(multi) = b24im_multi_new();
	}
	return B24IM_G(multi);
}

/* The environment variable B24_WEBHOOK_URL: the SAPI's first (FPM's env[] lines), then the process's. */
static char *env_webhook(void)
{
	char *env = sapi_getenv("B24_WEBHOOK_URL", sizeof("B24_WEBHOOK_URL") - 1);

	if (!env) {
		const char *process_env = getenv("B24_WEBHOOK_URL");
		env = process_env ? estrdup(process_env) : NULL;
	}
	return env;
}

zend_result b24im_globals_session(b24im_session *s, const b24im_session_args *args, zval *last_response, const char *method)
{
	b24im_session_args with_default = *args;
	const char *ini = B24IM_G(ini).webhook_url;
	char *env = NULL;
	zend_result result;

	if (!args->auth_array && !args->auth_url) {
		if (ini && ini[0]) {
			with_default.default_url = ini;
			with_default.default_what = "b24im.webhook_url";
		} else {
			env = env_webhook();
			with_default.default_url = env;
			with_default.default_what = "B24_WEBHOOK_URL";
		}
	}
	result = b24im_session_init(s, &B24IM_G(ini), &B24IM_G(endpoint_cache), &with_default, last_response, method);
	if (env) {
		efree(env);
	}
	s->handles = b24im_globals_handles();
	return result;
}
