--TEST--
Hostile portal: a redirect to file:///etc/passwd is refused and never read: TransportException REDIRECT_REFUSED
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
b24t_call_hostile($hostile, $hostile->webhook('redirect_file'), 10.0);
?>
--EXPECT--
B24im\TransportException [REDIRECT_REFUSED] 302: emu.echo: REDIRECT_REFUSED: the portal redirected to a URL that is not http or https; refused (HTTP 302)
message: one line
message: names the method
time: bounded
memory: bounded
fds: none left open
next call: true
