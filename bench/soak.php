<?php // bench/soak's driver: CALLS calls in one process, rotating success, API error, non-JSON reply and refused connection; prints RSS and open fds as it goes.
// Usage: php -n -d extension=b24im.so -d b24im.rate_limit=0 -d b24im.allow_http=1 soak.php BASE_URL REFUSED_PORT [CALLS]
declare(strict_types=1);

[, $base, $refusedPort] = $argv + [null, null, null];
$calls = (int) ($argv[3] ?? 200_000);
if ($base === null || $refusedPort === null || $calls < 20_000) {
    fwrite(STDERR, "usage: php soak.php BASE_URL REFUSED_PORT [CALLS >= 20000]\n");
    exit(2);
}

// Each kind: the webhook it calls and what it must end in.
$kinds = [
    'success' => ["$base/rest/1/soakC0de/", null],
    'API error' => ["$base/nowhere/rest/1/soakC0de/", 'B24im\ApiException/ERROR_METHOD_NOT_FOUND'],
    'not JSON' => ["$base/not-json/rest/1/soakC0de/", 'B24im\TransportException/INVALID_JSON'],
    'refused' => ["http://127.0.0.1:$refusedPort/rest/1/soakC0de/", 'B24im\TransportException/CONNECT_FAILED'],
];
$webhooks = array_column($kinds, 0);
$expected = array_column($kinds, 1);

function rss_kib(): int
{
    return preg_match('/^VmRSS:\s+(\d+)/m', file_get_contents('/proc/self/status'), $m) ? (int) $m[1] : -1;
}

function fds(): int
{
    return count(scandir('/proc/self/fd')) - 2;
}

function call(int $i, array $webhooks, array $expected): void
{
    $k = $i % 4;
    try {
        $r = b24_idle_start(10, $webhooks[$k]);
        $got = $r === true ? null : 'returned ' . var_export($r, true);
    } catch (B24im\Exception $e) {
        $got = get_class($e) . '/' . $e->getError();
    }
    if ($got !== $expected[$k]) {
        fwrite(STDERR, "soak: call $i: expected " . ($expected[$k] ?? 'true') . ", got " . ($got ?? 'true') . "\n");
        exit(1);
    }
}

// One round of each kind first: the persistent handle, its connection and every code path exist from here on.
for ($i = 0; $i < 4; $i++) {
    call($i, $webhooks, $expected);
}
$fdsAtStart = fds();
$checkpoints = [10_000, intdiv($calls, 4), intdiv($calls, 2), intdiv($calls * 3, 4), $calls];
$rss = [];
$t = hrtime(true);
for ($i = 4; $i < $calls; $i++) {
    call($i, $webhooks, $expected);
    if (in_array($i + 1, $checkpoints, true)) {
        $rss[$i + 1] = rss_kib();
        printf("call %7d: RSS %6d KiB, %d fds, %.1f s\n", $i + 1, $rss[$i + 1], fds(), (hrtime(true) - $t) / 1e9);
    }
}
$fdsAtEnd = fds();
$grew = $rss[$calls] - $rss[10_000];
$max = max(array_slice($rss, 1, null, true)) - $rss[10_000];
printf("\n%d calls (a quarter each: success, API error, not-JSON reply, refused connection) in %.1f s\n", $calls, (hrtime(true) - $t) / 1e9);
printf("RSS from call 10,000 to call %d: %+d KiB (largest rise at any checkpoint: %+d KiB; limit 1024): %s\n",
    $calls, $grew, $max, $max <= 1024 ? 'met' : 'NOT met');
printf("open file descriptors: %d after the first round, %d at the end: %s\n", $fdsAtStart, $fdsAtEnd, $fdsAtStart === $fdsAtEnd ? 'met' : 'NOT met');
exit($max <= 1024 && $fdsAtStart === $fdsAtEnd ? 0 : 1);
