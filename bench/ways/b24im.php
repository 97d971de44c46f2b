<?php // Benchmark way 1: N sequential im.user.status.idle.start calls through b24im's b24_idle_start; prints one result line (and RSS at checkpoints for the memory check).
// Usage: php -d extension=b24im.so -d b24im.rate_limit=0 b24im.php WEBHOOK_URL CALLS [MAX_SECONDS] [CHECKPOINT,...]
declare(strict_types=1);
require __DIR__ . '/measure.php';

[$url, $calls, $deadline, $checkpoints] = bench_args($argv);
$checkpoints = array_flip($checkpoints);
$rss = [];

$start = bench_start();
$done = 0;
while ($done < $calls) {
    if (b24_idle_start(10, $url) !== true) {
        bench_fail("call $done: b24_idle_start did not return true");
    }
    $done++;
    if (isset($checkpoints[$done])) {
        $rss[$done] = bench_current_rss_kb();
    }
    if (hrtime(true) > $deadline) {
        break;
    }
}
bench_report('b24im', $done, $start, $rss);
