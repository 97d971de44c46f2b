--TEST--
Decoding: an object key holding \u0000 keeps its NUL and what follows, as json_decode($body, true) gives it
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

foreach (['{"a\u0000b":1}', '{"\u0000":1,"":2}', '{"x\u0000":1,"x":2}', '{"\u0000abc":{"k\u0000":"v\u0000"}}'] as $result) {
    $body = '{"result":' . $result . '}';
    $emu->fault(['match' => 'emu.echo', 'body' => $body]);
    $got = b24_call('emu.echo', [], $emu->webhook);
    $want = json_decode($body, true)['result'];
    echo $result, ' => keys ', json_encode(array_map('bin2hex', array_keys($got))), $got === $want ? '' : '   DIFFERS from json_decode: keys ' . json_encode(array_map('bin2hex', array_keys($want))), "\n";
}
?>
--EXPECT--
{"a\u0000b":1} => keys ["610062"]
{"\u0000":1,"":2} => keys ["00",""]
{"x\u0000":1,"x":2} => keys ["7800","78"]
{"\u0000abc":{"k\u0000":"v\u0000"}} => keys ["00616263"]
