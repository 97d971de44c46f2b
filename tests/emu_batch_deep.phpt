--TEST--
Emulator batch: references into nested results ($result[a][items][49][id], $result[t][tasks][0][title]) resolve as the docs describe; a reference to an element that is not there is left as it was written (the docs do not say what the portal does), and as an ID filter it then compares as 0: the list starts over, so a client cannot rely on it by accident
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$emu->table('crm.item', 70);
$emu->table('tasks.task', 3);
$r = b24_batch([
    'a' => ['crm.item.list', ['entityTypeId' => 183, 'order' => ['id' => 'ASC'], 'start' => -1]],
    'b' => ['crm.item.list', ['entityTypeId' => 183, 'order' => ['id' => 'ASC'], 'filter' => ['>id' => '$result[a][items][49][id]'], 'start' => -1]],
    'c' => ['crm.item.list', ['entityTypeId' => 183, 'order' => ['id' => 'ASC'], 'filter' => ['>id' => '$result[b][items][49][id]'], 'start' => -1]],
    't' => ['tasks.task.list', []],
    'e' => ['emu.echo', ['title' => '$result[t][tasks][0][title]', 'text' => 'first: $result[t][tasks][0][id], missing: $result[t][tasks][9][id]', 'whole' => '$result[t][tasks][2]']],
], false, $emu->webhook);
foreach (['a', 'b', 'c'] as $id) {
    $ids = array_column($r['result'][$id]['items'], 'id');
    echo "$id: ", count($ids), ' ', $ids[0], '..', end($ids), "\n";
}
echo json_encode($r['result']['e']), "\n";
echo json_encode(array_column($emu->calls(), 'params'), JSON_UNESCAPED_SLASHES), "\n";
?>
--EXPECT--
a: 50 1..50
b: 20 51..70
c: 50 1..50
{"title":"Task 1","text":"first: 1, missing: $result[t][tasks][9][id]","whole":{"id":"3","title":"Task 3","status":"5","responsibleId":"4","createdDate":"2023-11-14T22:16:20+00:00"}}
[{"entityTypeId":"183","order":{"id":"ASC"},"start":"-1"},{"entityTypeId":"183","order":{"id":"ASC"},"filter":{">id":50},"start":"-1"},{"entityTypeId":"183","order":{"id":"ASC"},"filter":{">id":"$result[b][items][49][id]"},"start":"-1"},[]]
