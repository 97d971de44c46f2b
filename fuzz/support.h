/* b24im fuzz support: what the harnesses share: the embedded engine, a call frame to throw from, zval comparison and reports. */
#ifndef B24IM_FUZZ_SUPPORT_H
#define B24IM_FUZZ_SUPPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "php.h"
#include "zend_smart_str.h"

/* Starts PHP through the embed SAPI (once), with Zend's allocator off so that ASan sees every allocation,
 * no php.ini, and the minimal B24im\* exception classes registered. */
void fuzz_init(void);

/* One PHP request around each input: whatever the request allocated is freed at its end, so what is left is a leak. */
void fuzz_request_begin(void);
void fuzz_request_end(void);

/* Runs fn(ctx) inside the frame of an internal function b24im_fuzz_frame($method, $params, $auth), so that
 * zend_argument_*_error() and zend_throw_exception() have a caller, as they would under b24_call($method,
 * $params, $auth). The exception fn leaves pending must be taken (fuzz_take_exception) before it returns. */
void fuzz_in_frame(void (*fn)(void *ctx), void *ctx);

/* Takes the pending exception, if any: its class name and message, copied into the buffers (empty when none).
 * Returns whether there was one, and clears it. */
bool fuzz_take_exception(char *class_name, size_t class_size, char *message, size_t message_size);

/* Deep equality as === would see it, with floats compared bit for bit (NaN == NaN, 0.0 != -0.0) and
 * arrays compared in order, keys included. */
bool fuzz_zval_same(zval *a, zval *b);

/* var_export() of z into out, cut at max bytes. */
void fuzz_export(zval *z, smart_str *out, size_t max);

/* Prints the finding and the input (escaped, cut) to stderr and aborts: libFuzzer saves the input. */
ZEND_NORETURN void fuzz_fail(const uint8_t *data, size_t size, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);

/* One reply segment of a fuzz input as a reply: "#NNN " in front sets the HTTP status (default 200), the rest is
 * the body (appended to body, NUL-terminated). Returns the status. */
long fuzz_segment_reply(const char *seg, size_t len, smart_str *body);

/* memmem that accepts empty needles as "not found". */
bool fuzz_contains(const char *hay, size_t hay_len, const char *needle, size_t needle_len);

/* Whether the environment allows the open findings listed in fuzz/README.md to pass (B24IM_FUZZ_KNOWN=1),
 * so that a run can look past them for new ones. */
bool fuzz_allow_known(void);

#endif
