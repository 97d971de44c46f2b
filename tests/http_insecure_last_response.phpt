--TEST--
http: a call refused as INSECURE_URL got no reply at all, so b24_last_response() is null afterwards, not the previous call's reply
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$tls = $emu->tls();
ini_set('b24im.ca_file', $tls->ca);

b24t_show(fn() => b24_status_get($tls->webhook));
echo "last response: ", json_encode(array_intersect_key(b24_last_response(), ['method' => 1, 'http_status' => 1])), "\n";
b24t_show(fn() => b24_call('profile', [], $emu->webhook));
var_dump(b24_last_response());
b24t_show(fn() => b24_status_get(['access_token' => $emu->token, 'client_endpoint' => $tls->clientEndpoint]));
echo "last response: ", json_encode(array_intersect_key(b24_last_response(), ['method' => 1, 'http_status' => 1])), "\n";
b24t_show(fn() => b24_idle_end(['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint]));
var_dump(b24_last_response());
echo count($emu->requests()), " requests reached the portal\n";
?>
--EXPECTF--
ok: 'online'
last response: {"method":"im.user.status.get","http_status":200}
B24im\Exception [INSECURE_URL] 0: profile: INSECURE_URL: $auth is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
NULL
ok: 'online'
last response: {"method":"im.user.status.get","http_status":200}
B24im\Exception [INSECURE_URL] 0: im.user.status.idle.end: INSECURE_URL: the auth array's client_endpoint is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
NULL
2 requests reached the portal
