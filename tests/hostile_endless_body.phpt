--TEST--
Hostile portal: a reply that never ends (100 bytes every 10 ms, forever) is a TransportException TIMEOUT at b24im.timeout_ms
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.timeout_ms=1500
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('endless_body'), 10.0);
$served = $hostile->served('endless_body');
echo 'connections: ', count($served), "\n";
echo 'the client hung up first: ', var_export($served[0]['ended'] === 'peer_closed', true), "\n";
?>
--EXPECTF--
B24im\TransportException [TIMEOUT] 200: emu.echo: TIMEOUT: Operation timed out after 15%d milliseconds with %d bytes received (HTTP 200)
message: one line
message: names the method
time: bounded
memory: bounded
fds: none left open
next call: true
connections: 1
the client hung up first: true
