--TEST--
$auth as the application's auth array with access_token + client_endpoint: the token goes in the POST body as auth=..., never in the URL
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

$auth = ['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint];
b24t_show(fn() => b24_status_set('dnd', $auth));
b24t_show(fn() => b24_status_get($auth));
b24t_show(fn() => b24_idle_start(6, $auth));
b24t_show(fn() => b24_idle_end($auth));
b24t_show(fn() => b24_call('emu.echo', ['fields' => ['NAME' => 'x']], $auth));
b24t_show(fn() => b24_call('user.get', ['start' => 110], $auth) !== []);

echo "-- client_endpoint without its trailing slash\n";
b24t_show(fn() => b24_call('emu.echo', ['k' => 'v'], ['access_token' => $emu->token, 'client_endpoint' => rtrim($emu->clientEndpoint, '/')]));

echo "-- the whole auth Bitrix24 posts (\$_REQUEST['auth']): client_endpoint is used, nothing but the access token is sent\n";
$posted = [
    'access_token' => $emu->token,
    'expires' => (string) (time() + 3600),
    'expires_in' => '3600',
    'scope' => 'im',
    'domain' => 'portal.invalid',
    'server_endpoint' => 'https://oauth.bitrix.info/rest/',
    'status' => 'L',
    'client_endpoint' => "$emu->base/app/rest/",
    'member_id' => 'e3u0member0id4b24emu',
    'user_id' => '1',
    'refresh_token' => $emu->refreshToken,
    'application_token' => 'appT0ken',
];
b24t_show(fn() => b24_status_get($posted));

echo "-- a token with characters to encode is URL-encoded in the body\n";
b24t_show(fn() => b24_call('emu.echo', ['a' => 'b'], ['access_token' => 'a+b/c=d', 'client_endpoint' => $emu->clientEndpoint]));

foreach ($emu->requests() as $r) {
    printf("%s %s query=%s body=%s%s\n", $r['http_method'], $r['path'], json_encode($r['query']), $r['body'],
        isset($r['headers']['authorization']) ? ' authorization: ' . $r['headers']['authorization'] : '');
}
?>
--EXPECT--
ok: true
ok: 'dnd'
ok: true
ok: true
ok: array (
  'fields' => 
  array (
    'NAME' => 'x',
  ),
)
ok: true
-- client_endpoint without its trailing slash
ok: array (
  'k' => 'v',
)
-- the whole auth Bitrix24 posts ($_REQUEST['auth']): client_endpoint is used, nothing but the access token is sent
ok: 'dnd'
-- a token with characters to encode is URL-encoded in the body
B24im\AuthException [invalid_token] 401: emu.echo: invalid_token: The access token provided is invalid. (HTTP 401)
POST /rest/im.user.status.set.json query="" body=STATUS=dnd&auth=tok3nSecret9access
POST /rest/im.user.status.get.json query="" body=auth=tok3nSecret9access
POST /rest/im.user.status.idle.start.json query="" body=AGO=6&auth=tok3nSecret9access
POST /rest/im.user.status.idle.end.json query="" body=auth=tok3nSecret9access
POST /rest/emu.echo.json query="" body=fields%5BNAME%5D=x&auth=tok3nSecret9access
POST /rest/user.get.json query="" body=start=110&auth=tok3nSecret9access
POST /rest/emu.echo.json query="" body=k=v&auth=tok3nSecret9access
POST /app/rest/im.user.status.get.json query="" body=auth=tok3nSecret9access
POST /rest/emu.echo.json query="" body=a=b&auth=a%2Bb%2Fc%3Dd
