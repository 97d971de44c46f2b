--TEST--
Hostile portal: a body of 300,000 empty objects (900 KB; in json-c's tree 800 bytes each) decodes whole, in bounded memory: such bodies go to PHP's own parser, within memory_limit
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('objects'), 10.0);
?>
--EXPECT--
ok: array of 300000
time: bounded
memory: bounded
fds: none left open
next call: true
