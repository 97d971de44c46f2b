--TEST--
b24_call_many(): two portals, a webhook string, an OAuth array and a B24im\Client side by side; the results in the calls' key order (int and string keys), each the call's result or its B24im\Exception; b24_last_response() null after it, the Client's lastResponse() untouched
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/common.inc';
$a = b24t_emu_start(['onprem' => true]);
$b = b24t_emu_start(['onprem' => true]);
$oauth = ['access_token' => $b->token, 'client_endpoint' => $b->clientEndpoint];
$client = new B24im\Client($a->webhook);
b24t_show(fn() => $client->call('emu.echo', ['before' => 1]));
$client->call('server.time');
b24_call('server.time', [], $a->webhook);

$calls = [
    'first' => [$a->webhook, 'emu.echo', ['n' => 1]],
    7 => [$oauth, 'emu.echo', ['n' => 2, 'list' => ['x', 'y']]],
    'client' => [$client, 'emu.echo', ['n' => 3]],
    3 => [$b->webhook, 'no.such.method'],
    'status' => [$oauth, 'im.user.status.get'],
    'nowhere' => [null, 'profile'],
    -1 => [$client, 'emu.echo'],
];
$r = b24_call_many($calls);
echo "keys: ", implode(' ', array_keys($r)), "\n";
foreach ($r as $k => $v) {
    echo "$k: ", is_object($v) ? get_class($v) . ' [' . $v->getError() . '] ' . $v->getMessage() : json_encode($v), "\n";
}
var_dump(b24_last_response());
echo "client's lastResponse: ", $client->lastResponse()['method'], "\n";
echo "portal a: ", count($a->requests()), " requests, portal b: ", count($b->requests()), "\n";
foreach ([$a, $b] as $emu) {
    $lines = array_map(fn($req) => "  $req[path] $req[body]", $emu->requests());
    sort($lines); // the calls ran side by side: in no fixed order
    echo str_replace([$a->code, $b->token], ['CODE', 'TOKEN'], implode("\n", $lines)), "\n";
}
echo "-- none: an empty array\n";
var_dump(b24_call_many([]));
?>
--EXPECTF--
ok: array (
  'before' => '1',
)
keys: first 7 client 3 status nowhere -1
first: {"n":"1"}
7: {"n":"2","list":["x","y"]}
client: {"n":"3"}
3: B24im\ApiException [ERROR_METHOD_NOT_FOUND] no.such.method: ERROR_METHOD_NOT_FOUND: Method not found! (HTTP 404)
status: "online"
nowhere: B24im\Exception [NO_ENDPOINT] profile: NO_ENDPOINT: no Bitrix24 portal to call: %s
-1: []
NULL
client's lastResponse: server.time
portal a: 6 requests, portal b: 3
  /rest/1/CODE/emu.echo.json 
  /rest/1/CODE/emu.echo.json before=1
  /rest/1/CODE/emu.echo.json n=1
  /rest/1/CODE/emu.echo.json n=3
  /rest/1/CODE/server.time.json 
  /rest/1/CODE/server.time.json 
  /rest/1/CODE/no.such.method.json 
  /rest/emu.echo.json n=2&list%5B0%5D=x&list%5B1%5D=y&auth=TOKEN
  /rest/im.user.status.get.json auth=TOKEN
-- none: an empty array
array(0) {
}
