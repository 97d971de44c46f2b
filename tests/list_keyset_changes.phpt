--TEST--
b24_list() while records are added and deleted between its requests and between the commands of one batch: keyset never yields a record twice nor skips one that existed from start to end; offset can do both
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
ini_set('b24im.allow_http', '1');
ini_set('b24im.rate_limit', '0');
ini_set('b24im.state_dir', b24t_state_dir());

/** Lists crm.deal.list and says what came: against the IDs that existed from start to end, deleted and added ones. */
function check(B24tEmu $emu, string $what, array $stayed, array $deleted, array $added, array $options = []): void
{
    $it = b24_list('crm.deal.list', [], $emu->webhook, $options);
    $ids = [];
    foreach ($it as $deal) {
        $ids[] = (int) $deal['ID'];
    }
    $sorted = $ids;
    sort($sorted);
    $twice = count($ids) - count(array_unique($ids));
    printf("%s: %s, %d records, in order: %s, twice: %d, skipped of those that stayed: %d, deleted ones: %d, added ones: %d of %d, %d requests, %d counted\n",
        $what, $it->strategy(), count($ids), var_export($ids === $sorted, true), $twice, count(array_diff($stayed, $ids)),
        count(array_intersect($deleted, $ids)), count(array_intersect($added, $ids)), count($added), $it->requests(), $emu->countedPages());
    $emu->reset();
}

echo "-- between requests: after the first page, 101 deleted in the middle and 30 added\n";
$emu->table('crm.deal', 3000);
$emu->delete('crm.deal', 100, 200, after: 1);
$emu->insert('crm.deal', 30, after: 1);
check($emu, '3000', array_diff(range(1, 3000), range(100, 200)), range(100, 200), range(3001, 3030));

echo "-- inside one batch: the last 31 deleted after its first command (a short page, then a reference to a missing record)\n";
$emu->table('crm.deal', 200);
$emu->delete('crm.deal', 170, 200, after: 2);
check($emu, '200', range(1, 169), range(170, 200), []);

echo "-- inside one batch: 60 added after the first page, so the probe page comes back full\n";
$emu->table('crm.deal', 100);
$emu->insert('crm.deal', 60, after: 1);
check($emu, '100', range(1, 100), [], range(101, 160));

echo "-- inside one batch: the records of its second page deleted while it runs, and others of the first page\n";
$emu->table('crm.deal', 500);
$emu->delete('crm.deal', 101, 150, after: 2);
$emu->delete('crm.deal', 20, 30, after: 2);
check($emu, '500', array_diff(range(1, 500), range(101, 150), range(20, 30)), range(101, 150), []);

echo "-- added between every request, on a list of 6,000\n";
$emu->table('crm.deal', 6000);
foreach ([1, 51, 101] as $k) {
    $emu->insert('crm.deal', 10, after: $k);
}
check($emu, '6000', range(1, 6000), [], range(6001, 6030));

echo "-- offset paging cannot promise this: 10 records of the first page deleted skip 10 others\n";
$emu->table('crm.deal', 200);
$emu->delete('crm.deal', 1, 10, after: 1);
check($emu, 'offset', range(11, 200), range(1, 10), [], ['strategy' => 'offset']);
echo "-- and 5 added at the front of the order repeat 5 others\n";
$emu->table('crm.deal', 200);
$emu->insert('crm.deal', 5, after: 1);
$it = b24_list('crm.deal.list', ['order' => ['ID' => 'DESC']], $emu->webhook);
$ids = [];
foreach ($it as $deal) {
    $ids[] = (int) $deal['ID'];
}
printf("%s: %d records, twice: %d\n", $it->strategy(), count($ids), count($ids) - count(array_unique($ids)));
?>
--EXPECT--
-- between requests: after the first page, 101 deleted in the middle and 30 added
3000: keyset, 2929 records, in order: true, twice: 0, skipped of those that stayed: 0, deleted ones: 0, added ones: 30 of 30, 3 requests, 1 counted
-- inside one batch: the last 31 deleted after its first command (a short page, then a reference to a missing record)
200: keyset, 169 records, in order: true, twice: 0, skipped of those that stayed: 0, deleted ones: 0, added ones: 0 of 0, 2 requests, 1 counted
-- inside one batch: 60 added after the first page, so the probe page comes back full
100: keyset, 160 records, in order: true, twice: 0, skipped of those that stayed: 0, deleted ones: 0, added ones: 60 of 60, 3 requests, 1 counted
-- inside one batch: the records of its second page deleted while it runs, and others of the first page
500: keyset, 450 records, in order: true, twice: 0, skipped of those that stayed: 0, deleted ones: 0, added ones: 0 of 0, 2 requests, 1 counted
-- added between every request, on a list of 6,000
6000: keyset, 6030 records, in order: true, twice: 0, skipped of those that stayed: 0, deleted ones: 0, added ones: 30 of 30, 4 requests, 1 counted
-- offset paging cannot promise this: 10 records of the first page deleted skip 10 others
offset: offset, 190 records, in order: true, twice: 0, skipped of those that stayed: 10, deleted ones: 10, added ones: 0 of 0, 2 requests, 4 counted
-- and 5 added at the front of the order repeat 5 others
offset: 205 records, twice: 5
