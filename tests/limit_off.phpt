--TEST--
Rate limit: rate_limit 0 (option or b24im.rate_limit) turns the client-side bucket off; on, it lets rate_burst calls go at once and paces the rest at rate_limit a second
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
ini_set('b24im.allow_http', '1');
$slow = b24t_slow();   // under valgrind every call is slow: the limiter is made slower still

function timed(callable $fn, int $times): float
{
    $t = microtime(true);
    for ($i = 0; $i < $times; $i++) {
        $fn();
    }
    return microtime(true) - $t;
}

echo "-- on: rate_limit 2, rate_burst 3: 3 calls at once, then one each 500 ms\n";
$on = new B24im\Client($emu->webhook, ['rate_limit' => 2 / $slow, 'rate_burst' => 3, 'state_dir' => b24t_state_dir()]);
$burst = timed(fn() => $on->call('server.time'), 3);
$paced = timed(fn() => $on->call('server.time'), 2);
echo "the burst went at once: ", $burst < 0.6 * $slow ? 'true' : "false ($burst s)", "\n";
// The bucket's rule: 5 calls with a burst of 3 take at least (5 - 3) / rate from the first; slow calls drain it meanwhile.
$all = $burst + $paced;
echo "the next 2 took about 1 s: ", $all >= 0.9 * $slow && $all < 2.5 * $slow ? 'true' : "false ($burst + $paced s)", "\n";

echo "-- off: the option rate_limit 0, with b24im.rate_limit=0.1 and b24im.rate_burst=1 (on, each call after the first would wait 10 s)\n";
ini_set('b24im.rate_limit', '0.1');
ini_set('b24im.rate_burst', '1');
$off = new B24im\Client($emu->webhook, ['rate_limit' => 0, 'state_dir' => b24t_state_dir()]);
$t = timed(fn() => $off->call('server.time'), 5);
echo "5 calls: ", $t < 4 * $slow ? 'fast' : "slow ($t s)", "\n";

echo "-- off: b24im.rate_limit=0, with the global functions and a Client without the option\n";
ini_set('b24im.rate_limit', '0');
ini_set('b24im.state_dir', b24t_state_dir());
$t = timed(fn() => b24_call('server.time', [], $emu->webhook), 3) + timed(fn() => (new B24im\Client($emu->webhook))->call('server.time'), 3);
echo "6 calls: ", $t < 4 * $slow ? 'fast' : "slow ($t s)", "\n";

echo "-- on again with b24im.rate_limit=1 for the global functions: the second call waits about a second\n";
ini_set('b24im.rate_limit', (string) (1 / $slow));
$t = timed(fn() => b24_call('server.time', [], $emu->webhook), 2);
echo "2 calls: ", $t >= 0.9 * $slow && $t < 2.5 * $slow ? 'paced' : "not paced ($t s)", "\n";
echo count($emu->requests()), " requests\n";
?>
--EXPECT--
-- on: rate_limit 2, rate_burst 3: 3 calls at once, then one each 500 ms
the burst went at once: true
the next 2 took about 1 s: true
-- off: the option rate_limit 0, with b24im.rate_limit=0.1 and b24im.rate_burst=1 (on, each call after the first would wait 10 s)
5 calls: fast
-- off: b24im.rate_limit=0, with the global functions and a Client without the option
6 calls: fast
-- on again with b24im.rate_limit=1 for the global functions: the second call waits about a second
2 calls: paced
18 requests
