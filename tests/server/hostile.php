<?php // A hostile portal on a raw socket: wire-level misbehaviour PHP's built-in server cannot produce, one case per request path.
declare(strict_types=1);

/*
 * Usage: php -n hostile.php STATE_DIR [--any]
 *
 * Listens on two loopback ports (every local address with --any, for tests that give this host more) and writes "main PORT\nslam PORT\n" to STATE_DIR/hostile.ports:
 *   main  reads the request, takes the case from the first path segment
 *         (http://127.0.0.1:PORT/CASE/rest/1/code/method.json) and answers as the case says;
 *   slam  closes every connection the moment it accepts it, before reading a byte.
 * Every connection is served by a child process of its own (a stalled case never holds up another),
 * and leaves one JSON line in STATE_DIR/hostile.log: {"case", "request_bytes", "sent_bytes", "ended"}.
 * "ended" is "done" when the case wrote everything it meant to, "peer_closed" when the client went away
 * first (a write failed). The cases are listed in CASES below.
 */

const RESULT = '{"result":true,"time":{"start":1700000000.1,"finish":1700000000.2,"duration":0.1,"processing":0.01,"date_start":"2023-11-14T22:13:20+00:00","date_finish":"2023-11-14T22:13:20+00:00","operating":0}}';

const CASES = [
    'ok' => 'a well-formed reply: HTTP/1.1, Content-Length (and, as every case here, Connection: close)',
    'http10' => 'HTTP/1.0 without keep-alive or Content-Length: the body ends when the connection closes (valid)',
    'garbage_status' => 'a status line that is not HTTP at all',
    'bad_status_code' => 'an HTTP/1.1 status line whose code is not a number',
    'endless_headers' => 'header lines, 100 bytes each, forever',
    'long_header' => 'one header line 1 MB long',
    'chunk_cut' => 'chunked: a chunk announced as 0x100 bytes, 50 sent, connection closed',
    'chunk_bad_size' => 'chunked: a chunk size that is not hexadecimal',
    'chunk_no_last' => 'chunked: the whole body in chunks, then closed without the last (zero) chunk',
    'close_cut' => 'no Content-Length, not chunked: half the JSON, then the connection is dropped',
    'length_cut' => 'Content-Length of the whole body, half of it sent, connection closed',
    'endless_body' => 'no Content-Length: a JSON string that never ends, 100 bytes every 10 ms',
    'fake_gzip' => 'Content-Encoding: gzip on a body that is plain JSON',
    'gzip_bomb' => 'Content-Encoding: gzip, 100 MB of zeros deflated to about 100 KB',
    'huge_length' => 'Content-Length: 100 MB, and the bytes, as fast as they are taken',
    'huge_chunked' => 'chunked, 100 MB in 64 KB chunks, as fast as they are taken',
    'deep' => '{"result": ...} with the result nested 10,000 arrays deep',
    'wide' => '{"result": [0, 1, 2, ...]} with 1,000,000 elements (under 8 MB)',
    'objects' => '{"result": [{}, {}, ...]} with 300,000 empty objects (900 KB, the costliest JSON per byte)',
    'bom' => 'a UTF-8 byte order mark before the JSON',
    'digits' => 'a result that is a 400-digit integer',
    'echo' => 'a 502 text page that echoes the request, body first (a proxy that shows what it got)',
    'redirect_loop' => '302 to its own URL, forever',
    'redirect_file' => '302 to file:///etc/passwd',
    'redirect_ftp' => '302 to an ftp:// URL on this server',
    'sized_length-N' => '{"result":"xxx..."} of N bytes in all, with Content-Length, as fast as it is taken',
    'sized_chunked-N' => 'the same, chunked in 64 KB chunks',
    'arrays-N' => '{"result":[[0],[0],...]} with N one-element arrays (small text, costly PHP values)',
    'redirect_to-HEX' => '307 to the URL whose bytes are HEX (bin2hex)',
];

function main(array $argv): void
{
    $stateDir = $argv[1] ?? '';
    if (!is_dir($stateDir)) {
        fwrite(STDERR, "usage: php -n hostile.php STATE_DIR\n");
        exit(2);
    }
    $host = in_array('--any', $argv, true) ? '0.0.0.0' : '127.0.0.1';
    $main = listen($host);
    $slam = listen($host);
    file_put_contents("$stateDir/hostile.ports.tmp", sprintf("main %d\nslam %d\n", port($main), port($slam)));
    rename("$stateDir/hostile.ports.tmp", "$stateDir/hostile.ports");
    $log = "$stateDir/hostile.log";

    pcntl_async_signals(true);
    pcntl_signal(SIGCHLD, static function (): void {
        while (pcntl_waitpid(-1, $status, WNOHANG) > 0) {
        }
    });
    for (;;) {
        $read = [$main, $slam];
        $none = null;
        if (@stream_select($read, $none, $none, null) < 1) {
            continue; // interrupted by SIGCHLD
        }
        foreach ($read as $listener) {
            $conn = @stream_socket_accept($listener, 0);
            if ($conn === false) {
                continue;
            }
            if ($listener === $slam) {
                fclose($conn);
                record($log, ['case' => 'slam', 'request_bytes' => 0, 'sent_bytes' => 0, 'ended' => 'done']);
                continue;
            }
            $pid = pcntl_fork();
            if ($pid === 0) {
                fclose($main);
                fclose($slam);
                serve($conn, $log);
                exit(0);
            }
            fclose($conn);
        }
    }
}

function listen(string $host)
{
    $server = stream_socket_server("tcp://$host:0", $errno, $error);
    if ($server === false) {
        fwrite(STDERR, "cannot listen: $error\n");
        exit(1);
    }
    return $server;
}

function port($server): int
{
    return (int) substr(strrchr(stream_socket_get_name($server, false), ':'), 1);
}

function record(string $log, array $entry): void
{
    file_put_contents($log, json_encode($entry) . "\n", FILE_APPEND | LOCK_EX);
}

/** A connection: its request, answered by its case. Every case closes the connection after it. */
function serve($conn, string $log): void
{
    stream_set_timeout($conn, 30);
    if (($request = read_request($conn)) !== null) {
        [$path, $text] = $request;
        $case = explode('/', ltrim($path, '/'), 2)[0];
        $out = new Out($conn);
        try {
            answer($case, $path, $out, $text);
            $ended = 'done';
        } catch (PeerClosed) {
            $ended = 'peer_closed';
        }
        record($log, ['case' => $case, 'request_bytes' => strlen($text), 'sent_bytes' => $out->sent, 'ended' => $ended]);
    }
    fclose($conn);
}

/** Reads one request (head and Content-Length body); returns [path, the request's text] or null at end of stream. */
function read_request($conn): ?array
{
    $data = '';
    while (!str_contains($data, "\r\n\r\n")) {
        $chunk = fread($conn, 65536);
        if ($chunk === false || $chunk === '') {
            return null;
        }
        $data .= $chunk;
    }
    [$head, $body] = explode("\r\n\r\n", $data, 2);
    $length = preg_match('/^Content-Length:\s*(\d+)/mi', $head, $m) ? (int) $m[1] : 0;
    while (strlen($body) < $length) {
        $chunk = fread($conn, 65536);
        if ($chunk === false || $chunk === '') {
            return null;
        }
        $body .= $chunk;
    }
    return [explode(' ', $head)[1] ?? '/', "$head\r\n\r\n$body"];
}

final class PeerClosed extends Exception
{
}

/** Writes to the connection, counting bytes; a failed write means the client has gone. */
final class Out
{
    public int $sent = 0;

    public function __construct(private $conn)
    {
    }

    public function write(string $bytes): void
    {
        $left = $bytes;
        while ($left !== '') {
            $n = @fwrite($this->conn, $left);
            if ($n === false || $n === 0) {
                throw new PeerClosed();
            }
            $this->sent += $n;
            $left = (string) substr($left, $n);
        }
    }

    public function head(string $statusLine, array $headers): void
    {
        $text = "$statusLine\r\n";
        foreach ($headers as $name => $value) {
            $text .= "$name: $value\r\n";
        }
        $this->write("$text\r\n");
    }

    /** A 200 with a JSON body, Content-Length and Connection: close (a client keeps no connection that lingers). */
    public function json(string $body, array $headers = []): void
    {
        $this->head('HTTP/1.1 200 OK', ['Content-Type' => 'application/json; charset=utf-8',
            'Content-Length' => strlen($body), 'Connection' => 'close'] + $headers);
        $this->write($body);
    }
}

/** Answers $case. */
function answer(string $case, string $path, Out $out, string $request): void
{
    $json = ['Content-Type' => 'application/json; charset=utf-8'];
    // The cases that take a number or a URL in their name
    if (preg_match('/^(sized_length|sized_chunked|arrays|redirect_to)-([0-9a-f]+)$/', $case, $m)) {
        switch ($m[1]) {
            case 'sized_length':
                $out->head('HTTP/1.1 200 OK', $json + ['Content-Length' => (int) $m[2]]);
                stream_bytes($out, (int) $m[2], static fn(string $piece) => $piece, true);
                return;
            case 'sized_chunked':
                $out->head('HTTP/1.1 200 OK', $json + ['Transfer-Encoding' => 'chunked']);
                stream_bytes($out, (int) $m[2], static fn(string $piece) => dechex(strlen($piece)) . "\r\n$piece\r\n", true);
                $out->write("0\r\n\r\n");
                return;
            case 'arrays':
                $out->json('{"result":[' . implode(',', array_fill(0, (int) $m[2], '[0]')) . ']}');
                return;
            case 'redirect_to':
                $out->head('HTTP/1.1 307 Temporary Redirect', ['Location' => hex2bin($m[2]), 'Content-Length' => 0,
                    'Connection' => 'close']);
                return;
        }
    }
    switch ($case) {
        case 'ok':
            $out->json(RESULT);
            return;
        case 'http10':
            $out->head('HTTP/1.0 200 OK', $json);
            $out->write(RESULT);
            return;
        case 'garbage_status':
            $out->write("HELLO FROM NOT-HTTP\r\n\r\n" . RESULT);
            return;
        case 'bad_status_code':
            $out->write("HTTP/1.1 2x0 OK\r\nContent-Length: " . strlen(RESULT) . "\r\n\r\n" . RESULT);
            return;
        case 'endless_headers':
            $out->write("HTTP/1.1 200 OK\r\n");
            for ($i = 0; ; $i++) {
                $out->write(sprintf("X-Pad-%08d: %s\r\n", $i, str_repeat('p', 80)));
            }
        case 'long_header':
            $out->write("HTTP/1.1 200 OK\r\nX-Long: " . str_repeat('L', 1 << 20) . "\r\n");
            $out->json(RESULT); // never reached in practice: the client gives up on the line
            return;
        case 'chunk_cut':
            $out->head('HTTP/1.1 200 OK', $json + ['Transfer-Encoding' => 'chunked']);
            $out->write("100\r\n" . substr(RESULT, 0, 50));
            return;
        case 'chunk_bad_size':
            $out->head('HTTP/1.1 200 OK', $json + ['Transfer-Encoding' => 'chunked']);
            $out->write("zz\r\n" . RESULT . "\r\n0\r\n\r\n");
            return;
        case 'chunk_no_last':
            $out->head('HTTP/1.1 200 OK', $json + ['Transfer-Encoding' => 'chunked']);
            foreach (str_split(RESULT, 64) as $piece) {
                $out->write(dechex(strlen($piece)) . "\r\n$piece\r\n");
            }
            return;
        case 'close_cut':
            $out->head('HTTP/1.1 200 OK', $json + ['Connection' => 'close']);
            $out->write(substr(RESULT, 0, intdiv(strlen(RESULT), 2)));
            return;
        case 'length_cut':
            $out->head('HTTP/1.1 200 OK', $json + ['Content-Length' => strlen(RESULT)]);
            $out->write(substr(RESULT, 0, intdiv(strlen(RESULT), 2)));
            return;
        case 'endless_body':
            $out->head('HTTP/1.1 200 OK', $json + ['Connection' => 'close']);
            $out->write('{"result":"');
            for (;;) {
                $out->write(str_repeat('x', 100));
                usleep(10_000);
            }
        case 'fake_gzip':
            $out->json(RESULT, ['Content-Encoding' => 'gzip']);
            return;
        case 'gzip_bomb':
            $bomb = gzip_bomb(100 << 20);
            $out->head('HTTP/1.1 200 OK', $json + ['Content-Encoding' => 'gzip', 'Content-Length' => strlen($bomb)]);
            $out->write($bomb);
            return;
        case 'huge_length':
            $size = 100 << 20;
            $out->head('HTTP/1.1 200 OK', $json + ['Content-Length' => $size]);
            stream_bytes($out, $size, static fn(string $piece) => $piece);
            return;
        case 'huge_chunked':
            $out->head('HTTP/1.1 200 OK', $json + ['Transfer-Encoding' => 'chunked']);
            stream_bytes($out, 100 << 20, static fn(string $piece) => dechex(strlen($piece)) . "\r\n$piece\r\n");
            $out->write("0\r\n\r\n");
            return;
        case 'deep':
            $out->json('{"result":' . str_repeat('[', 10_000) . str_repeat(']', 10_000) . '}');
            return;
        case 'wide':
            $out->json('{"result":[' . implode(',', range(0, 999_999)) . ']}');
            return;
        case 'objects':
            $out->json('{"result":[' . implode(',', array_fill(0, 300_000, '{}')) . ']}');
            return;
        case 'bom':
            $out->json("\xEF\xBB\xBF" . RESULT);
            return;
        case 'digits':
            $out->json('{"result":' . str_repeat('9', 400) . '}');
            return;
        case 'echo':
            [$head, $body] = explode("\r\n\r\n", $request, 2);
            $page = "$body\n$head";
            $out->head('HTTP/1.1 502 Bad Gateway', ['Content-Type' => 'text/plain', 'Content-Length' => strlen($page),
                'Connection' => 'close']);
            $out->write($page);
            return;
        case 'redirect_loop':
            $out->head('HTTP/1.1 302 Found', ['Location' => $path, 'Content-Length' => 0, 'Connection' => 'close']);
            return;
        case 'redirect_file':
            $out->head('HTTP/1.1 302 Found', ['Location' => 'file:///etc/passwd', 'Content-Length' => 0, 'Connection' => 'close']);
            return;
        case 'redirect_ftp':
            $out->head('HTTP/1.1 302 Found', ['Location' => 'ftp://127.0.0.1/etc/passwd', 'Content-Length' => 0, 'Connection' => 'close']);
            return;
        default:
            $out->json('{"error":"NO_SUCH_CASE","error_description":"hostile.php has no case ' . addslashes($case) . '"}');
    }
}

/**
 * Writes $size bytes of a JSON string body ({"result":"xxxx...) in 64 KB pieces, each shaped by $frame;
 * $closed: the last two of the $size bytes close the string and the object, so that the body is valid JSON.
 */
function stream_bytes(Out $out, int $size, callable $frame, bool $closed = false): void
{
    $piece = str_repeat('x', 65536);
    $out->write($frame('{"result":"'));
    for ($left = $size - 11 - ($closed ? 2 : 0); $left > 0; $left -= 65536) {
        $out->write($frame($left >= 65536 ? $piece : substr($piece, 0, $left)));
    }
    if ($closed) {
        $out->write($frame('"}'));
    }
}

/** A gzip stream that inflates to $size zero bytes. */
function gzip_bomb(int $size): string
{
    $deflate = deflate_init(ZLIB_ENCODING_GZIP, ['level' => 9]);
    $zeros = str_repeat("\0", 1 << 20);
    $out = '';
    for ($left = $size; $left > 0; $left -= strlen($zeros)) {
        $out .= deflate_add($deflate, $zeros, ZLIB_NO_FLUSH);
    }
    return $out . deflate_add($deflate, '', ZLIB_FINISH);
}

main($argv);
