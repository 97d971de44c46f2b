--TEST--
Auth arrays: no access_token, a bad token, or no client_endpoint/domain is a ValueError naming $auth, a token of the wrong type a TypeError; never the token in a message; nothing sent
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);
ini_set('b24im.webhook_url', $emu->webhook);     // an array never falls back to it
$ep = $emu->clientEndpoint;
$token = 'arr4yT0kenSecret';

function report(callable $fn, #[\SensitiveParameter] string $token): void
{
    try {
        $fn();
        echo "no exception\n";
    } catch (Throwable $e) {
        printf("%s%s: %s\n", get_class($e), $e instanceof B24im\Exception ? " [{$e->getError()}] {$e->getCode()}" : '', $e->getMessage());
        if (str_contains($e->getMessage(), $token) || ($e instanceof B24im\Exception && str_contains($e->getDescription(), $token))) {
            echo "  LEAK\n";
        }
    }
}

echo "-- no token\n";
report(fn() => b24_status_get([]), $token);
report(fn() => b24_status_get(['client_endpoint' => $ep]), $token);
report(fn() => b24_status_get(['access_token' => '', 'client_endpoint' => $ep]), $token);
report(fn() => b24_status_get(['access_token' => null, 'client_endpoint' => $ep]), $token);
report(fn() => b24_status_get(['ACCESS_TOKEN' => $token, 'client_endpoint' => $ep]), $token);
report(fn() => b24_status_get(['auth' => ['access_token' => $token, 'client_endpoint' => $ep]]), $token);
report(fn() => b24_status_get([$token, $ep]), $token);
report(fn() => b24_status_get(['refresh_token' => $token, 'client_endpoint' => $ep]), $token);

echo "-- a token no token can be\n";
report(fn() => b24_status_get(['access_token' => "$token\r\nX-Injected: 1", 'client_endpoint' => $ep]), $token);
report(fn() => b24_status_get(['access_token' => "$token $token", 'client_endpoint' => $ep]), $token);
report(fn() => b24_status_get(['access_token' => "{$token}\u{00e9}", 'client_endpoint' => $ep]), $token);
report(fn() => b24_status_get(['access_token' => "$token\0", 'client_endpoint' => $ep]), $token);

echo "-- a token of the wrong type\n";
report(fn() => b24_status_get(['access_token' => 12345, 'client_endpoint' => $ep]), $token);
report(fn() => b24_status_get(['access_token' => [$token], 'client_endpoint' => $ep]), $token);
report(fn() => b24_status_get(['access_token' => false, 'client_endpoint' => $ep]), $token);
report(fn() => b24_status_get(['access_token' => new stdClass(), 'client_endpoint' => $ep]), $token);
report(fn() => b24_idle_start(3, ['access_token' => 1.5, 'client_endpoint' => $ep]), $token);
report(fn() => b24_call('emu.echo', [], ['access_token' => 7, 'client_endpoint' => $ep]), $token);

echo "-- no portal\n";
report(fn() => b24_status_get(['access_token' => $token]), $token);
report(fn() => b24_status_get(['access_token' => $token, 'client_endpoint' => '', 'domain' => '']), $token);
report(fn() => b24_status_get(['access_token' => $token, 'client_endpoint' => null, 'domain' => null]), $token);
report(fn() => b24_status_get(['access_token' => $token, 'server_endpoint' => $ep, 'member_id' => 'x']), $token);

echo "-- a client_endpoint that is not a URL\n";
report(fn() => b24_status_get(['access_token' => $token, 'client_endpoint' => 'portal.example.com/rest/']), $token);
report(fn() => b24_status_get(['access_token' => $token, 'client_endpoint' => "ftp://127.0.0.1:$emu->port/rest/"]), $token);
report(fn() => b24_status_get(['access_token' => $token, 'client_endpoint' => "$ep?auth=$token"]), $token);
report(fn() => b24_status_get(['access_token' => $token, 'client_endpoint' => "http://$token@127.0.0.1:$emu->port/rest/"]), $token);
var_dump($emu->requests());
?>
--EXPECT--
-- no token
ValueError: b24_status_get(): Argument #1 ($auth) has no access_token: pass the auth that Bitrix24 posted to the application ($_REQUEST['auth']) or the one it stored
ValueError: b24_status_get(): Argument #1 ($auth) has no access_token: pass the auth that Bitrix24 posted to the application ($_REQUEST['auth']) or the one it stored
ValueError: b24_status_get(): Argument #1 ($auth) has no access_token: pass the auth that Bitrix24 posted to the application ($_REQUEST['auth']) or the one it stored
ValueError: b24_status_get(): Argument #1 ($auth) has no access_token: pass the auth that Bitrix24 posted to the application ($_REQUEST['auth']) or the one it stored
ValueError: b24_status_get(): Argument #1 ($auth) has no access_token: pass the auth that Bitrix24 posted to the application ($_REQUEST['auth']) or the one it stored
ValueError: b24_status_get(): Argument #1 ($auth) has no access_token: pass the auth that Bitrix24 posted to the application ($_REQUEST['auth']) or the one it stored
ValueError: b24_status_get(): Argument #1 ($auth) has no access_token: pass the auth that Bitrix24 posted to the application ($_REQUEST['auth']) or the one it stored
ValueError: b24_status_get(): Argument #1 ($auth) has no access_token: pass the auth that Bitrix24 posted to the application ($_REQUEST['auth']) or the one it stored
-- a token no token can be
ValueError: b24_status_get(): Argument #1 ($auth) has an access_token holding characters no token has
ValueError: b24_status_get(): Argument #1 ($auth) has an access_token holding characters no token has
ValueError: b24_status_get(): Argument #1 ($auth) has an access_token holding characters no token has
ValueError: b24_status_get(): Argument #1 ($auth) has an access_token holding characters no token has
-- a token of the wrong type
TypeError: b24_status_get(): Argument #1 ($auth) ["access_token"] must be of type string, int given
TypeError: b24_status_get(): Argument #1 ($auth) ["access_token"] must be of type string, array given
TypeError: b24_status_get(): Argument #1 ($auth) ["access_token"] must be of type string, bool given
TypeError: b24_status_get(): Argument #1 ($auth) ["access_token"] must be of type string, stdClass given
TypeError: b24_idle_start(): Argument #2 ($auth) ["access_token"] must be of type string, float given
TypeError: b24_call(): Argument #3 ($auth) ["access_token"] must be of type string, int given
-- no portal
ValueError: b24_status_get(): Argument #1 ($auth) names no portal: it needs client_endpoint (https://your-portal.bitrix24.com/rest/) or domain
ValueError: b24_status_get(): Argument #1 ($auth) names no portal: it needs client_endpoint (https://your-portal.bitrix24.com/rest/) or domain
ValueError: b24_status_get(): Argument #1 ($auth) names no portal: it needs client_endpoint (https://your-portal.bitrix24.com/rest/) or domain
ValueError: b24_status_get(): Argument #1 ($auth) names no portal: it needs client_endpoint (https://your-portal.bitrix24.com/rest/) or domain
-- a client_endpoint that is not a URL
ValueError: b24_status_get(): Argument #1 ($auth) has a client_endpoint that is not a URL: it must look like https://your-portal.bitrix24.com/rest/
ValueError: b24_status_get(): Argument #1 ($auth) has a client_endpoint that is not a URL: it must look like https://your-portal.bitrix24.com/rest/
ValueError: b24_status_get(): Argument #1 ($auth) has a client_endpoint that is not a URL: it must look like https://your-portal.bitrix24.com/rest/
ValueError: b24_status_get(): Argument #1 ($auth) has a client_endpoint that is not a URL: it must look like https://your-portal.bitrix24.com/rest/
array(0) {
}
