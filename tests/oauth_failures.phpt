--TEST--
OAuth renewal failures: a spent refresh token is AuthException invalid_grant, a wrong secret invalid_client; no renewal without client_id, client_secret or refresh_token, nor ever for a webhook; no message carries a secret or token
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$old = ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $emu->clientEndpoint];
$opts = ['allow_http' => true, 'rate_limit' => 0, 'client_id' => $emu->clientId, 'client_secret' => $emu->clientSecret, 'oauth_url' => $emu->oauthServer];
$secrets = [$emu->clientSecret, $emu->refreshToken, $emu->expiredToken, $emu->token, $emu->code, 'wr0ngSecret'];

function attempt(callable $fn, array $secrets): void
{
    try {
        $r = $fn();
        echo 'ok: ', var_export($r, true), "\n";
    } catch (B24im\Exception $e) {
        printf("%s [%s] %d: %s\n", get_class($e), $e->getError(), $e->getCode(), $e->getMessage());
        $text = (string) $e . $e->getDescription() . $e->getError() . $e->getTraceAsString();
        foreach ($secrets as $secret) {
            if (str_contains($text, $secret)) {
                echo "  SHOWS A SECRET: $secret\n";
            }
        }
    }
}
function oauth_requests(B24tEmu $emu): int
{
    return count(array_filter($emu->requests(), fn($r) => $r['rest_method'] === null));
}

echo "-- a spent refresh token: invalid_grant\n";
$first = new B24im\Client($old, ['state_dir' => b24t_state_dir()] + $opts);
attempt(fn() => $first->statusGet(), $secrets);
$secrets[] = $first->auth()['access_token'];
$secrets[] = $first->auth()['refresh_token'];
$c = new B24im\Client($old, ['state_dir' => b24t_state_dir()] + $opts);
$c->onTokenRefresh(fn() => print("handler called\n"));
attempt(fn() => $c->statusGet(), $secrets);
echo "renewals: ", $emu->renewals(), ", OAuth requests: ", oauth_requests($emu), ", auth unchanged: ", var_export($c->auth() === $old, true), "\n";

echo "-- a wrong client secret: invalid_client\n";
$emu->reset();
$c = new B24im\Client($old, ['state_dir' => b24t_state_dir(), 'client_secret' => 'wr0ngSecret'] + $opts);
attempt(fn() => $c->statusGet(), $secrets);
echo "renewals: ", $emu->renewals(), ", OAuth requests: ", oauth_requests($emu), "\n";

echo "-- an OAuth server that repeats the secret and the refresh token in its error\n";
$emu->reset();
$emu->fault(['match' => 'oauth/token', 'status' => 401, 'body' => ['error' => 'invalid_client',
    'error_description' => "client_secret $emu->clientSecret does not go with refresh_token $emu->refreshToken"]]);
attempt(fn() => (new B24im\Client($old, ['state_dir' => b24t_state_dir()] + $opts))->statusGet(), $secrets);

echo "-- an OAuth server that answers an error page\n";
$emu->reset();
$emu->fault(['match' => 'oauth/token', 'status' => 502, 'headers' => ['Content-Type' => 'text/html'], 'body' => '<html>Bad Gateway</html>']);
attempt(fn() => (new B24im\Client($old, ['state_dir' => b24t_state_dir()] + $opts))->statusGet(), $secrets);

echo "-- no client_id, no client_secret, no refresh_token: no renewal, the expired_token surfaces\n";
$emu->reset();
foreach ([[$old, ['client_id' => '']], [$old, ['client_secret' => '']],
          [['refresh_token' => ''] + $old, []], [array_diff_key($old, ['refresh_token' => 1]), []]] as [$auth, $o]) {
    attempt(fn() => (new B24im\Client($auth, $o + ['state_dir' => b24t_state_dir()] + $opts))->statusGet(), $secrets);
}
$c = new B24im\Client($old, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir()]);
attempt(fn() => $c->statusGet(), $secrets);
echo "renewals: ", $emu->renewals(), ", OAuth requests: ", oauth_requests($emu), ", REST requests: ", count($emu->requests()), "\n";

echo "-- a webhook never renews, even with client_id and client_secret\n";
$emu->reset();
$emu->fault(['match' => 'im.user.status.get', 'status' => 401, 'body' => ['error' => 'expired_token', 'error_description' => 'The access token provided has expired.']]);
attempt(fn() => (new B24im\Client($emu->webhook, ['state_dir' => b24t_state_dir()] + $opts))->statusGet(), $secrets);
echo "renewals: ", $emu->renewals(), ", OAuth requests: ", oauth_requests($emu), ", requests: ", count($emu->requests()), "\n";

echo "-- other 401s are not renewed: invalid_token\n";
$emu->reset();
attempt(fn() => (new B24im\Client(['access_token' => 'n0SuchT0ken'] + $old, ['state_dir' => b24t_state_dir()] + $opts))->statusGet(), $secrets);
echo "renewals: ", $emu->renewals(), ", OAuth requests: ", oauth_requests($emu), "\n";
?>
--EXPECT--
-- a spent refresh token: invalid_grant
ok: 'online'
B24im\AuthException [invalid_grant] 400: im.user.status.get (token renewal): invalid_grant: Invalid refresh token (HTTP 400)
renewals: 1, OAuth requests: 2, auth unchanged: true
-- a wrong client secret: invalid_client
B24im\AuthException [invalid_client] 401: im.user.status.get (token renewal): invalid_client: Invalid client credentials (HTTP 401)
renewals: 0, OAuth requests: 1
-- an OAuth server that repeats the secret and the refresh token in its error
B24im\AuthException [invalid_client] 401: im.user.status.get (token renewal): invalid_client: client_secret *** does not go with refresh_token *** (HTTP 401)
-- an OAuth server that answers an error page
B24im\TransportException [INVALID_JSON] 502: im.user.status.get (token renewal): INVALID_JSON: the reply is not JSON (HTTP 502)
-- no client_id, no client_secret, no refresh_token: no renewal, the expired_token surfaces
B24im\AuthException [expired_token] 401: im.user.status.get: expired_token: The access token provided has expired. (HTTP 401)
B24im\AuthException [expired_token] 401: im.user.status.get: expired_token: The access token provided has expired. (HTTP 401)
B24im\AuthException [expired_token] 401: im.user.status.get: expired_token: The access token provided has expired. (HTTP 401)
B24im\AuthException [expired_token] 401: im.user.status.get: expired_token: The access token provided has expired. (HTTP 401)
B24im\AuthException [expired_token] 401: im.user.status.get: expired_token: The access token provided has expired. (HTTP 401)
renewals: 0, OAuth requests: 0, REST requests: 5
-- a webhook never renews, even with client_id and client_secret
B24im\AuthException [expired_token] 401: im.user.status.get: expired_token: The access token provided has expired. (HTTP 401)
renewals: 0, OAuth requests: 0, requests: 1
-- other 401s are not renewed: invalid_token
B24im\AuthException [invalid_token] 401: im.user.status.get: invalid_token: The access token provided is invalid. (HTTP 401)
renewals: 0, OAuth requests: 0
