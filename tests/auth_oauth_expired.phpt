--TEST--
OAuth: the portal's expired_token is B24im\AuthException expired_token 401; an unknown token is invalid_token; neither message holds the token
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

function attempt(callable $fn, #[\SensitiveParameter] string $token): void
{
    try {
        $fn();
        echo "no exception\n";
    } catch (B24im\Exception $e) {
        printf("%s [%s] %d: %s\n", get_class($e), $e->getError(), $e->getCode(), $e->getMessage());
        printf("  description: %s\n", $e->getDescription());
        printf("  ApiException: %s, token in it: %s\n", var_export($e instanceof B24im\ApiException, true),
            var_export(str_contains((string) $e . $e->getDescription(), $token), true));
    }
}

$expired = ['access_token' => $emu->expiredToken, 'client_endpoint' => $emu->clientEndpoint];
attempt(fn() => b24_status_get($expired), $emu->expiredToken);
attempt(fn() => b24_status_set('away', $expired), $emu->expiredToken);
attempt(fn() => b24_call('emu.echo', [], $expired), $emu->expiredToken);
var_dump(b24_last_response()['http_status']);

echo "-- a token that was valid, expired by the portal\n";
$valid = ['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint];
b24t_show(fn() => b24_status_get($valid));
$emu->expireToken($emu->token);
attempt(fn() => b24_status_get($valid), $emu->token);

echo "-- an unknown token\n";
attempt(fn() => b24_idle_end(['access_token' => 'n0SuchT0ken', 'client_endpoint' => $emu->clientEndpoint]), 'n0SuchT0ken');
b24t_wire($emu);
?>
--EXPECT--
B24im\AuthException [expired_token] 401: im.user.status.get: expired_token: The access token provided has expired. (HTTP 401)
  description: The access token provided has expired.
  ApiException: true, token in it: false
B24im\AuthException [expired_token] 401: im.user.status.set: expired_token: The access token provided has expired. (HTTP 401)
  description: The access token provided has expired.
  ApiException: true, token in it: false
B24im\AuthException [expired_token] 401: emu.echo: expired_token: The access token provided has expired. (HTTP 401)
  description: The access token provided has expired.
  ApiException: true, token in it: false
int(401)
-- a token that was valid, expired by the portal
ok: 'online'
B24im\AuthException [expired_token] 401: im.user.status.get: expired_token: The access token provided has expired. (HTTP 401)
  description: The access token provided has expired.
  ApiException: true, token in it: false
-- an unknown token
B24im\AuthException [invalid_token] 401: im.user.status.idle.end: invalid_token: The access token provided is invalid. (HTTP 401)
  description: The access token provided is invalid.
  ApiException: true, token in it: false
POST /rest/im.user.status.get.json auth=tok3nExpired0access
POST /rest/im.user.status.set.json STATUS=away&auth=tok3nExpired0access
POST /rest/emu.echo.json auth=tok3nExpired0access
POST /rest/im.user.status.get.json auth=tok3nSecret9access
POST /rest/im.user.status.get.json auth=tok3nSecret9access
POST /rest/im.user.status.idle.end.json auth=n0SuchT0ken
