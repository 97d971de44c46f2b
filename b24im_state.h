/* b24im state: the private folder (b24im.state_dir) through which every PHP process of the machine shares buckets and renewed tokens. */
#ifndef B24IM_STATE_H
#define B24IM_STATE_H

#include "php.h"
#include "b24im_settings.h"

/* Opens (creating, 0600) the state file of kind for key, in the state folder (created 0700, and refused
 * where it is not a private folder of this user). The key itself never appears in the file name: a
 * SHA-256 of it does. Throws B24im\Exception STATE_DIR and returns -1 on failure. */
int b24im_state_open(const b24im_settings *s, const char *kind, const char *key, size_t key_len, const char *method);

/* An exclusive lock on the whole file, released by b24im_state_unlock, by close, or by the holder's death. */
void b24im_state_lock(int fd);
void b24im_state_unlock(int fd);

#endif
