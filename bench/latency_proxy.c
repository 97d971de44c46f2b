/* The bench's latency proxy: forwards TCP between many listening addresses and their targets, delaying every byte by half a round trip each way (handshakes included), and counts connections and TLS handshakes. */
/*
 * Usage: latency_proxy RTT_MS MAPFILE STATSFILE
 *   MAPFILE: one listener a line, "LISTEN_HOST LISTEN_PORT TARGET_HOST TARGET_PORT" (IPv4; LISTEN_PORT 0 = any free);
 *   on stdout: "listen INDEX HOST PORT" per listener, then "ready".
 *   The proxy exits when its stdin is a pipe and that pipe closes (so it never outlives the bench that started it).
 *   STATSFILE is rewritten (write + rename) whenever a count changes: "total conns=.. hellos=.. resumed=.."
 *   then "listener INDEX conns=.. hellos=.. resumed=..".
 *
 * What it models (the kernel here has no netem, so it is done in user space): a path of RTT/2 one way.
 * - TCP handshake: the client's connect() succeeds at once on loopback, so the proxy makes the connection's first
 *   client bytes wait until one full RTT after the accept (the SYN/SYN-ACK round trip a real connect() waits for)
 *   plus RTT/2 on the way; the upstream connect itself is made RTT/2 after the accept (when the SYN would arrive).
 * - Every later chunk, both ways, is held RTT/2 from the moment it is read; a close (EOF) travels the same way.
 * - So a new plain connection costs 1 RTT before the request and 1 RTT for it; TLS adds its own round trips by
 *   itself (1 for a TLS 1.3 full or resumed handshake, 2 for TLS 1.2), since its messages are delayed bytes.
 * Bandwidth is not limited; at most QUEUE_CAP bytes wait in each direction (then reading pauses).
 * Counts: a connection is an accept; a TLS handshake is a ClientHello at the start of a connection; "resumed" is
 * one that offers a PSK (TLS 1.3 resumption) or a non-empty session ticket, so full = hellos - resumed (an offer
 * the server refuses still counts as resumed: the bench's servers accept their own tickets).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#define CHUNK_MAX 65536
#define QUEUE_CAP (8 << 20)
#define MAX_LISTENERS 4096

struct chunk {
	struct chunk *next;
	uint64_t due;   /* monotonic ns */
	size_t len, off; /* len 0 = EOF marker */
	char data[];
};

struct conn;

/* One direction of a connection: bytes read from src wait in the queue, then go to dst. */
struct dir {
	struct conn *conn;
	int src_is_client;
	struct chunk *head, *tail;
	size_t queued;
	int eof_read;    /* src said EOF (or failed): nothing more to read */
	int eof_sent;    /* the EOF reached dst (shutdown done) */
	int blocked;     /* dst said EAGAIN: waiting for EPOLLOUT */
	struct dir *pend_prev, *pend_next; /* in the pending list while head exists and not blocked */
	int pending;
};

/* What an epoll event points at. */
struct endpoint {
	int kind; /* 0 listener, 1 client side, 2 upstream side, 3 timer, 4 stdin */
	struct conn *conn;
	int listener;
};

struct conn {
	int cfd, ufd;
	int listener;
	int connected;   /* upstream connect done */
	int connecting;  /* upstream connect started */
	uint64_t accepted;
	uint64_t connect_at;
	int first_seen;  /* first client chunk inspected */
	struct dir up, down; /* up: client -> upstream; down: upstream -> client */
	struct endpoint ce, ue;
	struct conn *wait_next; /* in the connect-wait list */
	struct conn *grave_next;
	uint32_t cev, uev;   /* the epoll interest set now */
	int creg, ureg;      /* in the epoll set */
	int dead;
};

struct listener {
	int fd;
	struct sockaddr_in target;
	char host[64];
	int port;
	long conns, hellos, resumed;
	struct endpoint ep;
};

static uint64_t half_ns, rtt_ns;
static int epfd, tfd;
static struct listener *listeners;
static int nlisteners;
static const char *stats_path;
static int stats_dirty = 1;
static struct dir *pend_head;
static struct conn *wait_head; /* connections whose upstream connect is not started yet (FIFO by connect_at) */
static struct conn *wait_tail;
static struct conn *graveyard; /* closed in this loop turn, freed after it (its events may still point at it) */

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t) ts.tv_sec * 1000000000u + (uint64_t) ts.tv_nsec;
}

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static void ep_set(int fd, struct endpoint *ep, uint32_t events, int op)
{
	struct epoll_event ev = {.events = events, .data.ptr = ep};

	if (epoll_ctl(epfd, op, fd, &ev) < 0 && op != EPOLL_CTL_DEL)
		die("epoll_ctl");
}

static void write_stats(void)
{
	char tmp[4096];
	long c = 0, h = 0, r = 0;
	FILE *f;
	int i;

	snprintf(tmp, sizeof tmp, "%s.tmp", stats_path);
	f = fopen(tmp, "w");
	if (!f)
		die("stats file");
	for (i = 0; i < nlisteners; i++) {
		c += listeners[i].conns;
		h += listeners[i].hellos;
		r += listeners[i].resumed;
	}
	fprintf(f, "total conns=%ld hellos=%ld resumed=%ld\n", c, h, r);
	for (i = 0; i < nlisteners; i++)
		fprintf(f, "listener %d conns=%ld hellos=%ld resumed=%ld\n", i, listeners[i].conns,
			listeners[i].hellos, listeners[i].resumed);
	if (fclose(f) != 0 || rename(tmp, stats_path) != 0)
		die("stats file");
	stats_dirty = 0;
}

static void pend_add(struct dir *d)
{
	if (d->pending || !d->head || d->blocked || (d->src_is_client && !d->conn->connected))
		return;
	d->pending = 1;
	d->pend_prev = NULL;
	d->pend_next = pend_head;
	if (pend_head)
		pend_head->pend_prev = d;
	pend_head = d;
}

static void pend_del(struct dir *d)
{
	if (!d->pending)
		return;
	if (d->pend_prev)
		d->pend_prev->pend_next = d->pend_next;
	else
		pend_head = d->pend_next;
	if (d->pend_next)
		d->pend_next->pend_prev = d->pend_prev;
	d->pending = 0;
}

static int dir_src(struct dir *d)
{
	return d->src_is_client ? d->conn->cfd : d->conn->ufd;
}

static int dir_dst(struct dir *d)
{
	return d->src_is_client ? d->conn->ufd : d->conn->cfd;
}

/* The epoll interest of one socket, from the direction that reads it and the one that writes it. A socket with
 * nothing to wait for leaves the epoll set: EPOLLHUP cannot be masked and would spin the loop. */
static void update_side(struct conn *c, int client_side)
{
	struct dir *rd = client_side ? &c->up : &c->down;
	struct dir *wr = client_side ? &c->down : &c->up;
	int fd = client_side ? c->cfd : c->ufd;
	uint32_t *cur = client_side ? &c->cev : &c->uev;
	int *reg = client_side ? &c->creg : &c->ureg;
	uint32_t ev = 0;

	if (fd < 0)
		return;
	if (!client_side && !c->connected) {
		ev = EPOLLOUT; /* waiting for the connect */
	} else {
		if (!rd->eof_read && rd->queued < QUEUE_CAP)
			ev |= EPOLLIN;
		if (wr->blocked)
			ev |= EPOLLOUT;
	}
	if (*reg && ev == *cur)
		return;
	if (ev == 0) {
		if (*reg)
			ep_set(fd, NULL, 0, EPOLL_CTL_DEL);
		*reg = 0;
	} else {
		ep_set(fd, client_side ? &c->ce : &c->ue, ev, *reg ? EPOLL_CTL_MOD : EPOLL_CTL_ADD);
		*reg = 1;
	}
	*cur = ev;
}

static void update_conn(struct conn *c)
{
	if (c->dead)
		return;
	update_side(c, 1);
	update_side(c, 0);
}

static void free_queue(struct dir *d)
{
	struct chunk *ch = d->head, *n;

	while (ch) {
		n = ch->next;
		free(ch);
		ch = n;
	}
	d->head = d->tail = NULL;
	d->queued = 0;
}

static void conn_close(struct conn *c)
{
	struct conn **pp;

	if (c->dead)
		return;
	c->dead = 1;
	pend_del(&c->up);
	pend_del(&c->down);
	free_queue(&c->up);
	free_queue(&c->down);
	if (c->cfd >= 0) {
		if (c->creg)
			ep_set(c->cfd, NULL, 0, EPOLL_CTL_DEL);
		close(c->cfd);
		c->cfd = -1;
	}
	if (c->ufd >= 0) {
		if (c->ureg)
			ep_set(c->ufd, NULL, 0, EPOLL_CTL_DEL);
		close(c->ufd);
		c->ufd = -1;
	}
	if (!c->connecting) { /* still in the connect-wait list */
		struct conn *prev = NULL;

		for (pp = &wait_head; *pp; prev = *pp, pp = &(*pp)->wait_next) {
			if (*pp == c) {
				*pp = c->wait_next;
				if (wait_tail == c)
					wait_tail = prev;
				break;
			}
		}
	}
	c->grave_next = graveyard;
	graveyard = c;
}

static void maybe_finish(struct conn *c)
{
	if (c->up.eof_sent && c->down.eof_sent)
		conn_close(c);
}

/* Looks at a connection's first client bytes: a TLS ClientHello, and whether it offers a session to resume. */
static void inspect_hello(struct listener *l, const unsigned char *p, size_t n)
{
	size_t i, end, ext_end;

	if (n < 44 || p[0] != 0x16 || p[5] != 0x01)
		return;
	l->hellos++;
	stats_dirty = 1;
	i = 5 + 4 + 2 + 32;             /* record header, handshake header, version, random */
	if (i >= n)
		return;
	i += 1 + p[i];                  /* session id */
	if (i + 2 > n)
		return;
	i += 2 + ((size_t) p[i] << 8 | p[i + 1]); /* cipher suites */
	if (i + 1 > n)
		return;
	i += 1 + p[i];                  /* compression methods */
	if (i + 2 > n)
		return;
	end = i + 2 + ((size_t) p[i] << 8 | p[i + 1]);
	i += 2;
	if (end > n)
		end = n;
	while (i + 4 <= end) {
		unsigned type = (unsigned) p[i] << 8 | p[i + 1];
		size_t len = (size_t) p[i + 2] << 8 | p[i + 3];

		ext_end = i + 4 + len;
		if (type == 41 || (type == 35 && len > 0)) { /* pre_shared_key; a non-empty session_ticket */
			l->resumed++;
			return;
		}
		i = ext_end;
	}
}

static void start_connect(struct conn *c)
{
	struct listener *l = &listeners[c->listener];
	int one = 1;

	c->connecting = 1;
	c->ufd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (c->ufd < 0) {
		conn_close(c);
		return;
	}
	setsockopt(c->ufd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	c->ue.kind = 2;
	c->ue.conn = c;
	if (connect(c->ufd, (struct sockaddr *) &l->target, sizeof l->target) == 0) {
		c->connected = 1;
		update_conn(c);
		pend_add(&c->up);
	} else if (errno == EINPROGRESS) {
		update_conn(c);
	} else {
		conn_close(c);
	}
}

static void do_accept(int li)
{
	struct listener *l = &listeners[li];
	int one = 1;

	for (;;) {
		int fd = accept4(l->fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
		struct conn *c;

		if (fd < 0)
			return; /* EAGAIN, or a transient error: the next readiness retries */
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
		c = calloc(1, sizeof *c);
		if (!c)
			die("calloc");
		c->cfd = fd;
		c->ufd = -1;
		c->listener = li;
		c->accepted = now_ns();
		c->connect_at = c->accepted + half_ns;
		c->up.conn = c->down.conn = c;
		c->up.src_is_client = 1;
		c->ce.kind = 1;
		c->ce.conn = c;
		l->conns++;
		stats_dirty = 1;
		update_side(c, 1);
		if (half_ns == 0) {
			start_connect(c);
		} else {
			if (wait_tail)
				wait_tail->wait_next = c;
			else
				wait_head = c;
			wait_tail = c;
		}
	}
}

static void do_read(struct dir *d)
{
	struct conn *c = d->conn;
	struct chunk *ch;
	ssize_t n;
	uint64_t t;

	if (d->eof_read || d->queued >= QUEUE_CAP)
		return;
	ch = malloc(sizeof *ch + CHUNK_MAX);
	if (!ch)
		die("malloc");
	n = read(dir_src(d), ch->data, CHUNK_MAX);
	if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
		free(ch);
		return;
	}
	t = now_ns();
	ch->next = NULL;
	ch->off = 0;
	ch->len = n > 0 ? (size_t) n : 0;
	ch->due = t + half_ns;
	if (n <= 0)
		d->eof_read = 1;
	if (d->src_is_client) {
		/* the first bytes could not have left before a real connect() returned: one RTT after the accept */
		if (ch->due < c->accepted + rtt_ns + half_ns)
			ch->due = c->accepted + rtt_ns + half_ns;
		if (!c->first_seen && n > 0) {
			c->first_seen = 1;
			inspect_hello(&listeners[c->listener], (unsigned char *) ch->data, (size_t) n);
		}
	}
	if (d->tail && ch->due < d->tail->due)
		ch->due = d->tail->due; /* keep the order */
	if (n > 0) {
		struct chunk *small = realloc(ch, sizeof *ch + (size_t) n);

		if (small)
			ch = small;
	}
	if (d->tail)
		d->tail->next = ch;
	else
		d->head = ch;
	d->tail = ch;
	d->queued += ch->len;
	pend_add(d);
	update_conn(c);
}

/* Sends what is due in one direction; returns 0 when the connection was closed. */
static int flush_dir(struct dir *d, uint64_t t)
{
	struct conn *c = d->conn;

	if (!d->src_is_client || c->connected) {
		while (d->head && d->head->due <= t) {
			struct chunk *ch = d->head;

			if (ch->len == 0) {
				shutdown(dir_dst(d), SHUT_WR);
				d->eof_sent = 1;
			} else {
				ssize_t n = send(dir_dst(d), ch->data + ch->off, ch->len - ch->off, MSG_NOSIGNAL);

				if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
					d->blocked = 1;
					pend_del(d);
					update_conn(c);
					return 1;
				}
				if (n < 0) {
					conn_close(c);
					return 0;
				}
				ch->off += (size_t) n;
				if (ch->off < ch->len)
					continue;
			}
			d->head = ch->next;
			if (!d->head)
				d->tail = NULL;
			d->queued -= ch->len;
			free(ch);
		}
	}
	if (!d->head)
		pend_del(d);
	if (d->eof_sent)
		maybe_finish(c);
	update_conn(c);
	return !c->dead;
}

static void arm_timer(void)
{
	uint64_t next = UINT64_MAX;
	struct dir *d;
	struct itimerspec its = {0};

	for (d = pend_head; d; d = d->pend_next) {
		if (d->head->due < next)
			next = d->head->due;
	}
	if (wait_head && wait_head->connect_at < next)
		next = wait_head->connect_at;
	if (next != UINT64_MAX) {
		its.it_value.tv_sec = (time_t) (next / 1000000000u);
		its.it_value.tv_nsec = (long) (next % 1000000000u);
		if (its.it_value.tv_sec == 0 && its.it_value.tv_nsec == 0)
			its.it_value.tv_nsec = 1;
	}
	if (timerfd_settime(tfd, TFD_TIMER_ABSTIME, &its, NULL) < 0)
		die("timerfd_settime");
}

static void run_due(void)
{
	uint64_t t = now_ns();
	struct dir *d, *next;

	while (wait_head && wait_head->connect_at <= t) {
		struct conn *c = wait_head;

		wait_head = c->wait_next;
		if (!wait_head)
			wait_tail = NULL;
		start_connect(c);
	}
	for (d = pend_head; d; d = next) {
		next = d->pend_next;
		if (d->head->due <= t) {
			struct conn *c = d->conn;
			/* flushing may close the connection and so unlink its other direction: restart the walk then */
			if (!flush_dir(d, t) || (next && next->conn == c))
				next = pend_head;
		}
	}
}

static void on_socket(struct endpoint *ep, uint32_t events)
{
	struct conn *c = ep->conn;
	int client_side = ep->kind == 1;
	struct dir *rd = client_side ? &c->up : &c->down;
	struct dir *wr = client_side ? &c->down : &c->up;

	if (c->dead)
		return;
	if (!client_side && !c->connected) {
		int err = 0;
		socklen_t len = sizeof err;

		if (getsockopt(c->ufd, SOL_SOCKET, SO_ERROR, &err, &len) < 0 || err != 0) {
			conn_close(c);
			return;
		}
		c->connected = 1;
		update_conn(c);
		pend_add(&c->up);
		return;
	}
	if ((events & EPOLLOUT) && wr->blocked) {
		wr->blocked = 0;
		pend_add(wr);
		if (!flush_dir(wr, now_ns()))
			return;
	}
	if (events & (EPOLLIN | EPOLLHUP | EPOLLERR))
		do_read(rd);
}

static void parse_map(const char *path)
{
	FILE *f = fopen(path, "r");
	char lh[64], th[64];
	int lp, tp;

	if (!f)
		die(path);
	listeners = calloc(MAX_LISTENERS, sizeof *listeners);
	if (!listeners)
		die("calloc");
	while (fscanf(f, "%63s %d %63s %d", lh, &lp, th, &tp) == 4) {
		struct listener *l;
		struct sockaddr_in a = {.sin_family = AF_INET};
		socklen_t alen = sizeof a;
		int one = 1;

		if (nlisteners == MAX_LISTENERS) {
			fprintf(stderr, "latency_proxy: more than %d listeners\n", MAX_LISTENERS);
			exit(1);
		}
		l = &listeners[nlisteners];
		l->target.sin_family = AF_INET;
		l->target.sin_port = htons((uint16_t) tp);
		if (inet_pton(AF_INET, th, &l->target.sin_addr) != 1 || inet_pton(AF_INET, lh, &a.sin_addr) != 1) {
			fprintf(stderr, "latency_proxy: bad address in %s: %s / %s\n", path, lh, th);
			exit(1);
		}
		a.sin_port = htons((uint16_t) lp);
		l->fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
		if (l->fd < 0)
			die("socket");
		setsockopt(l->fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
		if (bind(l->fd, (struct sockaddr *) &a, sizeof a) < 0) {
			fprintf(stderr, "latency_proxy: bind %s:%d: %s\n", lh, lp, strerror(errno));
			exit(1);
		}
		if (listen(l->fd, 1024) < 0)
			die("listen");
		getsockname(l->fd, (struct sockaddr *) &a, &alen);
		snprintf(l->host, sizeof l->host, "%s", lh);
		l->port = ntohs(a.sin_port);
		l->ep.kind = 0;
		l->ep.listener = nlisteners;
		nlisteners++;
	}
	fclose(f);
	if (nlisteners == 0) {
		fprintf(stderr, "latency_proxy: no listeners in %s\n", path);
		exit(1);
	}
}

int main(int argc, char **argv)
{
	struct endpoint tep = {.kind = 3}, sep = {.kind = 4};
	struct stat st;
	struct epoll_event evs[256];
	double rtt_ms;
	int i;

	if (argc != 4) {
		fprintf(stderr, "usage: latency_proxy RTT_MS MAPFILE STATSFILE\n");
		return 2;
	}
	rtt_ms = atof(argv[1]);
	if (rtt_ms < 0 || rtt_ms > 10000) {
		fprintf(stderr, "latency_proxy: RTT_MS must be 0 to 10000\n");
		return 2;
	}
	rtt_ns = (uint64_t) (rtt_ms * 1e6);
	half_ns = rtt_ns / 2;
	stats_path = argv[3];
	signal(SIGPIPE, SIG_IGN);
	epfd = epoll_create1(EPOLL_CLOEXEC);
	tfd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
	if (epfd < 0 || tfd < 0)
		die("epoll/timerfd");
	parse_map(argv[2]);
	for (i = 0; i < nlisteners; i++)
		ep_set(listeners[i].fd, &listeners[i].ep, EPOLLIN, EPOLL_CTL_ADD);
	ep_set(tfd, &tep, EPOLLIN, EPOLL_CTL_ADD);
	if (fstat(0, &st) == 0 && S_ISFIFO(st.st_mode))
		ep_set(0, &sep, EPOLLIN, EPOLL_CTL_ADD);
	write_stats();
	for (i = 0; i < nlisteners; i++)
		printf("listen %d %s %d\n", i, listeners[i].host, listeners[i].port);
	printf("ready\n");
	fflush(stdout);

	for (;;) {
		int n;

		arm_timer();
		n = epoll_wait(epfd, evs, (int) (sizeof evs / sizeof evs[0]), -1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			die("epoll_wait");
		}
		for (i = 0; i < n; i++) {
			struct endpoint *ep = evs[i].data.ptr;

			if (ep->kind == 0) {
				do_accept(ep->listener);
			} else if (ep->kind == 4) {
				char b[256];

				if (read(0, b, sizeof b) <= 0)
					return 0; /* the bench went away */
			} else if (ep->kind == 3) {
				uint64_t x;

				if (read(tfd, &x, sizeof x) < 0 && errno != EAGAIN)
					die("timerfd read");
			} else {
				on_socket(ep, evs[i].events);
			}
		}
		run_due();
		while (graveyard) {
			struct conn *g = graveyard;

			graveyard = g->grave_next;
			free(g);
		}
		if (stats_dirty)
			write_stats();
	}
}
