--TEST--
INI b24im.connect_timeout_ms takes effect: a connection that is never accepted fails with TIMEOUT after about that long, well inside timeout_ms
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
; one attempt: retries are tested in retry_*.phpt
b24im.max_retries=0
--FILE--
<?php
// A listening socket with a full backlog: the kernel answers no further SYN, so connect() hangs.
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $error, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN,
    stream_context_create(['socket' => ['backlog' => 0]]));
$port = (int) substr(strrchr(stream_socket_get_name($server, false), ':'), 1);
$fillers = [];
for ($i = 0; $i < 4; $i++) {
    $fillers[] = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $error, 1, STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT);
}

ini_set('b24im.timeout_ms', '20000');
ini_set('b24im.connect_timeout_ms', '300');
$t = microtime(true);
try {
    b24_status_get("http://127.0.0.1:$port/rest/1/c0nnectCode/");
    echo "no exception\n";
} catch (B24im\Exception $e) {
    $elapsed = microtime(true) - $t;
    printf("%s [%s] %d\n", get_class($e), $e->getError(), $e->getCode());
    echo $elapsed >= 0.25 && $elapsed < 3.0 ? "after about 300 ms\n" : "after $elapsed s\n";
    var_dump(str_contains((string) $e, 'c0nnectCode'));
}
?>
--EXPECT--
B24im\TransportException [TIMEOUT] 0
after about 300 ms
bool(false)
