--TEST--
Rate limit: one bucket per portal (scheme, host and port), shared by its webhook, its OAuth clients and the global functions of every process using the same state_dir; another portal has its own
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$a = b24t_start(['onprem' => true]);
$b = b24t_start(['onprem' => true]);
$dir = b24t_state_dir();
// A bucket of 2 that drains one call each 1000 s: a third call to a portal waits, unmistakably.
$opts = ['allow_http' => true, 'rate_limit' => 0.001, 'rate_burst' => 2, 'state_dir' => $dir];

function at_once(string $what, callable $fn): void
{
    $t = microtime(true);
    $fn();
    $t = microtime(true) - $t;
    echo $what, ': ', $t < b24t_quick() ? 'at once' : "took $t s", "\n";
}

at_once('portal A, webhook, 2 calls (the burst)', function () use ($a, $opts) {
    $c = new B24im\Client($a->webhook, $opts);
    $c->call('server.time');
    $c->call('server.time');
});
at_once('portal B, webhook, 2 calls (its own bucket)', function () use ($b, $opts) {
    $c = new B24im\Client($b->webhook, $opts);
    $c->call('server.time');
    $c->call('server.time');
});
// Each in a process of its own, side by side.
$cases = [
    'portal A, an OAuth client in another process' => [<<<'PHP'
        $c = new B24im\Client(['access_token' => $args['token'], 'client_endpoint' => $args['endpoint']], $args['opts']);
        $mark('calling');
        return $c->statusGet();
    PHP, ['token' => $a->token, 'endpoint' => $a->clientEndpoint, 'opts' => $opts]],
    'portal A, the global functions in another process (b24im.state_dir)' => [<<<'PHP'
        ini_set('b24im.allow_http', '1');
        ini_set('b24im.rate_limit', '0.001');
        ini_set('b24im.rate_burst', '2');
        ini_set('b24im.state_dir', $args['dir']);
        $mark('calling');
        return b24_status_get($args['webhook']);
    PHP, ['webhook' => $a->webhook, 'dir' => $dir]],
    "portal A, its URL's scheme in capitals" => [<<<'PHP'
        $c = new B24im\Client(str_replace('http://', 'HTTP://', $args['webhook']), $args['opts']);
        $mark('calling');
        return $c->statusGet();
    PHP, ['webhook' => $a->webhook, 'opts' => $opts]],
    'portal B, a third call' => [<<<'PHP'
        $c = new B24im\Client($args['webhook'], $args['opts']);
        $mark('calling');
        return $c->statusGet();
    PHP, ['webhook' => $b->webhook, 'opts' => $opts]],
    'portal A from a process with another state_dir (so another bucket)' => [<<<'PHP'
        $c = new B24im\Client($args['webhook'], ['state_dir' => $args['other']] + $args['opts']);
        $mark('calling');
        return $c->statusGet();
    PHP, ['webhook' => $a->webhook, 'opts' => $opts, 'other' => b24t_state_dir()]],
];
foreach (b24t_waits_all($cases) as $what => $answer) {
    echo "$what: $answer\n";
}

echo "-- its TLS front (https, another port) is another portal\n";
$tls = $a->tls();
at_once('portal A over https, 2 calls', function () use ($tls, $opts) {
    $c = new B24im\Client($tls->webhook, ['ca_file' => $tls->ca] + $opts);
    $c->call('server.time');
    $c->call('server.time');
});
echo count($a->requests()), " and ", count($b->requests()), " requests\n";
?>
--EXPECT--
portal A, webhook, 2 calls (the burst): at once
portal B, webhook, 2 calls (its own bucket): at once
portal A, an OAuth client in another process: waits for the bucket
portal A, the global functions in another process (b24im.state_dir): waits for the bucket
portal A, its URL's scheme in capitals: waits for the bucket
portal B, a third call: waits for the bucket
portal A from a process with another state_dir (so another bucket): went through at once ("online")
-- its TLS front (https, another port) is another portal
portal A over https, 2 calls: at once
5 and 2 requests
