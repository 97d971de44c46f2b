--TEST--
Hostile portal: a status line that is not HTTP is a TransportException MALFORMED_REPLY (never read as HTTP/0.9)
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('garbage_status'), 10.0);
?>
--EXPECT--
B24im\TransportException [MALFORMED_REPLY] 0: emu.echo: MALFORMED_REPLY: Received HTTP/0.9 when not allowed (no HTTP reply)
message: one line
message: names the method
time: bounded
memory: bounded
fds: none left open
next call: true
