--TEST--
b24_call_many(): calls to one plain-http portal (HTTP/1.1, no multiplexing) go on several connections at once, at most 6, not one after another on one connection (before 0.3.0's fix, waiting to multiplex put them all on one)
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['workers' => 8]);
$hold = 300;
$emu->fault(['match' => 'emu.echo', 'delay_ms' => $hold, 'times' => -1]);
$calls = [];
for ($i = 0; $i < 12; $i++) {
    $calls[] = [$emu->webhook, 'emu.echo', ['i' => $i]];
}
$r = b24_call_many($calls, 12);
echo "answered: ", count(array_filter($r, 'is_array')), "\n";
// how many were in the portal at once: requests that arrived before the first one was answered
$t = array_column($emu->requests(), 'time');
sort($t);
$together = count(array_filter($t, fn ($x) => $x - $t[0] < $hold / 1000 * 0.8));
echo "in the portal at once: ", $together >= 2 && $together <= 6 ? "2 to 6" : $together, "\n";
?>
--EXPECT--
answered: 12
in the portal at once: 2 to 6
