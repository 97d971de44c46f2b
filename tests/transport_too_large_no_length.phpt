--TEST--
Transport: b24im.max_response_size stops a body that has neither Content-Length nor chunked framing (HTTP/1.1 read-until-close) as it arrives, though it never ends; such a body within the cap is read whole
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';

// A one-file HTTP server that answers without Content-Length and ends the body by closing the connection.
// /fit/...  : a 1000-byte JSON reply, then close
// /over/... : a 1001-byte JSON reply, then close
// /endless/...: 100 bytes every 20 ms for up to 20 s
$server = <<<'PHP'
$s = stream_socket_server('tcp://127.0.0.1:0', $errno, $error);
echo stream_socket_get_name($s, false), "\n";
while ($c = @stream_socket_accept($s, 20)) {
    $head = '';
    while (!str_contains($head, "\r\n\r\n") && ($chunk = fread($c, 8192)) !== false && $chunk !== '') {
        $head .= $chunk;
    }
    [$headers, $body] = explode("\r\n\r\n", $head, 2);
    $length = preg_match('/^Content-Length:\s*(\d+)/mi', $headers, $m) ? (int) $m[1] : 0;
    while (strlen($body) < $length && ($chunk = fread($c, 8192)) !== false && $chunk !== '') {
        $body .= $chunk;
    }
    $path = explode(' ', $headers)[1];
    fwrite($c, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
    if (str_starts_with($path, '/endless/')) {
        fwrite($c, '{"result":"');
        for ($i = 0; $i < 1000 && @fwrite($c, str_repeat('x', 100)) !== false; $i++) {
            usleep(20000);
        }
    } else {
        $size = str_starts_with($path, '/fit/') ? 1000 : 1001;
        fwrite($c, '{"result":"' . str_repeat('x', $size - 13) . '"}');
    }
    fclose($c);
}
PHP;
$proc = proc_open([PHP_BINARY, '-n', '-r', $server], [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
$address = trim(fgets($pipes[1]));

ini_set('b24im.allow_http', '1');
ini_set('b24im.max_response_size', '1000');
ini_set('b24im.timeout_ms', '10000');

b24t_show(fn() => strlen(b24_call('emu.echo', [], "http://$address/fit/rest/1/abc/")));
b24t_show(fn() => strlen(b24_call('emu.echo', [], "http://$address/over/rest/1/abc/")));
$t = microtime(true);
b24t_show(fn() => b24_call('emu.echo', [], "http://$address/endless/rest/1/abc/"));
echo microtime(true) - $t < 8.0 ? "without waiting for the end\n" : "after waiting\n";
b24t_show(fn() => strlen(b24_call('emu.echo', [], "http://$address/fit/rest/1/abc/")));

fclose($pipes[0]);
fclose($pipes[1]);
proc_terminate($proc);
proc_close($proc);
?>
--EXPECT--
ok: 987
B24im\TransportException [RESPONSE_TOO_LARGE] 200: emu.echo: RESPONSE_TOO_LARGE: the reply is larger than b24im.max_response_size (1000 bytes) (HTTP 200)
B24im\TransportException [RESPONSE_TOO_LARGE] 200: emu.echo: RESPONSE_TOO_LARGE: the reply is larger than b24im.max_response_size (1000 bytes) (HTTP 200)
without waiting for the end
ok: 987
