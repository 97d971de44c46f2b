--TEST--
Transport: connection refused is a TransportException CONNECT_FAILED with getCode() 0, b24_last_response() null (not the previous call's), and the next call succeeds
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$port = b24t_free_port();

function detail(callable $fn): void
{
    try {
        $r = $fn();
        echo "ok: ", var_export($r, true), "\n";
    } catch (B24im\Exception $e) {
        printf("%s [%s] %d\n  %s\n", get_class($e), $e->getError(), $e->getCode(), $e->getMessage());
        echo "  description: ", $e->getDescription(), "\n";
    }
}

echo "-- a call that got a reply\n";
detail(fn() => b24_status_get($emu->webhook));
echo b24_last_response()['http_status'], "\n";

echo "-- nothing listens: https, then http\n";
detail(fn() => b24_status_get("https://127.0.0.1:$port/rest/1/abc/"));
var_dump(b24_last_response());
detail(fn() => b24_call('profile', [], "http://127.0.0.1:$port/rest/1/abc/"));
var_dump(b24_last_response());

echo "-- the same process carries on\n";
detail(fn() => b24_status_get($emu->webhook));
echo b24_last_response()['http_status'], "\n";
echo count($emu->requests()), " requests reached the portal\n";
?>
--EXPECTF--
-- a call that got a reply
ok: 'online'
200
-- nothing listens: https, then http
B24im\TransportException [CONNECT_FAILED] 0
  im.user.status.get: CONNECT_FAILED: Failed to connect to 127.0.0.1%s (no HTTP reply)
  description: Failed to connect to 127.0.0.1%s
NULL
B24im\TransportException [CONNECT_FAILED] 0
  profile: CONNECT_FAILED: Failed to connect to 127.0.0.1%s (no HTTP reply)
  description: Failed to connect to 127.0.0.1%s
NULL
-- the same process carries on
ok: 'online'
200
2 requests reached the portal
