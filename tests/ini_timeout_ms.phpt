--TEST--
INI b24im.timeout_ms takes effect: a reply slower than it is a TransportException TIMEOUT after about that long
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

ini_set('b24im.timeout_ms', '300');
$emu->fault(['match' => 'im.user.status.get', 'delay_ms' => 5000]);
$t = microtime(true);
try {
    b24_status_get($emu->webhook);
    echo "no exception\n";
} catch (B24im\Exception $e) {
    $elapsed = microtime(true) - $t;
    printf("%s [%s] %d\n", get_class($e), $e->getError(), $e->getCode());
    echo $elapsed >= 0.25 && $elapsed < 3.0 ? "after about 300 ms\n" : "after $elapsed s\n";
}
var_dump(b24_last_response());

echo "-- a reply within the timeout\n";
ini_set('b24im.timeout_ms', '15000');
$emu->fault(['match' => 'im.user.status.get', 'delay_ms' => 400]);
b24t_show(fn() => b24_status_get($emu->webhook));
?>
--EXPECT--
B24im\TransportException [TIMEOUT] 0
after about 300 ms
NULL
-- a reply within the timeout
ok: 'online'
