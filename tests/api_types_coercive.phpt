--TEST--
Wrong argument types in coercive mode: what PHP cannot coerce is a TypeError; nothing is sent for either
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);
ini_set('b24im.webhook_url', $emu->webhook);

b24t_show(fn() => b24_idle_start('x'));
b24t_show(fn() => b24_idle_start('10 minutes'));
b24t_show(fn() => b24_idle_start([]));
b24t_show(fn() => b24_call([]));
b24t_show(fn() => b24_call('emu.echo', 'a=1'));
b24t_show(fn() => b24_status_set([]));
b24t_show(fn() => b24_status_get(new stdClass()));
b24t_show(fn() => b24_status_get(['access_token' => 42, 'client_endpoint' => $GLOBALS['emu']->clientEndpoint]));
echo "-- an int \$auth becomes the string \"42\": not a webhook URL\n";
b24t_show(fn() => b24_status_get(42));
var_dump($emu->requests());
?>
--EXPECT--
TypeError: b24_idle_start(): Argument #1 ($ago) must be of type int, string given
TypeError: b24_idle_start(): Argument #1 ($ago) must be of type int, string given
TypeError: b24_idle_start(): Argument #1 ($ago) must be of type int, array given
TypeError: b24_call(): Argument #1 ($method) must be of type string, array given
TypeError: b24_call(): Argument #2 ($params) must be of type array, string given
TypeError: b24_status_set(): Argument #1 ($status) must be of type string, array given
TypeError: b24_status_get(): Argument #1 ($auth) must be of type array|string|null, stdClass given
TypeError: b24_status_get(): Argument #1 ($auth) ["access_token"] must be of type string, int given
-- an int $auth becomes the string "42": not a webhook URL
ValueError: b24_status_get(): Argument #1 ($auth) must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
array(0) {
}
