--TEST--
b24_call_many(): a portal that hangs: its call times out after timeout_ms (TIMEOUT, not retried: it ran), while the calls to the other portal, all behind one slot of two, are sent and answered before that timeout (from the emulator's log)
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/common.inc';
$a = b24t_emu_start(['onprem' => true]);
$hang = b24t_emu_start(['onprem' => true]);
$timeout = b24t_valgrind() ? 12.0 : 3.0;
$n = b24t_valgrind() ? 8 : 20;
$hang->fault(['match' => 'emu.echo', 'delay_ms' => 60000, 'times' => -1]);
$slow = new B24im\Client($hang->webhook, ['timeout_ms' => (int) ($timeout * 1000), 'max_retries' => 3]);

$calls = ['hang' => [$slow, 'emu.echo', ['hang' => 1]]];
for ($i = 0; $i < $n; $i++) {
    $calls["a$i"] = [$a->webhook, 'emu.echo', ['i' => $i]];
}
$r = b24_call_many($calls, 2);
$e = $r['hang'];
printf("hang: %s [%s]\n", get_class($e), $e->getError());
$answered = 0;
for ($i = 0; $i < $n; $i++) {
    $answered += $r["a$i"] === ['i' => (string) $i];
}
echo "answered: ", $answered === $n ? 'all' : $answered, "\n";
$sent = $hang->requests()[0]['time'];
$last = max(array_column($a->requests(), 'time'));
echo "the hanging call was sent once: ", count($hang->requests()), "\n";
echo "the other portal's calls, one after another in the other slot, all came in before its timeout: ",
    var_export($last < $sent + $timeout, true), "\n";
?>
--EXPECT--
hang: B24im\TransportException [TIMEOUT]
answered: all
the hanging call was sent once: 1
the other portal's calls, one after another in the other slot, all came in before its timeout: true
