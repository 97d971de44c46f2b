--TEST--
OAuth: on expired_token with refresh_token, client_id and client_secret, exactly one renewal (secret and refresh token in the POST body, never the URL), one retry that succeeds, the whole new auth to the handler and from auth()
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$portal = "127.0.0.1:$emu->port";
$auth = [
    'access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'expires' => time() - 60,
    'client_endpoint' => $emu->clientEndpoint, 'domain' => $portal, 'member_id' => 'm3mber', 'application_token' => 'appT0ken',
];
$opts = ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir(),
         'client_id' => $emu->clientId, 'client_secret' => $emu->clientSecret, 'oauth_url' => $emu->oauthServer];

$c = new B24im\Client($auth, $opts);
$got = [];
$c->onTokenRefresh(function (array $new) use (&$got) { $got[] = $new; });
b24t_show(fn() => $c->statusSet('dnd'));
echo "renewals: ", $emu->renewals(), ", handler calls: ", count($got), "\n";

$new = $got[0];
ksort($new);
echo "keys: ", implode(' ', array_keys($new)), "\n";
printf("access_token changed: %s, refresh_token changed: %s\n", var_export($new['access_token'] !== $auth['access_token'], true),
    var_export($new['refresh_token'] !== $auth['refresh_token'], true));
printf("domain: %s, client_endpoint: %s, member_id: %s, application_token: %s, expires in the future: %s, expires_in: %s\n",
    $new['domain'] === $portal ? 'the portal' : $new['domain'], $new['client_endpoint'] === $emu->clientEndpoint ? 'the portal' : $new['client_endpoint'],
    $new['member_id'], $new['application_token'], var_export($new['expires'] > time(), true), $new['expires_in']);
echo "auth() is the handler's array: ", var_export($c->auth() === $got[0], true), "\n";
echo "the emulator knows the new tokens: ", var_export(isset($emu->state()['tokens'][$new['access_token']], $emu->state()['refresh_tokens'][$new['refresh_token']]), true), "\n";

echo "-- the requests\n";
foreach ($emu->requests() as $r) {
    parse_str($r['body'], $body);
    $text = $r['path'] . '?' . $r['query'] . ' ' . json_encode(array_keys($r['headers']));
    printf("%s %s query=%s secret in URL or headers: %s, refresh token there: %s\n", $r['http_method'], $r['path'], json_encode($r['query']),
        var_export(str_contains($text . json_encode($r['headers']), $emu->clientSecret), true),
        var_export(str_contains($text . json_encode($r['headers']), $emu->refreshToken), true));
    if ($r['path'] === '/oauth/token/') {
        ksort($body);
        echo "  body: ", json_encode($body), "\n";
        echo "  content-type: ", $r['headers']['content-type'], "\n";
    } else {
        echo "  auth: ", $body['auth'] === $emu->expiredToken ? 'the expired token' : ($body['auth'] === $new['access_token'] ? 'the new token' : $body['auth']), "\n";
    }
}
echo "lastResponse: ", $c->lastResponse()['method'], ' ', $c->lastResponse()['http_status'], "\n";
$seen = count($emu->requests());

echo "-- the next call goes straight out with the new token\n";
b24t_show(fn() => $c->statusGet());
foreach (array_slice($emu->requests(), $seen) as $r) {
    echo $r['path'], ' ', $r['body'] === 'auth=' . $new['access_token'] ? 'the new token' : $r['body'], "\n";
}
echo "renewals: ", $emu->renewals(), ", handler calls: ", count($got), "\n";

echo "-- retried once only: the renewed token answers expired_token too\n";
$emu->reset();
$got = [];
$c = new B24im\Client($auth, ['state_dir' => b24t_state_dir()] + $opts);
$c->onTokenRefresh(function (array $new) use (&$got) { $got[] = $new; });
$emu->fault(['match' => 'im.user.status.get', 'status' => 401, 'times' => 2,
             'body' => ['error' => 'expired_token', 'error_description' => 'The access token provided has expired.']]);
b24t_show(fn() => $c->statusGet());
echo "renewals: ", $emu->renewals(), ", handler calls: ", count($got), "\n";
foreach ($emu->requests() as $r) {
    echo $r['path'], "\n";
}
echo "auth() holds the new tokens: ", var_export($c->auth() === $got[0] && $got[0]['access_token'] !== $auth['access_token'], true), "\n";
?>
--EXPECT--
ok: true
renewals: 1, handler calls: 1
keys: access_token application_token client_endpoint domain expires expires_in member_id refresh_token scope server_endpoint status user_id
access_token changed: true, refresh_token changed: true
domain: the portal, client_endpoint: the portal, member_id: e3u0member0id4b24emu, application_token: appT0ken, expires in the future: true, expires_in: 3600
auth() is the handler's array: true
the emulator knows the new tokens: true
-- the requests
POST /rest/im.user.status.set.json query="" secret in URL or headers: false, refresh token there: false
  auth: the expired token
POST /oauth/token/ query="" secret in URL or headers: false, refresh token there: false
  body: {"client_id":"app.emu.client","client_secret":"emuClientS3cret","grant_type":"refresh_token","refresh_token":"r3freshSecret5token"}
  content-type: application/x-www-form-urlencoded
POST /rest/im.user.status.set.json query="" secret in URL or headers: false, refresh token there: false
  auth: the new token
lastResponse: im.user.status.set 200
-- the next call goes straight out with the new token
ok: 'dnd'
/rest/im.user.status.get.json the new token
renewals: 1, handler calls: 1
-- retried once only: the renewed token answers expired_token too
B24im\AuthException [expired_token] 401: im.user.status.get: expired_token: The access token provided has expired. (HTTP 401)
renewals: 1, handler calls: 1
/rest/im.user.status.get.json
/oauth/token/
/rest/im.user.status.get.json
auth() holds the new tokens: true
