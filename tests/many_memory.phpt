--TEST--
b24_call_many(): 10,000 calls (fewer under valgrind) over four portals: memory beyond the results themselves is the same as for a tenth of them (it grows with $concurrency, not with the number of calls); every result in its place
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
memory_limit=256M
--FILE--
<?php
require __DIR__ . '/common.inc';
$hooks = [];
for ($p = 0; $p < 4; $p++) {
    $hooks[] = b24t_emu_start(['onprem' => true, 'workers' => 4])->webhook;
}
$n = b24t_valgrind() ? 400 : 10000;

/** Bytes b24_call_many() took at its peak beyond what its result keeps, and whether every result is right. */
function working(int $n, array $hooks): array
{
    $calls = [];
    for ($i = 0; $i < $n; $i++) {
        $calls[] = [$hooks[$i % 4], 'server.time'];
    }
    gc_collect_cycles();
    memory_reset_peak_usage();
    $base = memory_get_usage();
    $r = b24_call_many($calls, 64);
    $peak = memory_get_peak_usage() - $base;
    $kept = memory_get_usage() - $base;
    $good = count($r) === $n && array_keys($r) === range(0, $n - 1)
        && count(array_filter($r, fn($v) => is_string($v) && strlen($v) === 25)) === $n;
    return [$peak - $kept, $good];
}
[$small, $good_small] = working(intdiv($n, 10), $hooks);
[$large, $good_large] = working($n, $hooks);
echo "all answered: ", var_export($good_small && $good_large, true), "\n";
echo "working memory of $n calls within 64 KiB of a tenth of them: ", var_export($large - $small < 65536, true), "\n";
if ($large - $small >= 65536) {
    echo "  ", intdiv($n, 10), " calls: $small bytes, $n calls: $large bytes\n";
}
?>
--EXPECTF--
all answered: true
working memory of %d calls within 64 KiB of a tenth of them: true
