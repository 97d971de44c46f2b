--TEST--
Which portal: $auth beats b24im.webhook_url, which beats B24_WEBHOOK_URL
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);
$arg = "$emu->base/arg/rest/1/$emu->code/";
$ini = "$emu->base/ini/rest/1/$emu->code/";
$env = "$emu->base/env/rest/1/$emu->code/";
$oauth = ['access_token' => $emu->token, 'client_endpoint' => "$emu->base/oauth-arg/rest/"];

function where(B24tEmu $emu): void
{
    $paths = array_map(fn($r) => strtok(ltrim($r['path'], '/'), '/'), $emu->requests());
    echo implode(' ', $paths), "\n";
    $emu->reset();
}

putenv("B24_WEBHOOK_URL=$env");
ini_set('b24im.webhook_url', $ini);
b24_status_get($arg); b24_status_get($oauth); b24_status_get(); b24_idle_end(); b24_call('emu.echo');
where($emu);

ini_set('b24im.webhook_url', '');
b24_status_get($arg); b24_status_get($oauth); b24_status_get(); b24_idle_start(); b24_status_set('online'); b24_call('emu.echo');
where($emu);

putenv('B24_WEBHOOK_URL');
ini_set('b24im.webhook_url', $ini);
b24_status_get($arg); b24_status_get(); b24_call('emu.echo', [], null);
where($emu);

echo "-- an invalid \$auth is an error even when the ini and env hold valid ones\n";
putenv("B24_WEBHOOK_URL=$env");
b24t_show(fn() => b24_status_get("$emu->base/rest/1/"));
b24t_show(fn() => b24_status_get(['client_endpoint' => $emu->clientEndpoint]));
b24t_show(fn() => b24_status_get(''));
echo "-- an invalid ini is an error even when the env holds a valid one\n";
ini_set('b24im.webhook_url', 'not a url');
b24t_show(fn() => b24_status_get());
var_dump($emu->requests());
?>
--EXPECT--
arg oauth-arg ini ini ini
arg oauth-arg env env env env
arg ini ini
-- an invalid $auth is an error even when the ini and env hold valid ones
ValueError: b24_status_get(): Argument #1 ($auth) must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ValueError: b24_status_get(): Argument #1 ($auth) has no access_token: pass the auth that Bitrix24 posted to the application ($_REQUEST['auth']) or the one it stored
ValueError: b24_status_get(): Argument #1 ($auth) must not be empty: pass a webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
-- an invalid ini is an error even when the env holds a valid one
B24im\Exception [INVALID_WEBHOOK_URL] 0: im.user.status.get: INVALID_WEBHOOK_URL: b24im.webhook_url is not a Bitrix24 webhook URL: it must look like https://your-portal.bitrix24.com/rest/1/your-webhook-code/
array(0) {
}
