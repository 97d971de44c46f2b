--TEST--
Hostile portal: an HTTP/1.1 status line whose code is not a number is a TransportException MALFORMED_REPLY
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('bad_status_code'), 10.0);
?>
--EXPECTF--
B24im\TransportException [MALFORMED_REPLY] 0: emu.echo: MALFORMED_REPLY: Unsupported %s (no HTTP reply)
message: one line
message: names the method
time: bounded
memory: bounded
fds: none left open
next call: true
