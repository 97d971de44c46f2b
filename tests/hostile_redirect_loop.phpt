--TEST--
Hostile portal: a redirect to itself, forever, ends after 3 hops: TransportException TOO_MANY_REDIRECTS
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('redirect_loop'), 10.0);
$served = $hostile->served('redirect_loop', 4);
echo 'connections: ', count($served), "\n";
?>
--EXPECT--
B24im\TransportException [TOO_MANY_REDIRECTS] 302: emu.echo: TOO_MANY_REDIRECTS: more than 3 redirects (HTTP 302)
message: one line
message: names the method
time: bounded
memory: bounded
fds: none left open
next call: true
connections: 4
