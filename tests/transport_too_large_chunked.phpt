--TEST--
Transport: b24im.max_response_size stops a chunked body with no Content-Length (the TLS front re-chunks it) as it arrives: exactly the cap passes, one byte over fails, and a body that goes over the cap and then stalls fails at once with RESPONSE_TOO_LARGE
--EXTENSIONS--
b24im
--INI--
b24im.max_response_size=1000
b24im.timeout_ms=30000
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$tls = $emu->tls();
ini_set('b24im.ca_file', $tls->ca);

// The body in chunked framing; nginx decodes it and sends it on chunked, without Content-Length.
$chunked = function (int $bytes): string {
    $json = '{"result":"' . str_repeat('x', $bytes - 13) . '"}';
    return dechex(strlen($json)) . "\r\n$json\r\n0\r\n\r\n";
};
$fault = fn(int $bytes, array $more = []) => $emu->fault(['match' => 'emu.echo', 'status' => 200,
    'headers' => ['Transfer-Encoding' => 'chunked', 'Content-Type' => 'application/json'], 'body' => $chunked($bytes)] + $more);

echo "-- exactly the cap, one byte over\n";
$fault(1000);
b24t_show(fn() => strlen(b24_call('emu.echo', [], $tls->webhook)));
$fault(1001);
b24t_show(fn() => strlen(b24_call('emu.echo', [], $tls->webhook)));
echo "last response: ", json_encode(b24_last_response()), "\n";

echo "-- 1500 bytes arrive, then nothing for 60 s\n";
$fault(3000, ['stall_ms' => 60000]);
$t = microtime(true);
b24t_show(fn() => b24_call('emu.echo', [], $tls->webhook));
echo microtime(true) - $t < 10.0 ? "without waiting\n" : "after waiting\n";

echo "-- the process carries on\n";
b24t_show(fn() => b24_status_get($tls->webhook));
$fault(1000);
b24t_show(fn() => strlen(b24_call('emu.echo', [], $tls->webhook)));
?>
--EXPECTF--
-- exactly the cap, one byte over
ok: 987
B24im\TransportException [RESPONSE_TOO_LARGE] 200: emu.echo: RESPONSE_TOO_LARGE: the reply is larger than b24im.max_response_size (1000 bytes) (HTTP 200)
last response: {"method":"emu.echo","http_status":200,"total":null,"next":null,"time":null,"url":"https:\/\/127.0.0.1:%d\/rest\/1\/***\/emu.echo.json"}
-- 1500 bytes arrive, then nothing for 60 s
B24im\TransportException [RESPONSE_TOO_LARGE] 200: emu.echo: RESPONSE_TOO_LARGE: the reply is larger than b24im.max_response_size (1000 bytes) (HTTP 200)
without waiting
-- the process carries on
ok: 'online'
ok: 987
