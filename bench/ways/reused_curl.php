<?php // Benchmark way 3: the best plain PHP can do: N sequential im.user.status.idle.start calls on one reused ext/curl handle, json_decode; prints one result line.
// Usage: php -d extension=curl reused_curl.php WEBHOOK_URL CALLS [MAX_SECONDS]
declare(strict_types=1);
require __DIR__ . '/measure.php';

[$url, $calls, $deadline] = bench_args($argv);

// Everything that does not change between calls is set once; the handle keeps its connection and TLS session.
$curl = curl_init($url . 'im.user.status.idle.start.json');
curl_setopt_array($curl, [
    CURLOPT_POST => true,
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_SSL_VERIFYPEER => true,
    CURLOPT_HTTPHEADER => ['Accept: application/json', 'Expect:'],
]);

$start = bench_start();
$done = 0;
while ($done < $calls) {
    curl_setopt($curl, CURLOPT_POSTFIELDS, http_build_query(['AGO' => 10]));
    $body = curl_exec($curl);
    if ($body === false) {
        bench_fail("call $done: " . curl_error($curl));
    }
    $reply = json_decode($body, true);
    if (($reply['result'] ?? null) !== true) {
        bench_fail("call $done: no result true");
    }
    $done++;
    if (hrtime(true) > $deadline) {
        break;
    }
}
bench_report('reused_curl', $done, $start);
