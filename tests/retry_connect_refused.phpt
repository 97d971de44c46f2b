--TEST--
Retries: connection refused is retried (the request surely never reached the portal): a portal that starts listening a moment later gets the call; with max_retries 0 it is not retried; refused to the end, a TransportException CONNECT_FAILED
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/concurrency.inc';

/** A one-request portal that starts listening on $port after $delayMs, in another process. */
function late_portal(int $port, int $delayMs, string $marker): B24tChildren
{
    $server = new B24tChildren();
    $server->start(1, <<<'PHP'
        usleep($args['delay'] * 1000);
        $socket = stream_socket_server("tcp://127.0.0.1:{$args['port']}", $errno, $error);
        if (!$socket) {
            return "cannot listen: $error";
        }
        touch($args['marker']);
        $conn = stream_socket_accept($socket, 30);
        if (!$conn) {
            return 'nobody came';
        }
        $request = '';
        while (!str_contains($request, "\r\n\r\n") && !feof($conn)) {
            $request .= fread($conn, 8192);
        }
        [$head, $body] = explode("\r\n\r\n", $request, 2);
        $length = preg_match('/^content-length:\s*(\d+)/mi', $head, $m) ? (int) $m[1] : 0;
        while (strlen($body) < $length && !feof($conn)) {
            $body .= fread($conn, 8192);
        }
        $reply = '{"result":"online","time":{"start":1}}';
        fwrite($conn, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " . strlen($reply) . "\r\nConnection: close\r\n\r\n$reply");
        fclose($conn);
        return strtok($head, "\r\n");
    PHP, ['port' => $port, 'delay' => $delayMs, 'marker' => $marker]);
    $server->release();
    return $server;
}

echo "-- the portal listens 300 ms after the first attempt: a retry reaches it\n";
$port = b24t_free_port();
$marker = b24t_state_dir();
$c = new B24im\Client("http://127.0.0.1:$port/rest/1/c0de/", ['max_retries' => 5, 'rate_limit' => 0]);
$server = late_portal($port, 300 * b24t_slow(), $marker);
clearstatcache();
echo "not listening yet as the call begins: ", var_export(!file_exists($marker), true), "\n";
b24t_show(fn() => $c->statusGet());
echo "the portal got: ", var_export($server->wait()[0]['result'], true), "\n";
echo "lastResponse: ", $c->lastResponse()['http_status'], "\n";

echo "-- max_retries 0: no retry, though the portal listens 300 ms later (1.5 s under valgrind)\n";
$port = b24t_free_port();
$marker = b24t_state_dir();
$server = late_portal($port, 300 * b24t_slow(), $marker);
$c = new B24im\Client("http://127.0.0.1:$port/rest/1/c0de/", ['max_retries' => 0, 'rate_limit' => 0]);
b24t_show(fn() => $c->statusGet());
clearstatcache();
echo "failed before the portal listened: ", var_export(!file_exists($marker), true), ", lastResponse: ", var_export($c->lastResponse(), true), "\n";
b24t_wait_until(fn() => file_exists($marker), 60.0, null, 0.001);
echo "and it was there a moment later: ";
b24t_show(fn() => $c->statusGet());
$server->wait();

echo "-- nobody listens at all: b24im.max_retries=2, then CONNECT_FAILED\n";
ini_set('b24im.max_retries', '2');
$port = b24t_free_port();
$t = microtime(true);
try {
    b24_status_get("http://127.0.0.1:$port/rest/1/c0de/");
} catch (B24im\TransportException $e) {
    printf("%s [%s] %d\n", get_class($e), $e->getError(), $e->getCode());
}
echo "it waited between attempts: ", var_export(microtime(true) - $t >= 0.5, true), "\n";
var_dump(b24_last_response());
?>
--EXPECTF--
-- the portal listens 300 ms after the first attempt: a retry reaches it
not listening yet as the call begins: true
ok: 'online'
the portal got: 'POST /rest/1/c0de/im.user.status.get.json HTTP/1.1'
lastResponse: 200
-- max_retries 0: no retry, though the portal listens 300 ms later (1.5 s under valgrind)
B24im\TransportException [CONNECT_FAILED] 0: im.user.status.get: CONNECT_FAILED: Failed to connect to 127.0.0.1%s (no HTTP reply)
failed before the portal listened: true, lastResponse: NULL
and it was there a moment later: ok: 'online'
-- nobody listens at all: b24im.max_retries=2, then CONNECT_FAILED
B24im\TransportException [CONNECT_FAILED] 0
it waited between attempts: true
NULL
