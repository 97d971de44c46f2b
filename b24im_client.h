/* b24im client: the B24im\Client class: one portal, its settings and auth (renewed tokens included), and its last reply. */
#ifndef B24IM_CLIENT_H
#define B24IM_CLIENT_H

#include "php.h"

/* Sets up the object handlers of the class that b24im.c registered. */
void b24im_client_init(zend_class_entry *ce);

#endif
