--TEST--
Transport: a reply held back well beyond b24im.timeout_ms is a TransportException TIMEOUT with getCode() 0 after about timeout_ms and no last response; a reply held back less than the timeout passes; the process carries on
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();

function late(callable $fn): void
{
    $t = microtime(true);
    b24t_show($fn);
    $elapsed = microtime(true) - $t;
    echo $elapsed >= 0.29 && $elapsed < 0.9 ? "gave up after about 300 ms\n" : "gave up after $elapsed s\n";
    var_dump(b24_last_response());
}

echo "-- held back 5 s, timeout_ms 300\n";
b24t_show(fn() => b24_status_get($emu->webhook));
ini_set('b24im.timeout_ms', '300');
$emu->fault(['match' => 'im.user.status.get', 'delay_ms' => 5000]);
late(fn() => b24_status_get($emu->webhook));
$emu->fault(['match' => 'server.time', 'delay_ms' => 5000]);
late(fn() => b24_call('server.time', [], $emu->webhook));
$emu->fault(['match' => 'im.user.status.idle.end', 'delay_ms' => 5000]);
late(fn() => b24_idle_end($emu->webhook));

echo "-- held back 300 ms, timeout_ms 3000\n";
ini_set('b24im.timeout_ms', '3000');
$emu->fault(['match' => 'im.user.status.get', 'delay_ms' => 300]);
$t = microtime(true);
b24t_show(fn() => b24_status_get($emu->webhook));
echo microtime(true) - $t >= 0.3 ? "after the delay\n" : "too early\n";
echo "last response: ", b24_last_response()['http_status'], "\n";
b24t_show(fn() => b24_idle_end($emu->webhook));
?>
--EXPECTF--
-- held back 5 s, timeout_ms 300
ok: 'online'
B24im\TransportException [TIMEOUT] 0: im.user.status.get: TIMEOUT: %s (no HTTP reply)
gave up after about 300 ms
NULL
B24im\TransportException [TIMEOUT] 0: server.time: TIMEOUT: %s (no HTTP reply)
gave up after about 300 ms
NULL
B24im\TransportException [TIMEOUT] 0: im.user.status.idle.end: TIMEOUT: %s (no HTTP reply)
gave up after about 300 ms
NULL
-- held back 300 ms, timeout_ms 3000
ok: 'online'
after the delay
last response: 200
ok: true
