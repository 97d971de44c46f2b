--TEST--
Hostile portal: header lines that never end are stopped at 64 KiB of headers: TransportException RESPONSE_TOO_LARGE
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('endless_headers'), 10.0);
$served = $hostile->served('endless_headers');
echo 'connections: ', count($served), "\n";
echo 'the client hung up first: ', var_export($served[0]['ended'] === 'peer_closed', true), "\n";
?>
--EXPECT--
B24im\TransportException [RESPONSE_TOO_LARGE] 200: emu.echo: RESPONSE_TOO_LARGE: the reply's headers are larger than 65536 bytes (HTTP 200)
message: one line
message: names the method
time: bounded
memory: bounded
fds: none left open
next call: true
connections: 1
the client hung up first: true
