--TEST--
Transport: an empty body (Content-Length: 0) is a TransportException EMPTY_REPLY carrying the HTTP status (200, 502); the next call succeeds
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();

$emu->fault(['match' => 'im.user.status.get', 'status' => 200, 'body' => '']);
b24t_show(fn() => b24_status_get($emu->webhook));
echo "last response: ", json_encode(b24_last_response()), "\n";
b24t_show(fn() => b24_status_get($emu->webhook));

$emu->fault(['match' => 'profile', 'status' => 502, 'body' => '']);
b24t_show(fn() => b24_call('profile', [], $emu->webhook));
echo "last response: ", json_encode(b24_last_response()), "\n";
b24t_show(fn() => b24_call('server.time', [], $emu->webhook) !== '');
?>
--EXPECTF--
B24im\TransportException [EMPTY_REPLY] 200: im.user.status.get: EMPTY_REPLY: the portal sent an empty reply (HTTP 200)
last response: {"method":"im.user.status.get","http_status":200,"total":null,"next":null,"time":null,"url":"http:\/\/127.0.0.1:%d\/rest\/1\/***\/im.user.status.get.json"}
ok: 'online'
B24im\TransportException [EMPTY_REPLY] 502: profile: EMPTY_REPLY: the portal sent an empty reply (HTTP 502)
last response: {"method":"profile","http_status":502,"total":null,"next":null,"time":null,"url":"http:\/\/127.0.0.1:%d\/rest\/1\/***\/profile.json"}
ok: true
