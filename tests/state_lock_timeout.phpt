--TEST--
State locks: a call waits for a lock another process holds (the bucket's, a renewal's) at most its timeout_ms, then B24im\Exception STATE_LOCK names what it waited for; once the holder is gone the renewal works
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$dir = b24t_state_dir();
$old = ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $emu->clientEndpoint];
$oauth = ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => $dir, 'timeout_ms' => 1500, 'client_id' => $emu->clientId,
    'client_secret' => $emu->clientSecret, 'oauth_url' => $emu->oauthServer];
$limited = ['allow_http' => true, 'rate_limit' => 10, 'state_dir' => $dir, 'timeout_ms' => 1500];
(new B24im\Client($emu->webhook, $limited))->call('server.time');
// the renewal file of this refresh token: "oauth-" and the first 128 bits of its SHA-256, in hex
$renewal = "$dir/oauth-" . substr(hash('sha256', $emu->refreshToken), 0, 32);
touch($renewal);

$holder = new B24tChildren();
$holder->start(1, <<<'PHP'
    $held = [];
    foreach (glob($args['dir'] . '/*') as $file) {
        $held[] = $f = fopen($file, 'r+');
        flock($f, LOCK_EX);
    }
    $mark('locked');
    sleep(60);
PHP, ['dir' => $dir]);
$holder->release();
echo "locks held: ", var_export($holder->awaitMark('locked', 0), true), "\n";

$calls = new B24tChildren();
$calls->start(1, <<<'PHP'
    $out = [];
    foreach ([[$args['webhook'], $args['limited']], [$args['old'], $args['oauth']]] as [$auth, $opts]) {
        $t = microtime(true);
        try {
            $r = var_export((new B24im\Client($auth, $opts))->statusGet(), true);
        } catch (B24im\Exception $e) {
            $r = get_class($e) . ' ' . $e->getError() . ': ' . $e->getMessage();
        }
        $out[] = [$r, microtime(true) - $t];
    }
    return $out;
PHP, ['webhook' => $emu->webhook, 'limited' => $limited, 'old' => $old, 'oauth' => $oauth]);
$calls->release();
$r = $calls->waitUpTo(20 * b24t_slow());
if ($r === null) {
    echo "the calls still wait after 20 s\n";
} else {
    foreach ($r[0]['result'] ?? [[$r[0]['output'], 0]] as [$what, $took]) {
        printf("%s\n  after %s\n", $what, $took >= 1.4 && $took < 1.5 + 3 * b24t_slow() ? 'its timeout_ms' : "$took s");
    }
}
echo "renewals: ", $emu->renewals(), "\n";
$holder->kill(0);
$holder->wait();
b24t_show(fn() => (new B24im\Client($old, $oauth))->statusGet());
echo "renewals: ", $emu->renewals(), "\n";
?>
--EXPECTF--
locks held: true
B24im\Exception STATE_LOCK: im.user.status.get: STATE_LOCK: waited 1500 ms (timeout_ms) for the lock on the rate limiter's bucket of this portal in b24im.state_dir %s: another process holds it
  after its timeout_ms
B24im\Exception STATE_LOCK: im.user.status.get: STATE_LOCK: waited 1500 ms (timeout_ms) for the lock on the stored renewal of this refresh token in b24im.state_dir %s: another process holds it
  after its timeout_ms
renewals: 0
ok: 'online'
renewals: 1
