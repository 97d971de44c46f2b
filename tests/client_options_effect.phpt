--TEST--
B24im\Client options override the INI of the same name: user_agent, timeout_ms, max_response_size, allow_http, max_retries (observed on the wire)
--EXTENSIONS--
b24im
--INI--
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$dir = b24t_state_dir();
$base = ['rate_limit' => 0, 'state_dir' => $dir];

echo "-- user_agent\n";
ini_set('b24im.allow_http', '1');
ini_set('b24im.user_agent', 'from-ini/1');
(new B24im\Client($emu->webhook, $base))->statusGet();
(new B24im\Client($emu->webhook, ['user_agent' => 'from-option/2 (test)'] + $base))->statusGet();
(new B24im\Client(['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint], ['user_agent' => 'oauth-option/3'] + $base))->idleEnd();
b24_status_get($emu->webhook);
foreach ($emu->requests() as $r) {
    echo $r['path'], ' ', $r['headers']['user-agent'], "\n";
}
$emu->reset();
ini_restore('b24im.user_agent');

echo "-- timeout_ms: the INI allows 200 ms, the option 10000 ms; the reply takes 600 ms\n";
/** Which timeout curl gave up after: about 200 ms, not 10000 (curl's message names the time). */
function timed_out(callable $fn): void
{
    try {
        $r = $fn();
        echo 'ok: ', var_export($r, true), "\n";
    } catch (B24im\TransportException $e) {
        preg_match('/after (\d+) milliseconds/', $e->getMessage(), $m);
        $slow = b24t_slow();
        printf("%s [%s] after %s\n", get_class($e), $e->getError(), isset($m[1]) && $m[1] >= 200 * $slow && $m[1] < 5000 * $slow ? 'about 200 ms' : $e->getMessage());
    }
}
// (all five times longer under valgrind)
ini_set('b24im.timeout_ms', (string) (200 * b24t_slow()));
$emu->fault(['match' => 'im.user.status.get', 'delay_ms' => 600 * b24t_slow(), 'times' => 2]);
timed_out(fn() => (new B24im\Client($emu->webhook, $base))->statusGet());
timed_out(fn() => (new B24im\Client($emu->webhook, ['timeout_ms' => 10000 * b24t_slow()] + $base))->statusGet());
echo "-- and the other way round: the INI allows 10000 ms, the option 200 ms\n";
ini_set('b24im.timeout_ms', (string) (10000 * b24t_slow()));
$emu->fault(['match' => 'im.user.status.get', 'delay_ms' => 600 * b24t_slow()]);
timed_out(fn() => (new B24im\Client($emu->webhook, ['timeout_ms' => 200 * b24t_slow()] + $base))->statusGet());
ini_restore('b24im.timeout_ms');
echo count($emu->requests()), " requests\n";
$emu->reset();

echo "-- max_response_size: user.get answers some 9 kB\n";
ini_set('b24im.max_response_size', '100');
b24t_show(fn() => count((new B24im\Client($emu->webhook, $base))->call('user.get')));
b24t_show(fn() => count((new B24im\Client($emu->webhook, ['max_response_size' => 1000000] + $base))->call('user.get')));
ini_restore('b24im.max_response_size');
b24t_show(fn() => count((new B24im\Client($emu->webhook, ['max_response_size' => 100] + $base))->call('user.get')));
b24t_show(fn() => count((new B24im\Client($emu->webhook, $base))->call('user.get')));

echo "-- allow_http\n";
ini_set('b24im.allow_http', '0');
b24t_show(fn() => (new B24im\Client($emu->webhook, ['allow_http' => true] + $base))->statusGet());
ini_set('b24im.allow_http', '1');
b24t_show(fn() => (new B24im\Client($emu->webhook, ['allow_http' => false] + $base))->statusGet());
b24t_show(fn() => (new B24im\Client(['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint], ['allow_http' => false] + $base))->statusGet());
$emu->reset();

echo "-- max_retries: the INI says 0, the option 2; every request answers 503 QUERY_LIMIT_EXCEEDED\n";
ini_set('b24im.max_retries', '0');
$emu->fault(['status' => 503, 'body' => ['error' => 'QUERY_LIMIT_EXCEEDED', 'error_description' => 'Too many requests'], 'times' => -1]);
b24t_show(fn() => (new B24im\Client($emu->webhook, $base))->statusGet());
echo count($emu->requests()), " request\n";
// a fast backoff: it is paced by the client's rate limit
b24t_show(fn() => (new B24im\Client($emu->webhook, ['max_retries' => 2, 'rate_limit' => 1000, 'rate_burst' => 1000] + $base))->statusGet());
echo count($emu->requests()) - 1, " requests\n";
?>
--EXPECTF--
-- user_agent
/rest/1/wh0Secret7code/im.user.status.get.json from-ini/1
/rest/1/wh0Secret7code/im.user.status.get.json from-option/2 (test)
/rest/im.user.status.idle.end.json oauth-option/3
/rest/1/wh0Secret7code/im.user.status.get.json from-ini/1
-- timeout_ms: the INI allows 200 ms, the option 10000 ms; the reply takes 600 ms
B24im\TransportException [TIMEOUT] after about 200 ms
ok: 'online'
-- and the other way round: the INI allows 10000 ms, the option 200 ms
B24im\TransportException [TIMEOUT] after about 200 ms
3 requests
-- max_response_size: user.get answers some 9 kB
B24im\TransportException [RESPONSE_TOO_LARGE] 200: user.get: RESPONSE_TOO_LARGE: the reply is larger than b24im.max_response_size (100 bytes) (HTTP 200)
ok: 50
B24im\TransportException [RESPONSE_TOO_LARGE] 200: user.get: RESPONSE_TOO_LARGE: the reply is larger than b24im.max_response_size (100 bytes) (HTTP 200)
ok: 50
-- allow_http
ok: 'online'
B24im\Exception [INSECURE_URL] 0: B24im\Client: INSECURE_URL: $auth is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
B24im\Exception [INSECURE_URL] 0: B24im\Client: INSECURE_URL: the auth array's client_endpoint is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
-- max_retries: the INI says 0, the option 2; every request answers 503 QUERY_LIMIT_EXCEEDED
B24im\RateLimitException [QUERY_LIMIT_EXCEEDED] 503: im.user.status.get: QUERY_LIMIT_EXCEEDED: Too many requests (HTTP 503)
1 request
B24im\RateLimitException [QUERY_LIMIT_EXCEEDED] 503: im.user.status.get: QUERY_LIMIT_EXCEEDED: Too many requests (HTTP 503)
3 requests
