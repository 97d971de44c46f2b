--TEST--
Retries: a 503 QUERY_LIMIT_EXCEEDED (or OVERLOAD_LIMIT) once, then the call succeeds: two identical requests, the result, and lastResponse() of the successful one
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$c = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 1000, 'rate_burst' => 1000, 'state_dir' => b24t_state_dir()]);

foreach (['QUERY_LIMIT_EXCEEDED', 'OVERLOAD_LIMIT'] as $code) {
    $emu->reset();
    $emu->fault(['match' => 'im.user.status.set', 'status' => 503, 'body' => ['error' => $code, 'error_description' => 'refused']]);
    b24t_show(fn() => $c->statusSet('break'));
    b24t_wire($emu);
    echo json_encode(array_intersect_key($c->lastResponse(), ['method' => 1, 'http_status' => 1])), "\n";
}
echo "-- twice refused, then through (max_retries 3)\n";
$emu->reset();
$emu->fault(['match' => 'emu.echo', 'status' => 503, 'times' => 2, 'body' => ['error' => 'QUERY_LIMIT_EXCEEDED', 'error_description' => 'Too many requests']]);
b24t_show(fn() => $c->call('emu.echo', ['x' => 'y']));
b24t_wire($emu);
?>
--EXPECT--
ok: true
POST /rest/1/wh0Secret7code/im.user.status.set.json STATUS=break
POST /rest/1/wh0Secret7code/im.user.status.set.json STATUS=break
{"method":"im.user.status.set","http_status":200}
ok: true
POST /rest/1/wh0Secret7code/im.user.status.set.json STATUS=break
POST /rest/1/wh0Secret7code/im.user.status.set.json STATUS=break
{"method":"im.user.status.set","http_status":200}
-- twice refused, then through (max_retries 3)
ok: array (
  'x' => 'y',
)
POST /rest/1/wh0Secret7code/emu.echo.json x=y
POST /rest/1/wh0Secret7code/emu.echo.json x=y
POST /rest/1/wh0Secret7code/emu.echo.json x=y
