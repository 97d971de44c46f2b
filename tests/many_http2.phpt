--TEST--
b24_call_many(): calls to one HTTP/2 portal share one connection (multiplexed), also across b24_call_many() calls; an HTTP/1.1 portal gets at most a few connections however many calls are in flight (from the TLS fronts' logs)
--EXTENSIONS--
b24im
--SKIPIF--
<?php require __DIR__ . '/server/server.inc'; if (!b24t_tls_available()) die('skip no nginx/openssl for the TLS front');
--INI--
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/common.inc';
$a = b24t_emu_start(['workers' => 8]);
$h2 = $a->tls(['http2' => true]);
$b = b24t_emu_start(['workers' => 8]);
$h1 = $b->tls();
$bundle = tempnam(sys_get_temp_dir(), 'b24im-ca');
file_put_contents($bundle, file_get_contents($h2->ca) . file_get_contents($h1->ca));
ini_set('b24im.ca_file', $bundle);

function connections(B24tEmu $emu): string
{
    $peers = array_column($emu->requests(), 'peer');
    return sprintf('%d requests over %d connection(s)', count($peers), count(array_unique($peers)));
}

$calls = [];
for ($i = 0; $i < 24; $i++) {
    $calls[] = [$h2->webhook, 'emu.echo', ['i' => $i]];
}
$r = b24_call_many($calls, 24);
echo "answered: ", var_export(array_column($r, 'i') === array_map('strval', range(0, 23)), true), "\n";
echo "HTTP/2: ", connections($a), "\n";
$r = b24_call_many(array_slice($calls, 0, 8), 8);
echo "again: ", connections($a), "\n";

$calls = [];
for ($i = 0; $i < 40; $i++) {
    $calls[] = [$h1->webhook, 'emu.echo', ['i' => $i]];
}
$r = b24_call_many($calls, 40);
echo "answered: ", var_export(array_column($r, 'i') === array_map('strval', range(0, 39)), true), "\n";
$n = count(array_unique(array_column($b->requests(), 'peer')));
echo "HTTP/1.1: 40 requests over at most 6 connections: ", var_export($n >= 1 && $n <= 6, true), "\n";
unlink($bundle);
?>
--EXPECT--
answered: true
HTTP/2: 24 requests over 1 connection(s)
again: 32 requests over 1 connection(s)
answered: true
HTTP/1.1: 40 requests over at most 6 connections: true
