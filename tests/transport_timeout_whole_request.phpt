--TEST--
Transport: b24im.timeout_ms bounds the whole request, start to last byte, not each read: a reply that stalls after its headers and half its body times out (with its status), and so does one whose every pause is shorter than the timeout but whose sum is longer
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$body = '{"result":"' . str_repeat('a', 100) . '"}'; // 113 bytes: 56 come, then the stall
// Under run-tests -m the emulator runs under valgrind too and answers far more slowly: stretch every duration.
$k = b24t_valgrind() ? 8 : 1;

function timed(callable $fn): float
{
    $t = microtime(true);
    try {
        $r = $fn();
        echo "ok: ", var_export($r, true), "\n";
    } catch (B24im\Exception $e) {
        printf("%s [%s] %s\n", get_class($e), $e->getError(), $e->getMessage());
    }
    return microtime(true) - $t;
}

echo "-- timeout 500 ms; headers and half the body at once, then nothing for 60 s\n";
ini_set('b24im.timeout_ms', (string) (500 * $k));
$emu->fault(['match' => 'emu.echo', 'body' => $body, 'stall_ms' => 60000]);
$elapsed = timed(fn() => b24_call('emu.echo', [], $emu->webhook));
echo $elapsed >= 0.49 * $k && $elapsed < 2.0 * $k ? "gave up after about 500 ms\n" : "gave up after $elapsed s\n";
echo "last response: ", json_encode(b24_last_response()), "\n";

echo "-- timeout 450 ms; 300 ms before the headers, 300 ms in the middle of the body: no pause reaches the timeout, the whole does\n";
ini_set('b24im.timeout_ms', (string) (450 * $k));
$emu->fault(['match' => 'emu.echo', 'body' => $body, 'delay_ms' => 300 * $k, 'stall_ms' => 300 * $k]);
$elapsed = timed(fn() => b24_call('emu.echo', [], $emu->webhook));
echo $elapsed >= 0.44 * $k && $elapsed < 2.0 * $k ? "gave up after about 450 ms\n" : "gave up after $elapsed s\n";

echo "-- timeout 10 s: the same reply arrives whole\n";
ini_set('b24im.timeout_ms', (string) (10000 * $k));
$emu->fault(['match' => 'emu.echo', 'body' => $body, 'delay_ms' => 300 * $k, 'stall_ms' => 300 * $k]);
$elapsed = timed(fn() => strlen(b24_call('emu.echo', [], $emu->webhook)));
echo $elapsed >= 0.59 * $k ? "after the 600 ms it takes\n" : "too early: $elapsed s\n";
?>
--EXPECTF--
-- timeout 500 ms; headers and half the body at once, then nothing for 60 s
B24im\TransportException [TIMEOUT] emu.echo: TIMEOUT: %s (HTTP 200)
gave up after about 500 ms
last response: {"method":"emu.echo","http_status":200,"total":null,"next":null,"time":null,"url":"http:\/\/127.0.0.1:%d\/rest\/1\/***\/emu.echo.json"}
-- timeout 450 ms; 300 ms before the headers, 300 ms in the middle of the body: no pause reaches the timeout, the whole does
B24im\TransportException [TIMEOUT] emu.echo: TIMEOUT: %s
gave up after about 450 ms
-- timeout 10 s: the same reply arrives whole
ok: 100
after the 600 ms it takes
