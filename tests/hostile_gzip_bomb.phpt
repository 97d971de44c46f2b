--TEST--
Hostile portal: a gzip bomb (100 MB of zeros in 100 KB) is refused at its Content-Encoding header, never inflated: TransportException MALFORMED_REPLY
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('gzip_bomb'), 10.0);
?>
--EXPECT--
B24im\TransportException [MALFORMED_REPLY] 200: emu.echo: MALFORMED_REPLY: the reply has a Content-Encoding, which b24im does not ask for (HTTP 200)
message: one line
message: names the method
time: bounded
memory: bounded
fds: none left open
next call: true
