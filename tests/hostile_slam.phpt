--TEST--
Hostile portal: a connection closed right after accept, before a byte of reply, is a TransportException NO_REPLY and is not retried
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->slamWebhook(), 10.0);
echo 'connections slammed: ', count($hostile->served('slam')), "\n";
?>
--EXPECT--
B24im\TransportException [NO_REPLY] 0: emu.echo: NO_REPLY: the portal closed the connection without replying (no HTTP reply)
message: one line
message: names the method
time: bounded
memory: bounded
fds: none left open
next call: true
connections slammed: 1
