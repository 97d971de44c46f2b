--TEST--
Auth: a webhook URL resolved once in a request is reused for the next calls with the same URL (no re-parse), yet a different URL, an allow_http switched off, or a changed b24im.webhook_url takes effect at once
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$other = "$emu->base/rest/2/otherC0de/";

b24t_show(fn() => b24_status_get($emu->webhook));
b24t_show(fn() => b24_status_get($emu->webhook));
b24t_show(fn() => b24_status_get($other));       // the emulator knows no user 2: INVALID_CREDENTIALS
b24t_show(fn() => b24_status_get($emu->webhook));
ini_set('b24im.allow_http', '0');
b24t_show(fn() => b24_status_get($emu->webhook)); // refused now, though it worked a moment ago
ini_set('b24im.allow_http', '1');
ini_set('b24im.webhook_url', $emu->webhook);
b24t_show(fn() => b24_status_get());
ini_set('b24im.webhook_url', $other);
b24t_show(fn() => b24_status_get());
ini_set('b24im.webhook_url', "$emu->base/rest/1/");
b24t_show(fn() => b24_status_get());
foreach ($emu->requests() as $r) {
    echo str_replace($emu->code, 'CODE', $r['path']), "\n";
}
?>
--EXPECTF--
ok: 'online'
ok: 'online'
B24im\AuthException [INVALID_CREDENTIALS] 401: im.user.status.get: INVALID_CREDENTIALS: Invalid request credentials (HTTP 401)
ok: 'online'
B24im\Exception [INSECURE_URL] 0: im.user.status.get: INSECURE_URL: $auth is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
ok: 'online'
B24im\AuthException [INVALID_CREDENTIALS] 401: im.user.status.get: INVALID_CREDENTIALS: Invalid request credentials (HTTP 401)
B24im\Exception [INVALID_WEBHOOK_URL] 0: im.user.status.get: INVALID_WEBHOOK_URL: b24im.webhook_url is not a Bitrix24 webhook URL: it must look like https://your-portal.bitrix24.com/rest/1/your-webhook-code/
/rest/1/CODE/im.user.status.get.json
/rest/1/CODE/im.user.status.get.json
/rest/2/otherC0de/im.user.status.get.json
/rest/1/CODE/im.user.status.get.json
/rest/1/CODE/im.user.status.get.json
/rest/2/otherC0de/im.user.status.get.json
