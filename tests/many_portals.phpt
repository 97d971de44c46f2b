--TEST--
b24_call_many(): im.user.status.idle.start on each of 100 portals (20 under valgrind) over https with HTTP/2, three times over, at concurrency 100: every portal answers its own calls, all of a portal's calls on one connection, that connection kept from one b24_call_many() to the next
--EXTENSIONS--
b24im
--SKIPIF--
<?php require __DIR__ . '/server/server.inc'; if (!b24t_tls_available()) die('skip nginx or openssl not installed'); ?>
--INI--
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/common.inc';
$n = b24t_valgrind() ? 20 : 100;
$emu = b24t_emu_start(['portals' => $n, 'workers' => 4]);
ini_set('b24im.ca_file', $emu->portal(1)->ca);
$calls = [];
for ($i = 1; $i <= $n; $i++) {
    $p = $emu->portal($i);
    $calls["portal $i"] = [$i % 2 ? $p->tlsWebhook : new B24im\Client($p->tlsWebhook), 'im.user.status.idle.start', ['AGO' => $i]];
}
$ok = 0;
for ($round = 0; $round < 3; $round++) {
    $r = b24_call_many($calls, 100);
    $ok += count(array_filter($r, fn($v) => $v === true));
    if ($round === 0 && array_keys($r) !== array_keys($calls)) {
        echo "keys out of order\n";
    }
}
echo "answered: ", $ok === 3 * $n ? 'all' : $ok, "\n";
$bad = [];
for ($i = 1; $i <= $n; $i++) {
    $log = $emu->portal($i)->requests();
    $shape = sprintf('%d requests, %s, %d connection(s), AGO %s', count($log), implode(' ', array_unique(array_column($log, 'protocol'))),
        count(array_unique(array_column($log, 'connection'))), implode(' ', array_unique(array_map(function ($r) { parse_str($r['body'], $b); return $b['AGO']; }, $log))));
    if ($shape !== "3 requests, HTTP/2.0, 1 connection(s), AGO $i") {
        $bad[] = "portal $i: $shape";
    }
}
echo $bad ? implode("\n", $bad) : "every portal: 3 requests, HTTP/2.0, 1 connection, its own AGO", "\n";
?>
--EXPECT--
answered: all
every portal: 3 requests, HTTP/2.0, 1 connection, its own AGO
