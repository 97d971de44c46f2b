--TEST--
http: an OAuth client_endpoint on plain http is refused without b24im.allow_http (INSECURE_URL, nothing sent, the token never leaves) and works with it against an on-premise portal
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);
$oauth = ['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint];

b24t_show(fn() => b24_status_get($oauth));
b24t_show(fn() => b24_call('profile', [], $oauth + ['domain' => 'portal.example']));
echo count($emu->requests()), " requests reached the portal\n";

ini_set('b24im.allow_http', '1');
b24t_show(fn() => b24_status_set('away', $oauth));
b24t_show(fn() => b24_status_get($oauth));
foreach ($emu->requests() as $r) {
    echo $r['scheme'], ' ', $r['http_method'], ' ', $r['path'], ' ', $r['body'], "\n";
}
?>
--EXPECTF--
B24im\Exception [INSECURE_URL] 0: im.user.status.get: INSECURE_URL: the auth array's client_endpoint is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
B24im\Exception [INSECURE_URL] 0: profile: INSECURE_URL: the auth array's client_endpoint is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
0 requests reached the portal
ok: true
ok: 'away'
http POST /rest/im.user.status.set.json STATUS=away&auth=tok3nSecret9access
http POST /rest/im.user.status.get.json auth=tok3nSecret9access
