--TEST--
Errors: every AuthException code of the Bitrix24 error table with its documented HTTP status (INVALID_CREDENTIALS with both 401 and 403): exact class, getError(), getDescription(), getCode() and message
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
    $emu->fault(['match' => 'im.user.status.get', 'status' => $status, 'body' => $body]);
    try {
        $r = b24_status_get($emu->webhook);
        echo "no exception: ", var_export($r, true), "\n";
    } catch (B24im\Exception $e) {
        printf("%d %s: %s\n  getError() %s | getDescription() %s | getCode() %s\n  %s\n",
            $status, $body['error'], get_class($e), var_export($e->getError(), true),
            var_export($e->getDescription(), true), var_export($e->getCode(), true), $e->getMessage());
    }
}

served($emu, 401, ['error' => 'expired_token', 'error_description' => 'The access token provided has expired.']);
served($emu, 401, ['error' => 'invalid_token', 'error_description' => 'The access token provided is invalid.']);
served($emu, 401, ['error' => 'NO_AUTH_FOUND', 'error_description' => 'Wrong authorization data']);
served($emu, 401, ['error' => 'INVALID_CREDENTIALS', 'error_description' => 'Invalid request credentials']);
served($emu, 403, ['error' => 'INVALID_CREDENTIALS', 'error_description' => 'Invalid request credentials']);
served($emu, 403, ['error' => 'insufficient_scope', 'error_description' => 'The request requires higher privileges than provided by the access token']);
served($emu, 403, ['error' => 'ACCESS_DENIED', 'error_description' => 'REST API is available only on commercial plans']);
served($emu, 403, ['error' => 'user_access_error', 'error_description' => 'The user does not have access to the application.']);
served($emu, 403, ['error' => 'WRONG_AUTH_TYPE', 'error_description' => 'Current authorization type is denied for this method']);

echo "-- the process is healthy afterwards\n";
b24t_show(fn() => b24_status_get($emu->webhook));
echo count($emu->requests()), " requests\n";
?>
--EXPECT--
401 expired_token: B24im\AuthException
  getError() 'expired_token' | getDescription() 'The access token provided has expired.' | getCode() 401
  im.user.status.get: expired_token: The access token provided has expired. (HTTP 401)
401 invalid_token: B24im\AuthException
  getError() 'invalid_token' | getDescription() 'The access token provided is invalid.' | getCode() 401
  im.user.status.get: invalid_token: The access token provided is invalid. (HTTP 401)
401 NO_AUTH_FOUND: B24im\AuthException
  getError() 'NO_AUTH_FOUND' | getDescription() 'Wrong authorization data' | getCode() 401
  im.user.status.get: NO_AUTH_FOUND: Wrong authorization data (HTTP 401)
401 INVALID_CREDENTIALS: B24im\AuthException
  getError() 'INVALID_CREDENTIALS' | getDescription() 'Invalid request credentials' | getCode() 401
  im.user.status.get: INVALID_CREDENTIALS: Invalid request credentials (HTTP 401)
403 INVALID_CREDENTIALS: B24im\AuthException
  getError() 'INVALID_CREDENTIALS' | getDescription() 'Invalid request credentials' | getCode() 403
  im.user.status.get: INVALID_CREDENTIALS: Invalid request credentials (HTTP 403)
403 insufficient_scope: B24im\AuthException
  getError() 'insufficient_scope' | getDescription() 'The request requires higher privileges than provided by the access token' | getCode() 403
  im.user.status.get: insufficient_scope: The request requires higher privileges than provided by the access token (HTTP 403)
403 ACCESS_DENIED: B24im\AuthException
  getError() 'ACCESS_DENIED' | getDescription() 'REST API is available only on commercial plans' | getCode() 403
  im.user.status.get: ACCESS_DENIED: REST API is available only on commercial plans (HTTP 403)
403 user_access_error: B24im\AuthException
  getError() 'user_access_error' | getDescription() 'The user does not have access to the application.' | getCode() 403
  im.user.status.get: user_access_error: The user does not have access to the application. (HTTP 403)
403 WRONG_AUTH_TYPE: B24im\AuthException
  getError() 'WRONG_AUTH_TYPE' | getDescription() 'Current authorization type is denied for this method' | getCode() 403
  im.user.status.get: WRONG_AUTH_TYPE: Current authorization type is denied for this method (HTTP 403)
-- the process is healthy afterwards
ok: 'online'
10 requests
