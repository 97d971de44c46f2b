--TEST--
Rate limit: rate_burst calls go at once and the next one waits; rate_limit 0 (the option, or b24im.rate_limit) turns the client-side bucket off
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
// Buckets that drain one call each 1000 s: a call that waits is unmistakable.
$slow = ['allow_http' => true, 'rate_limit' => 0.001];

echo "-- on: rate_limit 0.001, rate_burst 3\n";
$dir = b24t_state_dir();
$t = microtime(true);
$c = new B24im\Client($emu->webhook, ['rate_burst' => 3, 'state_dir' => $dir] + $slow);
$c->call('server.time');
$c->call('server.time');
$c->call('server.time');
echo "3 calls: ", microtime(true) - $t < b24t_quick() ? 'at once' : 'slow', "\n";
// Each in a process of its own, side by side: two that must wait, two that must not.
$waiting = b24t_waits_all([
    'the 4th' => [<<<'PHP'
        $c = new B24im\Client($args['webhook'], $args['opts']);
        $mark('calling');
        return $c->call('server.time');
    PHP, ['webhook' => $emu->webhook, 'opts' => ['rate_burst' => 3, 'state_dir' => $dir] + $slow]],
    'globals' => [<<<'PHP'
        ini_set('b24im.allow_http', '1');
        ini_set('b24im.rate_limit', '0.001');
        ini_set('b24im.rate_burst', '1');
        ini_set('b24im.state_dir', $args['dir']);
        $mark('calling');
        b24_call('server.time', [], $args['webhook']);
        return b24_call('server.time', [], $args['webhook']);
    PHP, ['webhook' => $emu->webhook, 'dir' => b24t_state_dir()]],
]);
$free = b24t_waits_all([
    'option' => [<<<'PHP'
        ini_set('b24im.rate_limit', '0.001');
        ini_set('b24im.rate_burst', '1');
        $c = new B24im\Client($args['webhook'], ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => $args['dir']]);
        $mark('calling');
        for ($n = 0; $n < 5; $n++) {
            $c->call('server.time');
        }
        return $n;
    PHP, ['webhook' => $emu->webhook, 'dir' => b24t_state_dir()]],
    'ini' => [<<<'PHP'
        ini_set('b24im.allow_http', '1');
        ini_set('b24im.rate_limit', '0');
        ini_set('b24im.rate_burst', '1');
        ini_set('b24im.state_dir', $args['dir']);
        $mark('calling');
        for ($n = 0; $n < 3; $n++) {
            b24_call('server.time', [], $args['webhook']);
            (new B24im\Client($args['webhook']))->call('server.time');
        }
        return $n * 2;
    PHP, ['webhook' => $emu->webhook, 'dir' => b24t_state_dir()]],
], b24t_quick());
echo "the 4th: ", $waiting['the 4th'], "\n";
echo "-- off: the option rate_limit 0 beside b24im.rate_limit=0.001 and b24im.rate_burst=1\n";
echo "5 calls: ", $free['option'], "\n";
echo "-- off: b24im.rate_limit=0 with the global functions, and a Client without the option\n";
echo "3 + 3 calls: ", $free['ini'], "\n";
echo "-- on: b24im.rate_limit=0.001 and b24im.rate_burst=1 with the global functions: the second call waits\n";
echo "2 calls: ", $waiting['globals'], "\n";
echo "-- rate_limit 0 in this process, after all that: at once\n";
$t = microtime(true);
$c = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => $dir]);
for ($n = 0; $n < 5; $n++) {
    $c->call('server.time');
}
echo "5 calls: ", microtime(true) - $t < b24t_quick() ? 'at once' : 'slow', "\n";
echo count($emu->requests()), " requests\n";
?>
--EXPECT--
-- on: rate_limit 0.001, rate_burst 3
3 calls: at once
the 4th: waits for the bucket
-- off: the option rate_limit 0 beside b24im.rate_limit=0.001 and b24im.rate_burst=1
5 calls: went through at once (5)
-- off: b24im.rate_limit=0 with the global functions, and a Client without the option
3 + 3 calls: went through at once (6)
-- on: b24im.rate_limit=0.001 and b24im.rate_burst=1 with the global functions: the second call waits
2 calls: waits for the bucket
-- rate_limit 0 in this process, after all that: at once
5 calls: at once
20 requests
