--TEST--
Retries: 503 QUERY_LIMIT_EXCEEDED and 503 OVERLOAD_LIMIT are retried up to max_retries (default 3), then thrown as RateLimitException; the emulator gets 1 + max_retries requests; max_retries 0 means no retry
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
// The backoff is paced by the client's rate limit: a high one keeps this test fast.
$fast = ['allow_http' => true, 'rate_limit' => 1000, 'rate_burst' => 1000, 'state_dir' => b24t_state_dir()];

function refuse(B24tEmu $emu, string $code): void
{
    $emu->reset();
    $emu->fault(['status' => 503, 'times' => -1, 'body' => ['error' => $code, 'error_description' => "$code (emulated)"]]);
}
function attempt(B24tEmu $emu, callable $fn): void
{
    try {
        $fn();
        echo "no exception";
    } catch (B24im\RateLimitException $e) {
        printf("%s [%s] %d reset_at=%s", get_class($e), $e->getError(), $e->getCode(), var_export($e->getResetAt(), true));
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage();
    }
    $bodies = array_unique(array_column($emu->requests(), 'body'));
    printf(" -- %d requests%s\n", count($emu->requests()), count($bodies) > 1 ? ' (not all alike)' : '');
}

foreach (['QUERY_LIMIT_EXCEEDED', 'OVERLOAD_LIMIT'] as $code) {
    echo "== $code\n";
    refuse($emu, $code);
    attempt($emu, fn() => (new B24im\Client($emu->webhook, $fast))->statusSet('away'));
    foreach ([0, 1, 5] as $n) {
        refuse($emu, $code);
        echo "max_retries $n: ";
        attempt($emu, fn() => (new B24im\Client($emu->webhook, ['max_retries' => $n] + $fast))->call('emu.echo', ['n' => $n]));
    }
    echo "OAuth: ";
    refuse($emu, $code);
    attempt($emu, fn() => (new B24im\Client(['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint], $fast))->statusGet());
}

echo "== the global functions: b24im.max_retries\n";
ini_set('b24im.allow_http', '1');
ini_set('b24im.rate_limit', '1000');
ini_set('b24im.rate_burst', '1000');
ini_set('b24im.state_dir', b24t_state_dir());
refuse($emu, 'QUERY_LIMIT_EXCEEDED');
attempt($emu, fn() => b24_status_get($emu->webhook));
ini_set('b24im.max_retries', '2');
refuse($emu, 'OVERLOAD_LIMIT');
attempt($emu, fn() => b24_idle_end($emu->webhook));
ini_set('b24im.max_retries', '0');
refuse($emu, 'QUERY_LIMIT_EXCEEDED');
attempt($emu, fn() => b24_call('emu.echo', [], $emu->webhook));
var_dump(b24_last_response()['http_status']);

echo "== with the default rate limit (2/s) the retry waits\n";
ini_restore('b24im.rate_limit');
ini_restore('b24im.rate_burst');
refuse($emu, 'QUERY_LIMIT_EXCEEDED');
attempt($emu, fn() => (new B24im\Client($emu->webhook, ['allow_http' => true, 'max_retries' => 1, 'state_dir' => b24t_state_dir()]))->statusGet());
$times = array_column($emu->requests(), 'time');
echo "backoff of at least 100 ms: ", $times[1] - $times[0] >= 0.1 ? 'true' : 'false (' . ($times[1] - $times[0]) . ' s)', "\n";
?>
--EXPECT--
== QUERY_LIMIT_EXCEEDED
B24im\RateLimitException [QUERY_LIMIT_EXCEEDED] 503 reset_at=NULL -- 4 requests
max_retries 0: B24im\RateLimitException [QUERY_LIMIT_EXCEEDED] 503 reset_at=NULL -- 1 requests
max_retries 1: B24im\RateLimitException [QUERY_LIMIT_EXCEEDED] 503 reset_at=NULL -- 2 requests
max_retries 5: B24im\RateLimitException [QUERY_LIMIT_EXCEEDED] 503 reset_at=NULL -- 6 requests
OAuth: B24im\RateLimitException [QUERY_LIMIT_EXCEEDED] 503 reset_at=NULL -- 4 requests
== OVERLOAD_LIMIT
B24im\RateLimitException [OVERLOAD_LIMIT] 503 reset_at=NULL -- 4 requests
max_retries 0: B24im\RateLimitException [OVERLOAD_LIMIT] 503 reset_at=NULL -- 1 requests
max_retries 1: B24im\RateLimitException [OVERLOAD_LIMIT] 503 reset_at=NULL -- 2 requests
max_retries 5: B24im\RateLimitException [OVERLOAD_LIMIT] 503 reset_at=NULL -- 6 requests
OAuth: B24im\RateLimitException [OVERLOAD_LIMIT] 503 reset_at=NULL -- 4 requests
== the global functions: b24im.max_retries
B24im\RateLimitException [QUERY_LIMIT_EXCEEDED] 503 reset_at=NULL -- 4 requests
B24im\RateLimitException [OVERLOAD_LIMIT] 503 reset_at=NULL -- 3 requests
B24im\RateLimitException [QUERY_LIMIT_EXCEEDED] 503 reset_at=NULL -- 1 requests
int(503)
== with the default rate limit (2/s) the retry waits
B24im\RateLimitException [QUERY_LIMIT_EXCEEDED] 503 reset_at=NULL -- 2 requests
backoff of at least 100 ms: true
