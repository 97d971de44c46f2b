--TEST--
b24_call_many(): a portal whose bucket is empty (b24im rate_limit/rate_burst) parks its calls, paced by the bucket, while another portal's calls all go in the meantime; a call that could not get a place within timeout_ms is B24im\Exception RATE_LIMIT_WAIT, the others unharmed
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$a = b24t_start(['onprem' => true]);
$b = b24t_start(['onprem' => true]);
$dir = b24t_state_dir();
$gap = b24t_valgrind() ? 4.0 : 2.0; // a place in A's bucket every $gap s, after a burst of 1
$paced = new B24im\Client($a->webhook, ['rate_limit' => 1 / $gap, 'rate_burst' => 1, 'state_dir' => $dir]);
$free = ['rate_limit' => 0];

$calls = ['a0' => [$paced, 'emu.echo', ['a' => 0]], 'a1' => [$paced, 'emu.echo', ['a' => 1]]];
for ($i = 0; $i < 12; $i++) {
    $calls["b$i"] = [new B24im\Client($b->webhook, $free), 'emu.echo', ['b' => $i]];
}
$r = b24_call_many($calls, 4);
echo json_encode($r), "\n";
$at = array_column($a->requests(), 'time');
$last_b = max(array_column($b->requests(), 'time'));
echo "portal A's second call waited for its bucket: ", var_export($at[1] - $at[0] > $gap * 0.9, true), "\n";
echo "portal B's 12 calls all went before it: ", var_export($last_b < $at[1], true), "\n";

echo "-- a bucket with no room within timeout_ms\n";
$tight = new B24im\Client($a->webhook, ['rate_limit' => 0.001, 'rate_burst' => 1, 'state_dir' => b24t_state_dir(),
    'timeout_ms' => 500]);
$r = b24_call_many(['x' => [$tight, 'server.time'], 'y' => [$tight, 'server.time'], 'b' => [$b->webhook, 'emu.echo', ['b' => 'ok']]]);
foreach ($r as $k => $v) {
    echo "$k: ", is_object($v) ? get_class($v) . ' [' . $v->getError() . '] ' . $v->getMessage() : json_encode($v), "\n";
}
?>
--EXPECTF--
{"a0":{"a":"0"},"a1":{"a":"1"},"b0":{"b":"0"},"b1":{"b":"1"},"b2":{"b":"2"},"b3":{"b":"3"},"b4":{"b":"4"},"b5":{"b":"5"},"b6":{"b":"6"},"b7":{"b":"7"},"b8":{"b":"8"},"b9":{"b":"9"},"b10":{"b":"10"},"b11":{"b":"11"}}
portal A's second call waited for its bucket: true
portal B's 12 calls all went before it: true
-- a bucket with no room within timeout_ms
x: "%s"
y: B24im\Exception [RATE_LIMIT_WAIT] server.time: RATE_LIMIT_WAIT: the rate limiter's bucket of this portal (b24im.rate_limit 0.001 a second, b24im.rate_burst 1) has no room within timeout_ms (500 ms): the call would wait 1000 s
b: {"b":"ok"}
