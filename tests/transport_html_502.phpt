--TEST--
Transport: a reverse proxy's HTML error page (nginx 502, 504) is a TransportException INVALID_JSON carrying the HTTP status; b24_last_response() records the status; the next call succeeds
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();

$page = fn(string $status) => "<html>\r\n<head><title>$status</title></head>\r\n<body>\r\n<center><h1>$status</h1></center>\r\n"
    . "<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";

function detail(callable $fn): void
{
    try {
        $r = $fn();
        echo "ok: ", var_export($r, true), "\n";
    } catch (B24im\Exception $e) {
        printf("%s [%s] %d\n  %s\n  description: %s\n", get_class($e), $e->getError(), $e->getCode(), $e->getMessage(), $e->getDescription());
        $last = b24_last_response();
        printf("  last response: %s %d\n", $last['method'], $last['http_status']);
    }
}

$emu->fault(['match' => 'im.user.status.get', 'status' => 502, 'headers' => ['Content-Type' => 'text/html'], 'body' => $page('502 Bad Gateway')]);
detail(fn() => b24_status_get($emu->webhook));
detail(fn() => b24_status_get($emu->webhook));

$emu->fault(['match' => 'im.user.status.set', 'status' => 504, 'headers' => ['Content-Type' => 'text/html'], 'body' => $page('504 Gateway Time-out')]);
detail(fn() => b24_status_set('away', $emu->webhook));
detail(fn() => b24_status_set('away', $emu->webhook));

echo "-- a short text page under 200\n";
$emu->fault(['match' => 'server.time', 'status' => 200, 'headers' => ['Content-Type' => 'text/plain'], 'body' => 'OK']);
detail(fn() => b24_call('server.time', [], $emu->webhook));
?>
--EXPECT--
B24im\TransportException [INVALID_JSON] 502
  im.user.status.get: INVALID_JSON: the reply is not JSON: "<html>??<head><title>502 Bad Gateway</title></head>??<body>?"... (HTTP 502)
  description: the reply is not JSON: "<html>??<head><title>502 Bad Gateway</title></head>??<body>?"...
  last response: im.user.status.get 502
ok: 'online'
B24im\TransportException [INVALID_JSON] 504
  im.user.status.set: INVALID_JSON: the reply is not JSON: "<html>??<head><title>504 Gateway Time-out</title></head>??<b"... (HTTP 504)
  description: the reply is not JSON: "<html>??<head><title>504 Gateway Time-out</title></head>??<b"...
  last response: im.user.status.set 504
ok: true
-- a short text page under 200
B24im\TransportException [INVALID_JSON] 200
  server.time: INVALID_JSON: the reply is not JSON: "OK" (HTTP 200)
  description: the reply is not JSON: "OK"
  last response: server.time 200
