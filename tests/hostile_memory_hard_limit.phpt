--TEST--
Hostile portal: the issue's case, a 23 MB reply by Content-Length to a script holding 10 MB of memory_limit=24M (which PHP's allocator answered by killing the process at its hard limit, with no shutdown function run), is refused as it arrives with RESPONSE_TOO_LARGE; the script goes on, and its shutdown functions run
--EXTENSIONS--
b24im
--INI--
memory_limit=24M
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
register_shutdown_function(function () {
    echo "shutdown function: ran\n";
});
echo 'warm-up: ', var_export(b24_call('emu.echo', [], $hostile->webhook('ok')), true), "\n";
$held = str_repeat('h', 10 << 20);
try {
    b24_call('emu.echo', [], $hostile->webhook('sized_length-' . (23 << 20)));
    echo "ok\n";
} catch (B24im\TransportException $e) {
    printf("%s [%s]: %s\n", get_class($e), $e->getError(), $e->getMessage());
}
echo 'next call: ', var_export(b24_call('emu.echo', [], $hostile->webhook('ok')), true), "\n";
?>
--EXPECTF--
warm-up: true
B24im\TransportException [RESPONSE_TOO_LARGE]: emu.echo: RESPONSE_TOO_LARGE: the reply's 24117248 bytes (and as much again for their PHP values) do not fit in what memory_limit leaves (%d of 25165824 bytes free) (HTTP 200)
next call: true
shutdown function: ran
