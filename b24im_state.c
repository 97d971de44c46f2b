/* b24im state: a private folder of small files, locked with flock so that a process that dies holding one never wedges the rest. */
#include "php.h"
#include "main/php_open_temporary_file.h"
#include "ext/hash/php_hash.h"
#include "ext/hash/php_hash_sha.h"
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <errno.h>

#include "b24im_state.h"
#include "b24im_errors.h"

/* The folder, made if missing; it must be ours and closed to others, since it holds tokens. */
static zend_result ensure_dir(const char *dir, const char *method)
{
	struct stat st;

	if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
		b24im_throw_config(method, "STATE_DIR", "cannot create b24im.state_dir %s: %s", dir, strerror(errno));
		return FAILURE;
	}
	if (lstat(dir, &st) != 0) {
		b24im_throw_config(method, "STATE_DIR", "cannot use b24im.state_dir %s: %s", dir, strerror(errno));
		return FAILURE;
	}
	if (!S_ISDIR(st.st_mode) || st.st_uid != geteuid() || (st.st_mode & 0077)) {
		b24im_throw_config(method, "STATE_DIR", "b24im.state_dir %s must be a folder of this user's with mode 0700 (it holds tokens)", dir);
		return FAILURE;
	}
	return SUCCESS;
}

int b24im_state_open(const b24im_settings *s, const char *kind, const char *key, size_t key_len, const char *method)
{
	PHP_SHA256_CTX ctx;
	unsigned char digest[32];
	char hex[33], *dir, *path;
	int fd;

	if (s->state_dir) {
		dir = estrndup(ZSTR_VAL(s->state_dir), ZSTR_LEN(s->state_dir));
	} else {
		spprintf(&dir, 0, "%s/b24im-%lu", php_get_temporary_directory(), (unsigned long) geteuid());
	}
	if (ensure_dir(dir, method) == FAILURE) {
		efree(dir);
		return -1;
	}

	PHP_SHA256Init(&ctx);
	PHP_SHA256Update(&ctx, (const unsigned char *) key, key_len);
	PHP_SHA256Final(digest, &ctx);
	for (int i = 0; i < 16; i++) {
		snprintf(hex + 2 * i, 3, "%02x", digest[i]);
	}
	spprintf(&path, 0, "%s/%s-%s", dir, kind, hex);
	fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0) {
		b24im_throw_config(method, "STATE_DIR", "cannot open a file in b24im.state_dir %s: %s", dir, strerror(errno));
	}
	efree(path);
	efree(dir);
	return fd;
}

void b24im_state_lock(int fd)
{
	while (flock(fd, LOCK_EX) != 0 && errno == EINTR) {}
}

void b24im_state_unlock(int fd)
{
	flock(fd, LOCK_UN);
}
