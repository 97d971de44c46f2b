--TEST--
http: a plain http:// webhook is refused before anything is sent, without b24im.allow_http: B24im\Exception (the base class) INSECURE_URL, code 0, whether it comes from $auth, b24im.webhook_url or B24_WEBHOOK_URL
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();

function detail(callable $fn): void
{
    try {
        $r = $fn();
        echo "ok: ", var_export($r, true), "\n";
    } catch (B24im\Exception $e) {
        printf("%s [%s] %d\n  %s\n", get_class($e), $e->getError(), $e->getCode(), $e->getMessage());
    }
}

var_dump(ini_get('b24im.allow_http'));
echo "-- \$auth\n";
detail(fn() => b24_status_get($emu->webhook));
detail(fn() => b24_call('profile', [], $emu->webhook));
detail(fn() => b24_status_set('dnd', strtoupper('http') . substr($emu->webhook, 4)));
var_dump(b24_last_response());
echo "-- b24im.webhook_url\n";
ini_set('b24im.webhook_url', $emu->webhook);
detail(fn() => b24_idle_end());
echo "-- B24_WEBHOOK_URL\n";
ini_set('b24im.webhook_url', '');
putenv("B24_WEBHOOK_URL=$emu->webhook");
detail(fn() => b24_idle_start());
echo count($emu->requests()), " requests reached the portal\n";
?>
--EXPECTF--
string(1) "0"
-- $auth
B24im\Exception [INSECURE_URL] 0
  im.user.status.get: INSECURE_URL: $auth is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
B24im\Exception [INSECURE_URL] 0
  profile: INSECURE_URL: $auth is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
B24im\Exception [INSECURE_URL] 0
  im.user.status.set: INSECURE_URL: $auth is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
NULL
-- b24im.webhook_url
B24im\Exception [INSECURE_URL] 0
  im.user.status.idle.end: INSECURE_URL: b24im.webhook_url is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
-- B24_WEBHOOK_URL
B24im\Exception [INSECURE_URL] 0
  im.user.status.idle.start: INSECURE_URL: B24_WEBHOOK_URL is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
0 requests reached the portal
