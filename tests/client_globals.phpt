--TEST--
The 0.1 global functions keep working beside B24im\Client objects, with the INI's settings (a client's options don't leak into them)
--EXTENSIONS--
b24im
--INI--
b24im.rate_limit=0
b24im.allow_http=1
b24im.user_agent=global-ua/1
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
ini_set('b24im.webhook_url', $emu->webhook);
$oauth = ['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint];

$c = new B24im\Client($emu->webhook, ['user_agent' => 'client-ua/2', 'rate_limit' => 0, 'state_dir' => b24t_state_dir()]);
b24t_show(fn() => b24_status_set('break'));
b24t_show(fn() => $c->statusGet());
b24t_show(fn() => b24_status_get());
b24t_show(fn() => b24_idle_start(5));
b24t_show(fn() => $c->idleEnd());
b24t_show(fn() => b24_idle_end());
b24t_show(fn() => b24_call('emu.echo', ['g' => 1]));
b24t_show(fn() => b24_call('emu.echo', ['o' => 1], $oauth));
b24t_show(fn() => $c->call('emu.echo', ['c' => 1]));
b24t_show(fn() => b24_status_get($oauth));
b24t_show(fn() => b24_batch(['x' => 'emu.echo?y=1'])['result']);
echo b24_last_response()['method'], ' ', $c->lastResponse()['method'], "\n";
foreach ($emu->requests() as $r) {
    echo $r['headers']['user-agent'], ' ', $r['path'], ' ', $r['body'], "\n";
}
?>
--EXPECT--
ok: true
ok: 'break'
ok: 'break'
ok: true
ok: true
ok: true
ok: array (
  'g' => '1',
)
ok: array (
  'o' => '1',
)
ok: array (
  'c' => '1',
)
ok: 'break'
ok: array (
  'x' => 
  array (
    'y' => '1',
  ),
)
batch emu.echo
global-ua/1 /rest/1/wh0Secret7code/im.user.status.set.json STATUS=break
client-ua/2 /rest/1/wh0Secret7code/im.user.status.get.json 
global-ua/1 /rest/1/wh0Secret7code/im.user.status.get.json 
global-ua/1 /rest/1/wh0Secret7code/im.user.status.idle.start.json AGO=5
client-ua/2 /rest/1/wh0Secret7code/im.user.status.idle.end.json 
global-ua/1 /rest/1/wh0Secret7code/im.user.status.idle.end.json 
global-ua/1 /rest/1/wh0Secret7code/emu.echo.json g=1
global-ua/1 /rest/emu.echo.json o=1&auth=tok3nSecret9access
client-ua/2 /rest/1/wh0Secret7code/emu.echo.json c=1
global-ua/1 /rest/im.user.status.get.json auth=tok3nSecret9access
global-ua/1 /rest/1/wh0Secret7code/batch.json halt=0&cmd%5Bx%5D=emu.echo%3Fy%3D1
