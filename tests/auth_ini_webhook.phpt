--TEST--
$auth null: the webhook comes from b24im.webhook_url (with or without its trailing slash); an invalid one names the setting
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);
putenv('B24_WEBHOOK_URL');

var_dump(ini_set('b24im.webhook_url', $emu->webhook));
b24t_show(fn() => b24_status_set('break'));
b24t_show(fn() => b24_status_get());
b24t_show(fn() => b24_status_get(null));
b24t_show(fn() => b24_idle_start());
b24t_show(fn() => b24_idle_end());
b24t_show(fn() => b24_call('emu.echo', ['x' => 'y']));
ini_set('b24im.webhook_url', rtrim("$emu->base/ini/rest/1/$emu->code/", '/'));
b24t_show(fn() => b24_call('emu.echo'));
b24t_wire($emu);

echo "-- an invalid b24im.webhook_url\n";
$emu->reset();
foreach (["$emu->base/rest/1/", "ftp://127.0.0.1/rest/1/$emu->code/", "$emu->webhook?x=1", 'wh0Secret7code'] as $url) {
    ini_set('b24im.webhook_url', $url);
    try {
        b24_status_get();
    } catch (B24im\Exception $e) {
        printf("%s [%s] %d: %s\n", get_class($e), $e->getError(), $e->getCode(), $e->getMessage());
        echo str_contains((string) $e, $url) || str_contains((string) $e, $emu->code) ? "LEAK\n" : "no leak\n";
    }
}

echo "-- an empty one is no setting\n";
ini_set('b24im.webhook_url', '');
b24t_show(fn() => b24_status_get());
var_dump($emu->requests());
?>
--EXPECT--
string(0) ""
ok: true
ok: 'break'
ok: 'break'
ok: true
ok: true
ok: array (
  'x' => 'y',
)
ok: array (
)
POST /rest/1/wh0Secret7code/im.user.status.set.json STATUS=break
POST /rest/1/wh0Secret7code/im.user.status.get.json 
POST /rest/1/wh0Secret7code/im.user.status.get.json 
POST /rest/1/wh0Secret7code/im.user.status.idle.start.json AGO=10
POST /rest/1/wh0Secret7code/im.user.status.idle.end.json 
POST /rest/1/wh0Secret7code/emu.echo.json x=y
POST /ini/rest/1/wh0Secret7code/emu.echo.json 
-- an invalid b24im.webhook_url
B24im\Exception [INVALID_WEBHOOK_URL] 0: im.user.status.get: INVALID_WEBHOOK_URL: b24im.webhook_url is not a Bitrix24 webhook URL: it must look like https://your-portal.bitrix24.com/rest/1/your-webhook-code/
no leak
B24im\Exception [INVALID_WEBHOOK_URL] 0: im.user.status.get: INVALID_WEBHOOK_URL: b24im.webhook_url is not a Bitrix24 webhook URL: it must look like https://your-portal.bitrix24.com/rest/1/your-webhook-code/
no leak
B24im\Exception [INVALID_WEBHOOK_URL] 0: im.user.status.get: INVALID_WEBHOOK_URL: b24im.webhook_url is not a Bitrix24 webhook URL: it must look like https://your-portal.bitrix24.com/rest/1/your-webhook-code/
no leak
B24im\Exception [INVALID_WEBHOOK_URL] 0: im.user.status.get: INVALID_WEBHOOK_URL: b24im.webhook_url is not a Bitrix24 webhook URL: it must look like https://your-portal.bitrix24.com/rest/1/your-webhook-code/
no leak
-- an empty one is no setting
B24im\Exception [NO_ENDPOINT] 0: im.user.status.get: NO_ENDPOINT: no Bitrix24 portal to call: pass $auth (a webhook URL or the application's auth array), or set b24im.webhook_url or the B24_WEBHOOK_URL environment variable to https://your-portal.bitrix24.com/rest/1/your-webhook-code/
array(0) {
}
