--TEST--
Emulator lists: the list-call log (each page, top-level or batch command, counted or not, its records), countedPages(), costs set and read back, table changes at once and after k list calls (between two commands of one batch)
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$emu->table('crm.deal', 200);
$emu->costs(['count_row_us' => 0.5, 'page_ms' => 0]);

b24_call('crm.deal.list', ['order' => ['ID' => 'ASC']], $emu->webhook);
$chain = fn (string $after) => ['crm.deal.list', ['order' => ['ID' => 'ASC'], 'filter' => ['>ID' => "\$result[$after][49][ID]"], 'start' => -1]];
$r = b24_batch([
    'a' => ['crm.deal.list', ['order' => ['ID' => 'ASC'], 'filter' => ['>ID' => 50], 'start' => -1]],
    'b' => $chain('a'),
    'c' => $chain('b'),
], false, $emu->webhook);
foreach ($r['result'] as $id => $page) {
    echo "$id: ", count($page), ' ', $page[0]['ID'], '..', end($page)['ID'], ' total ', $r['total'][$id], ' next ', json_encode($r['next'][$id] ?? null), "\n";
}
$requests = array_column($emu->requests(), 'rest_method', 'id');
foreach ($emu->calls() as $call) {
    printf("%s cmd %s %s counted %s rows %d filter %s\n", $requests[$call['request']], json_encode($call['cmd']), $call['method'],
        json_encode($call['counted']), $call['rows'], json_encode($call['params']['filter'] ?? null));
}
echo 'counted pages: ', $emu->countedPages(), "\n";
echo json_encode($emu->state()['costs']), "\n";

echo "-- changes: delete 10..19 now; insert 3 and delete 60..69 after 1 more list call\n";
$emu->reset();
$emu->table('crm.deal', 100);
$emu->delete('crm.deal', 10, 19);
$emu->insert('crm.deal', 3, after: 1);
$emu->delete('crm.deal', 60, 69, after: 1);
echo json_encode($emu->tables()['crm.deal']['ranges']), "\n";
$r = b24_batch([
    'a' => ['crm.deal.list', ['order' => ['ID' => 'ASC'], 'start' => -1]],
    'b' => $chain('a'),
    'c' => $chain('b'),
], false, $emu->webhook);
foreach ($r['result'] as $id => $page) {
    echo "$id: ", json_encode(array_column($page, 'ID')), "\n";
}
echo json_encode($emu->tables()['crm.deal']['ranges']), "\n";
echo "-- a deleted top ID is not given again: new IDs go above the highest ever\n";
$emu->delete('crm.deal', 101, 103);
$emu->insert('crm.deal', 1);
echo json_encode($emu->tables()['crm.deal']['ranges']), "\n";
echo "-- bad control calls\n";
foreach ([fn () => $emu->table('crm.nosuch', 1), fn () => $emu->insert('crm.deal', 0), fn () => $emu->costs(['count_row_us' => -1]), fn () => $emu->costs(['nosuch' => 1])] as $bad) {
    try { $bad(); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
}
?>
--EXPECT--
a: 50 51..100 total 0 next null
b: 50 101..150 total 0 next null
c: 50 151..200 total 0 next null
crm.deal.list cmd null crm.deal.list counted true rows 50 filter null
batch cmd "a" crm.deal.list counted false rows 50 filter {">ID":"50"}
batch cmd "b" crm.deal.list counted false rows 50 filter {">ID":"100"}
batch cmd "c" crm.deal.list counted false rows 50 filter {">ID":"150"}
counted pages: 1
{"count_row_us":0.5,"page_ms":0,"count_ms":0}
-- changes: delete 10..19 now; insert 3 and delete 60..69 after 1 more list call
[[1,9],[20,100]]
a: ["1","2","3","4","5","6","7","8","9","20","21","22","23","24","25","26","27","28","29","30","31","32","33","34","35","36","37","38","39","40","41","42","43","44","45","46","47","48","49","50","51","52","53","54","55","56","57","58","59","60"]
b: ["70","71","72","73","74","75","76","77","78","79","80","81","82","83","84","85","86","87","88","89","90","91","92","93","94","95","96","97","98","99","100","101","102","103"]
c: ["1","2","3","4","5","6","7","8","9","20","21","22","23","24","25","26","27","28","29","30","31","32","33","34","35","36","37","38","39","40","41","42","43","44","45","46","47","48","49","50","51","52","53","54","55","56","57","58","59","70"]
[[1,9],[20,59],[70,103]]
-- a deleted top ID is not given again: new IDs go above the highest ever
[[1,9],[20,59],[70,100],[104,104]]
-- bad control calls
emulator control POST /_emu/table failed: 400 {"error":"no table crm.nosuch; the tables: crm.deal, crm.lead, crm.contact, crm.company, crm.item, tasks.task, user"}
emulator control POST /_emu/table failed: 400 {"error":"rows >= 0, insert >= 1, delete [from, to] and after >= 0 are integers"}
emulator control POST /_emu/costs failed: 400 {"error":"costs are numbers >= 0"}
emulator control POST /_emu/costs failed: 400 {"error":"unknown costs: nosuch"}
