--TEST--
$auth null and no b24im.webhook_url: the webhook comes from the environment variable B24_WEBHOOK_URL
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);
var_dump(ini_get('b24im.webhook_url'));

putenv("B24_WEBHOOK_URL=$emu->base/env/rest/1/$emu->code/");
b24t_show(fn() => b24_status_set('away'));
b24t_show(fn() => b24_status_get());
b24t_show(fn() => b24_idle_start(2));
b24t_show(fn() => b24_idle_end());
b24t_show(fn() => b24_call('emu.echo', ['from' => 'env']));
putenv('B24_WEBHOOK_URL=' . rtrim("$emu->base/env2/rest/1/$emu->code/", '/'));
b24t_show(fn() => b24_call('emu.echo'));
b24t_wire($emu);

echo "-- an invalid one names the variable, never its value\n";
$emu->reset();
foreach (["$emu->base/rest/1/", "$emu->base/rest/x/$emu->code/", "https://user@127.0.0.1/rest/1/$emu->code/"] as $url) {
    putenv("B24_WEBHOOK_URL=$url");
    try {
        b24_status_get();
    } catch (B24im\Exception $e) {
        printf("%s [%s] %d: %s\n", get_class($e), $e->getError(), $e->getCode(), $e->getMessage());
        echo str_contains((string) $e, $url) || str_contains((string) $e, $emu->code) ? "LEAK\n" : "no leak\n";
    }
}

echo "-- empty or unset: no endpoint\n";
putenv('B24_WEBHOOK_URL=');
b24t_show(fn() => b24_status_get());
putenv('B24_WEBHOOK_URL');
b24t_show(fn() => b24_status_get());
var_dump($emu->requests());
?>
--EXPECT--
string(0) ""
ok: true
ok: 'away'
ok: true
ok: true
ok: array (
  'from' => 'env',
)
ok: array (
)
POST /env/rest/1/wh0Secret7code/im.user.status.set.json STATUS=away
POST /env/rest/1/wh0Secret7code/im.user.status.get.json 
POST /env/rest/1/wh0Secret7code/im.user.status.idle.start.json AGO=2
POST /env/rest/1/wh0Secret7code/im.user.status.idle.end.json 
POST /env/rest/1/wh0Secret7code/emu.echo.json from=env
POST /env2/rest/1/wh0Secret7code/emu.echo.json 
-- an invalid one names the variable, never its value
B24im\Exception [INVALID_WEBHOOK_URL] 0: im.user.status.get: INVALID_WEBHOOK_URL: B24_WEBHOOK_URL is not a Bitrix24 webhook URL: it must look like https://your-portal.bitrix24.com/rest/1/your-webhook-code/
no leak
B24im\Exception [INVALID_WEBHOOK_URL] 0: im.user.status.get: INVALID_WEBHOOK_URL: B24_WEBHOOK_URL is not a Bitrix24 webhook URL: it must look like https://your-portal.bitrix24.com/rest/1/your-webhook-code/
no leak
B24im\Exception [INVALID_WEBHOOK_URL] 0: im.user.status.get: INVALID_WEBHOOK_URL: B24_WEBHOOK_URL is not a Bitrix24 webhook URL: it must look like https://your-portal.bitrix24.com/rest/1/your-webhook-code/
no leak
-- empty or unset: no endpoint
B24im\Exception [NO_ENDPOINT] 0: im.user.status.get: NO_ENDPOINT: no Bitrix24 portal to call: pass $auth (a webhook URL or the application's auth array), or set b24im.webhook_url or the B24_WEBHOOK_URL environment variable to https://your-portal.bitrix24.com/rest/1/your-webhook-code/
B24im\Exception [NO_ENDPOINT] 0: im.user.status.get: NO_ENDPOINT: no Bitrix24 portal to call: pass $auth (a webhook URL or the application's auth array), or set b24im.webhook_url or the B24_WEBHOOK_URL environment variable to https://your-portal.bitrix24.com/rest/1/your-webhook-code/
array(0) {
}
