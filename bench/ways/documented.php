<?php // Benchmark way 2: N sequential im.user.status.idle.start calls the documented PHP way (restCommand: curl_init/curl_close per call); prints one result line.
// Usage: php -d extension=curl documented.php WEBHOOK_URL CALLS [MAX_SECONDS]
declare(strict_types=1);
require __DIR__ . '/measure.php';
require __DIR__ . '/rest_command.php';

[$url, $calls, $deadline] = bench_args($argv);

$start = bench_start();
$done = 0;
while ($done < $calls) {
    $reply = restCommand('im.user.status.idle.start', ['AGO' => 10], $url);
    if (($reply['result'] ?? null) !== true) {
        bench_fail("call $done: no result true");
    }
    $done++;
    if (hrtime(true) > $deadline) {
        break;
    }
}
bench_report('documented', $done, $start);
