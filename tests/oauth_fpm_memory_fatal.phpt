--TEST--
PHP-FPM: a memory_limit fatal error inside b24im while the renewal lock is held (the OAuth server's reply fits, its PHP values do not) does not keep the lock: the same worker's next page view renews, and another process then gets the lock within its timeout_ms
--EXTENSIONS--
b24im
--SKIPIF--
<?php
require __DIR__ . '/fpm.inc';
if (B24tFpm::binary() === null || B24tEmuTls::nginxBinary() === null) {
    die('skip needs php-fpm and nginx');
}
?>
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$emu = b24t_start(['onprem' => true]);
$dir = b24t_state_dir();
$old = ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $emu->clientEndpoint];
$ini = ['memory_limit' => '32M', 'display_errors' => '1', 'html_errors' => '0',
    'b24im.allow_http' => '1', 'b24im.rate_limit' => '0', 'b24im.state_dir' => $dir, 'b24im.timeout_ms' => '2000',
    'b24im.client_id' => $emu->clientId, 'b24im.client_secret' => $emu->clientSecret, 'b24im.oauth_url' => $emu->oauthServer];
$page = <<<'PHP'
<?php
$auth = ['access_token' => getenv('OLD_ACCESS'), 'refresh_token' => getenv('OLD_REFRESH'), 'client_endpoint' => getenv('ENDPOINT')];
if (isset($_GET['hold'])) {
    // all of memory_limit but 1.5 MB: room for a 60 KB reply, none for its 3.5 MB of PHP values
    $held = str_repeat('h', (32 << 20) - memory_get_usage(true) - (1536 << 10));
}
echo getmypid(), ' ';
try {
    echo 'ok ', b24_status_get($auth);
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage();
}
PHP;
// Under valgrind and ASan PHP runs with its allocator off (USE_ZEND_ALLOC=0), which has no memory_limit:
// this pool keeps it on, as production has it.
$fpm = B24tFpm::start($emu, ['renew.php' => $page], $ini,
    ['OLD_ACCESS' => $old['access_token'], 'OLD_REFRESH' => $old['refresh_token'], 'ENDPOINT' => $old['client_endpoint']],
    1, ['USE_ZEND_ALLOC' => '1']);
$port = (int) (new ReflectionProperty($fpm, 'port'))->getValue($fpm);

/** A page view that gives up after $seconds: [pid, what it said]. */
function view(int $port, string $query, float $seconds): array
{
    $context = stream_context_create(['http' => ['ignore_errors' => true, 'timeout' => $seconds]]);
    $body = @file_get_contents("http://127.0.0.1:$port/renew.php?$query", false, $context);
    return $body === false ? ['?', "no reply in $seconds s"] : explode(' ', trim($body), 2) + ['?', ''];
}

// The OAuth server's next reply: 60 KB of JSON (15,000 one-element arrays, no access_token), whose PHP values
// take about 3.5 MB. The renewal's lock is held while it is decoded.
$emu->fault(['match' => 'oauth/token', 'body' => '{"pad":[' . implode(',', array_fill(0, 15000, '[0]')) . ']}']);
[$pid, $said] = view($port, 'hold=1', 30 * b24t_slow());
echo 'view 1: ', str_contains($said, 'Allowed memory size of 33554432 bytes exhausted') ? 'memory_limit fatal error' : $said, "\n";
echo 'requests to the OAuth server: ', count(array_filter($emu->requests(), fn($r) => $r['rest_method'] === null)), ', renewals: ', $emu->renewals(), "\n";

[$pid2, $said] = view($port, '', 10 * b24t_slow());
echo "view 2: $said, the same worker: ", var_export($pid2 === $pid, true), "\n";

$other = new B24tChildren();
$other->start(1, <<<'PHP'
    $c = new B24im\Client($args['old'], ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => $args['dir'], 'timeout_ms' => 2000,
        'client_id' => $args['id'], 'client_secret' => $args['secret'], 'oauth_url' => $args['oauth']]);
    return $c->statusGet();
PHP, ['old' => $old, 'dir' => $dir, 'id' => $emu->clientId, 'secret' => $emu->clientSecret, 'oauth' => $emu->oauthServer]);
$other->release();
$r = $other->waitUpTo(15 * b24t_slow());
echo 'another process: ', $r === null ? 'did not end in its timeout_ms' : var_export($r[0]['result'] ?? $r[0]['output'], true), "\n";
echo 'renewals: ', $emu->renewals(), "\n";
?>
--EXPECT--
view 1: memory_limit fatal error
requests to the OAuth server: 1, renewals: 0
view 2: ok online, the same worker: true
another process: 'online'
renewals: 1
