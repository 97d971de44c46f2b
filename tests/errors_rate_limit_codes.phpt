--TEST--
Errors: the RateLimitException codes (OPERATION_TIME_LIMIT 429, QUERY_LIMIT_EXCEEDED 503 and the older 429, OVERLOAD_LIMIT 503): exact class, getError(), getDescription(), getCode() and message
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

function served(B24tEmu $emu, int $status, array $body): void
{
    $emu->fault(['match' => 'im.user.status.idle.start', 'status' => $status, 'body' => $body]);
    try {
        $r = b24_idle_start(5, $emu->webhook);
        echo "no exception: ", var_export($r, true), "\n";
    } catch (B24im\Exception $e) {
        printf("%d %s: %s\n  getError() %s | getDescription() %s | getCode() %s\n  %s\n",
            $status, $body['error'], get_class($e), var_export($e->getError(), true),
            var_export($e->getDescription(), true), var_export($e->getCode(), true), $e->getMessage());
    }
}

served($emu, 429, ['error' => 'OPERATION_TIME_LIMIT', 'error_description' => 'Method is blocked due to operation time limit.']);
served($emu, 503, ['error' => 'QUERY_LIMIT_EXCEEDED', 'error_description' => 'Too many requests']);
served($emu, 429, ['error' => 'QUERY_LIMIT_EXCEEDED', 'error_description' => 'Too many requests']);
served($emu, 503, ['error' => 'OVERLOAD_LIMIT', 'error_description' => 'REST API is blocked due to overload.']);

echo "-- the process is healthy afterwards\n";
b24t_show(fn() => b24_idle_start(5, $emu->webhook));
?>
--EXPECT--
429 OPERATION_TIME_LIMIT: B24im\RateLimitException
  getError() 'OPERATION_TIME_LIMIT' | getDescription() 'Method is blocked due to operation time limit.' | getCode() 429
  im.user.status.idle.start: OPERATION_TIME_LIMIT: Method is blocked due to operation time limit. (HTTP 429)
503 QUERY_LIMIT_EXCEEDED: B24im\RateLimitException
  getError() 'QUERY_LIMIT_EXCEEDED' | getDescription() 'Too many requests' | getCode() 503
  im.user.status.idle.start: QUERY_LIMIT_EXCEEDED: Too many requests (HTTP 503)
429 QUERY_LIMIT_EXCEEDED: B24im\RateLimitException
  getError() 'QUERY_LIMIT_EXCEEDED' | getDescription() 'Too many requests' | getCode() 429
  im.user.status.idle.start: QUERY_LIMIT_EXCEEDED: Too many requests (HTTP 429)
503 OVERLOAD_LIMIT: B24im\RateLimitException
  getError() 'OVERLOAD_LIMIT' | getDescription() 'REST API is blocked due to overload.' | getCode() 503
  im.user.status.idle.start: OVERLOAD_LIMIT: REST API is blocked due to overload. (HTTP 503)
-- the process is healthy afterwards
ok: true
