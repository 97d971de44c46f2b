--TEST--
Hostile portal: Content-Encoding: gzip on a body b24im never asked to be encoded (it is plain JSON) is a TransportException MALFORMED_REPLY
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('fake_gzip'), 10.0);
?>
--EXPECT--
B24im\TransportException [MALFORMED_REPLY] 200: emu.echo: MALFORMED_REPLY: the reply has a Content-Encoding, which b24im does not ask for (HTTP 200)
message: one line
message: names the method
time: bounded
memory: bounded
fds: none left open
next call: true
