--TEST--
b24_call_many(): $concurrency bounds the calls in flight: 1 sends each call after the one before came back, in key order; 3 with replies held back sends none before the one three places ahead came back; 1,000 calls at concurrency 1,000 over two portals all answered, in key order
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/common.inc';
$a = b24t_emu_start(['onprem' => true, 'workers' => 8]);
$b = b24t_emu_start(['onprem' => true]);

echo "-- concurrency 1\n";
$calls = [];
for ($i = 0; $i < 8; $i++) {
    $calls["k$i"] = [$i % 2 ? $a->webhook : $b->webhook, 'emu.echo', ['i' => $i]];
}
$r = b24_call_many($calls, 1);
echo json_encode(array_keys($r)), ' ', var_export(array_column($r, 'i') === array_map('strval', range(0, 7)), true), "\n";
$log = array_merge($a->requests(), $b->requests());
usort($log, fn($x, $y) => $x['time'] <=> $y['time']);
echo "arrived in key order: ", implode(' ', array_map(function ($req) { parse_str($req['body'], $p); return $p['i']; }, $log)), "\n";

echo "-- concurrency 3, each reply held back\n";
$a->reset();
$hold = 0.5; // a lower bound on the gaps: valgrind only makes them longer
$a->fault(['match' => 'emu.echo', 'delay_ms' => (int) ($hold * 1000), 'times' => -1]);
$calls = [];
for ($i = 0; $i < 9; $i++) {
    $calls[] = [$a->webhook, 'emu.echo', ['i' => $i]];
}
$r = b24_call_many($calls, 3);
echo "answered: ", var_export(array_column($r, 'i') === array_map('strval', range(0, 8)), true), "\n";
$t = array_column($a->requests(), 'time');
sort($t);
$waves = [];
for ($k = 3; $k < 9; $k++) {
    $waves[] = $t[$k] - $t[$k - 3] >= $hold * 0.9 ? 'after' : 'too soon';
}
echo "each call went after the call three before it came back: ", implode(' ', $waves), "\n";

echo "-- concurrency 1000\n";
$a->reset();
$b->reset();
$n = b24t_valgrind() ? 200 : 1000;
$calls = [];
for ($i = 0; $i < $n; $i++) {
    $calls["c$i"] = [$i % 2 ? $a->webhook : $b->webhook, 'emu.echo', ['i' => $i]];
}
$r = b24_call_many($calls, 1000);
$good = 0;
foreach ($r as $k => $v) {
    $good += $v === ['i' => substr($k, 1)];
}
echo "in key order: ", var_export(array_keys($r) === array_keys($calls), true), ", answered: ", $good === $n ? 'all' : $good, "\n";
echo "requests: ", count($a->requests()) + count($b->requests()) === $n ? 'one each' : 'other', "\n";
?>
--EXPECT--
-- concurrency 1
["k0","k1","k2","k3","k4","k5","k6","k7"] true
arrived in key order: 0 1 2 3 4 5 6 7
-- concurrency 3, each reply held back
answered: true
each call went after the call three before it came back: after after after after after after
-- concurrency 1000
in key order: true, answered: all
requests: one each
