--TEST--
OAuth race: 8 processes hit expired_token with the same single-use refresh token at the same moment; exactly one renewal request reaches the OAuth server and all 8 go on with the same new tokens; a later call with the old tokens uses them too
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true, 'workers' => 10]);
$dir = b24t_state_dir();
$old = ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $emu->clientEndpoint];
// The OAuth server takes 3 s to answer (30 s under valgrind, where every call takes seconds), so every process meets
// expired_token while the renewal is in flight.
$delay = b24t_valgrind() ? 30.0 : 3.0;
$emu->fault(['match' => 'oauth/token', 'delay_ms' => (int) ($delay * 1000)]);

$children = new B24tChildren();
$children->start(8, <<<'PHP'
    $handled = [];
    $handler = function (array $auth) use (&$handled) { $handled[] = $auth['access_token'] . ' ' . $auth['refresh_token']; };
    try {
        if ($i % 2 === 0) {
            // half use a Client ...
            $c = new B24im\Client($args['old'], ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => $args['dir'],
                'client_id' => $args['id'], 'client_secret' => $args['secret'], 'oauth_url' => $args['oauth']]);
            $c->onTokenRefresh($handler);
            $status = $c->statusGet();
            $auth = $c->auth();
        } else {
            // ... half the global functions with the INI
            ini_set('b24im.allow_http', '1');
            ini_set('b24im.rate_limit', '0');
            ini_set('b24im.state_dir', $args['dir']);
            ini_set('b24im.client_id', $args['id']);
            ini_set('b24im.client_secret', $args['secret']);
            ini_set('b24im.oauth_url', $args['oauth']);
            b24_on_token_refresh($handler);
            $status = b24_status_get($args['old']);
            [$access, $refresh] = explode(' ', $handled[0] ?? ' ');
            $auth = ['access_token' => $access, 'refresh_token' => $refresh];
        }
        return ['status' => $status, 'tokens' => $auth['access_token'] . ' ' . $auth['refresh_token'], 'handled' => $handled];
    } catch (Throwable $e) {
        return ['error' => get_class($e) . ': ' . $e->getMessage()];
    }
PHP, ['old' => $old, 'dir' => $dir, 'id' => $emu->clientId, 'secret' => $emu->clientSecret, 'oauth' => $emu->oauthServer]);
$children->release();
$results = $children->wait();

$tokens = [];
foreach ($results as $k => $r) {
    $res = $r['result'];
    if (!$r['ok'] || isset($res['error'])) {
        echo "child $k failed: ", $res['error'] ?? $r['output'], "\n";
        continue;
    }
    $tokens[] = $res['tokens'];
    if ($res['status'] !== 'online' || $res['handled'] !== [$res['tokens']]) {
        echo "child $k: ", json_encode($res), "\n";
    }
}
$distinct = array_unique($tokens);
echo count($tokens), " processes succeeded with ", count($distinct), " distinct pair(s) of tokens\n";
[$access, $refresh] = explode(' ', reset($distinct) ?: ' ');
$state = $emu->state();
printf("the pair is the OAuth server's new one: %s\n", var_export(isset($state['tokens'][$access], $state['refresh_tokens'][$refresh]) && $access !== $old['access_token'], true));

$log = $emu->requests();
$oauth = array_values(array_filter($log, fn($r) => $r['rest_method'] === null));
$expired = array_filter($log, fn($r) => $r['body'] === 'auth=' . $old['access_token']);
$renewed = array_filter($log, fn($r) => $r['body'] === 'auth=' . $access);
echo "renewals: ", $emu->renewals(), ", requests to the OAuth server: ", count($oauth), "\n";
echo "calls with the expired token: ", count($expired), ", with the new one: ", count($renewed), "\n";
// The race happened: besides the process that renews, others met expired_token while the renewal was in flight.
// Not necessarily all 7: PHP's built-in server may have accepted a call on the worker that holds the renewal,
// and serves it only when that one is answered (a busy CI machine did so once).
$answeredAt = ($oauth[0]['time'] ?? 0) + $delay;
$during = count(array_filter(array_column($expired, 'time'), fn($t) => $t < $answeredAt));
echo "processes that met expired_token while the renewal was in flight: ", $during >= 2 ? 'two or more' : $during, "\n";

echo "-- later, a call that still carries the old tokens\n";
$later = [];
$c = new B24im\Client($old, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => $dir,
    'client_id' => $emu->clientId, 'client_secret' => $emu->clientSecret, 'oauth_url' => $emu->oauthServer]);
$c->onTokenRefresh(function (array $auth) use (&$later) { $later[] = $auth; });
b24t_show(fn() => $c->statusGet());
echo "renewals: ", $emu->renewals(), ", requests to the OAuth server: ", count(array_filter($emu->requests(), fn($r) => $r['rest_method'] === null)), "\n";
printf("auth() has the renewed pair: %s, handler told: %s\n",
    var_export($c->auth()['access_token'] === $access && $c->auth()['refresh_token'] === $refresh, true),
    var_export(count($later) === 1 && $later[0] === $c->auth(), true));
echo "-- and with the global functions\n";
ini_set('b24im.allow_http', '1');
ini_set('b24im.rate_limit', '0');
ini_set('b24im.state_dir', $dir);
ini_set('b24im.client_id', $emu->clientId);
ini_set('b24im.client_secret', $emu->clientSecret);
ini_set('b24im.oauth_url', $emu->oauthServer);
b24t_show(fn() => b24_status_set('dnd', $old));
echo "renewals: ", $emu->renewals(), "\n";
?>
--EXPECT--
8 processes succeeded with 1 distinct pair(s) of tokens
the pair is the OAuth server's new one: true
renewals: 1, requests to the OAuth server: 1
calls with the expired token: 8, with the new one: 8
processes that met expired_token while the renewal was in flight: two or more
-- later, a call that still carries the old tokens
ok: 'online'
renewals: 1, requests to the OAuth server: 1
auth() has the renewed pair: true, handler told: true
-- and with the global functions
ok: true
renewals: 1
