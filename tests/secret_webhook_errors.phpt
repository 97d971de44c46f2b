--TEST--
Secrets: the webhook code appears nowhere in an exception (message, string, trace, description, var_dump/var_export/print_r), whatever the error
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
$code = $emu->code;
$webhook = $emu->webhook;

function inspect(Throwable $e, string $port): void
{
    global $code;
    printf("%s [%s] %d: %s\n", get_class($e), $e->getError(), $e->getCode(), preg_replace(['/after \d+ ms/', "/Could(n't| not) connect/", '/connect to 127\.0\.0\.1:PORT/'], ['after N ms', "Couldn't connect", 'connect to 127.0.0.1 port PORT'], str_replace($port, 'PORT', $e->getMessage())) /* libcurl's wording varies */);
    ob_start();
    var_dump($e);
    $dump = ob_get_clean();
    $views = [
        'getMessage' => $e->getMessage(),
        'getDescription' => $e->getDescription(),
        'getError' => $e->getError(),
        'string' => (string) $e,
        'getTraceAsString' => $e->getTraceAsString(),
        'getTrace' => print_r($e->getTrace(), true),
        'var_export' => var_export($e, true),
        'print_r' => print_r($e, true),
        'var_dump' => $dump,
    ];
    $leaks = [];
    foreach ($views as $view => $text) {
        if (str_contains($text, $code)) {
            $leaks[] = $view;
        }
    }
    echo '  leaks: ', $leaks ? implode(', ', $leaks) : 'none', "\n";
    echo '  trace: ', preg_replace('/^#0 .*\(\d+\): /', '#0 FILE(N): ', $e->getTraceAsString()), "\n";
}

echo "-- an API error whose description and code echo the webhook\n";
$emu->fault(['match' => 'im.user.status.set', 'status' => 400,
    'body' => ['error' => "ERR_$code", 'error_description' => "bad call to $webhook" . "im.user.status.set (code $code)"]]);
try { b24_status_set('away', $webhook); } catch (B24im\Exception $e) { inspect($e, (string) $emu->port); }

echo "-- the portal refuses the webhook\n";
try { b24_call('emu.echo', ['x' => 1], "$emu->base/rest/2/$code/"); } catch (B24im\Exception $e) { inspect($e, (string) $emu->port); }

echo "-- connection refused\n";
$port = (string) b24t_free_port();
try { b24_idle_start(5, "http://127.0.0.1:$port/rest/1/$code/"); } catch (B24im\Exception $e) { inspect($e, $port); }

echo "-- a 502 HTML page that echoes the request\n";
$emu->fault(['match' => 'im.user.status.get', 'status' => 502, 'headers' => ['Content-Type' => 'text/html'],
    'body' => "<p>$code</p><p>upstream /rest/1/$code/im.user.status.get.json failed</p>"]);
try { b24_status_get($webhook); } catch (B24im\Exception $e) { inspect($e, (string) $emu->port); }

echo "-- a reply that is not JSON\n";
$emu->fault(['match' => 'im.user.status.idle.end', 'body' => "{\"result\": \"$code"]);
try { b24_idle_end($webhook); } catch (B24im\Exception $e) { inspect($e, (string) $emu->port); }

echo "-- a timeout\n";
ini_set('b24im.timeout_ms', '200');
$emu->fault(['match' => 'im.user.status.get', 'delay_ms' => 3000]);
try { b24_status_get($webhook); } catch (B24im\Exception $e) {
    printf("%s [%s] %d\n", get_class($e), $e->getError(), $e->getCode());
    echo str_contains(print_r($e, true) . $e . var_export($e, true), $code) ? "  LEAK\n" : "  leaks: none\n";
}
ini_restore('b24im.timeout_ms');

echo "-- the webhook from the ini and from the environment\n";
ini_set('b24im.webhook_url', "$emu->base/rest/1/$code/");
$emu->fault(['match' => 'im.user.status.get', 'status' => 500, 'body' => ['error' => 'INTERNAL_SERVER_ERROR', 'error_description' => $code]]);
try { b24_status_get(); } catch (B24im\Exception $e) { inspect($e, (string) $emu->port); }
ini_set('b24im.webhook_url', '');
putenv("B24_WEBHOOK_URL=$emu->base/rest/1/$code/");
$emu->fault(['match' => 'im.user.status.get', 'status' => 500, 'body' => ['error' => 'INTERNAL_SERVER_ERROR', 'error_description' => $code]]);
try { b24_status_get(); } catch (B24im\Exception $e) { inspect($e, (string) $emu->port); }
?>
--EXPECT--
-- an API error whose description and code echo the webhook
B24im\ApiException [ERR_***] 400: im.user.status.set: ERR_***: bad call to http://127.0.0.1:PORT/rest/1/***/im.user.status.set (code ***) (HTTP 400)
  leaks: none
  trace: #0 FILE(N): b24_status_set('away', Object(SensitiveParameterValue))
#1 {main}
-- the portal refuses the webhook
B24im\AuthException [INVALID_CREDENTIALS] 401: emu.echo: INVALID_CREDENTIALS: Invalid request credentials (HTTP 401)
  leaks: none
  trace: #0 FILE(N): b24_call('emu.echo', Array, Object(SensitiveParameterValue))
#1 {main}
-- connection refused
B24im\TransportException [CONNECT_FAILED] 0: im.user.status.idle.start: CONNECT_FAILED: Failed to connect to 127.0.0.1 port PORT after N ms: Couldn't connect to server (no HTTP reply)
  leaks: none
  trace: #0 FILE(N): b24_idle_start(5, Object(SensitiveParameterValue))
#1 {main}
-- a 502 HTML page that echoes the request
B24im\TransportException [INVALID_JSON] 502: im.user.status.get: INVALID_JSON: the reply is not JSON: "<p>***</p><p>upstream /rest/1/***/im.user.status.get.json fa"... (HTTP 502)
  leaks: none
  trace: #0 FILE(N): b24_status_get(Object(SensitiveParameterValue))
#1 {main}
-- a reply that is not JSON
B24im\TransportException [INVALID_JSON] 200: im.user.status.idle.end: INVALID_JSON: the reply is not JSON: "{"result": "***" (HTTP 200)
  leaks: none
  trace: #0 FILE(N): b24_idle_end(Object(SensitiveParameterValue))
#1 {main}
-- a timeout
B24im\TransportException [TIMEOUT] 0
  leaks: none
-- the webhook from the ini and from the environment
B24im\ApiException [INTERNAL_SERVER_ERROR] 500: im.user.status.get: INTERNAL_SERVER_ERROR: *** (HTTP 500)
  leaks: none
  trace: #0 FILE(N): b24_status_get()
#1 {main}
B24im\ApiException [INTERNAL_SERVER_ERROR] 500: im.user.status.get: INTERNAL_SERVER_ERROR: *** (HTTP 500)
  leaks: none
  trace: #0 FILE(N): b24_status_get()
#1 {main}
