--TEST--
Decoding: an integer beyond the int range in the same reply as long fractions, long exponents and digit strings: all as json_decode gives them
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

function same(B24tEmu $emu, string $result): void
{
    $body = '{"result":' . $result . ',"time":{}}';
    $emu->fault(['match' => 'emu.echo', 'body' => $body]);
    try {
        $got = b24_call('emu.echo', [], $emu->webhook);
    } catch (B24im\Exception $e) {
        echo $result, ' => ', get_class($e), ' ', $e->getError(), "\n";
        return;
    }
    $want = json_decode($body, true, 512, JSON_THROW_ON_ERROR)['result'];
    echo $result, ' => ', str_replace("\n", ' ', var_export($got, true)), $got === $want ? '' : '   DIFFERS from json_decode', "\n";
}

echo "-- digit strings and keys are left alone\n";
same($emu, '[18446744073709551616,"99999999999999999999","x\"99999999999999999999\\\\",{"99999999999999999999":1}]');
echo "-- fractions of 20 digits or more\n";
same($emu, '[18446744073709551616,3.14159265358979323846]');
same($emu, '[0.12345678901234567890123,99999999999999999999]');
same($emu, '{"a":-99999999999999999999,"b":-1.00000000000000000000001}');
echo "-- exponents of 20 digits or more\n";
same($emu, '[1e-99999999999999999999,99999999999999999999]');
same($emu, '[99999999999999999999,1E+00000000000000000001]');
echo "-- PHP_INT_MIN beside a long fraction\n";
same($emu, '[-9223372036854775808,0.123456789012345678901]');
?>
--EXPECT--
-- digit strings and keys are left alone
[18446744073709551616,"99999999999999999999","x\"99999999999999999999\\",{"99999999999999999999":1}] => array (   0 => 1.8446744073709552E+19,   1 => '99999999999999999999',   2 => 'x"99999999999999999999\\',   3 =>    array (     '99999999999999999999' => 1,   ), )
-- fractions of 20 digits or more
[18446744073709551616,3.14159265358979323846] => array (   0 => 1.8446744073709552E+19,   1 => 3.141592653589793, )
[0.12345678901234567890123,99999999999999999999] => array (   0 => 0.12345678901234568,   1 => 1.0E+20, )
{"a":-99999999999999999999,"b":-1.00000000000000000000001} => array (   'a' => -1.0E+20,   'b' => -1.0, )
-- exponents of 20 digits or more
[1e-99999999999999999999,99999999999999999999] => array (   0 => 0.0,   1 => 1.0E+20, )
[99999999999999999999,1E+00000000000000000001] => array (   0 => 1.0E+20,   1 => 10.0, )
-- PHP_INT_MIN beside a long fraction
[-9223372036854775808,0.123456789012345678901] => array (   0 => -9223372036854775807-1,   1 => 0.12345678901234568, )
