--TEST--
b24_last_response(): null before any call; http_status, total, next, time and method of the last reply, error replies included; null after a call that got no reply
--EXTENSIONS--
b24im
--INI--
b24im.max_retries=0
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

function last(): void
{
    $last = b24_last_response();
    if (is_array($last)) {
        ksort($last);
        if (is_array($last['time'])) {
            ksort($last['time']);
            $last['time'] = array_map('get_debug_type', $last['time']);
        }
    }
    var_dump($last);
}

function lastRaw(): void
{
    $last = b24_last_response();
    ksort($last);
    var_dump($last);
}

echo "-- before any call\n";
last();

echo "-- a list call, first page\n";
$page = b24_call('user.get', [], $emu->webhook);
echo count($page), "\n";
last();

echo "-- last page: no next\n";
$page = b24_call('user.get', ['start' => 100], $emu->webhook);
echo count($page), "\n";
last();

echo "-- a call that is not a list\n";
b24_status_get($emu->webhook);
last();

echo "-- the exact values from the reply\n";
$emu->fault(['match' => 'emu.echo', 'body' => '{"result":[],"total":"7","next":3,"time":{"start":1.5,"duration":0}}']);
b24_call('emu.echo', [], $emu->webhook);
lastRaw();
$emu->fault(['match' => 'emu.echo', 'body' => '{"result":1}']);
b24_call('emu.echo', [], $emu->webhook);
lastRaw();

echo "-- an error reply\n";
b24t_show(fn() => b24_status_set('online', "$emu->base/rest/1/wrongCode/"));
last();
$emu->fault(['match' => 'im.user.status.set', 'status' => 400,
    'body' => '{"error":"STATUS_ERROR","error_description":"Status is not available","time":{"start":2.5}}']);
b24t_show(fn() => b24_status_set('away', $emu->webhook));
last();

echo "-- a reply that is not JSON\n";
$emu->fault(['status' => 502, 'headers' => ['Content-Type' => 'text/html'], 'body' => '<html>Bad Gateway</html>']);
b24t_show(fn() => b24_idle_end($emu->webhook));
last();

echo "-- no reply at all: connection refused\n";
b24_idle_end($emu->webhook);
$port = b24t_free_port();
try {
    b24_idle_end("http://127.0.0.1:$port/rest/1/abc/");
} catch (B24im\TransportException $e) {
    echo get_class($e), ' ', $e->getError(), ' ', $e->getCode(), "\n";
}
last();

echo "-- a copy: changing it changes nothing\n";
b24_call('user.get', [], $emu->webhook);
$copy = b24_last_response();
$copy['total'] = 0;
var_dump(b24_last_response()['total']);

echo "-- one kept stays as it was when the next call records its own; one let go is not missed\n";
$kept = b24_last_response();
b24_status_get($emu->webhook);
echo json_encode($kept['method']), ' ', json_encode($kept['total']), ' ', json_encode(array_keys($kept)), "\n";
$now = b24_last_response();
echo json_encode($now['method']), ' ', json_encode($now['total']), ' ', json_encode(array_keys($now)), "\n";
unset($kept, $now);
b24_call('user.get', ['start' => 100], $emu->webhook);
b24_status_get($emu->webhook);
$now = b24_last_response();
echo json_encode($now['method']), ' ', json_encode($now['total']), ' ', json_encode($now['next']), ' ', json_encode(array_keys($now)), "\n";
?>
--EXPECTF--
-- before any call
NULL
-- a list call, first page
50
array(6) {
  ["http_status"]=>
  int(200)
  ["method"]=>
  string(8) "user.get"
  ["next"]=>
  int(50)
  ["time"]=>
  array(8) {
    ["date_finish"]=>
    string(6) "string"
    ["date_start"]=>
    string(6) "string"
    ["duration"]=>
    string(5) "float"
    ["finish"]=>
    string(5) "float"
    ["operating"]=>
    string(5) "float"
    ["operating_reset_at"]=>
    string(3) "int"
    ["processing"]=>
    string(5) "float"
    ["start"]=>
    string(5) "float"
  }
  ["total"]=>
  int(120)
  ["url"]=>
  string(%d) "http://127.0.0.1:%d/rest/1/***/user.get.json"
}
-- last page: no next
20
array(6) {
  ["http_status"]=>
  int(200)
  ["method"]=>
  string(8) "user.get"
  ["next"]=>
  NULL
  ["time"]=>
  array(8) {
    ["date_finish"]=>
    string(6) "string"
    ["date_start"]=>
    string(6) "string"
    ["duration"]=>
    string(5) "float"
    ["finish"]=>
    string(5) "float"
    ["operating"]=>
    string(5) "float"
    ["operating_reset_at"]=>
    string(3) "int"
    ["processing"]=>
    string(5) "float"
    ["start"]=>
    string(5) "float"
  }
  ["total"]=>
  int(120)
  ["url"]=>
  string(%d) "http://127.0.0.1:%d/rest/1/***/user.get.json"
}
-- a call that is not a list
array(6) {
  ["http_status"]=>
  int(200)
  ["method"]=>
  string(18) "im.user.status.get"
  ["next"]=>
  NULL
  ["time"]=>
  array(8) {
    ["date_finish"]=>
    string(6) "string"
    ["date_start"]=>
    string(6) "string"
    ["duration"]=>
    string(5) "float"
    ["finish"]=>
    string(5) "float"
    ["operating"]=>
    string(5) "float"
    ["operating_reset_at"]=>
    string(3) "int"
    ["processing"]=>
    string(5) "float"
    ["start"]=>
    string(5) "float"
  }
  ["total"]=>
  NULL
  ["url"]=>
  string(%d) "http://127.0.0.1:%d/rest/1/***/im.user.status.get.json"
}
-- the exact values from the reply
array(6) {
  ["http_status"]=>
  int(200)
  ["method"]=>
  string(8) "emu.echo"
  ["next"]=>
  int(3)
  ["time"]=>
  array(2) {
    ["start"]=>
    float(1.5)
    ["duration"]=>
    int(0)
  }
  ["total"]=>
  string(1) "7"
  ["url"]=>
  string(%d) "http://127.0.0.1:%d/rest/1/***/emu.echo.json"
}
array(6) {
  ["http_status"]=>
  int(200)
  ["method"]=>
  string(8) "emu.echo"
  ["next"]=>
  NULL
  ["time"]=>
  NULL
  ["total"]=>
  NULL
  ["url"]=>
  string(%d) "http://127.0.0.1:%d/rest/1/***/emu.echo.json"
}
-- an error reply
B24im\AuthException [INVALID_CREDENTIALS] 401: im.user.status.set: INVALID_CREDENTIALS: Invalid request credentials (HTTP 401)
array(6) {
  ["http_status"]=>
  int(401)
  ["method"]=>
  string(18) "im.user.status.set"
  ["next"]=>
  NULL
  ["time"]=>
  NULL
  ["total"]=>
  NULL
  ["url"]=>
  string(%d) "http://127.0.0.1:%d/rest/1/***/im.user.status.set.json"
}
B24im\ApiException [STATUS_ERROR] 400: im.user.status.set: STATUS_ERROR: Status is not available (HTTP 400)
array(6) {
  ["http_status"]=>
  int(400)
  ["method"]=>
  string(18) "im.user.status.set"
  ["next"]=>
  NULL
  ["time"]=>
  array(1) {
    ["start"]=>
    string(5) "float"
  }
  ["total"]=>
  NULL
  ["url"]=>
  string(%d) "http://127.0.0.1:%d/rest/1/***/im.user.status.set.json"
}
-- a reply that is not JSON
B24im\TransportException [INVALID_JSON] 502: im.user.status.idle.end: INVALID_JSON: the reply is not JSON: "<html>Bad Gateway</html>" (HTTP 502)
array(6) {
  ["http_status"]=>
  int(502)
  ["method"]=>
  string(23) "im.user.status.idle.end"
  ["next"]=>
  NULL
  ["time"]=>
  NULL
  ["total"]=>
  NULL
  ["url"]=>
  string(%d) "http://127.0.0.1:%d/rest/1/***/im.user.status.idle.end.json"
}
-- no reply at all: connection refused
B24im\TransportException CONNECT_FAILED 0
NULL
-- a copy: changing it changes nothing
int(120)
-- one kept stays as it was when the next call records its own; one let go is not missed
"user.get" 120 ["method","http_status","total","next","time","url"]
"im.user.status.get" null ["method","http_status","total","next","time","url"]
"im.user.status.get" null null ["method","http_status","total","next","time","url"]
