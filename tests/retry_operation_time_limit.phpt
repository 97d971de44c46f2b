--TEST--
Retries: 429 OPERATION_TIME_LIMIT is thrown at once (one request) as RateLimitException, getResetAt() = the reply's time.operating_reset_at (a number or a numeric string) as a float, null where absent or not numeric
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$c = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 1000, 'rate_burst' => 1000, 'state_dir' => b24t_state_dir()]);

function limited(B24tEmu $emu, B24im\Client $c, array $body, int $status = 429): void
{
    $emu->reset();
    $emu->fault(['match' => 'im.user.status.get', 'status' => $status, 'times' => -1, 'body' => $body]);
    try {
        $c->statusGet();
        echo "no exception";
    } catch (B24im\RateLimitException $e) {
        printf("%s [%s] %d: %s\n  getResetAt(): ", get_class($e), $e->getError(), $e->getCode(), $e->getMessage());
        var_dump($e->getResetAt());
    }
    echo "  ", count($emu->requests()), " request(s)\n";
}

$error = ['error' => 'OPERATION_TIME_LIMIT', 'error_description' => 'Method is blocked due to operation time limit.'];
echo "-- a float\n";
limited($emu, $c, $error + ['time' => ['start' => 1795000000.5, 'operating' => 482.25, 'operating_reset_at' => 1795000600.75]]);
echo "-- an integer (the usual form)\n";
limited($emu, $c, $error + ['time' => ['operating_reset_at' => 1795000600, 'operating' => 480]]);
echo "-- a time block without it\n";
limited($emu, $c, $error + ['time' => ['start' => 1795000000.5]]);
echo "-- no time block\n";
limited($emu, $c, $error);
echo "-- a numeric string\n";
limited($emu, $c, $error + ['time' => ['operating_reset_at' => '1795000600']]);
echo "-- not a number\n";
limited($emu, $c, $error + ['time' => ['operating_reset_at' => 'soon']]);
echo "-- a 503 QUERY_LIMIT_EXCEEDED with a time block carries it too (after its retries)\n";
limited($emu, $c, ['error' => 'QUERY_LIMIT_EXCEEDED', 'error_description' => 'Too many requests', 'time' => ['operating_reset_at' => 1795000001]], 503);
echo "-- the real emulator's reply of a method: lastResponse() carries operating_reset_at\n";
$emu->reset();
$c->statusGet();
var_dump(is_int($c->lastResponse()['time']['operating_reset_at']));
?>
--EXPECT--
-- a float
B24im\RateLimitException [OPERATION_TIME_LIMIT] 429: im.user.status.get: OPERATION_TIME_LIMIT: Method is blocked due to operation time limit. (HTTP 429)
  getResetAt(): float(1795000600.75)
  1 request(s)
-- an integer (the usual form)
B24im\RateLimitException [OPERATION_TIME_LIMIT] 429: im.user.status.get: OPERATION_TIME_LIMIT: Method is blocked due to operation time limit. (HTTP 429)
  getResetAt(): float(1795000600)
  1 request(s)
-- a time block without it
B24im\RateLimitException [OPERATION_TIME_LIMIT] 429: im.user.status.get: OPERATION_TIME_LIMIT: Method is blocked due to operation time limit. (HTTP 429)
  getResetAt(): NULL
  1 request(s)
-- no time block
B24im\RateLimitException [OPERATION_TIME_LIMIT] 429: im.user.status.get: OPERATION_TIME_LIMIT: Method is blocked due to operation time limit. (HTTP 429)
  getResetAt(): NULL
  1 request(s)
-- a numeric string
B24im\RateLimitException [OPERATION_TIME_LIMIT] 429: im.user.status.get: OPERATION_TIME_LIMIT: Method is blocked due to operation time limit. (HTTP 429)
  getResetAt(): float(1795000600)
  1 request(s)
-- not a number
B24im\RateLimitException [OPERATION_TIME_LIMIT] 429: im.user.status.get: OPERATION_TIME_LIMIT: Method is blocked due to operation time limit. (HTTP 429)
  getResetAt(): NULL
  1 request(s)
-- a 503 QUERY_LIMIT_EXCEEDED with a time block carries it too (after its retries)
B24im\RateLimitException [QUERY_LIMIT_EXCEEDED] 503: im.user.status.get: QUERY_LIMIT_EXCEEDED: Too many requests (HTTP 503)
  getResetAt(): float(1795000001)
  4 request(s)
-- the real emulator's reply of a method: lastResponse() carries operating_reset_at
bool(true)
