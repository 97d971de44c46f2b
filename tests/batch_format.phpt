--TEST--
Batch: id => [method, params] and id => "method?query" commands; the exact wire format (cmd[id] = method?query encoded once more as a form value, halt 0/1, a command without params as its bare method name); the return shape with empty parts as []
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$c = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir()]);

$r = $c->batch([
    'set' => ['im.user.status.set', ['STATUS' => 'dnd']],
    'get' => ['im.user.status.get'],
    'bare' => ['im.user.status.idle.end', []],
    'str' => 'emu.echo?q=%20z&r[]=1',
    'nested' => ['emu.echo', ['x' => 'a b&c=d', 'arr' => [1, 2], 'u' => 'Жюль', 'k' => ['a' => ['b' => '%']]]],
    7 => 'server.time',
]);
echo "-- on the wire\n";
$req = $emu->requests()[0];
echo $req['http_method'], ' ', $req['path'], ' ', $req['headers']['content-type'], "\n";
foreach (explode('&', $req['body']) as $pair) {
    echo "  $pair\n";
}
parse_str($req['body'], $form);
echo "-- as the portal reads it\n";
var_export($form);
echo "\n-- the result\n";
echo implode(',', array_keys($r)), "\n";
echo json_encode(array_keys($r['result'])), ' ', json_encode($r['error']), ' ', json_encode($r['total']), ' ', json_encode($r['next']), "\n";
var_export(array_diff_key($r['result'], [7 => 1]));
echo "\n", is_string($r['result'][7]) ? 'server.time is a string' : 'server.time is not a string', "\n";
echo json_encode(array_keys($r['time'])), ' ', implode(',', array_keys($r['time']['set'])), "\n";

echo "-- halt true is sent as 1; a list method has total and next\n";
$emu->reset();
$r = $c->batch(['users' => ['user.get', ['start' => 0]], 'more' => 'user.get?start=100'], true);
echo $emu->requests()[0]['body'], "\n";
echo json_encode($r['total']), ' ', json_encode($r['next']), ' ', count($r['result']['users']), ' ', count($r['result']['more']), ' ', json_encode($r['error']), "\n";

echo "-- only failures: result, total, next and time are []\n";
$r = $c->batch(['a' => 'no.such.method', 'b' => ['im.user.status.set', ['STATUS' => 'bogus']]]);
var_export($r);
echo "\n";
?>
--EXPECT--
-- on the wire
POST /rest/1/wh0Secret7code/batch.json application/x-www-form-urlencoded
  halt=0
  cmd%5Bset%5D=im.user.status.set%3FSTATUS%3Ddnd
  cmd%5Bget%5D=im.user.status.get
  cmd%5Bbare%5D=im.user.status.idle.end
  cmd%5Bstr%5D=emu.echo%3Fq%3D%2520z%26r%5B%5D%3D1
  cmd%5Bnested%5D=emu.echo%3Fx%3Da%2Bb%2526c%253Dd%26arr%255B0%255D%3D1%26arr%255B1%255D%3D2%26u%3D%25D0%2596%25D1%258E%25D0%25BB%25D1%258C%26k%255Ba%255D%255Bb%255D%3D%2525
  cmd%5B7%5D=server.time
-- as the portal reads it
array (
  'halt' => '0',
  'cmd' => 
  array (
    'set' => 'im.user.status.set?STATUS=dnd',
    'get' => 'im.user.status.get',
    'bare' => 'im.user.status.idle.end',
    'str' => 'emu.echo?q=%20z&r[]=1',
    'nested' => 'emu.echo?x=a+b%26c%3Dd&arr%5B0%5D=1&arr%5B1%5D=2&u=%D0%96%D1%8E%D0%BB%D1%8C&k%5Ba%5D%5Bb%5D=%25',
    7 => 'server.time',
  ),
)
-- the result
result,error,total,next,time
["set","get","bare","str","nested",7] [] [] []
array (
  'set' => true,
  'get' => 'dnd',
  'bare' => true,
  'str' => 
  array (
    'q' => ' z',
    'r' => 
    array (
      0 => '1',
    ),
  ),
  'nested' => 
  array (
    'x' => 'a b&c=d',
    'arr' => 
    array (
      0 => '1',
      1 => '2',
    ),
    'u' => 'Жюль',
    'k' => 
    array (
      'a' => 
      array (
        'b' => '%',
      ),
    ),
  ),
)
server.time is a string
["set","get","bare","str","nested",7] start,finish,duration,processing,date_start,date_finish,operating_reset_at,operating
-- halt true is sent as 1; a list method has total and next
halt=1&cmd%5Busers%5D=user.get%3Fstart%3D0&cmd%5Bmore%5D=user.get%3Fstart%3D100
{"users":120,"more":120} {"users":50} 50 20 []
-- only failures: result, total, next and time are []
array (
  'result' => 
  array (
  ),
  'error' => 
  array (
    'a' => 
    array (
      'error' => 'ERROR_METHOD_NOT_FOUND',
      'error_description' => 'Method not found!',
    ),
    'b' => 
    array (
      'error' => 'STATUS_ERROR',
      'error_description' => 'Status is not available',
    ),
  ),
  'total' => 
  array (
  ),
  'next' => 
  array (
  ),
  'time' => 
  array (
  ),
)
