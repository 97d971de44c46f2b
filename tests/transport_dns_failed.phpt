--TEST--
Transport: a host name that does not resolve (.invalid, RFC 6761) is a TransportException DNS_FAILED with getCode() 0 and no last response
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
b24t_show(fn() => b24_status_get($emu->webhook));
b24t_show(fn() => b24_status_get('https://b24im-test.invalid/rest/1/abc/'));
var_dump(b24_last_response());
b24t_show(fn() => b24_idle_end('https://b24im-test.invalid/rest/1/abc/'));
b24t_show(fn() => b24_status_get($emu->webhook));
?>
--EXPECT--
ok: 'online'
B24im\TransportException [DNS_FAILED] 0: im.user.status.get: DNS_FAILED: Could not resolve host: b24im-test.invalid (no HTTP reply)
NULL
B24im\TransportException [DNS_FAILED] 0: im.user.status.idle.end: DNS_FAILED: Could not resolve host: b24im-test.invalid (no HTTP reply)
ok: 'online'
