--TEST--
Decoding: objects, arrays, keys, duplicates, empties and null come back exactly as json_decode($body, true) gives them
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

function same(B24tEmu $emu, string $result, ?string $label = null): void
{
    $body = '{"result":' . $result . ',"time":{"start":1.5}}';
    $emu->fault(['match' => 'emu.echo', 'body' => $body]);
    $got = b24_call('emu.echo', [], $emu->webhook);
    $want = json_decode($body, true, 512, JSON_THROW_ON_ERROR)['result'];
    $exact = $got === $want && var_export($got, true) === var_export($want, true);
    echo $label ?? $result, ' => ', str_replace("\n", ' ', var_export($got, true)), $exact ? '' : '   DIFFERS from json_decode: ' . var_export($want, true), "\n";
}

echo "-- objects become arrays\n";
same($emu, '{"ID":"17","NAME":"Anna","ACTIVE":true}');
same($emu, '{"a":{"b":{"c":{"d":[]}}}}');
same($emu, '[{"ID":"1"},{"ID":"2","X":[1,[2,[3,{"y":null}]]]}]');
echo "-- numeric string keys become int keys, others stay strings\n";
same($emu, '{"17":"a","0":"b","-5":"c","9223372036854775807":"d"}');
same($emu, '{"017":"a","1.5":"b","1e3":"c"," 1":"d","-0":"e","9223372036854775808":"f","+1":"g"}');
same($emu, '{"":"empty key","_empty_":"x"}');
same($emu, '{"2":"two","1":"one","0":"zero"}');
echo "-- duplicate keys: the last value wins, in the first one's place\n";
same($emu, '{"a":1,"b":2,"a":3}');
same($emu, '{"1":"x","01":"y","1":"z"}');
same($emu, '{"a":{"x":1},"a":[2]}');
echo "-- empty object and empty array are both []\n";
same($emu, '{}');
same($emu, '[]');
same($emu, '{"o":{},"a":[],"n":[{}]}');
echo "-- scalars\n";
same($emu, 'null');
same($emu, 'true');
same($emu, 'false');
same($emu, '0');
same($emu, '""');
same($emu, '"text"');
same($emu, '[null,true,false,0,"",[],{}]');
echo "-- whitespace around and inside\n";
same($emu, " \n\t{ \"a\" : [ 1 , 2 ] ,\r\n \"b\" : { } } \n", '(whitespace)');
?>
--EXPECT--
-- objects become arrays
{"ID":"17","NAME":"Anna","ACTIVE":true} => array (   'ID' => '17',   'NAME' => 'Anna',   'ACTIVE' => true, )
{"a":{"b":{"c":{"d":[]}}}} => array (   'a' =>    array (     'b' =>      array (       'c' =>        array (         'd' =>          array (         ),       ),     ),   ), )
[{"ID":"1"},{"ID":"2","X":[1,[2,[3,{"y":null}]]]}] => array (   0 =>    array (     'ID' => '1',   ),   1 =>    array (     'ID' => '2',     'X' =>      array (       0 => 1,       1 =>        array (         0 => 2,         1 =>          array (           0 => 3,           1 =>            array (             'y' => NULL,           ),         ),       ),     ),   ), )
-- numeric string keys become int keys, others stay strings
{"17":"a","0":"b","-5":"c","9223372036854775807":"d"} => array (   17 => 'a',   0 => 'b',   -5 => 'c',   9223372036854775807 => 'd', )
{"017":"a","1.5":"b","1e3":"c"," 1":"d","-0":"e","9223372036854775808":"f","+1":"g"} => array (   '017' => 'a',   '1.5' => 'b',   '1e3' => 'c',   ' 1' => 'd',   '-0' => 'e',   '9223372036854775808' => 'f',   '+1' => 'g', )
{"":"empty key","_empty_":"x"} => array (   '' => 'empty key',   '_empty_' => 'x', )
{"2":"two","1":"one","0":"zero"} => array (   2 => 'two',   1 => 'one',   0 => 'zero', )
-- duplicate keys: the last value wins, in the first one's place
{"a":1,"b":2,"a":3} => array (   'a' => 3,   'b' => 2, )
{"1":"x","01":"y","1":"z"} => array (   1 => 'z',   '01' => 'y', )
{"a":{"x":1},"a":[2]} => array (   'a' =>    array (     0 => 2,   ), )
-- empty object and empty array are both []
{} => array ( )
[] => array ( )
{"o":{},"a":[],"n":[{}]} => array (   'o' =>    array (   ),   'a' =>    array (   ),   'n' =>    array (     0 =>      array (     ),   ), )
-- scalars
null => NULL
true => true
false => false
0 => 0
"" => ''
"text" => 'text'
[null,true,false,0,"",[],{}] => array (   0 => NULL,   1 => true,   2 => false,   3 => 0,   4 => '',   5 =>    array (   ),   6 =>    array (   ), )
-- whitespace around and inside
(whitespace) => array (   'a' =>    array (     0 => 1,     1 => 2,   ),   'b' =>    array (   ), )
