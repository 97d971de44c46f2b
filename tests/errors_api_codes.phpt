--TEST--
Errors: every plain ApiException code of the Bitrix24 error table, served with its documented HTTP status: exact class, getError(), getDescription(), getCode() and one-line message
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
    $emu->fault(['match' => 'profile', 'status' => $status, 'body' => $body]);
    try {
        $r = b24_call('profile', [], $emu->webhook);
        echo "no exception: ", var_export($r, true), "\n";
    } catch (B24im\Exception $e) {
        printf("%d %s: %s\n  getError() %s | getDescription() %s | getCode() %s\n  %s\n",
            $status, $body['error'], get_class($e), var_export($e->getError(), true),
            var_export($e->getDescription(), true), var_export($e->getCode(), true), $e->getMessage());
    }
}

served($emu, 400, ['error' => 'INVALID_REQUEST', 'error_description' => 'Https required.']);
served($emu, 400, ['error' => 'ERROR_BATCH_LENGTH_EXCEEDED', 'error_description' => 'Max batch length exceeded']);
served($emu, 400, ['error' => 'ERROR_ARGUMENT', 'error_description' => 'Argument "ID" is null or empty', 'argument' => 'ID']);
served($emu, 400, ['error' => 'ERROR_CORE', 'error_description' => 'Unknown error']);
served($emu, 404, ['error' => 'ERROR_METHOD_NOT_FOUND', 'error_description' => 'Method not found!']);
served($emu, 405, ['error' => 'ERROR_BATCH_METHOD_NOT_ALLOWED', 'error_description' => 'Method is not allowed for batch usage']);
served($emu, 500, ['error' => 'INTERNAL_SERVER_ERROR', 'error_description' => 'Internal server error']);
served($emu, 500, ['error' => 'ERROR_UNEXPECTED_ANSWER', 'error_description' => 'Server returned an unexpected response.']);
served($emu, 500, ['error' => 'PORTAL_DELETED', 'error_description' => 'Portal was deleted']);
served($emu, 403, ['error' => 'PORTAL_DELETED', 'error_description' => 'Portal was deleted']);

echo "-- each fault reached the portal once, nothing else was sent\n";
echo count($emu->requests()), " requests, ", count($emu->pendingFaults()), " faults left\n";
echo "-- the process is healthy afterwards\n";
b24t_show(fn() => b24_status_get($emu->webhook));
?>
--EXPECT--
400 INVALID_REQUEST: B24im\ApiException
  getError() 'INVALID_REQUEST' | getDescription() 'Https required.' | getCode() 400
  profile: INVALID_REQUEST: Https required. (HTTP 400)
400 ERROR_BATCH_LENGTH_EXCEEDED: B24im\ApiException
  getError() 'ERROR_BATCH_LENGTH_EXCEEDED' | getDescription() 'Max batch length exceeded' | getCode() 400
  profile: ERROR_BATCH_LENGTH_EXCEEDED: Max batch length exceeded (HTTP 400)
400 ERROR_ARGUMENT: B24im\ApiException
  getError() 'ERROR_ARGUMENT' | getDescription() 'Argument "ID" is null or empty' | getCode() 400
  profile: ERROR_ARGUMENT: Argument "ID" is null or empty (HTTP 400)
400 ERROR_CORE: B24im\ApiException
  getError() 'ERROR_CORE' | getDescription() 'Unknown error' | getCode() 400
  profile: ERROR_CORE: Unknown error (HTTP 400)
404 ERROR_METHOD_NOT_FOUND: B24im\ApiException
  getError() 'ERROR_METHOD_NOT_FOUND' | getDescription() 'Method not found!' | getCode() 404
  profile: ERROR_METHOD_NOT_FOUND: Method not found! (HTTP 404)
405 ERROR_BATCH_METHOD_NOT_ALLOWED: B24im\ApiException
  getError() 'ERROR_BATCH_METHOD_NOT_ALLOWED' | getDescription() 'Method is not allowed for batch usage' | getCode() 405
  profile: ERROR_BATCH_METHOD_NOT_ALLOWED: Method is not allowed for batch usage (HTTP 405)
500 INTERNAL_SERVER_ERROR: B24im\ApiException
  getError() 'INTERNAL_SERVER_ERROR' | getDescription() 'Internal server error' | getCode() 500
  profile: INTERNAL_SERVER_ERROR: Internal server error (HTTP 500)
500 ERROR_UNEXPECTED_ANSWER: B24im\ApiException
  getError() 'ERROR_UNEXPECTED_ANSWER' | getDescription() 'Server returned an unexpected response.' | getCode() 500
  profile: ERROR_UNEXPECTED_ANSWER: Server returned an unexpected response. (HTTP 500)
500 PORTAL_DELETED: B24im\ApiException
  getError() 'PORTAL_DELETED' | getDescription() 'Portal was deleted' | getCode() 500
  profile: PORTAL_DELETED: Portal was deleted (HTTP 500)
403 PORTAL_DELETED: B24im\ApiException
  getError() 'PORTAL_DELETED' | getDescription() 'Portal was deleted' | getCode() 403
  profile: PORTAL_DELETED: Portal was deleted (HTTP 403)
-- each fault reached the portal once, nothing else was sent
10 requests, 0 faults left
-- the process is healthy afterwards
ok: 'online'
