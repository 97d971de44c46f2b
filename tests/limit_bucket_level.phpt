--TEST--
Rate limit: a bucket file whose level is huge, +inf, NaN or negative costs at most the call's timeout_ms (then B24im\Exception RATE_LIMIT_WAIT), never a sleep of years
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$dir = b24t_state_dir();
$opts = ['allow_http' => true, 'rate_limit' => 2, 'rate_burst' => 5, 'state_dir' => $dir, 'timeout_ms' => 3000];
(new B24im\Client($emu->webhook, $opts))->call('server.time');
$files = glob("$dir/bucket-*");
echo "one bucket file: ", count($files), "\n";

foreach (['1e12', 'INF', 'NAN', '-INF', '1e300'] as $name) {
    $child = new B24tChildren();
    $child->start(1, <<<'PHP'
        // the layout of b24im_limiter.c: magic "b24bukt1", the level, the CLOCK_MONOTONIC stamp (hrtime's clock),
        // written here, right before the call, so that a slow start (valgrind) drains nothing
        $level = ['1e12' => 1e12, 'INF' => INF, 'NAN' => NAN, '-INF' => -INF, '1e300' => 1e300][$args['level']];
        file_put_contents($args['file'], pack('Peq', 0x62323462756b7431, $level, hrtime(true)));
        $t = microtime(true);
        try {
            $r = var_export((new B24im\Client($args['webhook'], $args['opts']))->statusGet(), true);
        } catch (B24im\Exception $e) {
            $r = get_class($e) . ' ' . $e->getError() . ': ' . $e->getMessage();
        }
        return [$r, microtime(true) - $t];
    PHP, ['webhook' => $emu->webhook, 'opts' => $opts, 'file' => $files[0], 'level' => $name]);
    $child->release();
    $r = $child->waitUpTo(10 * b24t_slow());
    if ($r === null) {
        echo "level $name: still waiting after 10 s\n";
        continue;
    }
    [$what, $took] = $r[0]['result'] ?? [$r[0]['output'], 0];
    printf("level %s: %s, %s\n", $name, $what, $took < (b24t_valgrind() ? 2.5 : 0.5) ? 'at once' : ($took >= 3 && $took < 3 + 5 * b24t_slow() ? 'within about the timeout' : "after $took s"));
}
?>
--EXPECTF--
one bucket file: 1
level 1e12: B24im\Exception RATE_LIMIT_WAIT: im.user.status.get: RATE_LIMIT_WAIT: the rate limiter's bucket of this portal (b24im.rate_limit 2 a second, b24im.rate_burst 5) has no room within timeout_ms (3000 ms): the call would wait %d s, within about the timeout
level INF: B24im\Exception RATE_LIMIT_WAIT: im.user.status.get: RATE_LIMIT_WAIT: the rate limiter's bucket of this portal (b24im.rate_limit 2 a second, b24im.rate_burst 5) has no room within timeout_ms (3000 ms): the call would wait %d s, within about the timeout
level NAN: 'online', at once
level -INF: 'online', at once
level 1e300: B24im\Exception RATE_LIMIT_WAIT: im.user.status.get: RATE_LIMIT_WAIT: the rate limiter's bucket of this portal (b24im.rate_limit 2 a second, b24im.rate_burst 5) has no room within timeout_ms (3000 ms): the call would wait %d s, within about the timeout
