--TEST--
Decoding: nesting is limited as json_decode($body, true) limits it (depth 512 for the whole body): 511 levels decode, 512 are INVALID_JSON
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

// The body's own object is one level; the result adds $levels - 1 more.
foreach ([100, 510, 511, 512, 513, 2000] as $levels) {
    $body = '{"result":' . str_repeat('[', $levels - 1) . str_repeat(']', $levels - 1) . '}';
    $php = json_decode($body, true) === null ? preg_replace('/ near location \d+:\d+$/', '', json_last_error_msg()) /* 8.6 adds where */ : 'decoded';
    $emu->fault(['match' => 'emu.echo', 'body' => $body]);
    try {
        $got = b24_call('emu.echo', [], $emu->webhook);
        $depth = 0;
        for ($v = $got; is_array($v) && $v; $v = $v[0]) {
            $depth++;
        }
        echo "$levels levels: result nested ", $depth + 1, " deep (json_decode: $php)\n";
    } catch (B24im\Exception $e) {
        printf("%d levels: %s [%s] (json_decode: %s)\n", $levels, get_class($e), $e->getError(), $php);
    }
}
?>
--EXPECT--
100 levels: result nested 99 deep (json_decode: decoded)
510 levels: result nested 509 deep (json_decode: decoded)
511 levels: result nested 510 deep (json_decode: decoded)
512 levels: B24im\TransportException [INVALID_JSON] (json_decode: Maximum stack depth exceeded)
513 levels: B24im\TransportException [INVALID_JSON] (json_decode: Maximum stack depth exceeded)
2000 levels: B24im\TransportException [INVALID_JSON] (json_decode: Maximum stack depth exceeded)
