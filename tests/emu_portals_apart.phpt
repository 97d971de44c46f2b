--TEST--
Emulator portals are apart in everything: each has its own OAuth tokens (another portal's token is refused) and OAuth server (a renewal on one counts there only, with that portal's member_id), bucket, faults, tables and reset
--EXTENSIONS--
b24im
--SKIPIF--
<?php require __DIR__ . '/server/server.inc'; if (!b24t_tls_available()) die('skip nginx or openssl not installed'); ?>
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['portals' => 3, 'workers' => 2]);
[$p1, $p2, $p3] = [$emu->portal(1), $emu->portal(2), $emu->portal(3)];
$opts = fn(B24tEmu $p) => ['ca_file' => $p->ca, 'rate_limit' => 0, 'max_retries' => 0, 'state_dir' => b24t_state_dir(),
    'client_id' => $p->clientId, 'client_secret' => $p->clientSecret, 'oauth_url' => $p->tlsOauthServer];
$oauth = fn(B24tEmu $p, string $token, ?B24tEmu $at = null) => new B24im\Client(
    ['access_token' => $token, 'refresh_token' => $p->refreshToken, 'client_endpoint' => ($at ?? $p)->tlsClientEndpoint], $opts($at ?? $p));

echo "-- tokens\n";
b24t_show(fn() => $oauth($p1, $p1->token)->call('profile')['ID']);
b24t_show(fn() => $oauth($p1, $p1->token, $p2)->call('profile'));
b24t_show(fn() => $oauth($p1, $emu->token)->call('profile'));
echo "-- a renewal on portal 2\n";
$c = $oauth($p2, $p2->expiredToken);
$c->onTokenRefresh(function (array $new) { echo "renewed, member_id ", $new['member_id'], "\n"; });
b24t_show(fn() => $c->call('profile')['ID']);
echo "renewals: portal 1 ", $p1->renewals(), ", portal 2 ", $p2->renewals(), ", portal 3 ", $p3->renewals(), ", main ", $emu->renewals(), "\n";
echo "-- portal 3's bucket: one request, then full\n";
$p3->rateLimit(0.0, 1);
$w3 = new B24im\Client($p3->tlsWebhook, $opts($p3));
$w1 = new B24im\Client($p1->tlsWebhook, $opts($p1));
b24t_show(fn() => $w3->call('server.time') !== '');
b24t_show(fn() => $w3->call('server.time'));
b24t_show(fn() => $w1->call('server.time') !== '');
echo "-- a fault on portal 1\n";
$p1->fault(['match' => 'crm.deal.list', 'status' => 502, 'headers' => ['Content-Type' => 'text/html'], 'body' => '<html>502</html>']);
$p2->table('crm.deal', 3);
$w2 = new B24im\Client($p2->tlsWebhook, $opts($p2));
b24t_show(fn() => count($w2->call('crm.deal.list')));
echo "pending faults: portal 1 ", count($p1->pendingFaults()), ", portal 2 ", count($p2->pendingFaults()), "\n";
b24t_show(fn() => $w1->call('crm.deal.list'));
echo "-- reset portal 2 only\n";
$p1->table('crm.deal', 5);
$p2->reset();
echo "portal 1 deals ", count($w1->call('crm.deal.list')), ", portal 2 deals ", count($w2->call('crm.deal.list')),
    ", portal 2 log ", count($p2->requests()), ", portal 3 log ", count($p3->requests()), "\n";
?>
--EXPECT--
-- tokens
ok: '1'
B24im\AuthException [invalid_token] 401: profile: invalid_token: The access token provided is invalid. (HTTP 401)
B24im\AuthException [invalid_token] 401: profile: invalid_token: The access token provided is invalid. (HTTP 401)
-- a renewal on portal 2
renewed, member_id e3u0member0id4b20002
ok: '1'
renewals: portal 1 0, portal 2 1, portal 3 0, main 0
-- portal 3's bucket: one request, then full
ok: true
B24im\RateLimitException [QUERY_LIMIT_EXCEEDED] 503: server.time: QUERY_LIMIT_EXCEEDED: Too many requests (HTTP 503)
ok: true
-- a fault on portal 1
ok: 3
pending faults: portal 1 1, portal 2 0
B24im\TransportException [INVALID_JSON] 502: crm.deal.list: INVALID_JSON: the reply is not JSON: "<html>502</html>" (HTTP 502)
-- reset portal 2 only
portal 1 deals 5, portal 2 deals 0, portal 2 log 1, portal 3 log 2
