--TEST--
Errors: the portal's own error replies (no scripted body): STATUS_ERROR from im.user.status.set, ERROR_METHOD_NOT_FOUND, INVALID_CREDENTIALS for a wrong webhook, QUERY_LIMIT_EXCEEDED from the rate limit
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
; one attempt: retries are tested in retry_*.phpt
b24im.max_retries=0
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
        printf("%s [%s] [%s] %d\n  %s\n", get_class($e), $e->getError(), $e->getDescription(), $e->getCode(), $e->getMessage());
        $last = b24_last_response();
        printf("  last response: %s %d\n", $last['method'], $last['http_status']);
    }
}

echo "-- a status the portal does not know (b24_status_set would refuse it before sending)\n";
detail(fn() => b24_call('im.user.status.set', ['STATUS' => 'DND'], $emu->webhook));
detail(fn() => b24_call('im.user.status.set', [], $emu->webhook));
echo "-- an unknown method\n";
detail(fn() => b24_call('im.user.status.nosuch', [], $emu->webhook));
echo "-- a wrong webhook code, a wrong webhook user\n";
detail(fn() => b24_status_get("$emu->base/rest/1/wrongCode/"));
detail(fn() => b24_status_get("$emu->base/rest/2/$emu->code/"));
echo "-- the portal's rate limit: one request passes, the next is refused\n";
$emu->rateLimit(0.0, 1);
detail(fn() => b24_status_get($emu->webhook));
detail(fn() => b24_status_get($emu->webhook));
$emu->rateLimit(null);
echo "-- and then the process carries on\n";
detail(fn() => b24_status_set('dnd', $emu->webhook));
detail(fn() => b24_status_get($emu->webhook));
b24t_wire($emu);
?>
--EXPECT--
-- a status the portal does not know (b24_status_set would refuse it before sending)
B24im\ApiException [STATUS_ERROR] [Status is not available] 400
  im.user.status.set: STATUS_ERROR: Status is not available (HTTP 400)
  last response: im.user.status.set 400
B24im\ApiException [STATUS_ERROR] [Status is not available] 400
  im.user.status.set: STATUS_ERROR: Status is not available (HTTP 400)
  last response: im.user.status.set 400
-- an unknown method
B24im\ApiException [ERROR_METHOD_NOT_FOUND] [Method not found!] 404
  im.user.status.nosuch: ERROR_METHOD_NOT_FOUND: Method not found! (HTTP 404)
  last response: im.user.status.nosuch 404
-- a wrong webhook code, a wrong webhook user
B24im\AuthException [INVALID_CREDENTIALS] [Invalid request credentials] 401
  im.user.status.get: INVALID_CREDENTIALS: Invalid request credentials (HTTP 401)
  last response: im.user.status.get 401
B24im\AuthException [INVALID_CREDENTIALS] [Invalid request credentials] 401
  im.user.status.get: INVALID_CREDENTIALS: Invalid request credentials (HTTP 401)
  last response: im.user.status.get 401
-- the portal's rate limit: one request passes, the next is refused
ok: 'online'
B24im\RateLimitException [QUERY_LIMIT_EXCEEDED] [Too many requests] 503
  im.user.status.get: QUERY_LIMIT_EXCEEDED: Too many requests (HTTP 503)
  last response: im.user.status.get 503
-- and then the process carries on
ok: true
ok: 'dnd'
POST /rest/1/wh0Secret7code/im.user.status.set.json STATUS=DND
POST /rest/1/wh0Secret7code/im.user.status.set.json 
POST /rest/1/wh0Secret7code/im.user.status.nosuch.json 
POST /rest/1/wrongCode/im.user.status.get.json 
POST /rest/2/wh0Secret7code/im.user.status.get.json 
POST /rest/1/wh0Secret7code/im.user.status.get.json 
POST /rest/1/wh0Secret7code/im.user.status.get.json 
POST /rest/1/wh0Secret7code/im.user.status.set.json STATUS=dnd
POST /rest/1/wh0Secret7code/im.user.status.get.json 
