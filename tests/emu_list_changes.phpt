--TEST--
Emulator list tables changed by the control API: rows, insert (IDs above the highest ever), delete one or a range, and a change scheduled "after k list calls" that lands between two commands of one batch; bad changes refused
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start();
$c = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir()]);
$ranges = fn() => json_encode($emu->tables()['crm.deal']['ranges']);

$emu->table('crm.deal', 100);
$emu->insert('crm.deal', 5);
echo "insert 5: ", $ranges(), "\n";
$emu->delete('crm.deal', 103);
$emu->delete('crm.deal', 104, 105);
echo "delete 103, 104..105: ", $ranges(), "\n";
$emu->insert('crm.deal');
echo "insert 1 (not 104: IDs are not reused): ", $ranges(), "\n";
$emu->delete('crm.deal', 1, 1000);
$emu->insert('crm.deal', 2);
echo "delete all, insert 2: ", $ranges(), ", total ", count($c->call('crm.deal.list')), "\n";
$emu->table('crm.deal', 120);
echo "rows 120: ", $ranges(), "\n";

echo "-- scheduled: deleted after the first list call, which is inside this batch\n";
$emu->delete('crm.deal', 51, 60, after: 1);
echo "before (after: the call count to wait for; this table served 1): ", $ranges(), ", scheduled ", json_encode($emu->tables()['crm.deal']['scheduled']), "\n";
$r = $c->batch([
    'p1' => ['crm.deal.list', ['order' => ['ID' => 'ASC'], 'filter' => ['>ID' => 0], 'start' => -1]],
    'p2' => ['crm.deal.list', ['order' => ['ID' => 'ASC'], 'filter' => ['>ID' => '$result[p1][49][ID]'], 'start' => -1]],
]);
foreach ($r['result'] as $id => $page) {
    echo "$id: ", count($page), " records, ", $page[0]['ID'], "..", end($page)['ID'], "\n";
}
echo "after: ", $ranges(), ", scheduled ", json_encode($emu->tables()['crm.deal']['scheduled']), "\n";

echo "-- scheduled insert after 2 more calls\n";
$emu->insert('crm.deal', 3, after: 2);
foreach ([1, 2, 3] as $i) {
    $c->call('crm.deal.list', ['start' => -1, 'filter' => ['>ID' => 100]]);
    echo "call $i: ", $ranges(), "\n";
}

echo "-- refused\n";
foreach ([
    ['table' => 'crm.deal', 'rows' => -1],
    ['table' => 'crm.deal', 'rows' => 1, 'insert' => 1],
    ['table' => 'crm.deal'],
    ['table' => 'crm.deal', 'delete' => [1]],
    ['table' => 'crm.deal', 'insert' => 0],
    ['table' => 'crm.deal', 'insert' => 1, 'after' => -1],
    ['table' => 'crm.deal', 'rows' => 1, 'typo' => 1],
    ['rows' => 1],
] as $spec) {
    b24t_show(fn() => $emu->control('POST', 'table', $spec));
}
echo $ranges(), "\n";
?>
--EXPECT--
insert 5: [[1,105]]
delete 103, 104..105: [[1,102]]
insert 1 (not 104: IDs are not reused): [[1,102],[106,106]]
delete all, insert 2: [[107,108]], total 2
rows 120: [[1,120]]
-- scheduled: deleted after the first list call, which is inside this batch
before (after: the call count to wait for; this table served 1): [[1,120]], scheduled [{"after":2,"delete":[51,60]}]
p1: 50 records, 1..50
p2: 50 records, 61..110
after: [[1,50],[61,120]], scheduled []
-- scheduled insert after 2 more calls
call 1: [[1,50],[61,120]]
call 2: [[1,50],[61,123]]
call 3: [[1,50],[61,123]]
-- refused
RuntimeException: emulator control POST /_emu/table failed: 400 {"error":"rows >= 0, insert >= 1, delete [from, to] and after >= 0 are integers"}
RuntimeException: emulator control POST /_emu/table failed: 400 {"error":"expected {\"table\": name, one of \"rows\"\/\"insert\"\/\"delete\", optional \"after\"}"}
RuntimeException: emulator control POST /_emu/table failed: 400 {"error":"expected {\"table\": name, one of \"rows\"\/\"insert\"\/\"delete\", optional \"after\"}"}
RuntimeException: emulator control POST /_emu/table failed: 400 {"error":"rows >= 0, insert >= 1, delete [from, to] and after >= 0 are integers"}
RuntimeException: emulator control POST /_emu/table failed: 400 {"error":"rows >= 0, insert >= 1, delete [from, to] and after >= 0 are integers"}
RuntimeException: emulator control POST /_emu/table failed: 400 {"error":"rows >= 0, insert >= 1, delete [from, to] and after >= 0 are integers"}
RuntimeException: emulator control POST /_emu/table failed: 400 {"error":"expected {\"table\": name, one of \"rows\"\/\"insert\"\/\"delete\", optional \"after\"}"}
RuntimeException: emulator control POST /_emu/table failed: 400 {"error":"expected {\"table\": name, one of \"rows\"\/\"insert\"\/\"delete\", optional \"after\"}"}
[[1,50],[61,123]]
