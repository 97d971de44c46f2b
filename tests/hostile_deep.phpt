--TEST--
Hostile portal: JSON nested 10,000 deep is refused at json_decode's depth, without recursing: TransportException INVALID_JSON
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('deep'), 10.0);
?>
--EXPECT--
B24im\TransportException [INVALID_JSON] 200: emu.echo: INVALID_JSON: the reply is nested deeper than 511 levels: "{"result":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["... (HTTP 200)
message: one line
message: names the method
time: bounded
memory: bounded
fds: none left open
next call: true
