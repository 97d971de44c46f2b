/* b24im globals: what the bindings hand down from the module globals to a session: the INI values, the cache, the handles. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif
#include "php.h"

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

zend_result b24im_globals_session(b24im_session *s, const b24im_session_args *args, zval *last_response, const char *method)
{
	zend_result result = b24im_session_init(s, &B24IM_G(ini), &B24IM_G(endpoint_cache), args, last_response, method);

	s->handles = b24im_globals_handles();
	return result;
}
