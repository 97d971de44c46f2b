/* b24im client: the B24im\Client class: one portal, its settings and auth (renewed tokens included), and its last reply. */
#ifndef B24IM_CLIENT_H
#define B24IM_CLIENT_H

#include "php.h"
#include "b24im_session.h"

/* Sets up the object handlers of the class that b24im.c registered. */
void b24im_client_init(zend_class_entry *ce);

/* The session of a B24im\Client object, lent the module's handles (b24_call_many() runs calls on it); NULL
 * where obj is no Client (*is_client false) or one whose constructor did not finish. */
b24im_session *b24im_client_session(zend_object *obj, bool *is_client);

#endif
