--TEST--
b24_list() cursors: one taken from another method, portal, filter, select, key or strategy, or altered, is a ValueError naming $options['cursor']; a cursor holds no secret
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
ini_set('b24im.allow_http', '1');
ini_set('b24im.rate_limit', '0');
ini_set('b24im.state_dir', b24t_state_dir());

$it = b24_list('user.get', ['ADMIN_MODE' => 'Y'], $emu->webhook, ['strategy' => 'offset']);
foreach ($it as $k => $user) {
    if ($k === 6) {
        $cursor = $it->cursor();
        break;
    }
}
printf("a cursor of %d characters, the webhook code in it: %s, the portal in it: %s\n", strlen($cursor),
    var_export(str_contains($cursor, $emu->code), true), var_export(str_contains($cursor, '127.0.0.1'), true));
$oauth = ['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint];
$other = str_replace('127.0.0.1', 'localhost', $emu->webhook);
$flip = fn (string $s, int $at) => substr_replace($s, $s[$at] === '0' ? '1' : '0', $at, 1);
$cases = [
    'the same list' => ['user.get', ['ADMIN_MODE' => 'Y'], $emu->webhook, []],
    'the same list, method in another case' => ['USER.get', ['ADMIN_MODE' => 'Y'], $emu->webhook, []],
    'the same portal through OAuth' => ['user.get', ['ADMIN_MODE' => 'Y'], $oauth, []],
    'another method' => ['crm.deal.list', ['ADMIN_MODE' => 'Y'], $emu->webhook, []],
    'another portal' => ['user.get', ['ADMIN_MODE' => 'Y'], $other, []],
    'another filter' => ['user.get', ['ADMIN_MODE' => 'Y', 'FILTER' => ['ACTIVE' => true]], $emu->webhook, []],
    'no params' => ['user.get', [], $emu->webhook, []],
    'a key' => ['user.get', ['ADMIN_MODE' => 'Y'], $emu->webhook, ['key' => 'users']],
    'the keyset strategy' => ['user.get', ['ADMIN_MODE' => 'Y'], $emu->webhook, ['strategy' => 'keyset']],
    'a position changed' => ['user.get', ['ADMIN_MODE' => 'Y'], $emu->webhook, ['cursor' => $flip($cursor, 1)]],
    'the check changed' => ['user.get', ['ADMIN_MODE' => 'Y'], $emu->webhook, ['cursor' => $flip($cursor, strlen($cursor) - 1)]],
    'cut short' => ['user.get', ['ADMIN_MODE' => 'Y'], $emu->webhook, ['cursor' => substr($cursor, 0, -1)]],
    'longer' => ['user.get', ['ADMIN_MODE' => 'Y'], $emu->webhook, ['cursor' => $cursor . '0']],
    'empty' => ['user.get', ['ADMIN_MODE' => 'Y'], $emu->webhook, ['cursor' => '']],
    'binary' => ['user.get', ['ADMIN_MODE' => 'Y'], $emu->webhook, ['cursor' => "o7.\0\xff"]],
];
foreach ($cases as $what => [$method, $params, $auth, $options]) {
    $options += ['strategy' => 'offset', 'cursor' => $cursor];
    try {
        $it = b24_list($method, $params, $auth, $options);
        printf("%s: accepted, resumes at %s\n", $what, $it->current()['ID']);
    } catch (ValueError $e) {
        printf("%s: %s: %s\n", $what, get_class($e), $e->getMessage());
    }
}
?>
--EXPECT--
a cursor of 19 characters, the webhook code in it: false, the portal in it: false
the same list: accepted, resumes at 8
the same list, method in another case: accepted, resumes at 8
the same portal through OAuth: accepted, resumes at 8
another method: ValueError: b24_list(): Argument #4 ($options) ["cursor"] is not a cursor of this list: it comes from another method, portal, filter, order, select or key, or was altered
another portal: ValueError: b24_list(): Argument #4 ($options) ["cursor"] is not a cursor of this list: it comes from another method, portal, filter, order, select or key, or was altered
another filter: ValueError: b24_list(): Argument #4 ($options) ["cursor"] is not a cursor of this list: it comes from another method, portal, filter, order, select or key, or was altered
no params: ValueError: b24_list(): Argument #4 ($options) ["cursor"] is not a cursor of this list: it comes from another method, portal, filter, order, select or key, or was altered
a key: ValueError: b24_list(): Argument #4 ($options) ["cursor"] is not a cursor of this list: it comes from another method, portal, filter, order, select or key, or was altered
the keyset strategy: ValueError: b24_list(): Argument #4 ($options) ["cursor"] is not a cursor of this list: it comes from another method, portal, filter, order, select or key, or was altered
a position changed: ValueError: b24_list(): Argument #4 ($options) ["cursor"] is not a cursor of this list: it comes from another method, portal, filter, order, select or key, or was altered
the check changed: ValueError: b24_list(): Argument #4 ($options) ["cursor"] is not a cursor of this list: it comes from another method, portal, filter, order, select or key, or was altered
cut short: ValueError: b24_list(): Argument #4 ($options) ["cursor"] is not a cursor of this list: it comes from another method, portal, filter, order, select or key, or was altered
longer: ValueError: b24_list(): Argument #4 ($options) ["cursor"] is not a cursor of this list: it comes from another method, portal, filter, order, select or key, or was altered
empty: ValueError: b24_list(): Argument #4 ($options) ["cursor"] is not a cursor of this list: it comes from another method, portal, filter, order, select or key, or was altered
binary: ValueError: b24_list(): Argument #4 ($options) ["cursor"] is not a cursor of this list: it comes from another method, portal, filter, order, select or key, or was altered
