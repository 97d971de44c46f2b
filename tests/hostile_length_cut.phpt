--TEST--
Hostile portal: a reply that stops halfway (full Content-Length announced, half sent, closed) is a TransportException TRUNCATED_REPLY
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('length_cut'), 10.0);
?>
--EXPECTF--
B24im\TransportException [TRUNCATED_REPLY] 200: emu.echo: TRUNCATED_REPLY: %s 99 bytes %s (HTTP 200)
message: one line
message: names the method
time: bounded
memory: bounded
fds: none left open
next call: true
