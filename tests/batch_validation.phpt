--TEST--
Batch: command method names are checked like b24_call's, and each command's shape; a bad one is a ValueError naming its id, and nothing at all is sent (even when it is the 101st)
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$c = new B24im\Client($emu->webhook, ['rate_limit' => 0, 'state_dir' => b24t_state_dir()]);

$bad = [
    'space' => ['im.user status.get'],
    'slash' => 'im.user.status.get/../../x',
    'query only' => '?STATUS=away',
    'empty' => '',
    'empty method' => ['', ['a' => 1]],
    'unicode' => ['im.user.stätus.get'],
    'too long' => [str_repeat('a', 129)],
    'no method' => [],
    'named keys' => ['method' => 'im.user.status.get', 'params' => []],
    'params not an array' => ['emu.echo', 'a=1'],
    'three items' => ['emu.echo', [], true],
    'method not a string' => [42, []],
    'an int' => 5,
    'null' => null,
    'an object' => new stdClass(),
    17 => 'bad method',
];
foreach ($bad as $id => $command) {
    b24t_show(fn() => $c->batch(['ok' => 'server.time', $id => $command, 'after' => 'server.time']));
}
echo "-- the 101st command is bad: not even the first chunk goes\n";
$commands = array_fill(0, 100, 'server.time');
$commands[100] = 'im.user.status.get?';
$commands[101] = 'bad name?x=1';
b24t_show(fn() => $c->batch($commands));
b24t_show(fn() => $c->batch($commands, true));
b24t_show(fn() => b24_batch(['x' => 'bad name'], false, $emu->webhook));
echo count($emu->requests()), " requests\n";

echo "-- 128 characters, digits, dots and underscores pass the check (the portal answers for the method)\n";
$r = $c->batch(['long' => [str_repeat('a', 128)], 'chars' => 'Im.User_Status.GET', 'digits' => ['x1.y2_z3', []]]);
echo json_encode($r['error']), ' ', json_encode($r['result']), "\n";
echo count($emu->requests()), " request\n";
?>
--EXPECT--
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "space" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "slash" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "query only" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "empty" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "empty method" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "unicode" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "too long" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "no method" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "named keys" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "params not an array" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "three items" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "method not a string" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "an int" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "null" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "an object" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "17" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
-- the 101st command is bad: not even the first chunk goes
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "101" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "101" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
ValueError: b24_batch(): Argument #1 ($commands) command "x" must be [method, params] or "method?query", with a method name of ASCII letters, digits, "." and "_"
0 requests
-- 128 characters, digits, dots and underscores pass the check (the portal answers for the method)
{"long":{"error":"ERROR_METHOD_NOT_FOUND","error_description":"Method not found!"},"chars":{"error":"ERROR_METHOD_NOT_FOUND","error_description":"Method not found!"},"digits":{"error":"ERROR_METHOD_NOT_FOUND","error_description":"Method not found!"}} []
1 request
