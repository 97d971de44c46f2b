<?php // Benchmark way: N sequential im.user.status.idle.start calls the way the official CRest class makes them (a new ext/curl handle per call, redirects followed, form body, json_decode); prints one result line.
// Usage: php -d extension=curl crest_style.php WEBHOOK_URL CALLS [MAX_SECONDS]
declare(strict_types=1);
require __DIR__ . '/measure.php';

/** One call as CRest's call path makes it: {webhook}{method}.json, POSTed, a fresh handle every time. */
function crest_style_call(string $webhook, string $method, array $params): array
{
    $curl = curl_init();
    curl_setopt_array($curl, [
        CURLOPT_URL => $webhook . $method . '.json',
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => http_build_query($params),
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_FOLLOWLOCATION => true,
        CURLOPT_SSL_VERIFYPEER => true,
        CURLOPT_USERAGENT => 'Bitrix24 CRest PHP',
    ]);
    $out = curl_exec($curl);
    $info = curl_getinfo($curl);
    curl_close($curl);
    $result = json_decode((string) $out, true);
    // CRest hands errors back as arrays; the bench only needs to see that the call worked.
    return is_array($result) ? $result : ['error' => 'no JSON', 'http_code' => $info['http_code']];
}

if (realpath($argv[0]) === __FILE__) {
    [$url, $calls, $deadline] = bench_args($argv);
    $start = bench_start();
    $done = 0;
    while ($done < $calls) {
        $reply = crest_style_call($url, 'im.user.status.idle.start', ['AGO' => 10]);
        if (($reply['result'] ?? null) !== true) {
            bench_fail("call $done: no result true");
        }
        $done++;
        if (hrtime(true) > $deadline) {
            break;
        }
    }
    bench_report('crest_style', $done, $start);
}
