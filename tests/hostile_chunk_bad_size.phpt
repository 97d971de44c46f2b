--TEST--
Hostile portal: a chunk size that is not hexadecimal is a TransportException MALFORMED_REPLY
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('chunk_bad_size'), 10.0);
?>
--EXPECTF--
B24im\TransportException [MALFORMED_REPLY] 200: emu.echo: MALFORMED_REPLY: %Schunk%S (HTTP 200)
message: one line
message: names the method
time: bounded
memory: bounded
fds: none left open
next call: true
