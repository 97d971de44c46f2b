--TEST--
Hostile portal: no Content-Length and a dropped connection after half the JSON: HTTP cannot tell it from the end, the JSON can: TransportException INVALID_JSON
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('close_cut'), 10.0);
?>
--EXPECT--
B24im\TransportException [INVALID_JSON] 200: emu.echo: INVALID_JSON: the reply is not JSON: "{"result":true,"time":{"start":1700000000.1,"finish":1700000"... (HTTP 200)
message: one line
message: names the method
time: bounded
memory: bounded
fds: none left open
next call: true
