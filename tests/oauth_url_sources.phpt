--TEST--
OAuth: the token endpoint is the oauth_url option, else b24im.oauth_url, else the documented default; never a URL from the auth array (a forged server_endpoint gets no request and never the client secret)
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);

/** Prints where the renewal went; true where nothing reached a path under /forged/ and the secret went nowhere else. */
function renew(B24tEmu $emu, array $extraAuth, array $extraOpts): void
{
    $emu->reset();
    $auth = ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $emu->clientEndpoint];
    $auth = $extraAuth + $auth;
    $c = new B24im\Client($auth, $extraOpts + ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir(),
        'client_id' => $emu->clientId, 'client_secret' => $emu->clientSecret]);
    try {
        $status = $c->statusGet();
        echo 'ok: ', var_export($status, true), "\n";
    } catch (B24im\Exception $e) {
        // without oauth_url the renewal goes to oauth.bitrix.info: unreachable here, refused where it is reachable
        echo get_class($e) === 'B24im\Exception' ? 'unexpected: ' . $e->getMessage()
            : 'the renewal went away from the emulator and failed: ' . var_export(str_contains($e->getMessage(), '(token renewal)'), true), "\n";
    }
    $forged = $secret = 0;
    foreach ($emu->requests() as $r) {
        if ($r['rest_method'] === null) {
            echo '  ', $r['http_method'], ' ', $r['path'], ' query=', json_encode($r['query']), "\n";
        }
        $forged += str_contains($r['path'], '/forged/');
        $secret += str_contains($r['body'] . json_encode($r['query']), $emu->clientSecret) && !str_starts_with($r['path'], '/from-');
    }
    echo '  renewals: ', $emu->renewals(), ', requests to the forged path: ', $forged, ', the secret sent elsewhere: ', $secret, "\n";
}

echo "-- the oauth_url option\n";
renew($emu, [], ['oauth_url' => "$emu->base/from-option/oauth/token/"]);
echo "-- a forged server_endpoint is ignored: the option wins\n";
renew($emu, ['server_endpoint' => "$emu->base/forged/rest/"], ['oauth_url' => "$emu->base/from-option/oauth/token/"]);
echo "-- a forged server_endpoint and no oauth_url: the default, never server_endpoint\n";
renew($emu, ['server_endpoint' => "$emu->base/forged/rest/"], []);
renew($emu, ['server_endpoint' => "$emu->base/forged/rest/", 'client_endpoint' => "$emu->base/forged/rest/"], []);
echo "-- b24im.oauth_url\n";
ini_set('b24im.oauth_url', "$emu->base/from-ini/oauth/token/");
renew($emu, [], []);
echo "-- b24im.oauth_url, a forged server_endpoint beside it\n";
renew($emu, ['server_endpoint' => "$emu->base/forged/rest/"], []);
echo "-- the option before b24im.oauth_url\n";
renew($emu, ['server_endpoint' => "$emu->base/forged/rest/"], ['oauth_url' => "$emu->base/from-option/oauth/token/"]);
echo "-- the option '' means the default, not server_endpoint\n";
renew($emu, ['server_endpoint' => "$emu->base/forged/rest/"], ['oauth_url' => '']);
ini_restore('b24im.oauth_url');
echo "-- an https portal: a plain http OAuth server is refused without allow_http, before anything is sent to it\n";
$tls = $emu->tls();
$emu->reset();
$c = new B24im\Client(['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $tls->clientEndpoint],
    ['ca_file' => $tls->ca, 'rate_limit' => 0, 'state_dir' => b24t_state_dir(), 'client_id' => $emu->clientId,
     'client_secret' => $emu->clientSecret, 'oauth_url' => $emu->oauthServer]);
b24t_show(fn() => $c->statusGet());
foreach ($emu->requests() as $r) {
    echo '  ', $r['scheme'], ' ', $r['path'], "\n";
}
echo "-- the same over https\n";
$c = new B24im\Client(['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $tls->clientEndpoint],
    ['ca_file' => $tls->ca, 'rate_limit' => 0, 'state_dir' => b24t_state_dir(), 'client_id' => $emu->clientId,
     'client_secret' => $emu->clientSecret, 'oauth_url' => $tls->oauthServer]);
b24t_show(fn() => $c->statusGet());
foreach (array_slice($emu->requests(), 1) as $r) {
    echo '  ', $r['scheme'], ' ', $r['path'], "\n";
}
?>
--EXPECTF--
-- the oauth_url option
ok: 'online'
  POST /from-option/oauth/token/ query=""
  renewals: 1, requests to the forged path: 0, the secret sent elsewhere: 0
-- a forged server_endpoint is ignored: the option wins
ok: 'online'
  POST /from-option/oauth/token/ query=""
  renewals: 1, requests to the forged path: 0, the secret sent elsewhere: 0
-- a forged server_endpoint and no oauth_url: the default, never server_endpoint
the renewal went away from the emulator and failed: true
  renewals: 0, requests to the forged path: 0, the secret sent elsewhere: 0
the renewal went away from the emulator and failed: true
  renewals: 0, requests to the forged path: 1, the secret sent elsewhere: 0
-- b24im.oauth_url
ok: 'online'
  POST /from-ini/oauth/token/ query=""
  renewals: 1, requests to the forged path: 0, the secret sent elsewhere: 0
-- b24im.oauth_url, a forged server_endpoint beside it
ok: 'online'
  POST /from-ini/oauth/token/ query=""
  renewals: 1, requests to the forged path: 0, the secret sent elsewhere: 0
-- the option before b24im.oauth_url
ok: 'online'
  POST /from-option/oauth/token/ query=""
  renewals: 1, requests to the forged path: 0, the secret sent elsewhere: 0
-- the option '' means the default, not server_endpoint
the renewal went away from the emulator and failed: true
  renewals: 0, requests to the forged path: 0, the secret sent elsewhere: 0
-- an https portal: a plain http OAuth server is refused without allow_http, before anything is sent to it
B24im\Exception [INSECURE_URL] 0: im.user.status.get: INSECURE_URL: the OAuth server URL (b24im.oauth_url) is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
  https /rest/im.user.status.get.json
-- the same over https
ok: 'online'
  https /rest/im.user.status.get.json
  https /oauth/token/
  https /rest/im.user.status.get.json
