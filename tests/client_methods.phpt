--TEST--
B24im\Client methods: call, batch, idleStart, idleEnd, statusGet, statusSet, lastResponse, auth, onTokenRefresh (returns the same object); arguments checked before anything is sent
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$opts = ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir()];

foreach (['webhook' => $emu->webhook, 'oauth' => ['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint]] as $kind => $auth) {
    echo "== $kind\n";
    $c = new B24im\Client($auth, $opts);
    var_dump($c->lastResponse());
    b24t_show(fn() => $c->statusSet('dnd'));
    b24t_show(fn() => $c->statusGet());
    b24t_show(fn() => $c->idleStart());
    b24t_show(fn() => $c->idleStart(25));
    b24t_show(fn() => $c->idleEnd());
    b24t_show(fn() => $c->call('emu.echo', ['a' => 1, 'b' => ['x' => 'y z']]));
    b24t_show(fn() => $c->call('server.time') !== '');
    b24t_show(fn() => $c->batch(['s' => 'im.user.status.get', 'e' => ['emu.echo', ['k' => 'v']]])['result']);
    $emu->setStatus(null);
    b24t_show(fn() => $c->statusGet());
    $last = $c->lastResponse();
    echo $last['method'], ' ', $last['http_status'], ' ', implode(',', array_keys($last)), "\n";
    b24t_show(fn() => $c->auth() === $auth);
    $same = $c->onTokenRefresh(fn(array $a) => null);
    var_dump($same === $c);
    var_dump($c->onTokenRefresh(null) === $c);
    var_dump($c->onTokenRefresh('var_dump') === $c);
    $emu->setStatus('online');
    b24t_wire($emu);
    $emu->reset();
}

echo "== bad arguments: nothing is sent\n";
$c = new B24im\Client($emu->webhook, $opts);
b24t_show(fn() => $c->idleStart(0));
b24t_show(fn() => $c->statusSet('busy'));
b24t_show(fn() => $c->statusSet('DND'));
b24t_show(fn() => $c->call('im.user/status.get'));
b24t_show(fn() => $c->call(''));
b24t_show(fn() => $c->call('emu.echo', 'x'));
b24t_show(fn() => $c->onTokenRefresh('no_such_function'));
b24t_show(fn() => $c->onTokenRefresh());
b24t_show(fn() => $c->batch('x'));
b24t_show(fn() => $c->idleEnd(1));
echo count($emu->requests()), " requests\n";
?>
--EXPECT--
== webhook
NULL
ok: true
ok: 'dnd'
ok: true
ok: true
ok: true
ok: array (
  'a' => '1',
  'b' => 
  array (
    'x' => 'y z',
  ),
)
ok: true
ok: array (
  's' => 'dnd',
  'e' => 
  array (
    'k' => 'v',
  ),
)
ok: NULL
im.user.status.get 200 method,http_status,total,next,time,url
ok: true
bool(true)
bool(true)
bool(true)
POST /rest/1/wh0Secret7code/im.user.status.set.json STATUS=dnd
POST /rest/1/wh0Secret7code/im.user.status.get.json 
POST /rest/1/wh0Secret7code/im.user.status.idle.start.json AGO=10
POST /rest/1/wh0Secret7code/im.user.status.idle.start.json AGO=25
POST /rest/1/wh0Secret7code/im.user.status.idle.end.json 
POST /rest/1/wh0Secret7code/emu.echo.json a=1&b%5Bx%5D=y+z
POST /rest/1/wh0Secret7code/server.time.json 
POST /rest/1/wh0Secret7code/batch.json halt=0&cmd%5Bs%5D=im.user.status.get&cmd%5Be%5D=emu.echo%3Fk%3Dv
POST /rest/1/wh0Secret7code/im.user.status.get.json 
== oauth
NULL
ok: true
ok: 'dnd'
ok: true
ok: true
ok: true
ok: array (
  'a' => '1',
  'b' => 
  array (
    'x' => 'y z',
  ),
)
ok: true
ok: array (
  's' => 'dnd',
  'e' => 
  array (
    'k' => 'v',
  ),
)
ok: NULL
im.user.status.get 200 method,http_status,total,next,time,url
ok: true
bool(true)
bool(true)
bool(true)
POST /rest/im.user.status.set.json STATUS=dnd&auth=tok3nSecret9access
POST /rest/im.user.status.get.json auth=tok3nSecret9access
POST /rest/im.user.status.idle.start.json AGO=10&auth=tok3nSecret9access
POST /rest/im.user.status.idle.start.json AGO=25&auth=tok3nSecret9access
POST /rest/im.user.status.idle.end.json auth=tok3nSecret9access
POST /rest/emu.echo.json a=1&b%5Bx%5D=y+z&auth=tok3nSecret9access
POST /rest/server.time.json auth=tok3nSecret9access
POST /rest/batch.json halt=0&cmd%5Bs%5D=im.user.status.get&cmd%5Be%5D=emu.echo%3Fk%3Dv&auth=tok3nSecret9access
POST /rest/im.user.status.get.json auth=tok3nSecret9access
== bad arguments: nothing is sent
ValueError: B24im\Client::idleStart(): Argument #1 ($ago) must be greater than or equal to 1 (minutes since the user went idle)
ValueError: B24im\Client::statusSet(): Argument #1 ($status) must be one of "online", "dnd", "away" or "break"
ValueError: B24im\Client::statusSet(): Argument #1 ($status) must be one of "online", "dnd", "away" or "break"
ValueError: B24im\Client::call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
ValueError: B24im\Client::call(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
TypeError: B24im\Client::call(): Argument #2 ($params) must be of type array, string given
TypeError: B24im\Client::onTokenRefresh(): Argument #1 ($handler) must be a valid callback or null, function "no_such_function" not found or invalid function name
ArgumentCountError: B24im\Client::onTokenRefresh() expects exactly 1 argument, 0 given
TypeError: B24im\Client::batch(): Argument #1 ($commands) must be of type array, string given
ArgumentCountError: B24im\Client::idleEnd() expects exactly 0 arguments, 1 given
0 requests
