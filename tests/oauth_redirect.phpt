--TEST--
OAuth: a redirect from the token endpoint is never followed (TransportException REDIRECT_REFUSED): the client secret is sent exactly once, to the configured endpoint
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$auth = ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $emu->clientEndpoint];
$opts = ['allow_http' => true, 'rate_limit' => 0, 'client_id' => $emu->clientId, 'client_secret' => $emu->clientSecret,
    'oauth_url' => $emu->oauthServer];

foreach ([307, 308, 302, 301] as $status) {
    echo "-- $status to another path of the same server, and the same again\n";
    $emu->reset();
    $emu->fault(['match' => 'oauth/token', 'status' => $status, 'headers' => ['Location' => "$emu->base/elsewhere/oauth/token/"], 'times' => 3]);
    $handled = 0;
    $c = new B24im\Client($auth, $opts + ['state_dir' => b24t_state_dir()]);
    $c->onTokenRefresh(function () use (&$handled) { $handled++; });
    b24t_show(fn() => $c->statusGet());
    $secrets = [];
    foreach ($emu->requests() as $r) {
        if (str_contains($r['body'], $emu->clientSecret)) {
            $secrets[] = $r['path'];
        }
    }
    echo "  the secret went to: ", implode(', ', $secrets), "; renewals: ", $emu->renewals(), ", handler called: $handled\n";
}
?>
--EXPECT--
-- 307 to another path of the same server, and the same again
B24im\TransportException [REDIRECT_REFUSED] 307: im.user.status.get (token renewal): REDIRECT_REFUSED: the OAuth server answered with a redirect; a token renewal never follows one: the client secret goes only to the configured token endpoint (b24im.oauth_url) (HTTP 307)
  the secret went to: /oauth/token/; renewals: 0, handler called: 0
-- 308 to another path of the same server, and the same again
B24im\TransportException [REDIRECT_REFUSED] 308: im.user.status.get (token renewal): REDIRECT_REFUSED: the OAuth server answered with a redirect; a token renewal never follows one: the client secret goes only to the configured token endpoint (b24im.oauth_url) (HTTP 308)
  the secret went to: /oauth/token/; renewals: 0, handler called: 0
-- 302 to another path of the same server, and the same again
B24im\TransportException [REDIRECT_REFUSED] 302: im.user.status.get (token renewal): REDIRECT_REFUSED: the OAuth server answered with a redirect; a token renewal never follows one: the client secret goes only to the configured token endpoint (b24im.oauth_url) (HTTP 302)
  the secret went to: /oauth/token/; renewals: 0, handler called: 0
-- 301 to another path of the same server, and the same again
B24im\TransportException [REDIRECT_REFUSED] 301: im.user.status.get (token renewal): REDIRECT_REFUSED: the OAuth server answered with a redirect; a token renewal never follows one: the client secret goes only to the configured token endpoint (b24im.oauth_url) (HTTP 301)
  the secret went to: /oauth/token/; renewals: 0, handler called: 0
