--TEST--
b24_call_many(): a malformed element is a TypeError/ValueError naming its key before anything is sent (the emulator's log stays empty), whatever its place; $concurrency outside 1..1000 a ValueError naming it; the signature
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);
$ok = [$emu->webhook, 'emu.echo', ['n' => 1]];
$unconstructed = (new ReflectionClass(B24im\Client::class))->newInstanceWithoutConstructor();
$bad = [
    'not an array' => 'emu.echo',
    'empty' => [],
    'one part' => [$emu->webhook],
    'four parts' => [$emu->webhook, 'emu.echo', [], 1],
    'named parts' => ['auth' => $emu->webhook, 'method' => 'emu.echo'],
    'method not a string' => [$emu->webhook, 42],
    'method malformed' => [$emu->webhook, 'emu echo/../x'],
    'params not an array' => [$emu->webhook, 'emu.echo', 'n=1'],
    'auth an int' => [5, 'emu.echo'],
    'auth another object' => [new stdClass, 'emu.echo'],
    'auth an unconstructed Client' => [$unconstructed, 'emu.echo'],
    'auth an empty string' => ['', 'emu.echo'],
    'auth not a webhook' => ['https://example.com/', 'emu.echo'],
    'auth array, domain not a string' => [['access_token' => 'x', 'domain' => 1], 'emu.echo'],
];
foreach ($bad as $what => $element) {
    echo "$what: ";
    b24t_show(fn() => b24_call_many(['fine' => $ok, 3 => $ok, $what => $element, 'after' => $ok]));
}
echo "an int key: ";
b24t_show(fn() => b24_call_many([$ok, $ok, 'x' => $ok, 9 => [$emu->webhook, null]]));
foreach ([0, -1, 1001, PHP_INT_MIN] as $n) {
    echo "concurrency $n: ";
    b24t_show(fn() => b24_call_many([$ok], $n));
}
echo "requests sent: ", count($emu->requests()), "\n";
echo "concurrency 1000 and 1 work: ", json_encode(b24_call_many(['a' => $ok], 1000)), json_encode(b24_call_many([$ok], 1)), "\n";
echo new ReflectionFunction('b24_call_many');
$p = (new ReflectionFunction('b24_call_many'))->getParameters()[0];
echo '$calls: #[', implode(', ', array_map(fn($a) => $a->getName(), $p->getAttributes())), "]\n";
?>
--EXPECT--
not an array: TypeError: b24_call_many(): Argument #1 ($calls) ["not an array"] must be of type array, string given
empty: ValueError: b24_call_many(): Argument #1 ($calls) ["empty"] must be a list [$auth, $method] or [$auth, $method, $params]
one part: ValueError: b24_call_many(): Argument #1 ($calls) ["one part"] must be a list [$auth, $method] or [$auth, $method, $params]
four parts: ValueError: b24_call_many(): Argument #1 ($calls) ["four parts"] must be a list [$auth, $method] or [$auth, $method, $params]
named parts: ValueError: b24_call_many(): Argument #1 ($calls) ["named parts"] must be a list [$auth, $method] or [$auth, $method, $params]
method not a string: TypeError: b24_call_many(): Argument #1 ($calls) ["method not a string"][1] must be of type string, int given
method malformed: ValueError: b24_call_many(): Argument #1 ($calls) ["method malformed"][1] must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
params not an array: TypeError: b24_call_many(): Argument #1 ($calls) ["params not an array"][2] must be of type array, string given
auth an int: TypeError: b24_call_many(): Argument #1 ($calls) ["auth an int"][0] must be of type B24im\Client|array|string|null, int given
auth another object: TypeError: b24_call_many(): Argument #1 ($calls) ["auth another object"][0] must be of type B24im\Client|array|string|null, stdClass given
auth an unconstructed Client: ValueError: b24_call_many(): Argument #1 ($calls) ["auth an unconstructed Client"][0] must be a constructed B24im\Client
auth an empty string: ValueError: b24_call_many(): Argument #1 ($calls) ["auth an empty string"][0] must not be empty: pass a webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
auth not a webhook: ValueError: b24_call_many(): Argument #1 ($calls) ["auth not a webhook"][0] must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
auth array, domain not a string: TypeError: b24_call_many(): Argument #1 ($calls) ["auth array, domain not a string"][0]["domain"] must be of type string, int given
an int key: TypeError: b24_call_many(): Argument #1 ($calls) [9][1] must be of type string, null given
concurrency 0: ValueError: b24_call_many(): Argument #2 ($concurrency) must be between 1 and 1000
concurrency -1: ValueError: b24_call_many(): Argument #2 ($concurrency) must be between 1 and 1000
concurrency 1001: ValueError: b24_call_many(): Argument #2 ($concurrency) must be between 1 and 1000
concurrency -9223372036854775808: ValueError: b24_call_many(): Argument #2 ($concurrency) must be between 1 and 1000
requests sent: 0
concurrency 1000 and 1 work: {"a":{"n":"1"}}[{"n":"1"}]
Function [ <internal:b24im> function b24_call_many ] {

  - Parameters [2] {
    Parameter #0 [ <required> array $calls ]
    Parameter #1 [ <optional> int $concurrency = 32 ]
  }
  - Return [ array ]
}
$calls: #[SensitiveParameter]
