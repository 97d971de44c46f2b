--TEST--
Hostile portal: a 1,000,000-element array within b24im.max_response_size decodes whole
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('wide'), 10.0, 48);
?>
--EXPECT--
ok: array of 1000000
time: bounded
memory: bounded
fds: none left open
next call: true
