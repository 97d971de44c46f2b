--TEST--
b24_list() holds one batch reply of records at a time: peak memory over 25,050 records is within 256 KiB of that over 2,550 (both full batches); a list destroyed mid-way frees what it held
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
ini_set('b24im.allow_http', '1');
ini_set('b24im.rate_limit', '0');
ini_set('b24im.state_dir', b24t_state_dir());
$big = b24t_valgrind() ? 7550 : 25050; // valgrind and ASan: fewer records, the same batches

function peak(B24tEmu $emu, int $n): int
{
    $emu->reset();
    $emu->table('crm.deal', $n);
    gc_collect_cycles();
    $before = memory_get_usage();
    memory_reset_peak_usage();
    $it = b24_list('crm.deal.list', [], $emu->webhook);
    $count = 0;
    foreach ($it as $deal) {
        $count++;
    }
    printf("%d records in %d requests\n", $count, $it->requests());
    unset($it);
    return memory_get_peak_usage() - $before;
}

$small = peak($emu, 2550);
$large = peak($emu, $big);
printf("peak over the large list within 256 KiB of the small one: %s\n", var_export($large - $small < 256 * 1024, true));
if (getenv('B24T_SHOW_MEMORY')) {
    printf("small %d, large %d\n", $small, $large);
}

echo "-- destroyed mid-list: memory back where it was\n";
$emu->reset();
$emu->table('crm.deal', 3000);
gc_collect_cycles();
$before = memory_get_usage();
$it = b24_list('crm.deal.list', [], $emu->webhook);
foreach ($it as $k => $deal) {
    if ($k === 1000) {
        break;
    }
}
$held = memory_get_usage() - $before;
unset($it, $deal);
printf("it held a batch (%s), and after unset: %s\n", var_export($held > 100 * 1024 || b24t_valgrind(), true),
    var_export(memory_get_usage() - $before < 8 * 1024, true));
?>
--EXPECTF--
2550 records in 2 requests
%d records in %d requests
peak over the large list within 256 KiB of the small one: true
-- destroyed mid-list: memory back where it was
it held a batch (true), and after unset: true
