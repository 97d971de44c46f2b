<?php // Benchmark way for the many-portals scenario: one im.user.status.idle.start on each portal of a list, R rounds: b24_call_many, b24im one call at a time, or restCommand one call at a time; prints one result line.
// Usage: php many_portals.php call_many|b24im_seq|rest_seq HOOKS_FILE ROUNDS [CONCURRENCY]
declare(strict_types=1);
require __DIR__ . '/measure.php';

[, $mode, $file, $rounds] = $argv + [null, '', '', '1'];
$concurrency = (int) ($argv[4] ?? 32);
$hooks = array_values(array_filter(array_map('trim', file($file) ?: [])));
$rounds = max(1, (int) $rounds);
if (!$hooks || !in_array($mode, ['call_many', 'b24im_seq', 'rest_seq'], true)) {
    bench_fail("usage: many_portals.php call_many|b24im_seq|rest_seq HOOKS_FILE ROUNDS [CONCURRENCY]");
}
if ($mode === 'rest_seq') {
    require __DIR__ . '/rest_command.php';
}

$start = bench_start();
$done = 0;
for ($r = 0; $r < $rounds; $r++) {
    if ($mode === 'call_many') {
        $calls = [];
        foreach ($hooks as $i => $h) {
            $calls[$i] = [$h, 'im.user.status.idle.start', ['AGO' => 10]];
        }
        foreach (b24_call_many($calls, $concurrency) as $i => $res) {
            if ($res !== true) {
                bench_fail("round $r portal $i: " . ($res instanceof Throwable ? get_class($res) . ': ' . $res->getMessage() : var_export($res, true)));
            }
            $done++;
        }
        continue;
    }
    foreach ($hooks as $i => $h) {
        $ok = $mode === 'b24im_seq' ? b24_idle_start(10, $h) === true
            : (restCommand('im.user.status.idle.start', ['AGO' => 10], $h)['result'] ?? null) === true;
        if (!$ok) {
            bench_fail("round $r portal $i: no result true");
        }
        $done++;
    }
}
bench_report($mode, $done, $start);
