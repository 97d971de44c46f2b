--TEST--
Retries: the backoff between retries never outlasts the call's timeout_ms (a slow rate_limit would otherwise sleep up to 30 s a retry); the retries still happen
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$emu->fault(['status' => 503, 'times' => -1, 'body' => ['error' => 'QUERY_LIMIT_EXCEEDED', 'error_description' => 'Too many requests']]);
// rate_limit 0.01: one bucket slot drains in 100 s, so the first backoff would be 50 to 150 s, capped at 30 s
$c = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 0.01, 'rate_burst' => 1000, 'max_retries' => 2,
    'timeout_ms' => 400, 'state_dir' => b24t_state_dir()]);
$start = microtime(true);
b24t_show(fn() => $c->statusGet());
$took = microtime(true) - $start;
echo count($emu->requests()), " requests\n";
echo 'two backoffs within 2 x timeout_ms (and a margin): ', var_export($took < 0.8 + 2.0 * b24t_slow(), true), "\n";
?>
--EXPECT--
B24im\RateLimitException [QUERY_LIMIT_EXCEEDED] 503: im.user.status.get: QUERY_LIMIT_EXCEEDED: Too many requests (HTTP 503)
3 requests
two backoffs within 2 x timeout_ms (and a margin): true
