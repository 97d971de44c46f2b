/* b24im batch: runs any number of commands through the batch method, 50 a request, and merges the replies by command id. */
#ifndef B24IM_BATCH_H
#define B24IM_BATCH_H

#include "php.h"
#include "b24im_session.h"

#define B24IM_BATCH_MAX 50

/* commands: id => [method, params] or id => "method?query". Validates them all before sending anything
 * (ValueError naming the command); a command's reference to $result[id] of another request's command is
 * a ValueError too. Fills return_value with result / error / total / next / time keyed by id. */
zend_result b24im_batch(b24im_session *s, HashTable *commands, bool halt, uint32_t arg_num, zval *return_value);

#endif
