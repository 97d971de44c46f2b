/* b24im client: B24im\Client: a session kept in the object, methods that call through it, and handlers that never show a secret. */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "b24im_client.h"
#include "b24im_globals.h"
#include "b24im_iterator.h"
#include "b24im_status.h"
#include "b24im_batch.h"
#include "b24im_call.h"
#include "b24im_request.h"

typedef struct {
	b24im_session session;
	zval last_response;
	bool ready;          /* constructed successfully */
	zend_object std;
} b24im_client;

static zend_object_handlers client_handlers;
static zend_class_entry *client_ce;

static inline b24im_client *client_from(zend_object *obj)
{
	return (b24im_client *) ((char *) obj - offsetof(b24im_client, std));
}

static zend_object *client_create(zend_class_entry *ce)
{
	b24im_client *c = zend_object_alloc(sizeof(b24im_client), ce);

	zend_object_std_init(&c->std, ce);
	object_properties_init(&c->std, ce);
	c->std.handlers = &client_handlers;
	ZVAL_NULL(&c->last_response);
	ZVAL_NULL(&c->session.auth);
	ZVAL_UNDEF(&c->session.handler);
	return &c->std;
}

static void client_free(zend_object *obj)
{
	b24im_client *c = client_from(obj);

	b24im_session_dtor(&c->session);
	zval_ptr_dtor(&c->last_response);
	zend_object_std_dtor(obj);
}

/* The handler may be a closure that holds the client: let the cycle collector see it. */
static HashTable *client_get_gc(zend_object *obj, zval **table, int *n)
{
	b24im_client *c = client_from(obj);
	zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();

	zend_get_gc_buffer_add_zval(buffer, &c->session.handler);
	zend_get_gc_buffer_add_zval(buffer, &c->session.auth);
	zend_get_gc_buffer_add_zval(buffer, &c->last_response);
	zend_get_gc_buffer_use(buffer, table, n);
	return zend_std_get_properties(obj);
}

/* var_dump / print_r: the portal with any secret masked, and the kind of auth. */
static HashTable *client_debug_info(zend_object *obj, int *is_temp)
{
	b24im_client *c = client_from(obj);
	HashTable *info = zend_new_array(2);
	zval v;

	*is_temp = 1;
	if (c->ready) {
		const b24im_endpoint *ep = &c->session.ep;
		ZVAL_STR(&v, ep->kind == B24IM_AUTH_WEBHOOK
			? b24im_endpoint_mask_url(ZSTR_VAL(ep->base), ZSTR_LEN(ep->base))
			: zend_string_copy(ep->base));
		zend_hash_str_add_new(info, "portal", sizeof("portal") - 1, &v);
		ZVAL_STRING(&v, ep->kind == B24IM_AUTH_WEBHOOK ? "webhook" : "oauth");
		zend_hash_str_add_new(info, "auth", sizeof("auth") - 1, &v);
	}
	return info;
}

void b24im_client_init(zend_class_entry *ce)
{
	client_ce = ce;
	ce->create_object = client_create;
	memcpy(&client_handlers, zend_get_std_object_handlers(), sizeof(client_handlers));
	client_handlers.offset = offsetof(b24im_client, std);
	client_handlers.free_obj = client_free;
	client_handlers.get_gc = client_get_gc;
	client_handlers.get_debug_info = client_debug_info;
	/* a clone would be a second owner of the same single-use refresh token */
	client_handlers.clone_obj = NULL;
}

/* The client behind $this, lent the module's handles for a call; or NULL with an Error where the constructor
 * did not finish. */
static b24im_client *ready_client(zval *this_ptr)
{
	b24im_client *c = client_from(Z_OBJ_P(this_ptr));

	if (!c->ready) {
		zend_throw_error(NULL, "B24im\\Client was not constructed");
		return NULL;
	}
	c->session.handles = b24im_globals_handles();
	return c;
}

b24im_session *b24im_client_session(zend_object *obj, bool *is_client)
{
	b24im_client *c;

	*is_client = instanceof_function(obj->ce, client_ce);
	if (!*is_client) {
		return NULL;
	}
	c = client_from(obj);
	if (!c->ready) {
		return NULL;
	}
	c->session.handles = b24im_globals_handles();
	return &c->session;
}

ZEND_METHOD(B24im_Client, __construct)
{
	HashTable *auth_array = NULL, *options = NULL;
	zend_string *auth_url = NULL;
	b24im_client *c = client_from(Z_OBJ_P(ZEND_THIS));
	b24im_session_args args = { NULL, NULL, 1, NULL, 2, NULL, NULL };

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT_OR_STR(auth_array, auth_url)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (c->ready) {
		zend_throw_error(NULL, "B24im\\Client is already constructed");
		RETURN_THROWS();
	}
	args.auth_array = auth_array;
	args.auth_url = auth_url;
	args.options = options;
	if (b24im_globals_session(&c->session, &args, &c->last_response, "B24im\\Client") == FAILURE) {
		b24im_session_dtor(&c->session);
		RETURN_THROWS();
	}
	c->ready = true;
}

ZEND_METHOD(B24im_Client, call)
{
	zend_string *method;
	HashTable *params = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(method)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(params)
	ZEND_PARSE_PARAMETERS_END();

	b24im_client *c = ready_client(ZEND_THIS);
	if (!c) {
		RETURN_THROWS();
	}
	if (b24im_check_method(method, 1) == FAILURE
		|| b24im_call(&c->session, ZSTR_VAL(method), ZSTR_LEN(method), params, return_value) == FAILURE) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(B24im_Client, batch)
{
	HashTable *commands;
	bool halt = false;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT(commands)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(halt)
	ZEND_PARSE_PARAMETERS_END();

	b24im_client *c = ready_client(ZEND_THIS);
	if (!c) {
		RETURN_THROWS();
	}
	if (b24im_batch(&c->session, commands, halt, 1, return_value) == FAILURE) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(B24im_Client, list)
{
	zend_string *method;
	HashTable *params = NULL, *options = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(method)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(params)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	b24im_client *c = ready_client(ZEND_THIS);
	if (!c) {
		RETURN_THROWS();
	}
	if (b24im_check_method(method, 1) == FAILURE
		|| b24im_iterator_for_client(return_value, Z_OBJ_P(ZEND_THIS), &c->session, method, params, options) == FAILURE) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(B24im_Client, idleStart)
{
	zend_long ago = 10;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(ago)
	ZEND_PARSE_PARAMETERS_END();

	b24im_client *c = ready_client(ZEND_THIS);
	if (!c) {
		RETURN_THROWS();
	}
	if (b24im_check_ago(ago, 1) == FAILURE || b24im_idle_start(&c->session, ago, return_value) == FAILURE) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(B24im_Client, idleEnd)
{
	ZEND_PARSE_PARAMETERS_NONE();
	b24im_client *c = ready_client(ZEND_THIS);
	if (!c) {
		RETURN_THROWS();
	}
	if (b24im_idle_end(&c->session, return_value) == FAILURE) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(B24im_Client, statusGet)
{
	ZEND_PARSE_PARAMETERS_NONE();
	b24im_client *c = ready_client(ZEND_THIS);
	if (!c) {
		RETURN_THROWS();
	}
	if (b24im_status_get(&c->session, return_value) == FAILURE) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(B24im_Client, statusSet)
{
	zend_string *status;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(status)
	ZEND_PARSE_PARAMETERS_END();

	b24im_client *c = ready_client(ZEND_THIS);
	if (!c) {
		RETURN_THROWS();
	}
	if (b24im_check_status(status, 1) == FAILURE || b24im_status_set(&c->session, status, return_value) == FAILURE) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(B24im_Client, lastResponse)
{
	ZEND_PARSE_PARAMETERS_NONE();
	b24im_client *c = ready_client(ZEND_THIS);
	if (!c) {
		RETURN_THROWS();
	}
	if (Z_TYPE(c->last_response) != IS_ARRAY) {
		RETURN_NULL();
	}
	RETURN_COPY(&c->last_response);
}

ZEND_METHOD(B24im_Client, auth)
{
	ZEND_PARSE_PARAMETERS_NONE();
	b24im_client *c = ready_client(ZEND_THIS);
	if (!c) {
		RETURN_THROWS();
	}
	RETURN_COPY(&c->session.auth);
}

ZEND_METHOD(B24im_Client, onTokenRefresh)
{
	zend_fcall_info fci = empty_fcall_info;
	zend_fcall_info_cache fcc = empty_fcall_info_cache;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_FUNC_OR_NULL(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();

	b24im_client *c = ready_client(ZEND_THIS);
	if (!c) {
		RETURN_THROWS();
	}
	zval_ptr_dtor(&c->session.handler);
	if (ZEND_FCI_INITIALIZED(fci)) {
		ZVAL_COPY(&c->session.handler, &fci.function_name);
	} else {
		ZVAL_UNDEF(&c->session.handler);
	}
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}
