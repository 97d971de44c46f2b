--TEST--
Hostile portal: an HTTP/1.0 reply without keep-alive or Content-Length, its body ended by the close, is valid and decodes
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('http10'), 10.0);
?>
--EXPECT--
ok: true
time: bounded
memory: bounded
fds: none left open
next call: true
