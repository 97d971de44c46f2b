<?php // bench/run's network scenarios: runs every way through the latency proxy at 0 ms and 40 ms round trip (one call in a loop, whole lists, 100 portals) and prints their markdown tables and targets.
// Usage (from bench/run): php net.php KEY=VALUE... with tmp, so, ca, port (the mock portal's HTTPS port), proxy (the
// compiled latency_proxy), jssdk (the SDK's npm dir, or empty), short (0/1), rtt (e.g. "0,40"), results (a file).
declare(strict_types=1);

$opt = [];
foreach (array_slice($argv, 1) as $a) {
    [$k, $v] = array_pad(explode('=', $a, 2), 2, '');
    $opt[$k] = $v;
}
foreach (['tmp', 'so', 'ca', 'port', 'proxy', 'results'] as $k) {
    if (!isset($opt[$k]) || $opt[$k] === '') {
        fwrite(STDERR, "net.php: missing $k=...\n");
        exit(2);
    }
}
const BENCH = __DIR__ . '/..';
const PORTALS = 100;
$short = ($opt['short'] ?? '0') === '1';
$rtts = array_map('intval', explode(',', $opt['rtt'] ?? '0,40'));
$jssdk = $opt['jssdk'] ?? '';
$php = PHP_BINARY;
$failed = false;

function say(string $s): void
{
    fwrite(STDERR, $s . "\n");
}

// --- processes -------------------------------------------------------------------------------------------------
/** Starts the latency proxy; returns its handle with the listeners' addresses. It exits when we do (stdin pipe). */
function proxy_start(string $bin, int $rtt, array $map, string $dir): array
{
    static $n = 0;
    $n++;
    $mapFile = "$dir/proxy$n.map";
    $stats = "$dir/proxy$n.stats";
    file_put_contents($mapFile, implode("\n", array_map(fn ($m) => implode(' ', $m), $map)) . "\n");
    $p = proc_open([$bin, (string) $rtt, $mapFile, $stats], [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['file', "$dir/proxy$n.err", 'w']], $pipes);
    if (!$p) {
        throw new RuntimeException('latency_proxy did not start');
    }
    $listen = [];
    while (($line = fgets($pipes[1])) !== false) {
        if (trim($line) === 'ready') {
            return ['proc' => $p, 'pipes' => $pipes, 'listen' => $listen, 'stats' => $stats, 'rtt' => $rtt];
        }
        if (preg_match('/^listen (\d+) (\S+) (\d+)$/', trim($line), $m)) {
            $listen[(int) $m[1]] = [$m[2], (int) $m[3]];
        }
    }
    throw new RuntimeException('latency_proxy failed: ' . @file_get_contents("$dir/proxy$n.err"));
}

/** The proxy's counts: ['total' => [conns, hellos, resumed], 'listener' => [i => [...]]]. */
function proxy_stats(array $px): array
{
    $out = ['total' => [0, 0, 0], 'listener' => []];
    foreach (file($px['stats'], FILE_IGNORE_NEW_LINES) ?: [] as $l) {
        if (preg_match('/^(total|listener (\d+)) conns=(\d+) hellos=(\d+) resumed=(\d+)/', $l, $m)) {
            $v = [(int) $m[3], (int) $m[4], (int) $m[5]];
            if ($m[1] === 'total') {
                $out['total'] = $v;
            } else {
                $out['listener'][(int) $m[2]] = $v;
            }
        }
    }
    return $out;
}

function proxy_delta(array $a, array $b): array
{
    return ['conns' => $b['total'][0] - $a['total'][0], 'hellos' => $b['total'][1] - $a['total'][1],
        'full' => ($b['total'][1] - $b['total'][2]) - ($a['total'][1] - $a['total'][2])];
}

/** Runs one way; returns its result line as an array (the key=value pairs), or null with the error logged. */
function run_way(array $cmd, array $env = [], float $timeout = 900): ?array
{
    $p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env + getenv());
    if (!$p) {
        say('  FAILED to start: ' . implode(' ', $cmd));
        return null;
    }
    stream_set_blocking($pipes[1], false);
    stream_set_blocking($pipes[2], false);
    $out = $err = '';
    $end = microtime(true) + $timeout;
    while (true) {
        $r = [$pipes[1], $pipes[2]];
        $w = $e = null;
        if (@stream_select($r, $w, $e, 1) === false) {
            break;
        }
        foreach ($r as $s) {
            $chunk = (string) fread($s, 65536);
            if ($s === $pipes[1]) {
                $out .= $chunk;
            } else {
                $err .= $chunk;
            }
        }
        if (feof($pipes[1]) && feof($pipes[2])) {
            break;
        }
        if (microtime(true) > $end) {
            proc_terminate($p);
            $err .= "\n(timed out after {$timeout}s)";
            break;
        }
    }
    $rc = proc_close($p);
    $line = ''; // every "way=..." line the way printed, merged (a later key wins)
    foreach (explode("\n", trim($out)) as $l) {
        if (str_starts_with($l, 'way=')) {
            $line .= ' ' . $l;
        }
    }
    $line = trim($line);
    if ($rc !== 0 || $line === '') {
        say('  FAILED (exit ' . $rc . '): ' . basename($cmd[array_key_last(array_filter($cmd, fn ($c) => str_contains($c, '/ways/')))] ?? $cmd[0]) . ': ' . substr(trim($err), 0, 600));
        return null;
    }
    $row = [];
    foreach (preg_split('/\s+/', $line) as $pair) {
        [$k, $v] = array_pad(explode('=', $pair, 2), 2, '');
        $row[$k] = $v;
    }
    return $row;
}

function result_line(string $file, string $kind, array $kv): void
{
    $s = "kind=$kind";
    foreach ($kv as $k => $v) {
        $s .= ' ' . $k . '=' . (is_float($v) ? sprintf('%.6g', $v) : (string) $v);
    }
    file_put_contents($file, $s . "\n", FILE_APPEND);
}

// --- formatting ------------------------------------------------------------------------------------------------
function num(?float $v, int $d = 0): string
{
    return $v === null ? 'n/a' : number_format($v, $d, '.', ',');
}

function ratio(?float $a, ?float $b): string
{
    if ($a === null || $b === null || $b == 0.0) {
        return 'n/a';
    }
    $r = $a / $b;
    return ($r >= 100 ? number_format($r, 0, '.', ',') : ($r >= 10 ? sprintf('%.1f', $r) : sprintf('%.3g', $r))) . '×';
}

$targets = [];
/** A target line: MET / NOT MET and by how much; $value null = not measured in this build. */
function target(array &$targets, string $what, ?float $value, string $op, float $limit, string $unit = '×', ?string $why = null): void
{
    if ($value === null) {
        $targets[] = "- **not available in this build**: $what" . ($why ? " ($why)" : '');
        return;
    }
    $met = $op === '>=' ? $value >= $limit : $value <= $limit;
    $fmt = fn (float $x) => $unit === '×' ? sprintf('%.3g×', $x) : sprintf('%s %s', num($x, $x == floor($x) ? 0 : 2), $unit);
    if ($met) {
        $by = '';
    } elseif ($op === '>=') {
        $by = sprintf('; short by %s (%.0f%% of the target)', $unit === '×' ? sprintf('%.3g×', $limit / max($value, 1e-12)) : $fmt($limit - $value), $value / $limit * 100);
    } else {
        $by = sprintf('; over by %s', $unit === '×' ? sprintf('%.3g×', $value / max($limit, 1e-12)) : $fmt($value - $limit));
    }
    $targets[] = sprintf('- %s: %s — measured %s, target %s %s%s', $met ? 'MET' : '**NOT MET**', $what, $fmt($value), $op === '>=' ? '≥' : '≤', $fmt($limit), $by);
}

$out = [];
$tmp = $opt['tmp'];
$ca = $opt['ca'];
$so = $opt['so'];
$port = (int) $opt['port'];
$jsEnv = ['NODE_EXTRA_CA_CERTS' => $ca, 'B24IM_JSSDK_DIR' => $jssdk];
$haveJs = $jssdk !== '' && is_dir("$jssdk/node_modules/@bitrix24/b24jssdk");
$jsWhy = 'the @bitrix24/b24jssdk npm install failed or was skipped';
$b24imCmd = [$php, '-n', '-d', "extension=$so", '-d', 'b24im.rate_limit=0', '-d', "b24im.ca_file=$ca"];
$curlCmd = [$php, '-n', '-d', 'extension=curl', '-d', "curl.cainfo=$ca"];
$nodeCmd = ['node'];
$haveMany = (bool) trim((string) shell_exec(implode(' ', array_map('escapeshellarg', [...$b24imCmd, '-r', 'echo function_exists("b24_call_many") ? 1 : "";']))));
$haveList = (bool) trim((string) shell_exec(implode(' ', array_map('escapeshellarg', [...$b24imCmd, '-r', 'echo function_exists("b24_list") ? 1 : "";']))));

// One proxy per round trip, each with a listener for scenario 1 (127.0.0.1) and one per portal for scenario 3
// (127.0.1.N, all in front of the same HTTPS mock portal: b24im, curl and Node tell portals apart by host and port).
$proxies = [];
foreach ($rtts as $rtt) {
    $map = [['127.0.0.1', 0, '127.0.0.1', $port]];
    for ($i = 1; $i <= PORTALS; $i++) {
        $map[] = ["127.0.1.$i", 0, '127.0.0.1', $port];
    }
    $proxies[$rtt] = proxy_start($opt['proxy'], $rtt, $map, $tmp);
}
$hook = fn (array $px, int $i) => sprintf('https://%s:%d/rest/1/benchcode/', $px['listen'][$i][0], $px['listen'][$i][1]);

$out[] = '## Network scenarios: the same calls over a real network shape (latency proxy)';
$out[] = '';
$out[] = sprintf('Every way talks HTTPS (TLS 1.3, the test CA) through `bench/latency_proxy.c`, a user-space proxy that holds every byte for half the round trip in each direction; a new TCP connection\'s first bytes also wait one full round trip after the accept (the SYN/SYN-ACK a real connect() waits for), so a new HTTPS connection costs 3 round trips (TCP, TLS 1.3, the request) and a kept one 1. Round trips: %s ms (0 ms = through the proxy without delay, for reference). Connections and TLS handshakes are the proxy\'s counts (a full handshake is a ClientHello that offers no session to resume).', implode(' and ', $rtts));
$out[] = '';

// --- scenario 1: one call in a loop --------------------------------------------------------------------------
$cap = $short ? 2.0 : 6.0;
$s1Ways = [
    'b24im' => ['b24im `b24_idle_start`', [...$b24imCmd, BENCH . '/ways/b24im.php'], []],
    'documented' => ['documented `restCommand` (curl handle per call)', [...$curlCmd, BENCH . '/ways/documented.php'], []],
    'crest_style' => ['CRest-style (curl handle per call, redirects followed)', [...$curlCmd, BENCH . '/ways/crest_style.php'], []],
    'jssdk' => ['b24jssdk `actions.v2.call` (Node ' . trim((string) shell_exec('node --version 2>/dev/null')) . ')', [...$nodeCmd, BENCH . '/ways/jssdk_call.mjs'], $jsEnv],
];
say("bench/run: network scenario 1: one call in a loop, {$cap}s per way and round trip");
$s1 = [];
foreach ($rtts as $rtt) {
    $px = $proxies[$rtt];
    foreach ($s1Ways as $way => [$name, $cmd, $env]) {
        if ($way === 'jssdk' && !$haveJs) {
            continue;
        }
        $before = proxy_stats($px);
        $r = run_way([...$cmd, $hook($px, 0), '1000000', (string) $cap], $env);
        usleep(100000); // the proxy counts a connection at accept; its file is rewritten within the same loop turn
        $d = proxy_delta($before, proxy_stats($px));
        if ($r === null) {
            $failed = true;
            continue;
        }
        $calls = (int) $r['calls'];
        $s1[$rtt][$way] = ['rate' => $calls / max((float) $r['wall_s'], 1e-9), 'cpu' => (float) $r['cpu_s'] / max($calls, 1) * 1e6,
            'calls' => $calls, 'rss' => (float) $r['maxrss_kb'] / 1024] + $d;
        result_line($opt['results'], 'net1', ['rtt' => $rtt, 'way' => $way] + $r + $d);
        say(sprintf('  %3d ms %-12s %6d calls %9.1f calls/s  conns=%d handshakes=%d full=%d', $rtt, $way, $calls, $s1[$rtt][$way]['rate'], $d['conns'], $d['hellos'], $d['full']));
    }
}
$out[] = '### 1. One call in a loop (`im.user.status.idle.start`, one process each way, sequential)';
$out[] = '';
$out[] = sprintf('Each way runs for %.0f s per round trip. "×b24im" is the way\'s calls/s over b24im\'s at the same round trip (below 1× = slower). CPU is the client process\'s (getrusage / process.cpuUsage) over the loop.', $cap);
$out[] = '';
$hdr = '| way |';
$sep = '|---|';
foreach ($rtts as $rtt) {
    $hdr .= " calls/s @ $rtt ms | ×b24im | CPU µs/call | TCP conns | TLS handshakes (full) |";
    $sep .= '---:|---:|---:|---:|---:|';
}
$out[] = $hdr;
$out[] = $sep;
foreach ($s1Ways as $way => [$name]) {
    $row = "| $name |";
    foreach ($rtts as $rtt) {
        $m = $s1[$rtt][$way] ?? null;
        if ($m === null) {
            $row .= ' ' . ($way === 'jssdk' && !$haveJs ? 'not available in this build' : 'failed') . ' | | | | |';
            continue;
        }
        $row .= sprintf(' %s | %s | %s | %s for %s calls | %s (%s) |', num($m['rate'], 1), ratio($m['rate'], $s1[$rtt]['b24im']['rate'] ?? null),
            num($m['cpu'], 0), num((float) $m['conns']), num((float) $m['calls']), num((float) $m['hellos']), num((float) $m['full']));
    }
    $out[] = $row;
}
$out[] = '';
$hi = max($rtts);
$doc = $s1[$hi]['documented']['rate'] ?? null;
$mine = $s1[$hi]['b24im']['rate'] ?? null;
target($targets, "(1) one call in a loop at $hi ms: b24im calls/s ≥ 2.5× the documented `restCommand` way's",
    $mine !== null && $doc ? $mine / $doc : null, '>=', 2.5);

// --- scenario 2: whole lists ---------------------------------------------------------------------------------
$out[] = '### 2. All records of a 10,000- and a 100,000-record list';
$out[] = '';
$emuHasLists = method_exists_in_emulator('table');
$listWhy = [];
if (!$emuHasLists) {
    $listWhy[] = 'the test emulator has no list methods (`$emu->table()`)';
}
if (!$haveList) {
    $listWhy[] = 'b24im has no `b24_list`';
}
$sizes = [10000, 100000];
$costs = ['count_row_us' => 0.5, 'count_ms' => 2.0, 'page_ms' => 2.0];
$s2 = [];
$emuProc = null;
if ($emuHasLists) {
    // The emulator (PHP's server and its nginx front, HTTP/2 over TLS) under its own supervisor; it stops when our pipe closes.
    $emuProc = proc_open([$php, BENCH . '/net/emu.php', implode(',', $sizes), (string) $costs['count_row_us'], (string) $costs['count_ms'], (string) $costs['page_ms']],
        [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['file', "$tmp/emu.err", 'w']], $emuPipes);
    $emuInfo = $emuProc ? json_decode((string) fgets($emuPipes[1]), true) : null;
    if (!is_array($emuInfo)) {
        say('  FAILED: the emulator did not start: ' . substr((string) @file_get_contents("$tmp/emu.err"), 0, 600));
        $listWhy[] = 'the emulator did not start';
        $emuHasLists = false;
        $failed = true;
    }
}
if ($emuHasLists) {
    $emuCounts = function (int $portal) use ($emuPipes): array {
        fwrite($emuPipes[0], "counts $portal\n");
        return json_decode((string) fgets($emuPipes[1]), true) ?: ['requests' => 0, 'calls' => 0, 'counted' => 0];
    };
    $emuCa = $emuInfo['portals'][1]['ca'];
    $lb24im = [$php, '-n', '-d', "extension=$so", '-d', 'b24im.rate_limit=0', '-d', "b24im.ca_file=$emuCa", '-d', 'memory_limit=-1'];
    $lcurl = [$php, '-n', '-d', 'extension=curl', '-d', "curl.cainfo=$emuCa", '-d', 'memory_limit=-1'];
    $ljs = ['NODE_EXTRA_CA_CERTS' => $emuCa, 'B24IM_JSSDK_DIR' => $jssdk];
    $s2Ways = [
        'b24_list' => ['`b24_list`', [...$lb24im, BENCH . '/ways/list_all.php', 'b24_list'], [], true],
        'jssdk_fetchList' => ['b24jssdk `actions.v2.fetchList`', [...$nodeCmd, BENCH . '/ways/jssdk_list.mjs', 'fetchList'], $ljs, $haveJs],
        'jssdk_callList' => ['b24jssdk `actions.v2.callList`', [...$nodeCmd, BENCH . '/ways/jssdk_list.mjs', 'callList'], $ljs, $haveJs],
        'rest_start' => ['`restCommand` loop over `start`', [...$lcurl, BENCH . '/ways/list_all.php', 'rest_start'], [], true],
    ];
    say('bench/run: network scenario 2: all records of ' . implode(' and ', array_map(fn ($n) => num((float) $n), $sizes)) . '-record lists' . ($short ? ' (--short: 100,000 with b24_list only)' : ''));
    foreach ($rtts as $rtt) {
        $map = [];
        foreach ($emuInfo['portals'] as $n => $pi) {
            $map[] = [$pi['host'], 0, $pi['host'], $pi['port']];
        }
        $px = proxy_start($opt['proxy'], $rtt, $map, $tmp);
        foreach ($sizes as $si => $rows) {
            $n = $si + 1;
            $pi = $emuInfo['portals'][$n];
            $url = sprintf('https://%s:%d%s', $px['listen'][$si][0], $px['listen'][$si][1], $pi['path']);
            foreach ($s2Ways as $way => [$name, $cmd, $env, $avail]) {
                if (!$avail || ($way === 'b24_list' && !$haveList) || ($short && $rows > 10000 && $way !== 'b24_list')) {
                    continue;
                }
                $before = proxy_stats($px);
                $c0 = $emuCounts($n);
                $r = run_way([...$cmd, $url, 'crm.deal.list', (string) $rows], $env, 1800);
                usleep(100000);
                $c1 = $emuCounts($n);
                $d = proxy_delta($before, proxy_stats($px));
                if ($r === null) {
                    $failed = true;
                    continue;
                }
                $m = ['records' => (int) $r['calls'], 'wall' => (float) $r['wall_s'], 'cpu' => (float) $r['cpu_s'], 'rss' => (float) $r['maxrss_kb'] / 1024,
                    'requests' => $c1['requests'] - $c0['requests'], 'pages' => $c1['calls'] - $c0['calls'], 'counted' => $c1['counted'] - $c0['counted'],
                    'own_requests' => $r['requests'] ?? null, 'strategy' => $r['strategy'] ?? null] + $d;
                $s2[$rtt][$rows][$way] = $m;
                result_line($opt['results'], 'net2', ['rtt' => $rtt, 'rows' => $rows, 'way' => $way] + $r + $d
                    + ['emu_requests' => $m['requests'], 'emu_pages' => $m['pages'], 'emu_counted' => $m['counted']]);
                say(sprintf('  %3d ms %7d rows %-16s %8.2f s wall  %5d requests %5d pages %5d counted  %6.1f MiB peak RSS  conns=%d',
                    $rtt, $rows, $way, $m['wall'], $m['requests'], $m['pages'], $m['counted'], $m['rss'], $m['conns']));
            }
        }
        fclose($px['pipes'][0]);
        proc_close($px['proc']);
    }
    fclose($emuPipes[0]);
    proc_close($emuProc);
}
if ($s2) {
    $out[] = sprintf('The lists are the test emulator\'s `crm.deal.list` over tables of %s rows (portals of their own behind its nginx front: TLS 1.3, HTTP/2), through the proxy. '
        . 'Costs given to the emulator so that counting shows as it does on a real portal (the docs\' example: 49.9 s for one counted page of 2.4 M rows, 0.097 s without the count): '
        . 'a page that counts the table (`start` ≥ 0) costs %.1f µs per table row + %.0f ms (%s ms at 10,000 rows, %s ms at 100,000); one with `start=-1` costs %.0f ms; `batch` runs its sub-calls one after another. '
        . 'The portal\'s leaky bucket is off (on, every way past 50 requests would wait half a second a request: the 200-request ways minutes, b24_list not at all). '
        . 'Requests, pages and counted pages are from the emulator\'s logs; peak RSS is the client process\'s (ru_maxrss / process.resourceUsage); CPU the client\'s.%s',
        implode(' and ', array_map(fn ($n) => num((float) $n), $sizes)), $costs['count_row_us'], $costs['count_ms'],
        num(10000 * $costs['count_row_us'] / 1000 + $costs['count_ms']), num(100000 * $costs['count_row_us'] / 1000 + $costs['count_ms']), $costs['page_ms'],
        $short ? ' With `--short`, the 100,000-record list runs with b24_list only.' : '');
    $out[] = '';
    $out[] = '| round trip | records | way | wall s | ×b24_list | requests | pages | counted pages | TCP conns | peak RSS MiB | CPU s |';
    $out[] = '|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|';
    foreach ($rtts as $rtt) {
        foreach ($sizes as $rows) {
            foreach ($s2Ways as $way => [$name]) {
                $m = $s2[$rtt][$rows][$way] ?? null;
                if ($m === null) {
                    continue;
                }
                $out[] = sprintf('| %d ms | %s | %s%s | %s | %s | %s | %s | %s | %s | %s | %s |', $rtt, num((float) $rows), $name,
                    $m['strategy'] && $m['strategy'] !== '-' ? " ({$m['strategy']})" : '', num($m['wall'], 2),
                    ratio($m['wall'], $s2[$rtt][$rows]['b24_list']['wall'] ?? null), num((float) $m['requests']), num((float) $m['pages']),
                    num((float) $m['counted']), num((float) $m['conns']), num($m['rss'], 1), num($m['cpu'], 2));
            }
        }
    }
    $out[] = '';
} else {
    $out[] = 'Not available in this build: ' . implode('; ', $listWhy) . '. The rows (b24_list, b24jssdk `actions.v2.fetchList` and `callList`, a `restCommand` `start` loop; requests, counted pages, wall time, peak memory) appear once both are in.';
    $out[] = '';
}
$l = $s2[$hi][10000] ?? [];
$lb = $l['b24_list'] ?? null;
$why2 = $listWhy ? implode('; ', $listWhy) : null;
target($targets, "(2) 10,000 records at $hi ms: b24_list requests ≤ 5", $lb ? (float) $lb['requests'] : null, '<=', 5, 'requests', $why2);
target($targets, "(2) 10,000 records at $hi ms: b24_list counted pages ≤ 1", $lb ? (float) $lb['counted'] : null, '<=', 1, 'counted page(s)', $why2);
target($targets, "(2) 10,000 records at $hi ms: b24_list wall time ≤ 1/10 of b24jssdk fetchList's",
    $lb && isset($l['jssdk_fetchList']) ? $lb['wall'] / $l['jssdk_fetchList']['wall'] : null, '<=', 0.1, '×', $why2 ?? ($haveJs ? null : $jsWhy));
target($targets, "(2) 10,000 records at $hi ms: b24_list wall time ≤ 1/20 of the restCommand start loop's",
    $lb && isset($l['rest_start']) ? $lb['wall'] / $l['rest_start']['wall'] : null, '<=', 0.05, '×', $why2);
$big = $s2[$hi][100000]['b24_list'] ?? null;
target($targets, "(2) b24_list peak RSS at 100,000 records within 2 MiB of that at 10,000 (at $hi ms)",
    $lb && $big ? $big['rss'] - $lb['rss'] : null, '<=', 2, 'MiB', $why2);

// --- scenario 3: 100 portals -----------------------------------------------------------------------------------
$rounds = $short ? 1 : 10;
$seqRounds = $short ? 1 : 10;
$concurrency = PORTALS;
$s3Ways = [
    'call_many' => ["`b24_call_many` (concurrency $concurrency)", [...$b24imCmd, BENCH . '/ways/many_portals.php', 'call_many'], [], $rounds],
    'b24im_seq' => ['b24im `b24_idle_start`, one at a time', [...$b24imCmd, BENCH . '/ways/many_portals.php', 'b24im_seq'], [], $seqRounds],
    'rest_seq' => ['`restCommand`, one at a time', [...$curlCmd, BENCH . '/ways/many_portals.php', 'rest_seq'], [], $seqRounds],
    'jssdk_all' => ['b24jssdk, `Promise.all` over 100 `B24Hook`s', [...$nodeCmd, BENCH . '/ways/jssdk_many.mjs'], $jsEnv, $rounds],
];
say("bench/run: network scenario 3: one call on each of " . PORTALS . " portals, $rounds round(s) ($seqRounds for the one-at-a-time ways)");
$s3 = [];
foreach ($rtts as $rtt) {
    $px = $proxies[$rtt];
    $hooksFile = "$tmp/hooks.$rtt.txt";
    file_put_contents($hooksFile, implode("\n", array_map(fn ($i) => $hook($px, $i), range(1, PORTALS))) . "\n");
    foreach ($s3Ways as $way => [$name, $cmd, $env, $r3]) {
        if (($way === 'jssdk_all' && !$haveJs) || ($way === 'call_many' && !$haveMany)) {
            continue;
        }
        $before = proxy_stats($px);
        $r = run_way([...$cmd, $hooksFile, (string) $r3, (string) $concurrency], $env);
        usleep(100000);
        $d = proxy_delta($before, proxy_stats($px));
        if ($r === null) {
            $failed = true;
            continue;
        }
        $s3[$rtt][$way] = ['wall' => (float) $r['wall_s'], 'cpu' => (float) $r['cpu_s'], 'calls' => (int) $r['calls'],
            'rate' => (int) $r['calls'] / max((float) $r['wall_s'], 1e-9), 'rss' => (float) $r['maxrss_kb'] / 1024] + $d;
        result_line($opt['results'], 'net3', ['rtt' => $rtt, 'way' => $way] + $r + $d);
        say(sprintf('  %3d ms %-10s %5d calls %8.2f s wall %7.3f s CPU  conns=%d full handshakes=%d', $rtt, $way, $r['calls'], $r['wall_s'], $r['cpu_s'], $d['conns'], $d['full']));
    }
}
$out[] = sprintf('### 3. One call on each of %d portals, %d time(s) over (%s calls)', PORTALS, $rounds, num((float) (PORTALS * $rounds)));
$out[] = '';
$out[] = sprintf('The %d portals are the mock portal behind %d proxy listeners, `127.0.1.1` to `127.0.1.%d`, each a host of its own to the clients. '
    . 'The parallel ways (b24_call_many, b24jssdk) run %d round(s) of one call per portal, each round waiting for the last; the one-at-a-time ways %s. '
    . 'Wall and CPU time are the client process\'s over all its calls; calls/s compares ways that ran different numbers of calls.',
    PORTALS, PORTALS, PORTALS, $rounds, $seqRounds === $rounds ? 'the same' : "$seqRounds");
$out[] = '';
$hdr = '| way |';
$sep = '|---|';
foreach ($rtts as $rtt) {
    $hdr .= " calls @ $rtt ms | wall s | calls/s | ×b24im one at a time | CPU s | TCP conns | full TLS handshakes |";
    $sep .= '---:|---:|---:|---:|---:|---:|---:|';
}
$out[] = $hdr;
$out[] = $sep;
foreach ($s3Ways as $way => [$name]) {
    $row = "| $name |";
    foreach ($rtts as $rtt) {
        $m = $s3[$rtt][$way] ?? null;
        if ($m === null) {
            $na = ($way === 'jssdk_all' && !$haveJs) || ($way === 'call_many' && !$haveMany);
            $row .= ' ' . ($na ? 'not available in this build' : 'failed') . ' | | | | | | |';
            continue;
        }
        $row .= sprintf(' %s | %s | %s | %s | %s | %s | %s |', num((float) $m['calls']), num($m['wall'], 2), num($m['rate'], 1),
            ratio($m['rate'], $s3[$rtt]['b24im_seq']['rate'] ?? null), num($m['cpu'], 3), num((float) $m['conns']), num((float) $m['full']));
    }
    $out[] = $row;
}
$out[] = '';
$m3 = $s3[$hi] ?? [];
$manyWhy = $haveMany ? null : 'b24im has no `b24_call_many` yet (branch wt-many)';
$jsOk = isset($m3['jssdk_all']);
target($targets, "(3) 100 portals at $hi ms: b24_call_many calls/s ≥ 20× b24im one at a time",
    isset($m3['call_many'], $m3['b24im_seq']) ? $m3['call_many']['rate'] / $m3['b24im_seq']['rate'] : null, '>=', 20, '×', $manyWhy);
target($targets, "(3) 100 portals at $hi ms: b24_call_many wall time ≤ b24jssdk Promise.all's",
    isset($m3['call_many']) && $jsOk ? $m3['call_many']['wall'] / $m3['jssdk_all']['wall'] : null, '<=', 1, '×', $manyWhy ?? ($jsOk ? null : $jsWhy));
target($targets, "(3) 100 portals at $hi ms: b24_call_many CPU ≤ 1/4 of b24jssdk Promise.all's",
    isset($m3['call_many']) && $jsOk ? $m3['call_many']['cpu'] / $m3['jssdk_all']['cpu'] : null, '<=', 0.25, '×', $manyWhy ?? ($jsOk ? null : $jsWhy));

// Where the time goes: the 0 ms run of the same way is its time without round trips (server and client work); the
// difference is round trips, which the request and connection counts explain.
$notes = [];
$lo = min($rtts);
if ($hi !== $lo) {
    foreach ([10000, 100000] as $rows) {
        foreach (['b24_list', 'jssdk_fetchList', 'rest_start'] as $way) {
            $a = $s2[$hi][$rows][$way] ?? null;
            $z = $s2[$lo][$rows][$way] ?? null;
            if ($a && $z) {
                $rest = $a['wall'] - $z['wall'];
                $notes[] = sprintf('%s, %s records: %s s at %d ms; at %d ms it takes %s s (the emulator\'s work on %s pages, %s of them counted, and the client\'s %s s of CPU); %s',
                    $way, num((float) $rows), num($a['wall'], 2), $hi, $lo, num($z['wall'], 2), num((float) $a['pages']), num((float) $a['counted']), num($a['cpu'], 2),
                    $rest > 0 ? sprintf('the other %s s are %s requests%s at %d ms.', num($rest, 2), num((float) $a['requests']),
                        $a['conns'] > 1 ? sprintf(' over %s new connections', num((float) $a['conns'])) : ' on one connection', $hi)
                        : sprintf('its %s round trips are within the run-to-run noise of the emulator\'s work.', num((float) $a['requests'])));
            }
        }
    }
    foreach (['call_many', 'jssdk_all', 'b24im_seq'] as $way) {
        $a = $s3[$hi][$way] ?? null;
        if ($a) {
            $notes[] = sprintf('%s, 100 portals: %s s CPU at %d ms for %s calls over %s TCP connections with %s full TLS handshakes (%s s CPU at %d ms): on a new connection the client\'s CPU goes mostly to the TLS handshake (key exchange, certificate verification).',
                $way, num($a['cpu'], 3), $hi, num((float) $a['calls']), num((float) $a['conns']), num((float) $a['full']), num($s3[$lo][$way]['cpu'] ?? null, 3), $lo);
        }
    }
}
if ($notes) {
    $out[] = '### Where the time goes';
    $out[] = '';
    foreach ($notes as $n) {
        $out[] = "- $n";
    }
    $out[] = '';
}
$out[] = '### Network targets';
$out[] = '';
foreach ($targets as $t) {
    $out[] = $t;
}
$out[] = '';
echo implode("\n", $out), "\n";

foreach ($proxies as $px) {
    fclose($px['pipes'][0]);
    proc_close($px['proc']);
}
exit($failed ? 1 : 0);

/** Whether the test emulator (tests/server/server.inc) has a method: the bench's list portals need B24tEmu::table(). */
function method_exists_in_emulator(string $method): bool
{
    $src = (string) @file_get_contents(BENCH . '/../tests/server/server.inc');
    return (bool) preg_match('/function\s+' . preg_quote($method, '/') . '\s*\(/', $src);
}
