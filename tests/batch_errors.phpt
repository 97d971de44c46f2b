--TEST--
Batch: failed commands come back under 'error' and do not throw; a failure of a batch request itself throws (502 page, 500, a reply that is not a batch result, wrong credentials), and the chunks after it are not sent
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$c = new B24im\Client($emu->webhook, ['rate_limit' => 1000, 'rate_burst' => 1000, 'state_dir' => b24t_state_dir()]);
$commands = [];
for ($i = 0; $i < 120; $i++) {
    $commands["c$i"] = "emu.echo?n=$i";
}

echo "-- failed commands: no exception\n";
$r = $c->batch(['bad' => 'no.such.method', 'status' => ['im.user.status.set', ['STATUS' => 'x']], 'inner' => ['batch', ['cmd' => ['a' => 'server.time']]], 'good' => 'emu.echo?a=1']);
echo json_encode($r['error']), "\n", json_encode($r['result']), "\n";

echo "-- the batch request fails\n";
$emu->reset();
$emu->fault(['match' => 'batch', 'status' => 502, 'headers' => ['Content-Type' => 'text/html'], 'body' => '<html>Bad Gateway</html>']);
b24t_show(fn() => $c->batch(['a' => 'server.time']));
$emu->fault(['match' => 'batch', 'status' => 500, 'body' => ['error' => 'INTERNAL_SERVER_ERROR', 'error_description' => 'Internal server error']]);
b24t_show(fn() => $c->batch(['a' => 'server.time']));
$emu->fault(['match' => 'batch', 'status' => 200, 'body' => ['result' => 'not a batch result']]);
b24t_show(fn() => $c->batch(['a' => 'server.time']));
$emu->fault(['match' => 'batch', 'status' => 200, 'body' => '']);
b24t_show(fn() => $c->batch(['a' => 'server.time']));
b24t_show(fn() => (new B24im\Client("$emu->base/rest/1/wrongCode/", ['rate_limit' => 0]))->batch(['a' => 'server.time']));
b24t_show(fn() => b24_batch(['a' => 'server.time'], true, "$emu->base/rest/1/wrongCode/"));
echo count($emu->requests()), " requests, each sent once\n";

echo "-- the second of three batch requests fails: the third is not sent\n";
$emu->reset();
$emu->fault(['match' => 'batch', 'status' => 200]);  // the first one passes untouched
$emu->fault(['match' => 'batch', 'status' => 502, 'headers' => ['Content-Type' => 'text/html'], 'body' => '<html>Bad Gateway</html>']);
b24t_show(fn() => count($c->batch($commands)['result']));
echo count($emu->requests()), " requests\n";
echo "lastResponse: ", json_encode([$c->lastResponse()['method'], $c->lastResponse()['http_status']]), "\n";

echo "-- a batch request refused with 503 QUERY_LIMIT_EXCEEDED is retried like any call\n";
$emu->reset();
$emu->fault(['match' => 'batch', 'status' => 503, 'body' => ['error' => 'QUERY_LIMIT_EXCEEDED', 'error_description' => 'Too many requests']]);
b24t_show(fn() => count($c->batch($commands)['result']));
echo count($emu->requests()), " requests\n";
?>
--EXPECT--
-- failed commands: no exception
{"bad":{"error":"ERROR_METHOD_NOT_FOUND","error_description":"Method not found!"},"status":{"error":"STATUS_ERROR","error_description":"Status is not available"},"inner":{"error":"ERROR_BATCH_METHOD_NOT_ALLOWED","error_description":"Method not allowed in batch"}}
{"good":{"a":"1"}}
-- the batch request fails
B24im\TransportException [INVALID_JSON] 502: batch: INVALID_JSON: the reply is not JSON: "<html>Bad Gateway</html>" (HTTP 502)
B24im\ApiException [INTERNAL_SERVER_ERROR] 500: batch: INTERNAL_SERVER_ERROR: Internal server error (HTTP 500)
B24im\TransportException [UNEXPECTED_REPLY] 200: batch: UNEXPECTED_REPLY: the batch result is not an object (HTTP 200)
B24im\TransportException [EMPTY_REPLY] 200: batch: EMPTY_REPLY: the portal sent an empty reply (HTTP 200)
B24im\AuthException [INVALID_CREDENTIALS] 401: batch: INVALID_CREDENTIALS: Invalid request credentials (HTTP 401)
B24im\AuthException [INVALID_CREDENTIALS] 401: batch: INVALID_CREDENTIALS: Invalid request credentials (HTTP 401)
6 requests, each sent once
-- the second of three batch requests fails: the third is not sent
B24im\TransportException [INVALID_JSON] 502: batch: INVALID_JSON: the reply is not JSON: "<html>Bad Gateway</html>" (HTTP 502)
2 requests
lastResponse: ["batch",502]
-- a batch request refused with 503 QUERY_LIMIT_EXCEEDED is retried like any call
ok: 120
4 requests
