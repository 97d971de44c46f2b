/* b24im state: a private folder of small files, locked with flock so that a process that dies holding one never wedges the rest. */
#include "php.h"

#include "b24im_state.h"
#include "b24im_backoff.h"
#include "b24im_errors.h"

#ifndef PHP_WIN32
#include "main/php_open_temporary_file.h"
#include "ext/hash/php_hash.h"
#include "ext/hash/php_hash_sha.h"
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <dirent.h>
#include <unistd.h>
#include <errno.h>
#include <time.h>

#define MAX_TRACKED 16
#define TMP_PREFIX ".tmp-"
/* A writer killed between its write and its rename leaves a temporary file; no writer lives this long. */
#define TMP_MAX_AGE 600
/* An empty renewal file is only a lock that nobody needs once no renewal of its token is in flight. */
#define EMPTY_MAX_AGE 60
/* Bucket files of a limiter that is off for the call that sweeps: idle this long, they are surely drained. */
#define IDLE_BUCKET_MAX_AGE 3600
/* A process looks at the folder for old files at most this often, and only when it created a file. */
#define SWEEP_INTERVAL 10

/* Every descriptor this request opened and has not closed: a fatal error can unwind past the close, and a
 * lock left held would wedge every later renewal of the same token, this process's own included. */
ZEND_TLS int tracked[MAX_TRACKED];
ZEND_TLS int tracked_count;
ZEND_TLS time_t last_sweep;
/* The private folder this process uses where the default one is taken (empty: none chosen yet). */
ZEND_TLS char fallback_dir[MAXPATHLEN];

static void track(int fd)
{
	if (fd >= 0 && tracked_count < MAX_TRACKED) {
		tracked[tracked_count++] = fd;
	}
}

static void untrack_close(int fd)
{
	if (fd < 0) {
		return;
	}
	for (int i = 0; i < tracked_count; i++) {
		if (tracked[i] == fd) {
			tracked[i] = tracked[--tracked_count];
			break;
		}
	}
	close(fd);
}

void b24im_state_request_end(void)
{
	for (int i = 0; i < tracked_count; i++) {
		close(tracked[i]); /* releases its flock */
	}
	tracked_count = 0;
}

typedef enum { DIR_OK, DIR_CANNOT_CREATE, DIR_CANNOT_OPEN, DIR_NOT_PRIVATE } dir_status;

/* Opens the folder (made 0700 if missing) without following a symlink, and checks what was opened, not
 * the path: it must be a folder of this user's that nobody else may enter. why says what is wrong. */
static dir_status open_dir(const char *path, int *out, char *why, size_t why_len)
{
	struct stat st;
	bool made = mkdir(path, 0700) == 0;
	int fd;

	*out = -1;
	if (!made && errno != EEXIST) {
		snprintf(why, why_len, "%s", strerror(errno));
		return DIR_CANNOT_CREATE;
	}
	fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ELOOP || errno == ENOTDIR) {
			snprintf(why, why_len, "it is a symbolic link or not a folder");
			return DIR_NOT_PRIVATE;
		}
		snprintf(why, why_len, "%s", strerror(errno));
		return DIR_CANNOT_OPEN;
	}
	if (fstat(fd, &st) != 0) {
		snprintf(why, why_len, "%s", strerror(errno));
		close(fd);
		return DIR_CANNOT_OPEN;
	}
	if (made && st.st_uid == geteuid() && (st.st_mode & 07777) != 0700 && fchmod(fd, 0700) == 0) {
		st.st_mode = (st.st_mode & ~07777) | 0700; /* the umask took more than it should */
	}
	if (!S_ISDIR(st.st_mode)) {
		snprintf(why, why_len, "it is not a folder");
	} else if (st.st_uid != geteuid()) {
		snprintf(why, why_len, "it belongs to uid %lu", (unsigned long) st.st_uid);
	} else if (st.st_mode & 0077) {
		snprintf(why, why_len, "its mode is %o, not 700", (unsigned) (st.st_mode & 07777));
	} else {
		*out = fd;
		return DIR_OK;
	}
	close(fd);
	return DIR_NOT_PRIVATE;
}

/* Where the default folder is unusable: $XDG_RUNTIME_DIR/b24im (private by definition, shared by this
 * user's processes), else a fresh folder of mkdtemp's, for this process alone. */
static int private_folder(char *why, size_t why_len)
{
	const char *xdg = getenv("XDG_RUNTIME_DIR");
	char ignored[160];
	int fd;

	if (xdg && xdg[0] == '/' && strlen(xdg) + sizeof("/b24im") < sizeof(fallback_dir)) {
		snprintf(fallback_dir, sizeof(fallback_dir), "%s/b24im", xdg);
		if (open_dir(fallback_dir, &fd, ignored, sizeof(ignored)) == DIR_OK) {
			return fd;
		}
	}
	if ((size_t) snprintf(fallback_dir, sizeof(fallback_dir), "%s/b24im-%lu-XXXXXX", php_get_temporary_directory(),
		(unsigned long) geteuid()) >= sizeof(fallback_dir) || !mkdtemp(fallback_dir)) {
		snprintf(why, why_len, "cannot make a private folder: %s", strerror(errno));
		fallback_dir[0] = '\0';
		return -1;
	}
	if (open_dir(fallback_dir, &fd, why, why_len) != DIR_OK) {
		fallback_dir[0] = '\0';
		return -1;
	}
	return fd;
}

static int open_folder(b24im_state_file *f, const b24im_state_conf *conf, const char *method)
{
	char why[160], why_private[192];
	int fd;

	if (conf->dir) {
		f->configured = true;
		f->path = estrndup(ZSTR_VAL(conf->dir), ZSTR_LEN(conf->dir));
		switch (open_dir(f->path, &fd, why, sizeof(why))) {
			case DIR_OK:
				return fd;
			case DIR_CANNOT_CREATE:
				b24im_throw_config(method, "STATE_DIR", "cannot create b24im.state_dir %s: %s", f->path, why);
				return -1;
			case DIR_CANNOT_OPEN:
				b24im_throw_config(method, "STATE_DIR", "cannot use b24im.state_dir %s: %s", f->path, why);
				return -1;
			case DIR_NOT_PRIVATE:
				b24im_throw_config(method, "STATE_DIR", "b24im.state_dir %s must be a folder of this user's with mode 0700 (it holds tokens)", f->path);
				return -1;
		}
		return -1;
	}
	f->configured = false;
	if (fallback_dir[0]) {
		if (open_dir(fallback_dir, &fd, why, sizeof(why)) == DIR_OK) {
			f->path = estrdup(fallback_dir);
			return fd;
		}
		fallback_dir[0] = '\0';
	}
	spprintf(&f->path, 0, "%s/b24im-%lu", php_get_temporary_directory(), (unsigned long) geteuid());
	if (open_dir(f->path, &fd, why, sizeof(why)) == DIR_OK) {
		return fd;
	}
	/* Someone else took the predictable name (another local user can): failing every call would hand them a
	 * denial of service, so this process goes on in a folder of its own, and says so once. */
	fd = private_folder(why_private, sizeof(why_private));
	if (fd < 0) {
		b24im_throw_config(method, "STATE_DIR", "cannot use the default state folder %s (%s), nor a private one (%s); set b24im.state_dir",
			f->path, why, why_private);
		return -1;
	}
	php_error_docref(NULL, E_WARNING, "b24im: the default state folder %s cannot be used (%s); this process uses %s instead "
		"(set b24im.state_dir to a private folder to share renewals and rate limits between processes)", f->path, why, fallback_dir);
	efree(f->path);
	f->path = estrdup(fallback_dir);
	return fd;
}

static bool same_file(const struct stat *a, const struct stat *b)
{
	return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

/* Removes name only while holding its lock and only if the name still holds the file locked: a process
 * that holds or waits for it then finds, once it has the lock, that the name moved on, and opens anew. */
static bool remove_unlocked(int dir, const char *name)
{
	struct stat a, b;
	bool removed = false;
	int fd = openat(dir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);

	if (fd < 0) {
		return false;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) == 0 && fstat(fd, &a) == 0 && fstatat(dir, name, &b, AT_SYMLINK_NOFOLLOW) == 0
		&& same_file(&a, &b)) {
		removed = unlinkat(dir, name, 0) == 0;
	}
	close(fd);
	return removed;
}

typedef struct {
	char name[64];
	struct timespec mtime;
} kept_file;

static int older_first(const void *x, const void *y)
{
	const kept_file *a = x, *b = y;

	if (a->mtime.tv_sec != b->mtime.tv_sec) {
		return a->mtime.tv_sec < b->mtime.tv_sec ? -1 : 1;
	}
	return a->mtime.tv_nsec < b->mtime.tv_nsec ? -1 : a->mtime.tv_nsec > b->mtime.tv_nsec;
}

/* Forged auths can make a process create files at will, and a renewal file keeps a refresh token: remove
 * what no process can need any more, then cap the count, oldest first. Names b24im did not make stay. */
static void sweep(int dir, const b24im_state_conf *conf)
{
	time_t now = time(NULL);
	double drain = conf->bucket_drain_s > 0 ? conf->bucket_drain_s : IDLE_BUCKET_MAX_AGE;
	kept_file *kept = NULL;
	size_t count = 0, room = 0, removed = 0;
	struct dirent *e;
	DIR *d;
	int copy;

	if (now - last_sweep < SWEEP_INTERVAL && now >= last_sweep) {
		return;
	}
	last_sweep = now;
	copy = fcntl(dir, F_DUPFD_CLOEXEC, 0);
	if (copy < 0) {
		return;
	}
	d = fdopendir(copy);
	if (!d) {
		close(copy);
		return;
	}
	rewinddir(d);
	while ((e = readdir(d)) != NULL) {
		struct stat st;
		double age;
		bool old;

		if (fstatat(dir, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode)) {
			continue;
		}
		age = difftime(now, st.st_mtime);
		if (strncmp(e->d_name, TMP_PREFIX, sizeof(TMP_PREFIX) - 1) == 0) {
			if (age > TMP_MAX_AGE) {
				unlinkat(dir, e->d_name, 0);
			}
			continue;
		}
		if (strncmp(e->d_name, "oauth-", sizeof("oauth-") - 1) == 0) {
			old = age > B24IM_STATE_RENEWAL_MAX_AGE || (st.st_size == 0 && age > EMPTY_MAX_AGE);
		} else if (strncmp(e->d_name, "bucket-", sizeof("bucket-") - 1) == 0) {
			old = age > drain; /* drained: the same as no file */
		} else {
			continue;
		}
		if (old && remove_unlocked(dir, e->d_name)) {
			continue;
		}
		if (strlen(e->d_name) >= sizeof(kept->name)) {
			continue;
		}
		if (count == room) {
			size_t grown = room ? room * 2 : 256;
			kept_file *bigger = realloc(kept, grown * sizeof(*kept)); /* malloc: nothing here may bail out */
			if (!bigger) {
				break;
			}
			kept = bigger;
			room = grown;
		}
		strcpy(kept[count].name, e->d_name);
		kept[count].mtime = st.st_mtim;
		count++;
	}
	closedir(d);
	if (count > B24IM_STATE_MAX_FILES) {
		qsort(kept, count, sizeof(*kept), older_first);
		for (size_t i = 0; i < count && count - removed > B24IM_STATE_MAX_FILES; i++) {
			removed += remove_unlocked(dir, kept[i].name);
		}
	}
	free(kept);
}

zend_result b24im_state_open(b24im_state_file *f, const b24im_state_conf *conf, const char *kind, const char *key,
	size_t key_len, const char *method)
{
	PHP_SHA256_CTX ctx;
	unsigned char digest[32];
	char hex[33];
	struct stat st;
	bool created = false;

	f->dir = f->fd = -1;
	f->path = NULL;
	f->dir = open_folder(f, conf, method);
	if (f->dir < 0) {
		goto failure;
	}
	track(f->dir);

	PHP_SHA256Init(&ctx);
	PHP_SHA256Update(&ctx, (const unsigned char *) key, key_len);
	PHP_SHA256Final(digest, &ctx);
	for (int i = 0; i < 16; i++) {
		snprintf(hex + 2 * i, 3, "%02x", digest[i]);
	}
	snprintf(f->name, sizeof(f->name), "%s-%s", kind, hex);
	/* created or found; a sweep may remove it between the two opens, hence the few tries */
	for (int attempt = 0; attempt < 3 && f->fd < 0; attempt++) {
		f->fd = openat(f->dir, f->name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		created = f->fd >= 0;
		if (f->fd < 0 && errno == EEXIST) {
			f->fd = openat(f->dir, f->name, O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
		}
		if (f->fd < 0 && errno != ENOENT && errno != EEXIST) {
			break;
		}
	}
	if (f->fd < 0 || fstat(f->fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		b24im_throw_config(method, "STATE_DIR", "cannot open a file in %s %s: %s", b24im_state_folder_label(f),
			f->path, f->fd < 0 ? strerror(errno) : "it is not a regular file");
		goto failure;
	}
	track(f->fd);
	if (created) {
		sweep(f->dir, conf);
	}
	return SUCCESS;

failure:
	if (f->fd >= 0) {
		close(f->fd);
		f->fd = -1;
	}
	b24im_state_close(f);
	return FAILURE;
}

zend_result b24im_state_lock(b24im_state_file *f, const b24im_state_conf *conf, const char *what, const char *method)
{
	/* a timeout past a year is as good as none, and keeps the sum in range */
	zend_long timeout_ms = conf->lock_timeout_ms < 365LL * 86400 * 1000 ? conf->lock_timeout_ms : 365LL * 86400 * 1000;
	int64_t start = b24im_backoff_now_ns(), deadline = start + (int64_t) timeout_ms * 1000000;
	long pause_ns = 1000000;

	/* Polled rather than a blocking flock: a blocked flock counts against no time limit, and a holder
	 * that hangs must cost a waiter its timeout_ms, not forever. */
	for (;;) {
		int64_t now;

		if (flock(f->fd, LOCK_EX | LOCK_NB) == 0) {
			struct stat held, named;
			int fd;

			if (fstat(f->fd, &held) == 0 && fstatat(f->dir, f->name, &named, AT_SYMLINK_NOFOLLOW) == 0 && same_file(&held, &named)) {
				return SUCCESS;
			}
			/* replaced (a renewal was stored) or removed (swept) while this process waited */
			fd = openat(f->dir, f->name, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
			if (fd < 0) {
				b24im_throw_config(method, "STATE_DIR", "cannot open a file in %s %s: %s",
					b24im_state_folder_label(f), f->path, strerror(errno));
				return FAILURE;
			}
			untrack_close(f->fd);
			f->fd = fd;
			track(fd);
			continue;
		}
		if (errno == EINTR) {
			continue;
		}
		if (errno != EWOULDBLOCK) {
			b24im_throw_config(method, "STATE_DIR", "cannot lock %s in %s %s: %s", what,
				b24im_state_folder_label(f), f->path, strerror(errno));
			return FAILURE;
		}
		now = b24im_backoff_now_ns();
		if (now >= deadline) {
			b24im_throw_config(method, "STATE_LOCK", "waited %ld ms (timeout_ms) for the lock on %s in %s %s: another process holds it",
				(long) conf->lock_timeout_ms, what, b24im_state_folder_label(f), f->path);
			return FAILURE;
		}
		{
			int64_t left = deadline - now, step = pause_ns < left ? pause_ns : left;

			b24im_backoff_sleep((double) step / 1e9);
		}
		if (pause_ns < 20000000) {
			pause_ns *= 2;
		}
	}
}

zend_string *b24im_state_read(b24im_state_file *f, size_t max)
{
	struct stat st;
	zend_string *content;
	size_t size, done = 0;

	if (fstat(f->fd, &st) != 0 || st.st_size <= 0 || (uint64_t) st.st_size > max) {
		return NULL;
	}
	size = (size_t) st.st_size;
	content = zend_string_alloc(size, 0);
	while (done < size) {
		ssize_t n = pread(f->fd, ZSTR_VAL(content) + done, size - done, (off_t) done);
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n <= 0) {
			ZEND_SECURE_ZERO(ZSTR_VAL(content), done);
			zend_string_efree(content);
			return NULL;
		}
		done += (size_t) n;
	}
	ZSTR_VAL(content)[size] = '\0';
	return content;
}

zend_result b24im_state_replace(b24im_state_file *f, const char *data, size_t len, char *why, size_t why_len)
{
	char tmp[sizeof(f->name) + sizeof(TMP_PREFIX) + 24];
	size_t done = 0;
	int fd, err = 0;

	/* unique while the lock is held: only one writer of this name at a time, in one process at a time */
	snprintf(tmp, sizeof(tmp), TMP_PREFIX "%s.%ld", f->name, (long) getpid());
	fd = openat(f->dir, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0 && errno == EEXIST) {
		unlinkat(f->dir, tmp, 0); /* left by a killed process that had this pid */
		fd = openat(f->dir, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	}
	if (fd < 0) {
		snprintf(why, why_len, "%s", strerror(errno));
		return FAILURE;
	}
	while (done < len) {
		ssize_t n = write(fd, data + done, len - done);
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n <= 0) {
			err = n < 0 ? errno : EIO;
			break;
		}
		done += (size_t) n;
	}
	if (!err && fsync(fd) != 0) {
		err = errno;
	}
	if (close(fd) != 0 && !err) {
		err = errno;
	}
	if (!err && renameat(f->dir, tmp, f->dir, f->name) != 0) {
		err = errno;
	}
	if (err) {
		unlinkat(f->dir, tmp, 0);
		snprintf(why, why_len, "%s", strerror(err));
		return FAILURE;
	}
	/* the rename is visible to every process already; this makes it survive a power cut too */
	fsync(f->dir);
	return SUCCESS;
}

bool b24im_state_read_record(b24im_state_file *f, void *record, size_t len)
{
	return pread(f->fd, record, len, 0) == (ssize_t) len;
}

bool b24im_state_write_record(b24im_state_file *f, const void *record, size_t len)
{
	return pwrite(f->fd, record, len, 0) == (ssize_t) len;
}

void b24im_state_remove_empty(b24im_state_file *f)
{
	struct stat st;

	/* a file that could not be read may still hold a renewal: only an empty one is a mere lock */
	if (fstat(f->fd, &st) == 0 && st.st_size == 0) {
		unlinkat(f->dir, f->name, 0);
	}
}

void b24im_state_close(b24im_state_file *f)
{
	if (f->fd >= 0) {
		flock(f->fd, LOCK_UN);
		untrack_close(f->fd);
		f->fd = -1;
	}
	if (f->dir >= 0) {
		untrack_close(f->dir);
		f->dir = -1;
	}
	if (f->path) {
		efree(f->path);
		f->path = NULL;
	}
}

const char *b24im_state_folder_label(const b24im_state_file *f)
{
	return f->configured ? "b24im.state_dir" : "the state folder";
}

#else /* PHP_WIN32: no state is shared (see B24IM_STATE_SHARED) */

static void nothing_open(b24im_state_file *f)
{
	memset(f, 0, sizeof(*f));
	f->dir = f->fd = -1;
}

zend_result b24im_state_open(b24im_state_file *f, const b24im_state_conf *conf, const char *kind, const char *key,
	size_t key_len, const char *method)
{
	(void) conf; (void) kind; (void) key; (void) key_len; (void) method;
	nothing_open(f);
	return SUCCESS;
}

zend_result b24im_state_lock(b24im_state_file *f, const b24im_state_conf *conf, const char *what, const char *method)
{
	(void) f; (void) conf; (void) what; (void) method;
	return SUCCESS;
}

zend_string *b24im_state_read(b24im_state_file *f, size_t max)
{
	(void) f; (void) max;
	return NULL;
}

bool b24im_state_read_record(b24im_state_file *f, void *record, size_t len)
{
	(void) f; (void) record; (void) len;
	return false;
}

bool b24im_state_write_record(b24im_state_file *f, const void *record, size_t len)
{
	(void) f; (void) record; (void) len;
	return false;
}

const char *b24im_state_folder_label(const b24im_state_file *f)
{
	(void) f;
	return "the state folder";
}

zend_result b24im_state_replace(b24im_state_file *f, const char *data, size_t len, char *why, size_t why_len)
{
	(void) f; (void) data; (void) len; (void) why; (void) why_len;
	return SUCCESS; /* nothing to share with */
}

void b24im_state_remove_empty(b24im_state_file *f)
{
	(void) f;
}

void b24im_state_close(b24im_state_file *f)
{
	(void) f;
}

void b24im_state_request_end(void)
{
}

#endif
