--TEST--
Hostile portal: chunked encoding broken mid-chunk (0x100 bytes announced, 50 sent, closed) is a TransportException TRUNCATED_REPLY
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('chunk_cut'), 10.0);
?>
--EXPECT--
B24im\TransportException [TRUNCATED_REPLY] 200: emu.echo: TRUNCATED_REPLY: transfer closed with outstanding read data remaining (HTTP 200)
message: one line
message: names the method
time: bounded
memory: bounded
fds: none left open
next call: true
