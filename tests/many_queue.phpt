--TEST--
b24_call_many(): calls beyond the few connections an HTTP/1.1 portal gets wait for one in b24im's loop, not in libcurl's queue, so their timeout_ms starts when they go: 90 calls to a slow portal (6 at a time), each answered well within its timeout once sent: they succeed (at most 3 timeouts, from the emulator's pace) though the last goes long after the timeout of the first
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true, 'workers' => 8]);
$hold = 200;
// Six at a time (the portal's connections), each held $hold ms: the last of $n goes after $n / 6 rounds, long after
// the first's timeout, while each is answered within a few holds once sent (a PHP server worker may have taken
// two or three connections and answer them one after another: the timeout leaves room for that). Under ASan the
// emulator's PHP runs with the sanitizer too, at a third of a second a request: a longer timeout.
$asan = b24t_valgrind() && !b24t_valgrind(true);
$timeout = $asan ? 8000 : (b24t_valgrind() ? 4000 : 2500);
$emu->fault(['match' => 'emu.echo', 'delay_ms' => $hold, 'times' => -1]);
$c = new B24im\Client($emu->webhook, ['timeout_ms' => $timeout, 'max_retries' => 0]);
$calls = [];
$n = b24t_valgrind() && !$asan ? 150 : 90;
for ($i = 0; $i < $n; $i++) {
    $calls[] = [$c, 'emu.echo', ['i' => $i]];
}
$r = b24_call_many($calls, $n);
$errors = array_map(fn($v) => $v->getError(), array_filter($r, 'is_object'));
$timeouts = count(array_keys($errors, 'TIMEOUT', true));
$other = array_values(array_filter($errors, fn ($e) => $e !== 'TIMEOUT'));
// Queued in libcurl (what this guards against), every call past the first timeout's worth of rounds timed out: the
// last 12 or more. Waiting in b24im's loop, none should; PHP's server now and then keeps one connection waiting behind
// others (seen on PHP 8.5: one of 90), which is the emulator's pace, not b24im's.
echo "answered: ", count($r) - count($errors), " of $n; timeouts: ", $timeouts <= 3 ? 'at most 3' : $timeouts,
    "; other errors: ", json_encode($other), "\n";
$t = array_column($emu->requests(), 'time');
// That the test means something (the queue outlasted a timeout) is checked in the plain and valgrind runs; under
// ASan the emulator's pace varies with the machine's load too much to tell.
echo "the last went after the first one's timeout: ", var_export($asan || max($t) - min($t) > $timeout / 1000, true), "\n";
?>
--EXPECTF--
answered: %d of %d; timeouts: at most 3; other errors: []
the last went after the first one's timeout: true
