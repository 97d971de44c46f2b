--TEST--
TLS: an OAuth call through the TLS front works, the token travels in the POST body (not the URL); over plain http to a cloud portal (with allow_http) the portal's 400 INVALID_REQUEST "Https required." is an ApiException
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$tls = $emu->tls();
ini_set('b24im.ca_file', $tls->ca);
$oauth = ['access_token' => $emu->token, 'client_endpoint' => $tls->clientEndpoint];

echo "-- https\n";
b24t_show(fn() => b24_status_set('break', $oauth));
b24t_show(fn() => b24_status_get($oauth));
b24t_show(fn() => b24_call('emu.echo', ['MESSAGE' => 'hi'], $oauth));
foreach ($emu->requests() as $r) {
    echo $r['scheme'], ' ', $r['http_method'], ' ', $r['path'], ' query=', var_export($r['query'], true), ' ', $r['body'], "\n";
}

echo "-- plain http to a portal that requires https\n";
$emu->reset();
ini_set('b24im.allow_http', '1');
$plain = ['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint];
try {
    b24_status_get($plain);
    echo "no exception\n";
} catch (B24im\Exception $e) {
    printf("%s [%s] [%s] %d\n  %s\n", get_class($e), $e->getError(), $e->getDescription(), $e->getCode(), $e->getMessage());
    var_dump($e instanceof B24im\AuthException, $e instanceof B24im\TransportException);
}
echo "last response: ", json_encode(b24_last_response()), "\n";
foreach ($emu->requests() as $r) {
    echo $r['scheme'], ' ', $r['http_method'], ' ', $r['path'], "\n";
}
echo "-- https still works afterwards (the reset put the status back)\n";
b24t_show(fn() => b24_status_get($oauth));
?>
--EXPECTF--
-- https
ok: true
ok: 'break'
ok: array (
  'MESSAGE' => 'hi',
)
https POST /rest/im.user.status.set.json query='' STATUS=break&auth=tok3nSecret9access
https POST /rest/im.user.status.get.json query='' auth=tok3nSecret9access
https POST /rest/emu.echo.json query='' MESSAGE=hi&auth=tok3nSecret9access
-- plain http to a portal that requires https
B24im\ApiException [INVALID_REQUEST] [Https required.] 400
  im.user.status.get: INVALID_REQUEST: Https required. (HTTP 400)
bool(false)
bool(false)
last response: {"method":"im.user.status.get","http_status":400,"total":null,"next":null,"time":null,"url":"http:\/\/127.0.0.1:%d\/***"}
http POST /rest/im.user.status.get.json
-- https still works afterwards (the reset put the status back)
ok: 'online'
