--TEST--
b24_call(): a method name that is not ASCII letters, digits, "." and "_" is a ValueError and nothing is sent
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);
ini_set('b24im.webhook_url', $emu->webhook);

$bad = ['../x', 'a/b', 'a?b', 'a#b', 'a%2Fb', "a\0b", 'a b', 'a\\b', 'méthode', '', 'user.get/', '/user.get',
    'user.get?auth=x', 'a-b', 'a:b', "a\nb", "user.get\r\n", 'a&b=c', 'a+b', '@a', 'a;b', "\u{0430}", 'a.json?x', '.. '];
foreach ($bad as $method) {
    try {
        b24_call($method, ['x' => 1], $emu->webhook);
        echo json_encode($method), ": accepted\n";
    } catch (ValueError $e) {
        echo json_encode($method), ': ', $e->getMessage(), "\n";
    }
}
try {
    b24_call('a/b');                       // the ini endpoint: still refused before anything is sent
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump($emu->requests());

echo "-- valid names are sent as they are, with .json\n";
foreach (['emu.echo', 'EMU.ECHO', 'Emu.Echo', 'server.time', 'profile', 'a_b.c9', '9', 'no.such.method'] as $method) {
    b24t_show(fn() => is_array(b24_call($method, [], $emu->webhook)) ? 'array' : 'scalar');
}
b24t_wire($emu);
?>
--EXPECT--
"..\/x": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"a\/b": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"a?b": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"a#b": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"a%2Fb": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"a\u0000b": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"a b": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"a\\b": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"m\u00e9thode": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"user.get\/": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"\/user.get": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"user.get?auth=x": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"a-b": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"a:b": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"a\nb": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"user.get\r\n": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"a&b=c": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"a+b": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"@a": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"a;b": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"\u0430": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
"a.json?x": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
".. ": b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
b24_call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
array(0) {
}
-- valid names are sent as they are, with .json
ok: 'array'
ok: 'array'
ok: 'array'
ok: 'scalar'
ok: 'array'
B24im\ApiException [ERROR_METHOD_NOT_FOUND] 404: a_b.c9: ERROR_METHOD_NOT_FOUND: Method not found! (HTTP 404)
B24im\ApiException [ERROR_METHOD_NOT_FOUND] 404: 9: ERROR_METHOD_NOT_FOUND: Method not found! (HTTP 404)
B24im\ApiException [ERROR_METHOD_NOT_FOUND] 404: no.such.method: ERROR_METHOD_NOT_FOUND: Method not found! (HTTP 404)
POST /rest/1/wh0Secret7code/emu.echo.json 
POST /rest/1/wh0Secret7code/EMU.ECHO.json 
POST /rest/1/wh0Secret7code/Emu.Echo.json 
POST /rest/1/wh0Secret7code/server.time.json 
POST /rest/1/wh0Secret7code/profile.json 
POST /rest/1/wh0Secret7code/a_b.c9.json 
POST /rest/1/wh0Secret7code/9.json 
POST /rest/1/wh0Secret7code/no.such.method.json 
