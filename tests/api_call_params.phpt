--TEST--
b24_call(): the body is exactly http_build_query($params) and emu.echo returns the params the server parsed
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

$cases = [
    'empty' => [],
    'flat' => ['ID' => 17, 'NAME' => 'Anna'],
    'nested' => [
        'fields' => [
            'TITLE' => 'Иван & Co = "best" 100%',
            'PHONE' => [['VALUE' => '+7 999 123-45-67', 'VALUE_TYPE' => 'WORK'], ['VALUE' => '8 800', 'VALUE_TYPE' => 'HOME']],
            'EMPTY' => [],
            'DEEP' => ['a' => ['b' => ['c' => ['d' => 'e']]]],
        ],
        'filter' => ['>ID' => 5, '%NAME' => 'a=b&c', '!=STATUS' => 'x'],
        'select' => ['ID', 'NAME', 'UF_*'],
        'order' => ['ID' => 'DESC'],
        'start' => 0,
    ],
    'scalars' => ['t' => true, 'f' => false, 'n' => null, 'i' => -42, 'fl' => 1.5, 'zero' => '0', 'empty' => ''],
    'keys' => [0 => 'zero', 5 => 'five', 'a b' => 'space', 'ключ' => 'значение', 'x[y]' => 'brackets', 'a.b' => 'dot'],
    'floats' => ['f' => 0.1, 'g' => 1e100, 'h' => -0.0, 'i' => 1/3, 'j' => 2.5e-7],
    'objects' => ['o' => (object) ['a' => 1, 'b' => ['c' => 'd']], 'ao' => new ArrayObject(['k' => 'v'])],
    'specials' => ['s' => "line1\nline2\ttab +plus /slash ?q #h ~tilde *star 'q' \\back", 'emoji' => '😀', 'nul' => "a\0b"],
];

foreach ($cases as $name => $params) {
    // PHP 8.5 deprecates object values in http_build_query(), and b24_call() says so too (it encodes with the
    // same function): what this test checks is the body, the same with either
    error_reporting($name === 'objects' ? E_ALL & ~E_DEPRECATED : E_ALL);
    $result = b24_call('emu.echo', $params, $emu->webhook);
    $sent = $emu->requests()[0]['body'];
    parse_str(http_build_query($params), $parsed);
    printf("%s: body %s, echo %s\n", $name,
        $sent === http_build_query($params, '', '&') ? 'same' : 'DIFFERENT: ' . $sent,
        $result === $parsed ? 'same' : 'DIFFERENT: ' . var_export($result, true));
    $emu->reset();
}

echo "-- one exact body\n";
b24_call('emu.echo', ['fields' => ['NAME' => 'a b', 'PHONE' => [['VALUE' => '+1']]], 'ok' => true], $emu->webhook);
b24t_wire($emu);
$emu->reset();

echo "-- arg_separator.output does not change the separator\n";
ini_set('arg_separator.output', '&amp;');
$result = b24_call('emu.echo', ['a' => 1, 'b' => [2, 3]], $emu->webhook);
b24t_wire($emu);
var_dump($result);

echo "-- the params array is not changed\n";
$params = ['a' => ['b' => 1]];
$ref = &$params['a']['b'];
b24_call('emu.echo', $params, $emu->webhook);
var_dump($params);
?>
--EXPECT--
empty: body same, echo same
flat: body same, echo same
nested: body same, echo same
scalars: body same, echo same
keys: body same, echo same
floats: body same, echo same
objects: body same, echo same
specials: body same, echo same
-- one exact body
POST /rest/1/wh0Secret7code/emu.echo.json fields%5BNAME%5D=a+b&fields%5BPHONE%5D%5B0%5D%5BVALUE%5D=%2B1&ok=1
-- arg_separator.output does not change the separator
POST /rest/1/wh0Secret7code/emu.echo.json a=1&b%5B0%5D=2&b%5B1%5D=3
array(2) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  array(2) {
    [0]=>
    string(1) "2"
    [1]=>
    string(1) "3"
  }
}
-- the params array is not changed
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    &int(1)
  }
}
