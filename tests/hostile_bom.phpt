--TEST--
Hostile portal: a UTF-8 byte order mark before the JSON is not JSON, as json_decode says: TransportException INVALID_JSON
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('bom'), 10.0);
?>
--EXPECT--
B24im\TransportException [INVALID_JSON] 200: emu.echo: INVALID_JSON: the reply is not JSON: "???{"result":true,"time":{"start":1700000000.1,"finish":1700"... (HTTP 200)
message: one line
message: names the method
time: bounded
memory: bounded
fds: none left open
next call: true
