--TEST--
Errors: the class is chosen by the error code, never by the HTTP status (which rides along in getCode()); an error key in a 200 reply is an ApiException with getCode() 200
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();

function served(B24tEmu $emu, int $status, array $body): void
{
    $emu->fault(['match' => 'emu.echo', 'status' => $status, 'body' => $body]);
    try {
        $r = b24_call('emu.echo', ['A' => 1], $emu->webhook);
        echo "no exception: ", var_export($r, true), "\n";
    } catch (B24im\Exception $e) {
        printf("%d %s => %s [%s] [%s] %d\n  %s\n", $status, json_encode($body), get_class($e),
            $e->getError(), $e->getDescription(), $e->getCode(), $e->getMessage());
    }
}

echo "-- auth and rate-limit codes under any status\n";
served($emu, 200, ['error' => 'expired_token', 'error_description' => 'The access token provided has expired.']);
served($emu, 500, ['error' => 'expired_token', 'error_description' => 'The access token provided has expired.']);
served($emu, 400, ['error' => 'INVALID_CREDENTIALS', 'error_description' => 'Invalid request credentials']);
served($emu, 200, ['error' => 'QUERY_LIMIT_EXCEEDED', 'error_description' => 'Too many requests']);
served($emu, 500, ['error' => 'OVERLOAD_LIMIT', 'error_description' => 'REST API is blocked due to overload.']);

echo "-- other codes under the statuses of auth and rate-limit errors\n";
served($emu, 401, ['error' => 'SOME_NEW_CODE', 'error_description' => 'Something new']);
served($emu, 403, ['error' => 'SOME_NEW_CODE', 'error_description' => 'Something new']);
served($emu, 429, ['error' => 'ERROR_CORE', 'error_description' => 'Core error']);
served($emu, 503, ['error' => 'INTERNAL_SERVER_ERROR', 'error_description' => 'Internal server error']);

echo "-- an error key in a 200 reply\n";
served($emu, 200, ['error' => 'ERROR_CORE', 'error_description' => 'Core error']);
served($emu, 200, ['result' => true, 'error' => 'ERROR_ARGUMENT', 'error_description' => 'Bad argument']);

echo "-- the message stays on one line whatever the description holds\n";
$emu->fault(['match' => 'emu.echo', 'status' => 400, 'body' => ['error' => 'ERROR_CORE', 'error_description' => "line one\nline two\r\n\tend"]]);
try {
    b24_call('emu.echo', [], $emu->webhook);
} catch (B24im\ApiException $e) {
    $m = $e->getMessage();
    var_dump(strpbrk($m, "\r\n") === false, str_starts_with($m, 'emu.echo: ERROR_CORE: line one'),
        str_contains($m, 'line two'), str_ends_with($m, 'end (HTTP 400)'));
}

echo "-- nothing but the calls reached the portal, and the process is healthy\n";
echo count($emu->requests()), " requests\n";
b24t_show(fn() => b24_call('emu.echo', ['A' => 1], $emu->webhook));
?>
--EXPECT--
-- auth and rate-limit codes under any status
200 {"error":"expired_token","error_description":"The access token provided has expired."} => B24im\AuthException [expired_token] [The access token provided has expired.] 200
  emu.echo: expired_token: The access token provided has expired. (HTTP 200)
500 {"error":"expired_token","error_description":"The access token provided has expired."} => B24im\AuthException [expired_token] [The access token provided has expired.] 500
  emu.echo: expired_token: The access token provided has expired. (HTTP 500)
400 {"error":"INVALID_CREDENTIALS","error_description":"Invalid request credentials"} => B24im\AuthException [INVALID_CREDENTIALS] [Invalid request credentials] 400
  emu.echo: INVALID_CREDENTIALS: Invalid request credentials (HTTP 400)
200 {"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"} => B24im\RateLimitException [QUERY_LIMIT_EXCEEDED] [Too many requests] 200
  emu.echo: QUERY_LIMIT_EXCEEDED: Too many requests (HTTP 200)
500 {"error":"OVERLOAD_LIMIT","error_description":"REST API is blocked due to overload."} => B24im\RateLimitException [OVERLOAD_LIMIT] [REST API is blocked due to overload.] 500
  emu.echo: OVERLOAD_LIMIT: REST API is blocked due to overload. (HTTP 500)
-- other codes under the statuses of auth and rate-limit errors
401 {"error":"SOME_NEW_CODE","error_description":"Something new"} => B24im\ApiException [SOME_NEW_CODE] [Something new] 401
  emu.echo: SOME_NEW_CODE: Something new (HTTP 401)
403 {"error":"SOME_NEW_CODE","error_description":"Something new"} => B24im\ApiException [SOME_NEW_CODE] [Something new] 403
  emu.echo: SOME_NEW_CODE: Something new (HTTP 403)
429 {"error":"ERROR_CORE","error_description":"Core error"} => B24im\ApiException [ERROR_CORE] [Core error] 429
  emu.echo: ERROR_CORE: Core error (HTTP 429)
503 {"error":"INTERNAL_SERVER_ERROR","error_description":"Internal server error"} => B24im\ApiException [INTERNAL_SERVER_ERROR] [Internal server error] 503
  emu.echo: INTERNAL_SERVER_ERROR: Internal server error (HTTP 503)
-- an error key in a 200 reply
200 {"error":"ERROR_CORE","error_description":"Core error"} => B24im\ApiException [ERROR_CORE] [Core error] 200
  emu.echo: ERROR_CORE: Core error (HTTP 200)
200 {"result":true,"error":"ERROR_ARGUMENT","error_description":"Bad argument"} => B24im\ApiException [ERROR_ARGUMENT] [Bad argument] 200
  emu.echo: ERROR_ARGUMENT: Bad argument (HTTP 200)
-- the message stays on one line whatever the description holds
bool(true)
bool(true)
bool(true)
bool(true)
-- nothing but the calls reached the portal, and the process is healthy
12 requests
ok: array (
  'A' => '1',
)
