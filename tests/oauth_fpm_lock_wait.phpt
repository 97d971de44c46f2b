--TEST--
PHP-FPM: a page view that meets a renewal lock held by another process (its OAuth server is slow) waits at most its timeout_ms, then B24im\Exception STATE_LOCK; the worker is not wedged: its next view uses the other process's renewal
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
$emu = b24t_start(['onprem' => true, 'workers' => 4]);
$dir = b24t_state_dir();
$old = ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $emu->clientEndpoint];
$ini = ['b24im.allow_http' => '1', 'b24im.rate_limit' => '0', 'b24im.state_dir' => $dir, 'b24im.timeout_ms' => '2000',
    'b24im.client_id' => $emu->clientId, 'b24im.client_secret' => $emu->clientSecret, 'b24im.oauth_url' => $emu->oauthServer];
$page = <<<'PHP'
<?php
$auth = ['access_token' => getenv('OLD_ACCESS'), 'refresh_token' => getenv('OLD_REFRESH'), 'client_endpoint' => getenv('ENDPOINT')];
$t = microtime(true);
try {
    $r = 'ok ' . b24_status_get($auth);
} catch (Throwable $e) {
    $r = get_class($e) . ': ' . $e->getMessage();
}
echo getmypid(), ' ', round(microtime(true) - $t, 1), ' ', $r;
PHP;
$fpm = B24tFpm::start($emu, ['renew.php' => $page], $ini,
    ['OLD_ACCESS' => $old['access_token'], 'OLD_REFRESH' => $old['refresh_token'], 'ENDPOINT' => $old['client_endpoint']]);
$port = (int) (new ReflectionProperty($fpm, 'port'))->getValue($fpm);

/** A page view that gives up after $seconds (B24tFpm::get waits 60 s): [pid, seconds the call took, what it said]. */
function view(int $port, float $seconds): array
{
    $context = stream_context_create(['http' => ['ignore_errors' => true, 'timeout' => $seconds]]);
    $body = @file_get_contents("http://127.0.0.1:$port/renew.php", false, $context);
    return $body === false ? ['?', $seconds, "no reply in $seconds s"] : explode(' ', $body, 3) + ['?', 0, ''];
}

// Another process renews the same refresh token; the OAuth server takes 12 s to answer it (more under valgrind).
$slow = 12 * b24t_slow();
$emu->fault(['match' => 'oauth/token', 'delay_ms' => $slow * 1000]);
$holder = new B24tChildren();
$holder->start(1, <<<'PHP'
    $c = new B24im\Client($args['old'], ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => $args['dir'], 'timeout_ms' => $args['timeout'],
        'client_id' => $args['id'], 'client_secret' => $args['secret'], 'oauth_url' => $args['oauth']]);
    return $c->statusGet();
PHP, ['old' => $old, 'dir' => $dir, 'id' => $emu->clientId, 'secret' => $emu->clientSecret, 'oauth' => $emu->oauthServer,
    'timeout' => (int) (($slow + 30) * 1000)]);
$holder->release();
$inFlight = b24t_wait_until(fn() => (bool) array_filter($emu->requests(), fn($r) => $r['rest_method'] === null),
    30 * b24t_slow(), null, 0.02);
echo "the other process's renewal is in flight: ", var_export($inFlight === true, true), "\n";

[$pid, $took, $said] = view($port, 8);
echo "view 1: $said\n  after ", $took >= 1.9 && $took < 4 ? 'its timeout_ms' : "$took s", "\n";
$r = $holder->wait()[0];
echo "the other process: ", var_export($r['result'] ?? $r['output'], true), "\n";
[$pid2, , $said] = view($port, 8);
echo "view 2: $said, the same worker: ", var_export($pid2 === $pid, true), "\n";
echo "renewals: ", $emu->renewals(), "\n";
?>
--EXPECTF--
the other process's renewal is in flight: true
view 1: B24im\Exception: im.user.status.get: STATE_LOCK: waited 2000 ms (timeout_ms) for the lock on the stored renewal of this refresh token in b24im.state_dir %s: another process holds it
  after its timeout_ms
the other process: 'online'
view 2: ok online, the same worker: true
renewals: 1
