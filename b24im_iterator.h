/* b24im iterator: the B24im\ListIterator class (b24_list(), B24im\Client::list()): a list method's records, one batch reply at a time. */
#ifndef B24IM_ITERATOR_H
#define B24IM_ITERATOR_H

#include "php.h"
#include "b24im_session.h"

/* Sets up the object handlers of the class that b24im.c registered. */
void b24im_iterator_init(zend_class_entry *ce);

/* Client::list(): an iterator over method's records through the client's session (the client object is held
 * while the iterator lives). Arguments already parsed: params argument 2, options argument 3. FAILURE with
 * an exception pending. */
zend_result b24im_iterator_for_client(zval *return_value, zend_object *client, b24im_session *s,
	zend_string *method, HashTable *params, HashTable *options);

#endif
