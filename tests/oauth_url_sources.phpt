--TEST--
OAuth: the token endpoint comes from the oauth_url option, else b24im.oauth_url, else auth['server_endpoint'] with /rest/ replaced by /oauth/token/
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);

function renew(B24Emu $emu, array $extraAuth, array $extraOpts): void
{
    $emu->reset();
    $auth = ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $emu->clientEndpoint] + $extraAuth;
    $c = new B24im\Client($auth, $extraOpts + ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir(),
        'client_id' => $emu->clientId, 'client_secret' => $emu->clientSecret]);
    show(fn() => $c->statusGet());
    foreach ($emu->requests() as $r) {
        if ($r['rest_method'] === null) {
            echo '  ', $r['http_method'], ' ', $r['path'], ' query=', json_encode($r['query']), "\n";
        }
    }
    echo '  renewals: ', $emu->renewals(), ', new token in use: ', var_export($c->auth()['access_token'] !== $emu->expiredToken, true), "\n";
}

echo "-- the oauth_url option\n";
renew($emu, [], ['oauth_url' => "$emu->base/from-option/oauth/token/"]);
echo "-- server_endpoint\n";
renew($emu, ['server_endpoint' => "$emu->base/from-server-endpoint/rest/"], []);
renew($emu, ['server_endpoint' => "$emu->base/rest/"], []);
echo "-- b24im.oauth_url\n";
ini_set('b24im.oauth_url', "$emu->base/from-ini/oauth/token/");
renew($emu, [], []);
echo "-- b24im.oauth_url before server_endpoint\n";
renew($emu, ['server_endpoint' => "$emu->base/from-server-endpoint/rest/"], []);
echo "-- the option before b24im.oauth_url and server_endpoint\n";
renew($emu, ['server_endpoint' => "$emu->base/from-server-endpoint/rest/"], ['oauth_url' => "$emu->base/from-option/oauth/token/"]);
echo "-- the option '' leaves it to server_endpoint\n";
renew($emu, ['server_endpoint' => "$emu->base/from-server-endpoint/rest/"], ['oauth_url' => '']);
ini_restore('b24im.oauth_url');
echo "-- an https portal: a plain http OAuth server is refused without allow_http, before anything is sent to it\n";
$tls = $emu->tls();
$emu->reset();
$c = new B24im\Client(['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $tls->clientEndpoint],
    ['ca_file' => $tls->ca, 'rate_limit' => 0, 'state_dir' => b24t_state_dir(), 'client_id' => $emu->clientId,
     'client_secret' => $emu->clientSecret, 'oauth_url' => $emu->oauthServer]);
show(fn() => $c->statusGet());
foreach ($emu->requests() as $r) {
    echo '  ', $r['scheme'], ' ', $r['path'], "\n";
}
echo "-- the same over https\n";
$c = new B24im\Client(['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $tls->clientEndpoint],
    ['ca_file' => $tls->ca, 'rate_limit' => 0, 'state_dir' => b24t_state_dir(), 'client_id' => $emu->clientId,
     'client_secret' => $emu->clientSecret, 'oauth_url' => $tls->oauthServer]);
show(fn() => $c->statusGet());
foreach (array_slice($emu->requests(), 1) as $r) {
    echo '  ', $r['scheme'], ' ', $r['path'], "\n";
}
?>
--EXPECTF--
-- the oauth_url option
ok: 'online'
  POST /from-option/oauth/token/ query=""
  renewals: 1, new token in use: true
-- server_endpoint
ok: 'online'
  POST /from-server-endpoint/oauth/token/ query=""
  renewals: 1, new token in use: true
ok: 'online'
  POST /oauth/token/ query=""
  renewals: 1, new token in use: true
-- b24im.oauth_url
ok: 'online'
  POST /from-ini/oauth/token/ query=""
  renewals: 1, new token in use: true
-- b24im.oauth_url before server_endpoint
ok: 'online'
  POST /from-ini/oauth/token/ query=""
  renewals: 1, new token in use: true
-- the option before b24im.oauth_url and server_endpoint
ok: 'online'
  POST /from-option/oauth/token/ query=""
  renewals: 1, new token in use: true
-- the option '' leaves it to server_endpoint
ok: 'online'
  POST /from-server-endpoint/oauth/token/ query=""
  renewals: 1, new token in use: true
-- an https portal: a plain http OAuth server is refused without allow_http, before anything is sent to it
B24im\Exception [INSECURE_URL] 0: im.user.status.get: INSECURE_URL: the OAuth server URL (b24im.oauth_url) is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
  https /rest/im.user.status.get.json
-- the same over https
ok: 'online'
  https /rest/im.user.status.get.json
  https /oauth/token/
  https /rest/im.user.status.get.json
