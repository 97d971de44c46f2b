--TEST--
Emulator list methods: each method's reply shape and record keys (crm.*.list the list itself, crm.item.list {"items"} with lowercase id and needing entityTypeId, tasks.task.list {"tasks"}, user.get), each over its own table
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start();
$c = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir()]);
$sizes = ['crm.deal' => 3, 'crm.lead' => 4, 'crm.contact' => 5, 'crm.company' => 6, 'crm.item' => 7, 'tasks.task' => 8, 'user' => 9];
foreach ($sizes as $table => $n) {
    $emu->table($table, $n);
}
foreach ([
    ['crm.deal.list', []], ['crm.lead.list', []], ['crm.contact.list', []], ['crm.company.list', []],
    ['crm.item.list', ['entityTypeId' => 2]], ['tasks.task.list', []], ['user.get', []],
] as [$method, $params]) {
    $r = $c->call($method, $params);
    $key = array_is_list($r) ? null : array_key_first($r);
    $records = $key === null ? $r : $r[$key];
    printf("%s: result%s, %d records, total %d; first: %s\n", $method, $key === null ? '' : "[$key]", count($records),
        $c->lastResponse()['total'], json_encode($records[0]));
}
echo "-- crm.item.list filters, orders and selects by lowercase id\n";
$r = $c->call('crm.item.list', ['entityTypeId' => 2, 'filter' => ['>id' => 2, '<=id' => 5], 'order' => ['id' => 'DESC'], 'select' => ['id', 'title']]);
echo json_encode($r), "\n";
b24t_show(fn() => $c->call('crm.item.list', []));
echo "-- the tables\n";
foreach ($emu->tables() as $name => $t) {
    echo $name, ': ', json_encode($t['ranges']), ', ', $t['calls'], " calls\n";
}
b24t_show(fn() => $emu->table('crm.nothing', 1));
?>
--EXPECTF--
crm.deal.list: result, 3 records, total 3; first: {"ID":"1","TITLE":"Deal 1","STAGE_ID":"PREPARATION","OPPORTUNITY":"37.00","ASSIGNED_BY_ID":"2","DATE_CREATE":"2023-11-14T22:14:20+00:00"}
crm.lead.list: result, 4 records, total 4; first: {"ID":"1","TITLE":"Lead 1","STAGE_ID":"PREPARATION","OPPORTUNITY":"37.00","ASSIGNED_BY_ID":"2","DATE_CREATE":"2023-11-14T22:14:20+00:00"}
crm.contact.list: result, 5 records, total 5; first: {"ID":"1","TITLE":"Contact 1","STAGE_ID":"PREPARATION","OPPORTUNITY":"37.00","ASSIGNED_BY_ID":"2","DATE_CREATE":"2023-11-14T22:14:20+00:00"}
crm.company.list: result, 6 records, total 6; first: {"ID":"1","TITLE":"Company 1","STAGE_ID":"PREPARATION","OPPORTUNITY":"37.00","ASSIGNED_BY_ID":"2","DATE_CREATE":"2023-11-14T22:14:20+00:00"}
crm.item.list: result[items], 7 records, total 7; first: {"id":1,"title":"Item 1","stageId":"DT183_1:PREPARATION","opportunity":37,"assignedById":2,"createdTime":"2023-11-14T22:14:20+00:00"}
tasks.task.list: result[tasks], 8 records, total 8; first: {"id":"1","title":"Task 1","status":"3","responsibleId":"2","createdDate":"2023-11-14T22:14:20+00:00"}
user.get: result, 9 records, total 9; first: {"ID":"1","ACTIVE":true,"NAME":"%s","LAST_NAME":"%s","EMAIL":"user1@emu.test","PERSONAL_GENDER":"%s","TIME_ZONE":""}
-- crm.item.list filters, orders and selects by lowercase id
{"items":[{"id":5,"title":"Item 5"},{"id":4,"title":"Item 4"},{"id":3,"title":"Item 3"}]}
B24im\ApiException [NOT_FOUND] 400: crm.item.list: NOT_FOUND: Smart process not found (HTTP 400)
-- the tables
crm.deal: [[1,3]], 1 calls
crm.lead: [[1,4]], 1 calls
crm.contact: [[1,5]], 1 calls
crm.company: [[1,6]], 1 calls
crm.item: [[1,7]], 2 calls
tasks.task: [[1,8]], 1 calls
user: [[1,9]], 1 calls
RuntimeException: emulator control POST /_emu/table failed: 400 {"error":"no table crm.nothing; the tables: crm.deal, crm.lead, crm.contact, crm.company, crm.item, tasks.task, user"}
