--TEST--
Transport: a transfer cut short (full Content-Length announced, half the body sent, connection closed) is a TransportException TRUNCATED_REPLY, over plain http and over the TLS front; the next call succeeds
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$tls = $emu->tls();
ini_set('b24im.ca_file', $tls->ca);
$body = '{"result":"' . str_repeat('a', 100) . '"}'; // 113 bytes: 56 are sent

foreach (['plain http' => $emu->webhook, 'TLS front' => $tls->webhook] as $what => $webhook) {
    echo "-- $what\n";
    $emu->fault(['match' => 'emu.echo', 'body' => $body, 'truncate' => true]);
    b24t_show(fn() => b24_call('emu.echo', [], $webhook));
    echo "last response: ", json_encode(b24_last_response()), "\n";
    echo "-- $what: the portal's own reply cut short\n";
    $emu->fault(['match' => 'im.user.status.get', 'truncate' => true]);
    try {
        b24_status_get($webhook);
    } catch (B24im\TransportException $e) {
        echo get_class($e), ' ', $e->getError(), ' ', $e->getCode(), "\n";
    }
    b24t_show(fn() => b24_status_get($webhook));
}
?>
--EXPECTF--
-- plain http
B24im\TransportException [TRUNCATED_REPLY] 200: emu.echo: TRUNCATED_REPLY: %s 57 bytes %s (HTTP 200)
last response: {"method":"emu.echo","http_status":200,"total":null,"next":null,"time":null,"url":"http:\/\/127.0.0.1:%d\/rest\/1\/***\/emu.echo.json"}
-- plain http: the portal's own reply cut short
B24im\TransportException TRUNCATED_REPLY 200
ok: 'online'
-- TLS front
B24im\TransportException [TRUNCATED_REPLY] 200: emu.echo: TRUNCATED_REPLY: %s 57 bytes %s (HTTP 200)
last response: {"method":"emu.echo","http_status":200,"total":null,"next":null,"time":null,"url":"https:\/\/127.0.0.1:%d\/rest\/1\/***\/emu.echo.json"}
-- TLS front: the portal's own reply cut short
B24im\TransportException TRUNCATED_REPLY 200
ok: 'online'
