--TEST--
http: with b24im.allow_http=1 a plain http:// webhook works, from $auth, b24im.webhook_url and B24_WEBHOOK_URL; switched off again, it is refused again
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();

b24t_show(fn() => b24_status_set('dnd', $emu->webhook));
b24t_show(fn() => b24_status_get($emu->webhook));
echo "last response: ", b24_last_response()['http_status'], "\n";
ini_set('b24im.webhook_url', $emu->webhook);
b24t_show(fn() => b24_idle_start(3));
ini_set('b24im.webhook_url', '');
putenv("B24_WEBHOOK_URL=$emu->webhook");
b24t_show(fn() => b24_idle_end());
putenv('B24_WEBHOOK_URL');

ini_set('b24im.allow_http', '0');
b24t_show(fn() => b24_status_get($emu->webhook));
foreach ($emu->requests() as $r) {
    echo $r['scheme'], ' ', $r['http_method'], ' ', $r['path'], ' ', $r['body'], "\n";
}
?>
--EXPECTF--
ok: true
ok: 'dnd'
last response: 200
ok: true
ok: true
B24im\Exception [INSECURE_URL] 0: im.user.status.get: INSECURE_URL: $auth is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
http POST /rest/1/wh0Secret7code/im.user.status.set.json STATUS=dnd
http POST /rest/1/wh0Secret7code/im.user.status.get.json 
http POST /rest/1/wh0Secret7code/im.user.status.idle.start.json AGO=3
http POST /rest/1/wh0Secret7code/im.user.status.idle.end.json 
