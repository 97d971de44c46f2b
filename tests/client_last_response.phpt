--TEST--
B24im\Client::lastResponse() belongs to its client: two clients don't share it, and b24_last_response() (the global functions') is separate
--EXTENSIONS--
b24im
--INI--
b24im.rate_limit=0
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$opts = ['rate_limit' => 0, 'state_dir' => b24t_state_dir()];

function last(?array $r): string
{
    return $r === null ? 'null' : sprintf('%s %d total=%s next=%s time=%s', $r['method'], $r['http_status'],
        json_encode($r['total']), json_encode($r['next']), is_array($r['time']) ? 'array' : json_encode($r['time']));
}

$a = new B24im\Client($emu->webhook, $opts);
$b = new B24im\Client(['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint], $opts);
echo "a: ", last($a->lastResponse()), " | b: ", last($b->lastResponse()), " | global: ", last(b24_last_response()), "\n";
$a->call('user.get', ['start' => 50]);
echo "a: ", last($a->lastResponse()), " | b: ", last($b->lastResponse()), " | global: ", last(b24_last_response()), "\n";
$b->statusGet();
echo "a: ", last($a->lastResponse()), " | b: ", last($b->lastResponse()), " | global: ", last(b24_last_response()), "\n";
b24_call('user.get', [], $emu->webhook);
echo "a: ", last($a->lastResponse()), " | b: ", last($b->lastResponse()), " | global: ", last(b24_last_response()), "\n";

echo "-- a failure replaces only its own client's\n";
try {
    $b->statusSet('away');
    $emu->fault(['match' => 'im.user.status.set', 'status' => 400, 'body' => ['error' => 'STATUS_ERROR', 'error_description' => 'Status is not available']]);
    $b->statusSet('away');
} catch (B24im\ApiException $e) {
    echo get_class($e), ' ', $e->getError(), "\n";
}
echo "a: ", last($a->lastResponse()), " | b: ", last($b->lastResponse()), " | global: ", last(b24_last_response()), "\n";
echo "-- no reply at all: null\n";
$port = b24t_free_port();
$c = new B24im\Client("http://127.0.0.1:$port/rest/1/abc/", ['max_retries' => 0] + $opts);
try {
    $c->statusGet();
} catch (B24im\TransportException $e) {
    echo get_class($e), ' ', $e->getError(), "\n";
}
echo "c: ", last($c->lastResponse()), " | a: ", last($a->lastResponse()), " | global: ", last(b24_last_response()), "\n";
echo "-- a copy, not a reference\n";
$copy = $a->lastResponse();
$copy['method'] = 'changed';
echo last($a->lastResponse()), "\n";
?>
--EXPECT--
a: null | b: null | global: null
a: user.get 200 total=120 next=100 time=array | b: null | global: null
a: user.get 200 total=120 next=100 time=array | b: im.user.status.get 200 total=null next=null time=array | global: null
a: user.get 200 total=120 next=100 time=array | b: im.user.status.get 200 total=null next=null time=array | global: user.get 200 total=120 next=50 time=array
-- a failure replaces only its own client's
B24im\ApiException STATUS_ERROR
a: user.get 200 total=120 next=100 time=array | b: im.user.status.set 400 total=null next=null time=null | global: user.get 200 total=120 next=50 time=array
-- no reply at all: null
B24im\TransportException CONNECT_FAILED
c: null | a: user.get 200 total=120 next=100 time=array | global: user.get 200 total=120 next=50 time=array
-- a copy, not a reference
user.get 200 total=120 next=100 time=array
