--TEST--
Rate limit: the client-side leaky bucket is shared by processes; 8 processes x 100 calls against a portal enforcing 100/s burst 20, clients at rate_limit 100 burst 20: no QUERY_LIMIT_EXCEEDED reaches a caller, and the wall time stays within 15% (35% on a debug build) of the bucket's minimum
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true, 'workers' => 8]);
// Under valgrind (which runs the emulator and the children too, each call taking seconds) the same test at a pace
// valgrind keeps up with, the portal allowing for the jitter of valgrind's slow calls.
[$rate, $burst, $portalBurst, $calls] = b24t_valgrind() ? [0.2, 2, 4, 1] : [100, 20, 20, 100];
$emu->rateLimit($rate, $portalBurst);
$dir = b24t_state_dir();
const PROCESSES = 8;
$minimum = (PROCESSES * $calls - $burst) / $rate;   // 7.8 s: the portal's bucket lets no client go faster

$children = new B24tChildren();
$children->start(PROCESSES, <<<'PHP'
    $c = new B24im\Client($args['webhook'], ['allow_http' => true, 'rate_limit' => $args['rate'], 'rate_burst' => $args['burst'], 'state_dir' => $args['dir']]);
    $ok = 0;
    $errors = [];
    for ($n = 0; $n < $args['calls']; $n++) {
        try {
            $c->call('server.time');
            $ok++;
        } catch (B24im\Exception $e) {
            $errors[] = $e->getError();
        }
    }
    return ['ok' => $ok, 'errors' => array_count_values($errors)];
PHP, ['webhook' => $emu->webhook, 'dir' => $dir, 'calls' => $calls, 'rate' => $rate, 'burst' => $burst]);
$start = $children->release();
$results = $children->wait(120);
$wall = microtime(true) - $start;

$ok = 0;
$errors = [];
foreach ($results as $k => $r) {
    if (!$r['ok']) {
        echo "child $k failed:\n", $r['output'], "\n";
        continue;
    }
    $ok += $r['result']['ok'];
    foreach ($r['result']['errors'] as $code => $n) {
        $errors[$code] = ($errors[$code] ?? 0) + $n;
    }
}
$requests = count($emu->requests());
$retries = $requests - PROCESSES * $calls;

echo $ok === PROCESSES * $calls ? "pass" : "FAIL ($ok succeeded)", ": every call succeeded\n";
echo !isset($errors['QUERY_LIMIT_EXCEEDED']) ? "pass" : "FAIL ({$errors['QUERY_LIMIT_EXCEEDED']} times)", ": no QUERY_LIMIT_EXCEEDED reached a caller\n";
echo $errors === [] ? "pass" : "FAIL (" . json_encode($errors) . ")", ": no other error either\n";
// a debug build's calls cost several times the CPU: eight of them on two cores fall behind the bucket's pace
$allowance = PHP_DEBUG ? 1.35 : 1.15;
echo $wall <= $minimum * $allowance ? "pass" : sprintf("FAIL (%.2f s, the limit is %.2f s; %d retries; the processes ended after %s s)", $wall, $minimum * $allowance,
    $retries, implode(', ', array_map(fn($r) => sprintf('%.2f', $r['ended']), $results))), ": the wall time stays within 15% of the bucket's minimum (35% on a debug build)\n";
echo $wall >= $minimum * 0.97 ? "pass" : sprintf("FAIL (%.2f s for a minimum of %.2f s)", $wall, $minimum), ": the portal's bucket was really enforced\n";
echo $retries <= max(3, PROCESSES * $calls / 10) ? "pass" : "FAIL ($retries)", ": the portal refused few requests (the processes paced themselves, they did not lean on retries)\n";
?>
--EXPECT--
pass: every call succeeded
pass: no QUERY_LIMIT_EXCEEDED reached a caller
pass: no other error either
pass: the wall time stays within 15% of the bucket's minimum (35% on a debug build)
pass: the portal's bucket was really enforced
pass: the portal refused few requests (the processes paced themselves, they did not lean on retries)
