--TEST--
Transport: JSON text cut short (the transfer itself complete) is a TransportException INVALID_JSON with the HTTP status; the next call succeeds
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();

foreach (['{"result":{"ID":"1","NAME":"Iv', '{"result":', '{"result":[1,2', '{"result":true', '{"error":"expired_token","error_descr'] as $body) {
    $emu->fault(['match' => 'profile', 'status' => 200, 'body' => $body]);
    b24t_show(fn() => b24_call('profile', [], $emu->webhook));
}
$emu->fault(['match' => 'profile', 'status' => 401, 'body' => '{"error":"expired_token","error_descr']);
b24t_show(fn() => b24_call('profile', [], $emu->webhook));
b24t_show(fn() => b24_status_get($emu->webhook));
?>
--EXPECT--
B24im\TransportException [INVALID_JSON] 200: profile: INVALID_JSON: the reply is not JSON: "{"result":{"ID":"1","NAME":"Iv" (HTTP 200)
B24im\TransportException [INVALID_JSON] 200: profile: INVALID_JSON: the reply is not JSON: "{"result":" (HTTP 200)
B24im\TransportException [INVALID_JSON] 200: profile: INVALID_JSON: the reply is not JSON: "{"result":[1,2" (HTTP 200)
B24im\TransportException [INVALID_JSON] 200: profile: INVALID_JSON: the reply is not JSON: "{"result":true" (HTTP 200)
B24im\TransportException [INVALID_JSON] 200: profile: INVALID_JSON: the reply is not JSON: "{"error":"expired_token","error_descr" (HTTP 200)
B24im\TransportException [INVALID_JSON] 401: profile: INVALID_JSON: the reply is not JSON: "{"error":"expired_token","error_descr" (HTTP 401)
ok: 'online'
