/* b24im state: the private folder (b24im.state_dir) through which every PHP process of the machine shares buckets and renewed tokens. */
#ifndef B24IM_STATE_H
#define B24IM_STATE_H

#include "php.h"

/* Renewal files older than this are removed: by then every access token they carried has expired
 * (Bitrix24's last an hour) and a process still holding the spent refresh token has had a day. */
#define B24IM_STATE_RENEWAL_MAX_AGE 86400
/* At most this many state files in the folder; the oldest go first. */
#define B24IM_STATE_MAX_FILES 1024

/* What the state layer is told of a call's settings (b24im_settings_state()). */
typedef struct {
	const zend_string *dir;   /* b24im.state_dir; NULL: the default folder */
	zend_long lock_timeout_ms; /* the longest a lock is waited for: the call's timeout_ms */
	double bucket_drain_s;    /* a bucket file idle this long is empty again; 0: the limiter is off */
} b24im_state_conf;

/* One state file, opened relative to the state folder's descriptor (never by path again). */
typedef struct {
	int dir;            /* the folder, opened with O_DIRECTORY | O_NOFOLLOW and checked with fstat */
	int fd;             /* the file, or -1 */
	char name[64];      /* its name in the folder: kind-<SHA-256 of the key, 128 bits in hex> */
	char *path;         /* the folder's path, for messages (emalloc) */
	bool configured;    /* the folder is b24im.state_dir (else the default, or the private fallback) */
} b24im_state_file;

/* Opens (creating, 0600) the state file of kind for key in the state folder (created 0700; a configured
 * b24im.state_dir that is not a private folder of this user is refused; a default one that another user
 * took is replaced by a private one, with one warning). The key never appears in the file name. Throws
 * B24im\Exception STATE_DIR and returns FAILURE. The descriptors are closed at request end in any case. */
zend_result b24im_state_open(b24im_state_file *f, const b24im_state_conf *conf, const char *kind, const char *key,
	size_t key_len, const char *method);

/* An exclusive lock on the file, waited for at most conf->lock_timeout_ms; what names the file in the
 * exception (B24im\Exception STATE_LOCK) thrown when the wait ends. Follows a file that was replaced or
 * removed while this process waited, so the lock is always on the file that the name holds now. */
zend_result b24im_state_lock(b24im_state_file *f, const b24im_state_conf *conf, const char *what, const char *method);

/* The whole file (up to max bytes), or NULL where it is empty or unreadable. The caller wipes it. */
zend_string *b24im_state_read(b24im_state_file *f, size_t max);

/* A fixed-size record at the start of the file (the limiter's bucket): read whole or not at all; written in
 * place, false where it could not be. */
bool b24im_state_read_record(b24im_state_file *f, void *record, size_t len);
bool b24im_state_write_record(b24im_state_file *f, const void *record, size_t len);

/* What a message calls the folder before its path: "b24im.state_dir" or "the state folder". */
const char *b24im_state_folder_label(const b24im_state_file *f);

/* Replaces the content atomically (a temporary file in the folder, fsync, rename over the file, fsync of
 * the folder): a reader sees the old content or the new one, whole. FAILURE with the reason in why
 * (nothing thrown, so that the caller can still hand over what it could not store). */
zend_result b24im_state_replace(b24im_state_file *f, const char *data, size_t len, char *why, size_t why_len);

/* Removes the file from the folder where it is empty (held locked: waiters then open a fresh one). */
void b24im_state_remove_empty(b24im_state_file *f);

/* Unlocks and closes. */
void b24im_state_close(b24im_state_file *f);

/* Whether state is shared between processes at all: POSIX only. On Windows the functions above do nothing
 * (open and lock succeed, nothing is read or stored), so the limiter paces nothing and each process renews
 * tokens on its own. */
#ifdef PHP_WIN32
# define B24IM_STATE_SHARED 0
#else
# define B24IM_STATE_SHARED 1
#endif

/* At request end (RSHUTDOWN), whatever happened: every descriptor still open is closed, which releases its
 * lock. (A temporary file a killed process left behind is swept by age.) */
void b24im_state_request_end(void);

#endif
