--TEST--
INI b24im.max_response_size takes effect: a reply of exactly that many bytes passes, one byte more is RESPONSE_TOO_LARGE
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

$body = '{"result":"' . str_repeat('x', 1000) . '","time":{}}';
$size = strlen($body);
echo $size, "\n";
foreach ([$size, $size - 1, 100, 1, 1 << 20] as $limit) {
    ini_set('b24im.max_response_size', (string) $limit);
    $emu->fault(['match' => 'emu.echo', 'body' => $body]);
    try {
        $r = b24_call('emu.echo', [], $emu->webhook);
        echo "$limit: ok, ", strlen($r), " x\n";
    } catch (B24im\Exception $e) {
        printf("%d: %s [%s] %d: %s\n", $limit, get_class($e), $e->getError(), $e->getCode(), $e->getMessage());
    }
}

echo "-- the default is 32 MiB\n";
ini_restore('b24im.max_response_size');
var_dump(ini_get('b24im.max_response_size') === (string) (32 * 1024 * 1024));
b24t_show(fn() => count(b24_call('user.get', [], $emu->webhook)));
?>
--EXPECT--
1023
1023: ok, 1000 x
1022: B24im\TransportException [RESPONSE_TOO_LARGE] 200: emu.echo: RESPONSE_TOO_LARGE: the reply is larger than b24im.max_response_size (1022 bytes) (HTTP 200)
100: B24im\TransportException [RESPONSE_TOO_LARGE] 200: emu.echo: RESPONSE_TOO_LARGE: the reply is larger than b24im.max_response_size (100 bytes) (HTTP 200)
1: B24im\TransportException [RESPONSE_TOO_LARGE] 200: emu.echo: RESPONSE_TOO_LARGE: the reply is larger than b24im.max_response_size (1 bytes) (HTTP 200)
1048576: ok, 1000 x
-- the default is 32 MiB
bool(true)
ok: 50
