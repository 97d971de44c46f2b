--TEST--
Rate limit: one bucket per portal (scheme, host and port), shared by its webhook, its OAuth clients and the global functions of every process using the same state_dir; another portal has its own
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$a = b24t_start(['onprem' => true]);
$b = b24t_start(['onprem' => true]);
$dir = b24t_state_dir();
$slow = b24t_slow();   // under valgrind every call is slow: the limiter is made slower still
$opts = ['allow_http' => true, 'rate_limit' => 1 / $slow, 'rate_burst' => 2, 'state_dir' => $dir];

function timed(string $what, callable $fn): void
{
    $t = microtime(true);
    $fn();
    $t = microtime(true) - $t;
    $slow = b24t_slow();
    echo $what, ': ', $t < 0.5 * $slow ? 'at once' : ($t >= 0.8 * $slow && $t < 2.5 * $slow ? 'waited about 1 s' : "took $t s"), "\n";
}

$hookA = new B24im\Client($a->webhook, $opts);
$hookB = new B24im\Client($b->webhook, $opts);
$oauthA = new B24im\Client(['access_token' => $a->token, 'client_endpoint' => $a->clientEndpoint], $opts);
timed('portal A, webhook, 2 calls (the burst)', function () use ($hookA) { $hookA->call('server.time'); $hookA->call('server.time'); });
timed('portal B, webhook, 2 calls (its own bucket)', function () use ($hookB) { $hookB->call('server.time'); $hookB->call('server.time'); });
timed('portal A, OAuth, 1 call (the same bucket as its webhook)', fn() => $oauthA->call('server.time'));
ini_set('b24im.allow_http', '1');
ini_set('b24im.rate_limit', (string) (1 / $slow));
ini_set('b24im.rate_burst', '2');
ini_set('b24im.state_dir', $dir);
timed('portal A, the global functions, 1 call', fn() => b24_status_get($a->webhook));
$children = new B24tChildren();
$children->start(1, <<<'PHP'
    $c = new B24im\Client($args['webhook'], $args['opts']);
    return $c->statusGet();
PHP, ['webhook' => $a->webhook, 'opts' => $opts]);
$children->ready();
timed('portal A again, from another process', function () use ($children) {
    $children->release();
    $r = $children->wait()[0];
    if ($r['result'] !== 'online') {
        echo $r['output'], "\n";
    }
});
echo "-- its TLS front (https, another port) is another portal\n";
$tls = $a->tls();
$hookTls = new B24im\Client($tls->webhook, ['ca_file' => $tls->ca] + $opts);
timed('portal A over https, 2 calls', function () use ($hookTls) { $hookTls->call('server.time'); $hookTls->call('server.time'); });
echo count($a->requests()), " and ", count($b->requests()), " requests\n";
?>
--EXPECT--
portal A, webhook, 2 calls (the burst): at once
portal B, webhook, 2 calls (its own bucket): at once
portal A, OAuth, 1 call (the same bucket as its webhook): waited about 1 s
portal A, the global functions, 1 call: waited about 1 s
portal A again, from another process: waited about 1 s
-- its TLS front (https, another port) is another portal
portal A over https, 2 calls: at once
7 and 2 requests
