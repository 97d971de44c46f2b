<?php // Shared by the PHP benchmark ways: arguments, the time cap, getrusage/hrtime measurement of the call loop and the one parseable result line.
declare(strict_types=1);

/** @return array{string, int, int, list<int>} webhook base URL, calls, deadline (hrtime ns), RSS checkpoints */
function bench_args(array $argv): array
{
    if (count($argv) < 3) {
        fwrite(STDERR, "usage: {$argv[0]} WEBHOOK_URL CALLS [MAX_SECONDS] [CHECKPOINT,...]\n");
        exit(2);
    }
    $seconds = (float) ($argv[3] ?? 0);
    $deadline = $seconds > 0 ? hrtime(true) + (int) ($seconds * 1e9) : PHP_INT_MAX;
    $checkpoints = isset($argv[4]) && $argv[4] !== '' ? array_map('intval', explode(',', $argv[4])) : [];
    return [$argv[1], (int) $argv[2], $deadline, $checkpoints];
}

function bench_start(): array
{
    return [hrtime(true), getrusage()];
}

function bench_cpu_seconds(array $ru): array
{
    return [
        $ru['ru_utime.tv_sec'] + $ru['ru_utime.tv_usec'] / 1e6,
        $ru['ru_stime.tv_sec'] + $ru['ru_stime.tv_usec'] / 1e6,
    ];
}

function bench_current_rss_kb(): int
{
    $status = (string) file_get_contents('/proc/self/status');
    return preg_match('/^VmRSS:\s+(\d+)\s+kB/m', $status, $m) ? (int) $m[1] : -1;
}

/** Prints: way=NAME calls=N wall_s=W cpu_s=C user_s=U sys_s=S maxrss_kb=K [rss_at_N_kb=R ...] (the loop only; start-up excluded). */
function bench_report(string $way, int $calls, array $start, array $rss = []): void
{
    $wall = (hrtime(true) - $start[0]) / 1e9;
    $end = getrusage();
    [$u0, $s0] = bench_cpu_seconds($start[1]);
    [$u1, $s1] = bench_cpu_seconds($end);
    $line = sprintf('way=%s calls=%d wall_s=%.6f cpu_s=%.6f user_s=%.6f sys_s=%.6f maxrss_kb=%d',
        $way, $calls, $wall, ($u1 - $u0) + ($s1 - $s0), $u1 - $u0, $s1 - $s0, $end['ru_maxrss']);
    foreach ($rss as $at => $kb) {
        $line .= sprintf(' rss_at_%d_kb=%d', $at, $kb);
    }
    echo $line, "\n";
}

function bench_fail(string $why): never
{
    fwrite(STDERR, "bench way failed: $why\n");
    exit(1);
}
