--TEST--
Wrong argument types are TypeErrors (strict_types), and nothing is sent
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);
ini_set('b24im.webhook_url', $emu->webhook);

// PHP 8.3 names the value of a wrong bool argument ("true given"), 8.2 its type ("bool given"): one wording here
ob_start(fn(string $out) => preg_replace('/, (true|false) given$/m', ', bool given', $out));

$calls = [
    fn() => b24_idle_start('x'),
    fn() => b24_idle_start('5'),
    fn() => b24_idle_start(1.5),
    fn() => b24_idle_start(null),
    fn() => b24_idle_start(10, 42),
    fn() => b24_idle_start(10, 1.5),
    fn() => b24_idle_start(10, true),
    fn() => b24_idle_start(10, new stdClass()),
    fn() => b24_idle_end(42),
    fn() => b24_idle_end(false),
    fn() => b24_status_get(42),
    fn() => b24_status_get(new ArrayObject([])),
    fn() => b24_status_set(null),
    fn() => b24_status_set(['online']),
    fn() => b24_status_set(1),
    fn() => b24_status_set('online', 42),
    fn() => b24_call([]),
    fn() => b24_call(null),
    fn() => b24_call(42),
    fn() => b24_call('emu.echo', 'a=1'),
    fn() => b24_call('emu.echo', null),
    fn() => b24_call('emu.echo', new ArrayObject(['a' => 1])),
    fn() => b24_call('emu.echo', [], 42),
    fn() => b24_call('emu.echo', [], STDIN),
    fn() => b24_status_get(['access_token' => 42, 'client_endpoint' => $GLOBALS['emu']->clientEndpoint]),
    fn() => b24_status_get(['access_token' => ['x'], 'client_endpoint' => $GLOBALS['emu']->clientEndpoint]),
    fn() => b24_status_get(['access_token' => true, 'client_endpoint' => $GLOBALS['emu']->clientEndpoint]),
    fn() => b24_status_get(['access_token' => 1.5, 'client_endpoint' => $GLOBALS['emu']->clientEndpoint]),
];
foreach ($calls as $call) {
    b24t_show($call);
}

echo "-- argument counts\n";
b24t_show(fn() => b24_last_response(1));
b24t_show(fn() => b24_status_set());
b24t_show(fn() => b24_call());
b24t_show(fn() => b24_idle_start(10, null, 1));
b24t_show(fn() => b24_idle_end(null, 1));
b24t_show(fn() => b24_status_get(null, 1));
b24t_show(fn() => b24_status_set('online', null, 1));
b24t_show(fn() => b24_call('emu.echo', [], null, 1));
var_dump($emu->requests());

echo "-- named arguments\n";
b24t_show(fn() => b24_call(method: 'emu.echo', params: ['a' => 1]));
b24t_show(fn() => b24_call('emu.echo', auth: $emu->webhook));
b24t_show(fn() => b24_status_set(status: 'dnd', auth: $emu->webhook));
b24t_show(fn() => b24_idle_start(auth: $emu->webhook, ago: 3));
b24t_show(fn() => b24_call('emu.echo', nope: 1));
b24t_wire($emu);
?>
--EXPECT--
TypeError: b24_idle_start(): Argument #1 ($ago) must be of type int, string given
TypeError: b24_idle_start(): Argument #1 ($ago) must be of type int, string given
TypeError: b24_idle_start(): Argument #1 ($ago) must be of type int, float given
TypeError: b24_idle_start(): Argument #1 ($ago) must be of type int, null given
TypeError: b24_idle_start(): Argument #2 ($auth) must be of type array|string|null, int given
TypeError: b24_idle_start(): Argument #2 ($auth) must be of type array|string|null, float given
TypeError: b24_idle_start(): Argument #2 ($auth) must be of type array|string|null, bool given
TypeError: b24_idle_start(): Argument #2 ($auth) must be of type array|string|null, stdClass given
TypeError: b24_idle_end(): Argument #1 ($auth) must be of type array|string|null, int given
TypeError: b24_idle_end(): Argument #1 ($auth) must be of type array|string|null, bool given
TypeError: b24_status_get(): Argument #1 ($auth) must be of type array|string|null, int given
TypeError: b24_status_get(): Argument #1 ($auth) must be of type array|string|null, ArrayObject given
TypeError: b24_status_set(): Argument #1 ($status) must be of type string, null given
TypeError: b24_status_set(): Argument #1 ($status) must be of type string, array given
TypeError: b24_status_set(): Argument #1 ($status) must be of type string, int given
TypeError: b24_status_set(): Argument #2 ($auth) must be of type array|string|null, int given
TypeError: b24_call(): Argument #1 ($method) must be of type string, array given
TypeError: b24_call(): Argument #1 ($method) must be of type string, null given
TypeError: b24_call(): Argument #1 ($method) must be of type string, int given
TypeError: b24_call(): Argument #2 ($params) must be of type array, string given
TypeError: b24_call(): Argument #2 ($params) must be of type array, null given
TypeError: b24_call(): Argument #2 ($params) must be of type array, ArrayObject given
TypeError: b24_call(): Argument #3 ($auth) must be of type array|string|null, int given
TypeError: b24_call(): Argument #3 ($auth) must be of type array|string|null, resource given
TypeError: b24_status_get(): Argument #1 ($auth) ["access_token"] must be of type string, int given
TypeError: b24_status_get(): Argument #1 ($auth) ["access_token"] must be of type string, array given
TypeError: b24_status_get(): Argument #1 ($auth) ["access_token"] must be of type string, bool given
TypeError: b24_status_get(): Argument #1 ($auth) ["access_token"] must be of type string, float given
-- argument counts
ArgumentCountError: b24_last_response() expects exactly 0 arguments, 1 given
ArgumentCountError: b24_status_set() expects at least 1 argument, 0 given
ArgumentCountError: b24_call() expects at least 1 argument, 0 given
ArgumentCountError: b24_idle_start() expects at most 2 arguments, 3 given
ArgumentCountError: b24_idle_end() expects at most 1 argument, 2 given
ArgumentCountError: b24_status_get() expects at most 1 argument, 2 given
ArgumentCountError: b24_status_set() expects at most 2 arguments, 3 given
ArgumentCountError: b24_call() expects at most 3 arguments, 4 given
array(0) {
}
-- named arguments
ok: array (
  'a' => '1',
)
ok: array (
)
ok: true
ok: true
Error: Unknown named parameter $nope
POST /rest/1/wh0Secret7code/emu.echo.json a=1
POST /rest/1/wh0Secret7code/emu.echo.json 
POST /rest/1/wh0Secret7code/im.user.status.set.json STATUS=dnd
POST /rest/1/wh0Secret7code/im.user.status.idle.start.json AGO=3
