--TEST--
Connections under PHP-FPM: one worker keeps its TLS connection to a portal from page view to page view, a view that calls a second portal does not evict the first, and b24_last_response() starts empty in every view
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$a = b24t_emu_start();
$ta = $a->tls();
$b = b24t_emu_start();
$tb = $b->tls();
$bundle = "$a->stateDir/trust.pem";
file_put_contents($bundle, file_get_contents($ta->ca) . file_get_contents($tb->ca));

$page = <<<'PHP'
<?php
$before = b24_last_response();
$ok = b24_idle_start((int) $_GET['ago'], getenv($_GET['portal'] === 'b' ? 'PORTAL_B' : 'PORTAL_A'));
echo getmypid(), ' ', var_export($before, true), ' ', var_export($ok, true), ' ', b24_last_response()['http_status'];
PHP;
$fpm = B24tFpm::start($a, ['idle.php' => $page], ['b24im.ca_file' => $bundle, 'b24im.rate_limit' => '0'],
    ['PORTAL_A' => $ta->webhook, 'PORTAL_B' => $tb->webhook]);

$pids = [];
foreach ([['a', 1], ['a', 2], ['a', 3], ['b', 4], ['a', 5], ['b', 6]] as [$portal, $ago]) {
    $reply = $fpm->get("idle.php?portal=$portal&ago=$ago");
    [$pid, $rest] = explode(' ', $reply, 2) + [1 => ''];
    $pids[$pid] = true;
    echo "view $ago, portal $portal: $rest\n";
}
echo 'worker processes: ', count($pids), "\n";
foreach (['first' => $a, 'second' => $b] as $name => $emu) {
    $peers = array_column($emu->requests(), 'peer');
    printf("%s portal: %s over %d connection(s)\n", $name, implode(' ', array_column($emu->requests(), 'body')),
        count(array_unique($peers)));
}
?>
--EXPECT--
view 1, portal a: NULL true 200
view 2, portal a: NULL true 200
view 3, portal a: NULL true 200
view 4, portal b: NULL true 200
view 5, portal a: NULL true 200
view 6, portal b: NULL true 200
worker processes: 1
first portal: AGO=1 AGO=2 AGO=3 AGO=5 over 1 connection(s)
second portal: AGO=4 AGO=6 over 1 connection(s)
