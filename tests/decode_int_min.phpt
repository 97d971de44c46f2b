--TEST--
Decoding: -9223372036854775808 (PHP_INT_MIN) stays int like json_decode gives it, and does not spoil the rest of the reply
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

function same(B24tEmu $emu, string $body): void
{
    $emu->fault(['match' => 'emu.echo', 'body' => $body]);
    try {
        $got = b24_call('emu.echo', [], $emu->webhook);
    } catch (B24im\Exception $e) {
        echo $body, ' => ', get_class($e), ' ', $e->getError(), "\n";
        return;
    }
    $want = json_decode($body, true, 512, JSON_THROW_ON_ERROR)['result'];
    echo $body, ' => ', str_replace("\n", ' ', var_export($got, true)), $got === $want ? '' : '   DIFFERS from json_decode', "\n";
}

same($emu, '{"result":-9223372036854775808}');
same($emu, '{"result":[-9223372036854775808,1,"x"]}');
same($emu, '{"result":{"min":-9223372036854775808,"max":9223372036854775807}}');
echo "-- beside the result: in time, total, next\n";
same($emu, '{"result":[1,2],"time":{"start":-9223372036854775808}}');
var_dump(b24_last_response()['time']);
same($emu, '{"result":"ok","total":-9223372036854775808,"next":5}');
var_dump(b24_last_response()['total'], b24_last_response()['next']);
?>
--EXPECT--
{"result":-9223372036854775808} => -9223372036854775807-1
{"result":[-9223372036854775808,1,"x"]} => array (   0 => -9223372036854775807-1,   1 => 1,   2 => 'x', )
{"result":{"min":-9223372036854775808,"max":9223372036854775807}} => array (   'min' => -9223372036854775807-1,   'max' => 9223372036854775807, )
-- beside the result: in time, total, next
{"result":[1,2],"time":{"start":-9223372036854775808}} => array (   0 => 1,   1 => 2, )
array(1) {
  ["start"]=>
  int(-9223372036854775808)
}
{"result":"ok","total":-9223372036854775808,"next":5} => 'ok'
int(-9223372036854775808)
int(5)
