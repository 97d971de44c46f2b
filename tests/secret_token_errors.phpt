--TEST--
Secrets: the OAuth access token appears nowhere in an exception (message, string, trace, description, var_dump/var_export/print_r), whatever the error
--EXTENSIONS--
b24im
--INI--
b24im.max_retries=0
zend.exception_ignore_args=0
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);
$token = $emu->token;
$auth = ['access_token' => $token, 'client_endpoint' => $emu->clientEndpoint, 'refresh_token' => $emu->refreshToken];

function inspect(Throwable $e, string $port): void
{
    global $token, $emu;
    $b24 = $e instanceof B24im\Exception;
    printf("%s [%s] %d: %s\n", get_class($e), $b24 ? $e->getError() : '-', $e->getCode(),
        preg_replace(['/after \d+ ms/', "/Could(n't| not) connect/", '/connect to 127\.0\.0\.1:PORT/'], ['after N ms', "Couldn't connect", 'connect to 127.0.0.1 port PORT'], str_replace($port, 'PORT', $e->getMessage())) /* libcurl's wording varies */);
    ob_start();
    var_dump($e);
    $dump = ob_get_clean();
    $views = [
        'getMessage' => $e->getMessage(),
        'getDescription' => $b24 ? $e->getDescription() : '',
        'getError' => $b24 ? $e->getError() : '',
        'string' => (string) $e,
        'getTraceAsString' => $e->getTraceAsString(),
        'getTrace' => print_r($e->getTrace(), true),
        'var_export' => var_export($e, true),
        'print_r' => print_r($e, true),
        'var_dump' => $dump,
    ];
    $leaks = [];
    foreach ($views as $view => $text) {
        foreach (['token' => $token, 'refresh token' => $emu->refreshToken] as $what => $secret) {
            if (str_contains($text, $secret)) {
                $leaks[] = "$what in $view";
            }
        }
    }
    echo '  leaks: ', $leaks ? implode(', ', $leaks) : 'none', "\n";
    echo '  trace: ', preg_replace('/^#0 .*\(\d+\): /', '#0 FILE(N): ', $e->getTraceAsString()), "\n";
}

echo "-- an API error whose code and description echo the token\n";
$emu->fault(['match' => 'im.user.status.set', 'status' => 401,
    'body' => ['error' => "invalid_token", 'error_description' => "token $token (auth=$token) is not valid"]]);
try { b24_status_set('away', $auth); } catch (B24im\Exception $e) { inspect($e, (string) $emu->port); }
$emu->fault(['match' => 'emu.echo', 'status' => 400, 'body' => ['error' => $token, 'error_description' => '']]);
try { b24_call('emu.echo', ['a' => 1], $auth); } catch (B24im\Exception $e) { inspect($e, (string) $emu->port); }

echo "-- the token has expired\n";
$emu->expireToken($token);
try { b24_status_get($auth); } catch (B24im\Exception $e) { inspect($e, (string) $emu->port); }
$emu->reset();

echo "-- connection refused\n";
$port = (string) b24t_free_port();
try { b24_idle_start(5, ['access_token' => $token, 'client_endpoint' => "http://127.0.0.1:$port/rest/"]); } catch (B24im\Exception $e) { inspect($e, $port); }

echo "-- a 502 HTML page that echoes the request body\n";
$emu->fault(['match' => 'im.user.status.get', 'status' => 502, 'headers' => ['Content-Type' => 'text/html'],
    'body' => "<pre>auth=$token</pre>"]);
try { b24_status_get($auth); } catch (B24im\Exception $e) { inspect($e, (string) $emu->port); }

echo "-- a reply that is not JSON\n";
$emu->fault(['match' => 'im.user.status.idle.end', 'body' => "{\"result\": true, \"auth\": $token}"]);
try { b24_idle_end($auth); } catch (B24im\Exception $e) { inspect($e, (string) $emu->port); }

echo "-- the domain form\n";
$port = (string) b24t_free_port();
try { b24_status_get(['access_token' => $token, 'domain' => "127.0.0.1:$port"]); } catch (B24im\Exception $e) { inspect($e, $port); }

echo "-- a bad auth array (a ValueError)\n";
try { b24_status_get(['access_token' => "$token\n", 'client_endpoint' => $emu->clientEndpoint]); } catch (ValueError $e) { inspect($e, (string) $emu->port); }
try { b24_status_get(['access_token' => $token, 'client_endpoint' => "https://$token@x/"]); } catch (ValueError $e) { inspect($e, (string) $emu->port); }
try { b24_status_get(['access_token' => $token, 'domain' => "$token/x"]); } catch (ValueError $e) { inspect($e, (string) $emu->port); }
?>
--EXPECT--
-- an API error whose code and description echo the token
B24im\AuthException [invalid_token] 401: im.user.status.set: invalid_token: token *** (auth=***) is not valid (HTTP 401)
  leaks: none
  trace: #0 FILE(N): b24_status_set('away', Object(SensitiveParameterValue))
#1 {main}
B24im\ApiException [***] 400: emu.echo: *** (HTTP 400)
  leaks: none
  trace: #0 FILE(N): b24_call('emu.echo', Array, Object(SensitiveParameterValue))
#1 {main}
-- the token has expired
B24im\AuthException [expired_token] 401: im.user.status.get: expired_token: The access token provided has expired. (HTTP 401)
  leaks: none
  trace: #0 FILE(N): b24_status_get(Object(SensitiveParameterValue))
#1 {main}
-- connection refused
B24im\TransportException [CONNECT_FAILED] 0: im.user.status.idle.start: CONNECT_FAILED: Failed to connect to 127.0.0.1 port PORT after N ms: Couldn't connect to server (no HTTP reply)
  leaks: none
  trace: #0 FILE(N): b24_idle_start(5, Object(SensitiveParameterValue))
#1 {main}
-- a 502 HTML page that echoes the request body
B24im\TransportException [INVALID_JSON] 502: im.user.status.get: INVALID_JSON: the reply is not JSON: "<pre>auth=***</pre>" (HTTP 502)
  leaks: none
  trace: #0 FILE(N): b24_status_get(Object(SensitiveParameterValue))
#1 {main}
-- a reply that is not JSON
B24im\TransportException [INVALID_JSON] 200: im.user.status.idle.end: INVALID_JSON: the reply is not JSON: "{"result": true, "auth": ***}" (HTTP 200)
  leaks: none
  trace: #0 FILE(N): b24_idle_end(Object(SensitiveParameterValue))
#1 {main}
-- the domain form
B24im\TransportException [CONNECT_FAILED] 0: im.user.status.get: CONNECT_FAILED: Failed to connect to 127.0.0.1 port PORT after N ms: Couldn't connect to server (no HTTP reply)
  leaks: none
  trace: #0 FILE(N): b24_status_get(Object(SensitiveParameterValue))
#1 {main}
-- a bad auth array (a ValueError)
ValueError [-] 0: b24_status_get(): Argument #1 ($auth) has an access_token holding characters no token has
  leaks: none
  trace: #0 FILE(N): b24_status_get(Object(SensitiveParameterValue))
#1 {main}
ValueError [-] 0: b24_status_get(): Argument #1 ($auth) has a client_endpoint that is not a URL: it must look like https://your-portal.bitrix24.com/rest/
  leaks: none
  trace: #0 FILE(N): b24_status_get(Object(SensitiveParameterValue))
#1 {main}
ValueError [-] 0: b24_status_get(): Argument #1 ($auth) has a domain that is not a host name: it must look like your-portal.bitrix24.com
  leaks: none
  trace: #0 FILE(N): b24_status_get(Object(SensitiveParameterValue))
#1 {main}
