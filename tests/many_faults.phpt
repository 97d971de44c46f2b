--TEST--
b24_call_many(): a portal that refuses (503 page) while the other answers; a 503 QUERY_LIMIT_EXCEEDED retried (unrun) and answered; a dropped connection mid-reply is an exception, not retried (it ran); a refused connection retried then an exception; each as b24_call() would have it
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
b24im.max_retries=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$a = b24t_emu_start(['onprem' => true]);
$b = b24t_emu_start(['onprem' => true]);
$closed = 'http://127.0.0.1:' . b24t_free_port() . '/rest/1/c0de/';
$page = ['status' => 503, 'headers' => ['Content-Type' => 'text/html'], 'body' => '<html>503 Service Unavailable</html>'];
$limit = ['status' => 503, 'body' => ['error' => 'QUERY_LIMIT_EXCEEDED', 'error_description' => 'Too many requests']];

function show(mixed $v): string
{
    return is_object($v) ? get_class($v) . ' [' . $v->getError() . '] ' . $v->getCode() . ': ' . $v->getMessage() : json_encode($v);
}
function single(callable $fn): string
{
    try {
        return show($fn());
    } catch (B24im\Exception $e) {
        return show($e);
    }
}

echo "-- one at a time, for reference\n";
$b->fault(['match' => 'im.user.status.get'] + $page);
$b->fault(['match' => 'profile'] + $limit);
$b->fault(['match' => 'user.get', 'truncate' => true]);
$want = [
    'page' => single(fn() => b24_call('im.user.status.get', [], $b->webhook)),
    'limit' => single(fn() => b24_call('profile', [], $b->webhook)),
    'drop' => single(fn() => b24_call('user.get', [], $b->webhook)),
    'closed' => single(fn() => b24_call('emu.echo', [], $closed)),
];
foreach ($want as $k => $v) {
    echo "$k: $v\n";
}
$b->reset();

echo "-- many at once\n";
$b->fault(['match' => 'im.user.status.get', 'times' => -1] + $page);
$b->fault(['match' => 'profile'] + $limit);
$b->fault(['match' => 'user.get', 'truncate' => true]);
$calls = ['page' => [$b->webhook, 'im.user.status.get'], 'limit' => [$b->webhook, 'profile'],
          'drop' => [$b->webhook, 'user.get'], 'closed' => [$closed, 'emu.echo']];
for ($i = 0; $i < 6; $i++) {
    $calls["a$i"] = [$a->webhook, 'emu.echo', ['i' => $i]];
}
$calls['page2'] = [$b->webhook, 'im.user.status.get'];
$r = b24_call_many($calls, 4);
foreach ($r as $k => $v) {
    $digits = fn(string $s) => preg_replace('/\d+/', 'N', $s); // byte counts and milliseconds vary
    $same = isset($want[$k]) ? ($digits(show($v)) === $digits($want[$k]) ? ' (as b24_call)' : ' (NOT as b24_call)') : '';
    echo "$k: ", show($v), "$same\n";
}
$methods = array_count_values(array_column($b->requests(), 'rest_method'));
ksort($methods);
echo "portal b got: ", json_encode($methods), "; portal a: ", count($a->requests()), "\n";
?>
--EXPECTF--
-- one at a time, for reference
page: B24im\TransportException [INVALID_JSON] 503: %s
limit: {"ID":"1",%s}
drop: B24im\TransportException [TRUNCATED_REPLY] 200: %s
closed: B24im\TransportException [CONNECT_FAILED] 0: %s
-- many at once
page: B24im\TransportException [INVALID_JSON] 503: %s (as b24_call)
limit: {"ID":"1",%s} (as b24_call)
drop: B24im\TransportException [TRUNCATED_REPLY] 200: %s (as b24_call)
closed: B24im\TransportException [CONNECT_FAILED] 0: %s (as b24_call)
a0: {"i":"0"}
a1: {"i":"1"}
a2: {"i":"2"}
a3: {"i":"3"}
a4: {"i":"4"}
a5: {"i":"5"}
page2: B24im\TransportException [INVALID_JSON] 503: %s
portal b got: {"im.user.status.get":2,"profile":2,"user.get":1}; portal a: 6
