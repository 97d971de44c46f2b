--TEST--
Transport: a body over b24im.max_response_size (bytes) announced by Content-Length is a TransportException RESPONSE_TOO_LARGE with the HTTP status, even when it stalls; a body of exactly the cap passes; the next call succeeds
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.max_response_size=1000
b24im.timeout_ms=20000
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$sized = fn(int $bytes) => '{"result":"' . str_repeat('x', $bytes - 13) . '"}';
echo strlen($sized(1000)), ' ', strlen($sized(1001)), "\n";

echo "-- exactly the cap, one byte over\n";
$emu->fault(['match' => 'emu.echo', 'body' => $sized(1000)]);
b24t_show(fn() => strlen(b24_call('emu.echo', [], $emu->webhook)));
$emu->fault(['match' => 'emu.echo', 'body' => $sized(1001)]);
b24t_show(fn() => strlen(b24_call('emu.echo', [], $emu->webhook)));
echo "last response: ", json_encode(b24_last_response()), "\n";

echo "-- far over, under another status\n";
$emu->fault(['match' => 'emu.echo', 'status' => 502, 'headers' => ['Content-Type' => 'text/html'], 'body' => str_repeat('<p>Bad Gateway</p>', 1000)]);
b24t_show(fn() => b24_call('emu.echo', [], $emu->webhook));

echo "-- over the cap and stalled for 60 s: refused at once\n";
$emu->fault(['match' => 'emu.echo', 'body' => $sized(3000), 'stall_ms' => 60000]);
$t = microtime(true);
b24t_show(fn() => b24_call('emu.echo', [], $emu->webhook));
echo microtime(true) - $t < 10.0 ? "without waiting\n" : "after waiting\n";

echo "-- another cap\n";
ini_set('b24im.max_response_size', '3000');
$emu->fault(['match' => 'emu.echo', 'body' => $sized(3000)]);
b24t_show(fn() => strlen(b24_call('emu.echo', [], $emu->webhook)));
$emu->fault(['match' => 'emu.echo', 'body' => $sized(3001)]);
b24t_show(fn() => strlen(b24_call('emu.echo', [], $emu->webhook)));

echo "-- the process carries on\n";
b24t_show(fn() => b24_status_get($emu->webhook));
?>
--EXPECTF--
1000 1001
-- exactly the cap, one byte over
ok: 987
B24im\TransportException [RESPONSE_TOO_LARGE] 200: emu.echo: RESPONSE_TOO_LARGE: the reply is larger than b24im.max_response_size (1000 bytes) (HTTP 200)
last response: {"method":"emu.echo","http_status":200,"total":null,"next":null,"time":null,"url":"http:\/\/127.0.0.1:%d\/rest\/1\/***\/emu.echo.json"}
-- far over, under another status
B24im\TransportException [RESPONSE_TOO_LARGE] 502: emu.echo: RESPONSE_TOO_LARGE: the reply is larger than b24im.max_response_size (1000 bytes) (HTTP 502)
-- over the cap and stalled for 60 s: refused at once
B24im\TransportException [RESPONSE_TOO_LARGE] 200: emu.echo: RESPONSE_TOO_LARGE: the reply is larger than b24im.max_response_size (1000 bytes) (HTTP 200)
without waiting
-- another cap
ok: 2987
B24im\TransportException [RESPONSE_TOO_LARGE] 200: emu.echo: RESPONSE_TOO_LARGE: the reply is larger than b24im.max_response_size (3000 bytes) (HTTP 200)
-- the process carries on
ok: 'online'
