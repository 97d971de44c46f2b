--TEST--
Hostile portal: a 100 MB body announced by Content-Length is refused before it is read: TransportException RESPONSE_TOO_LARGE
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.max_response_size=4194304
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('huge_length'), 10.0);
$served = $hostile->served('huge_length');
echo 'the client hung up first: ', var_export($served[0]['ended'] === 'peer_closed', true), "\n";
echo 'sent less than 20 MB of 100: ', var_export($served[0]['sent_bytes'] < 20 << 20, true), "\n";
?>
--EXPECT--
B24im\TransportException [RESPONSE_TOO_LARGE] 200: emu.echo: RESPONSE_TOO_LARGE: the reply is larger than b24im.max_response_size (4194304 bytes) (HTTP 200)
message: one line
message: names the method
time: bounded
memory: bounded
fds: none left open
next call: true
the client hung up first: true
sent less than 20 MB of 100: true
