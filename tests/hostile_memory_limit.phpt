--TEST--
Hostile portal: a reply that memory_limit has no room for (a script already holding 12 MB of 32 MB, a 24 MB reply by Content-Length and chunked) is refused as it arrives with TransportException RESPONSE_TOO_LARGE naming memory_limit, not a fatal error; the next call works
--EXTENSIONS--
b24im
--INI--
memory_limit=32M
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$hostile = B24tHostile::start();
echo 'warm-up: ', var_export(b24_call('emu.echo', [], $hostile->webhook('ok')), true), "\n";
// What the application holds; under the default b24im.max_response_size (32 MiB), 24 MB is no reply too large
$held = str_repeat('h', 12 << 20);
foreach (['sized_length', 'sized_chunked'] as $case) {
    try {
        $r = b24_call('emu.echo', [], $hostile->webhook("$case-" . (24 << 20)));
        echo "$case: ok, ", strlen($r), " bytes\n";
    } catch (B24im\Exception $e) {
        printf("%s: %s [%s] %d: %s\n", $case, get_class($e), $e->getError(), $e->getCode(), $e->getMessage());
        echo str_contains($e->getMessage(), 'h0stileC0de') ? "message: has the webhook code\n" : "message: no webhook code\n";
    }
    echo 'next call: ', var_export(b24_call('emu.echo', [], $hostile->webhook('ok')), true), "\n";
}
$served = $hostile->served('sized_length-' . (24 << 20));
echo 'Content-Length: refused before 4 MB of 24 were sent: ', var_export($served[0]['sent_bytes'] < 4 << 20, true), "\n";
echo 'held: ', strlen($held), "\n";
?>
--EXPECTF--
warm-up: true
sized_length: B24im\TransportException [RESPONSE_TOO_LARGE] 200: emu.echo: RESPONSE_TOO_LARGE: the reply's 25165824 bytes (and as much again for their PHP values) do not fit in what memory_limit leaves (%d of 33554432 bytes free) (HTTP 200)
message: no webhook code
next call: true
sized_chunked: B24im\TransportException [RESPONSE_TOO_LARGE] 200: emu.echo: RESPONSE_TOO_LARGE: the reply grew to %d bytes, more than memory_limit leaves room for with their PHP values (%d of 33554432 bytes free) (HTTP 200)
message: no webhook code
next call: true
Content-Length: refused before 4 MB of 24 were sent: true
held: 12582912
