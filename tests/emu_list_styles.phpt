--TEST--
Emulator lists: where each method keeps its records and how it names fields: crm.item.list ({"items": [...]}, lowercase id in filter and order, numbers; entityTypeId required), tasks.task.list ({"tasks": [...]}, UPPER names in filter/order/select, camelCase out), user.get (sort/order, FILTER), each over its own table
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$emu->table('crm.item', 60);
$emu->table('tasks.task', 55);

$r = b24_call('crm.item.list', ['entityTypeId' => 183, 'order' => ['id' => 'ASC'], 'filter' => ['>id' => 5], 'select' => ['id', 'title']], $emu->webhook);
echo json_encode(array_keys($r)), ' ', count($r['items']), ' ', json_encode($r['items'][0]), ' total ', b24_last_response()['total'], "\n";
$r = b24_call('crm.item.list', ['entityTypeId' => 183, 'filter' => ['=id' => 9]], $emu->webhook);
echo json_encode($r), "\n";
b24t_show(fn () => b24_call('crm.item.list', [], $emu->webhook));

$r = b24_call('tasks.task.list', ['order' => ['ID' => 'DESC'], 'filter' => ['<ID' => 53], 'select' => ['ID', 'TITLE'], 'start' => 50], $emu->webhook);
echo json_encode($r), ' total ', b24_last_response()['total'], "\n";
$r = b24_call('tasks.task.list', ['filter' => ['>ID' => 50], 'start' => -1], $emu->webhook);
echo count($r['tasks']), ' ', json_encode($r['tasks'][0]), "\n";

$r = b24_call('user.get', ['sort' => 'ID', 'order' => 'DESC'], $emu->webhook);
echo count($r), ' ', $r[0]['ID'], ' ', $r[0]['NAME'], ' next ', b24_last_response()['next'], ' total ', b24_last_response()['total'], "\n";
$r = b24_call('user.get', ['FILTER' => ['>ID' => 115]], $emu->webhook);
echo json_encode(array_column($r, 'ID')), "\n";
$emu->table('user', 3);
echo json_encode(array_column(b24_call('user.get', [], $emu->webhook), 'EMAIL')), "\n";
echo "-- tables are the portal's own: another emulator has the defaults\n";
$other = b24t_emu_start();
echo count(b24_call('user.get', [], $other->webhook)), ' ', b24_last_response()['total'], ' ', json_encode(b24_call('tasks.task.list', [], $other->webhook)), "\n";
?>
--EXPECT--
["items"] 50 {"id":6,"title":"Item 6"} total 55
{"items":[{"id":9,"title":"Item 9","stageId":"DT183_1:LOSE","opportunity":333,"assignedById":5,"createdTime":"2023-11-14T22:22:20+00:00"}]}
B24im\ApiException [NOT_FOUND] 400: crm.item.list: NOT_FOUND: Smart process not found (HTTP 400)
{"tasks":[{"id":"2","title":"Task 2"},{"id":"1","title":"Task 1"}]} total 52
5 {"id":"51","title":"Task 51","status":"5","responsibleId":"2","createdDate":"2023-11-14T23:04:20+00:00"}
50 120 Paolo next 50 total 120
["116","117","118","119","120"]
["user1@emu.test","user2@emu.test","user3@emu.test"]
-- tables are the portal's own: another emulator has the defaults
50 120 {"tasks":[]}
