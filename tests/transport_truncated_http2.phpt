--TEST--
Transport: a transfer cut short over HTTP/2 (the TLS front with http2) is a TransportException TRUNCATED_REPLY with the HTTP status, as over HTTP/1.1; the next call succeeds
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$tls = $emu->tls(['http2' => true]);
ini_set('b24im.ca_file', $tls->ca);
$body = '{"result":"' . str_repeat('a', 100) . '"}';

b24t_show(fn() => b24_status_get($tls->webhook));
$emu->fault(['match' => 'emu.echo', 'body' => $body, 'truncate' => true]);
try {
    b24_call('emu.echo', [], $tls->webhook);
    echo "no exception\n";
} catch (B24im\Exception $e) {
    printf("%s [%s] %d\n", get_class($e), $e->getError(), $e->getCode());
    echo $e->getMessage(), "\n";
}
echo "last response: ", json_encode(b24_last_response()), "\n";
b24t_show(fn() => b24_status_get($tls->webhook));
?>
--EXPECTF--
ok: 'online'
B24im\TransportException [TRUNCATED_REPLY] 200
emu.echo: TRUNCATED_REPLY: %s (HTTP 200)
last response: {"method":"emu.echo","http_status":200,"total":null,"next":null,"time":null,"url":"https:\/\/127.0.0.1:%d\/rest\/1\/***\/emu.echo.json"}
ok: 'online'
