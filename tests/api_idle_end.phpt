--TEST--
b24_idle_end(): calls im.user.status.idle.end with no parameters and returns the result as a bool
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

b24t_show(fn() => b24_idle_start(7, $emu->webhook));
var_dump($emu->state()['users'][1]['idle_ago']);
b24t_show(fn() => b24_idle_end($emu->webhook));
var_dump($emu->state()['users'][1]['idle_ago']);
b24t_show(fn() => b24_idle_end());                 // no endpoint: nothing sent
b24t_show(fn() => b24_idle_end(auth: $emu->webhook));
b24t_wire($emu);

$emu->fault(['match' => 'im.user.status.idle.end', 'body' => ['result' => false, 'time' => []]]);
b24t_show(fn() => b24_idle_end($emu->webhook));
?>
--EXPECT--
ok: true
int(7)
ok: true
NULL
B24im\Exception [NO_ENDPOINT] 0: im.user.status.idle.end: NO_ENDPOINT: no Bitrix24 portal to call: pass $auth (a webhook URL or the application's auth array), or set b24im.webhook_url or the B24_WEBHOOK_URL environment variable to https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ok: true
POST /rest/1/wh0Secret7code/im.user.status.idle.start.json AGO=7
POST /rest/1/wh0Secret7code/im.user.status.idle.end.json 
POST /rest/1/wh0Secret7code/im.user.status.idle.end.json 
ok: false
