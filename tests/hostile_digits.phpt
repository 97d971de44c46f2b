--TEST--
Hostile portal: a result that is a 400-digit integer decodes as json_decode makes it: INF
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('digits'), 10.0);
?>
--EXPECT--
ok: INF
time: bounded
memory: bounded
fds: none left open
next call: true
