<?php // Turns bench/run's result lines (key=value) into the markdown tables (medians, ratios to b24im) and the targets list with met / NOT met.
// Usage: php report.php RESULTS_FILE [ENV_FILE]
declare(strict_types=1);

$rows = [];
foreach (file($argv[1] ?? '', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [] as $line) {
    $row = [];
    foreach (preg_split('/\s+/', trim($line)) as $pair) {
        [$k, $v] = array_pad(explode('=', $pair, 2), 2, '');
        $row[$k] = $v;
    }
    $rows[] = $row;
}
$env = isset($argv[2]) ? trim((string) @file_get_contents($argv[2])) : '';

const SETUP_NAMES = [
    'http' => 'HTTP',
    'testca' => 'HTTPS, test CA',
    'system' => 'HTTPS, system bundle + test CA',
];
const WAY_NAMES = [
    'b24im' => '1. b24im `b24_idle_start`',
    'documented' => '2. documented PHP (restCommand, handle per call)',
    'reused_curl' => '3. best plain PHP (one reused ext/curl handle)',
    'floor' => '4. C floor (libcurl + json-c, reused)',
    'floor_curlu' => '4b. C floor, URL parsed once (CURLOPT_CURLU, as b24im)',
];

function median(array $values): ?float
{
    if (!$values) {
        return null;
    }
    sort($values);
    $n = count($values);
    return $n % 2 ? (float) $values[intdiv($n, 2)] : ($values[$n / 2 - 1] + $values[$n / 2]) / 2;
}

/** Median of a metric over the rows of one kind/setup/way (failed runs left out). */
function med(array $rows, string $kind, string $setup, string $way, callable $metric): ?float
{
    $values = [];
    foreach ($rows as $r) {
        if (($r['kind'] ?? '') === $kind && ($r['setup'] ?? '') === $setup && ($r['way'] ?? '') === $way && !isset($r['failed'])) {
            $values[] = $metric($r);
        }
    }
    return median($values);
}

/** The metric's value in each round, in round order. */
function by_round(array $rows, string $kind, string $setup, string $way, callable $metric): array
{
    $values = [];
    foreach ($rows as $r) {
        if (($r['kind'] ?? '') === $kind && ($r['setup'] ?? '') === $setup && ($r['way'] ?? '') === $way && !isset($r['failed'])) {
            $values[(int) ($r['round'] ?? 0)] = $metric($r);
        }
    }
    ksort($values);
    return $values;
}

function rounds(array $rows, string $kind, string $setup, string $way): int
{
    $n = 0;
    foreach ($rows as $r) {
        $n += (int) (($r['kind'] ?? '') === $kind && ($r['setup'] ?? '') === $setup && ($r['way'] ?? '') === $way && !isset($r['failed']));
    }
    return $n;
}

function num(?float $v, int $decimals = 0): string
{
    return $v === null ? 'n/a' : number_format($v, $decimals, '.', ',');
}

/** A ratio, with enough digits to read small ones. */
function ratio(?float $a, ?float $b): string
{
    if ($a === null || $b === null || $b == 0.0) {
        return 'n/a';
    }
    $r = $a / $b;
    return ($r >= 100 ? number_format($r, 0, '.', ',') : ($r >= 10 ? sprintf('%.1f', $r) : sprintf('%.3g', $r))) . '×';
}

$out = [];
$out[] = '# b24im benchmark';
$out[] = '';
foreach (explode("\n", $env) as $l) {
    if ($l !== '') {
        $out[] = "- $l";
    }
}
$out[] = '';

// --- CLI -----------------------------------------------------------------------------------------------------------
$rate = fn (array $r) => (float) $r['calls'] / max((float) $r['wall_s'], 1e-9);
$cpu = fn (array $r) => (float) $r['cpu_s'] / max((float) $r['calls'], 1) * 1e6;
$rss = fn (array $r) => (float) $r['maxrss_kb'] / 1024;
$conns = fn (array $r) => (float) $r['conns'];
$hs = fn (array $r) => (float) $r['handshakes'];
$calls = fn (array $r) => (float) $r['calls'];
$others = fn (array $r) => (float) ($r['others_pct'] ?? 0);

$cli = [];
$out[] = '## CLI: sequential im.user.status.idle.start calls, each way in its own process (medians over rounds)';
$out[] = '';
$out[] = '"×b24im" is this way\'s value divided by b24im\'s in the same setup (calls/s: below 1× means slower than b24im; CPU and RSS: above 1× means more than b24im). CPU and wall time cover the call loop only (getrusage/clock around it); peak RSS is the whole process. Connections and full TLS handshakes are what the mock portal logged during the run. "others" is the CPU time that other processes took on the benchmark\'s CPU during the run, in % of the run\'s wall time: above a few %, that round\'s calls/s says more about the machine than about the way.';
$out[] = '';
$out[] = '| setup | way | rounds | calls/run | calls/s | ×b24im | calls/s by round | others % by round | CPU µs/call | ×b24im | peak RSS MiB | ×b24im | TCP conns/run | full TLS handshakes/run |';
$out[] = '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
$maxOthers = 0.0;
foreach (SETUP_NAMES as $setup => $setupName) {
    foreach (WAY_NAMES as $way => $wayName) {
        if ($way === 'floor_curlu') {
            continue; // counted by callgrind only
        }
        foreach (['rate' => $rate, 'cpu' => $cpu, 'rss' => $rss, 'conns' => $conns, 'hs' => $hs, 'calls' => $calls] as $k => $f) {
            $cli[$setup][$way][$k] = med($rows, 'cli', $setup, $way, $f);
        }
        $m = $cli[$setup][$way];
        $b = $cli[$setup]['b24im'];
        $othersByRound = by_round($rows, 'cli', $setup, $way, $others);
        $maxOthers = max($maxOthers, median($othersByRound) ?? 0.0);
        $out[] = sprintf('| %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |',
            $setupName, $wayName, rounds($rows, 'cli', $setup, $way), num($m['calls']),
            num($m['rate']), ratio($m['rate'], $b['rate']),
            implode(' / ', array_map(fn ($v) => num($v), by_round($rows, 'cli', $setup, $way, $rate))),
            implode(' / ', array_map(fn ($v) => num($v), $othersByRound)),
            num($m['cpu'], 1), ratio($m['cpu'], $b['cpu']),
            num($m['rss'], 1), ratio($m['rss'], $b['rss']),
            num($m['conns']), $setup === 'http' ? '–' : num($m['hs']));
    }
}
$out[] = '';

// --- instructions --------------------------------------------------------------------------------------------------
$ir = [];
foreach ($rows as $r) {
    if (($r['kind'] ?? '') === 'ir') {
        $ir[$r['setup']][$r['way']] = $r;
    }
}
if ($ir) {
    $out[] = '## Instructions per call (valgrind --tool=callgrind, the client process only)';
    $out[] = '';
    $out[] = 'Instructions of a long run minus those of a short run, divided by the difference in calls: start-up and shut-down cancel out. '
        . 'Row 4b is the floor program handing libcurl its URL parsed once (CURLOPT_CURLU), as b24im does, where row 4 sets it as text and libcurl parses it on every transfer: '
        . 'it is shown so the target, which the issue sets against row 4, can be read against both.';
    $out[] = '';
    $out[] = '| setup | way | Ir, short run | Ir, long run | instructions/call | ×b24im |';
    $out[] = '|---|---|---:|---:|---:|---:|';
    foreach ($ir as $setup => $ways) {
        foreach ($ways as $way => $r) {
            $per = ((float) $r['long_ir'] - (float) $r['short_ir']) / ((int) $r['long_calls'] - (int) $r['short_calls']);
            $ir[$setup][$way]['per_call'] = $per;
        }
        foreach ($ways as $way => $r) {
            $per = $ir[$setup][$way]['per_call'];
            $base = $ir[$setup]['b24im']['per_call'] ?? null;
            $out[] = sprintf('| %s | %s | %s (%d calls) | %s (%d calls) | %s | %s |', SETUP_NAMES[$setup], WAY_NAMES[$way],
                num((float) $r['short_ir']), $r['short_calls'], num((float) $r['long_ir']), $r['long_calls'],
                num($per), ratio($per, $base));
        }
    }
    $out[] = '';
}

// --- memory --------------------------------------------------------------------------------------------------------
$mem = null;
foreach ($rows as $r) {
    if (($r['kind'] ?? '') === 'mem') {
        $points = [];
        foreach ($r as $k => $v) {
            if (preg_match('/^rss_at_(\d+)_kb$/', $k, $m)) {
                $points[(int) $m[1]] = (int) $v;
            }
        }
        ksort($points);
        $mem = $points;
    }
}
if ($mem && count($mem) >= 2) {
    $out[] = '## Memory: RSS of one b24im process (HTTPS, test CA)';
    $out[] = '';
    $out[] = '| after calls | RSS KiB |';
    $out[] = '|---:|---:|';
    foreach ($mem as $at => $kb) {
        $out[] = sprintf('| %s | %s |', num((float) $at), num((float) $kb));
    }
    $first = array_key_first($mem);
    $last = array_key_last($mem);
    $growth = $mem[$last] - $mem[$first];
    $out[] = '';
    $out[] = sprintf('Growth from %s to %s calls: %s KiB.', num((float) $first), num((float) $last), num((float) $growth));
    $out[] = '';
}

// --- FPM -----------------------------------------------------------------------------------------------------------
$views = fn (array $r) => (float) $r['views'];
$vrate = fn (array $r) => (float) $r['views'] / max((float) $r['wall_s'], 1e-9);
$pcpu = fn (array $r) => (float) $r['pool_cpu_s'] / max((float) $r['views'], 1) * 1e6;
$perWorker = fn (array $r) => (float) $r['conns'] / max((float) $r['workers'], 1);
$fpm = [];
$fpmMaxPerWorker = [];
$out[] = '## PHP-FPM: page views through nginx to a static pool of 2 workers, one im.user.status.idle.start each, to the HTTPS mock portal (medians over rounds)';
$out[] = '';
$out[] = 'Pool CPU is user+system time of the FPM master and workers (/proc/<pid>/stat) over the run; TLS connections are those the mock portal accepted during the run.';
$out[] = '';
$out[] = '| trust | way | rounds | page views/run | views/s | ×b24im | pool CPU µs/view | ×b24im | TLS conns/run | per worker | full TLS handshakes/run |';
$out[] = '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
foreach (['testca' => 'test CA', 'system' => 'system bundle + test CA'] as $setup => $setupName) {
    foreach (['b24im' => WAY_NAMES['b24im'], 'documented' => WAY_NAMES['documented']] as $way => $wayName) {
        foreach (['views' => $views, 'rate' => $vrate, 'cpu' => $pcpu, 'conns' => $conns, 'per_worker' => $perWorker, 'hs' => $hs] as $k => $f) {
            $fpm[$setup][$way][$k] = med($rows, 'fpm', $setup, $way, $f);
        }
        foreach ($rows as $r) {
            if (($r['kind'] ?? '') === 'fpm' && $r['setup'] === $setup && $r['way'] === $way && !isset($r['failed'])) {
                $fpmMaxPerWorker[$setup][$way] = max($fpmMaxPerWorker[$setup][$way] ?? 0, $perWorker($r));
            }
        }
        $m = $fpm[$setup][$way];
        $b = $fpm[$setup]['b24im'];
        $out[] = sprintf('| %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |', $setupName, $wayName,
            rounds($rows, 'fpm', $setup, $way), num($m['views']), num($m['rate']), ratio($m['rate'], $b['rate']),
            num($m['cpu'], 1), ratio($m['cpu'], $b['cpu']), num($m['conns']), num($m['per_worker'], 1), num($m['hs']));
    }
}
$out[] = '';

// --- targets -------------------------------------------------------------------------------------------------------
$targets = [];
$check = function (string $what, ?float $value, string $op, float $limit, string $fmt = '%.3g×') use (&$targets): void {
    if ($value === null) {
        $targets[] = "- **NOT met** (no measurement): $what";
        return;
    }
    $met = $op === '>=' ? $value >= $limit : $value <= $limit;
    $targets[] = sprintf("- %s: %s — measured " . $fmt, $met ? 'met' : '**NOT met**', $what, $value);
};
$div = fn (?float $a, ?float $b) => $a === null || $b === null || $b == 0.0 ? null : $a / $b;
$c = fn (string $s, string $w, string $k) => $cli[$s][$w][$k] ?? null;

// Target (0) of issue 13: one call at 0 ms, CPU per call against one reused ext/curl handle.
$check('(0) CLI HTTP: b24im CPU/call ≤ 1.05× one reused ext/curl handle\'s', $div($c('http', 'b24im', 'cpu'), $c('http', 'reused_curl', 'cpu')), '<=', 1.05);
$check('(0) CLI HTTPS test CA: b24im CPU/call ≤ 1.05× one reused ext/curl handle\'s', $div($c('testca', 'b24im', 'cpu'), $c('testca', 'reused_curl', 'cpu')), '<=', 1.05);
$check('CLI HTTPS test CA: b24im calls/s ≥ 25× the documented PHP way', $div($c('testca', 'b24im', 'rate'), $c('testca', 'documented', 'rate')), '>=', 25);
$check('CLI HTTPS test CA: b24im calls/s ≥ 0.95× best plain PHP (reused ext/curl)', $div($c('testca', 'b24im', 'rate'), $c('testca', 'reused_curl', 'rate')), '>=', 0.95);
$check('CLI HTTPS test CA: b24im calls/s ≥ 0.95× the C floor', $div($c('testca', 'b24im', 'rate'), $c('testca', 'floor', 'rate')), '>=', 0.95);
$check('CLI HTTPS system bundle: b24im calls/s ≥ 400× the documented PHP way', $div($c('system', 'b24im', 'rate'), $c('system', 'documented', 'rate')), '>=', 400);
$check('CLI HTTP: b24im calls/s ≥ 2.2× the documented PHP way', $div($c('http', 'b24im', 'rate'), $c('http', 'documented', 'rate')), '>=', 2.2);
$check('CLI HTTP: b24im calls/s ≥ 0.95× best plain PHP (reused ext/curl)', $div($c('http', 'b24im', 'rate'), $c('http', 'reused_curl', 'rate')), '>=', 0.95);
$check('CLI HTTP: b24im calls/s ≥ 0.95× the C floor', $div($c('http', 'b24im', 'rate'), $c('http', 'floor', 'rate')), '>=', 0.95);
$check('Instructions/call, HTTP: b24im ≤ 1.05× the C floor', $div($ir['http']['b24im']['per_call'] ?? null, $ir['http']['floor']['per_call'] ?? null), '<=', 1.05);
foreach (['testca' => 'test CA', 'system' => 'system bundle'] as $s => $name) {
    $check("FPM $name: b24im at most 2 TLS connections per worker over the page views (worst round)", $fpmMaxPerWorker[$s]['b24im'] ?? null, '<=', 2, '%.1f per worker');
}
$check('FPM test CA: b24im pool CPU/page view ≤ 1/5 of the documented way\'s', $div($fpm['testca']['b24im']['cpu'] ?? null, $fpm['testca']['documented']['cpu'] ?? null), '<=', 1 / 5, '%.3g× (limit 0.2×)');
$check('FPM system bundle: b24im pool CPU/page view ≤ 1/50 of the documented way\'s', $div($fpm['system']['b24im']['cpu'] ?? null, $fpm['system']['documented']['cpu'] ?? null), '<=', 1 / 50, '%.3g× (limit 0.02×)');
if ($mem && count($mem) >= 2) {
    $check(sprintf('Memory: RSS after %s calls within 1 MiB of RSS after %s', num((float) array_key_last($mem)), num((float) array_key_first($mem))),
        (float) ($mem[array_key_last($mem)] - $mem[array_key_first($mem)]), '<=', 1024, '%+.0f KiB');
} else {
    $check('Memory: RSS after 100,000 calls within 1 MiB of RSS after 1,000', null, '<=', 1024);
}

$out[] = '## Targets';
$out[] = '';
if ($maxOthers > 5) {
    $out[] = sprintf('Caution: other processes took a median of up to %.0f%% of the benchmark\'s CPU during some CLI runs; the calls/s targets below reflect that load as much as the ways (the CPU µs/call and instructions columns much less).', $maxOthers);
    $out[] = '';
}
foreach ($targets as $t) {
    $out[] = $t;
}
$out[] = '';
$out[] = 'For information: the documented way opened ' . num($fpm['testca']['documented']['conns'] ?? null) . ' (test CA) and '
    . num($fpm['system']['documented']['conns'] ?? null) . ' (system bundle) TLS connections for '
    . num($fpm['testca']['documented']['views'] ?? null) . ' / ' . num($fpm['system']['documented']['views'] ?? null) . ' page views.';
echo implode("\n", $out), "\n";
