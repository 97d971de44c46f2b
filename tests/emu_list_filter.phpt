--TEST--
Emulator list methods: filter >ID <ID >=ID <=ID =ID (one value or a list), !ID, @ID / !@ID (IN, NOT IN), all of them on other fields too (numbers as numbers); an unknown field refused (crm.item.list: INVALID_ARG_VALUE as documented); order by ID asc/desc and by another field; select (unknown names dropped, * or none = all); holes in the IDs
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start();
$c = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir()]);
$emu->table('crm.deal', 300);
$emu->delete('crm.deal', 10, 19);
$emu->delete('crm.deal', 250);

function ids(B24im\Client $c, array $params, string $method = 'crm.deal.list'): void
{
    try {
        $r = $c->call($method, $params);
    } catch (B24im\Exception $e) {
        echo json_encode($params), ': ', $e->getMessage(), "\n";
        return;
    }
    $r = $r['tasks'] ?? $r;
    $ids = array_map(fn($x) => $x['ID'] ?? $x['id'], $r);
    $shown = count($ids) > 8 ? [...array_slice($ids, 0, 4), '...', ...array_slice($ids, -2)] : $ids;
    printf("%s: %d [%s] total %s\n", json_encode($params), count($ids), implode(' ', $shown), var_export($c->lastResponse()['total'], true));
}
foreach ([
    ['filter' => ['>ID' => 5], 'start' => -1],
    ['filter' => ['>=ID' => 5, '<ID' => 25]],
    ['filter' => ['>ID' => 5, '<=ID' => 25]],
    ['filter' => ['=ID' => 7]],
    ['filter' => ['ID' => 12]],
    ['filter' => ['ID' => [3, 250, 251, 12]]],
    ['filter' => ['!ID' => [1, 2, 3]], 'order' => ['ID' => 'ASC']],
    ['filter' => ['>ID' => 'abc', '<ID' => 4]],
    ['filter' => ['>ID' => 299]],
    ['filter' => ['>ID' => 300], 'start' => -1],
    ['order' => ['ID' => 'DESC']],
    ['order' => ['ID' => 'DESC'], 'filter' => ['<ID' => 260], 'start' => 50],
    ['order' => ['id' => 'desc'], 'filter' => ['>id' => 295]],
    ['order' => ['STAGE_ID' => 'ASC', 'ID' => 'DESC'], 'filter' => ['<=ID' => 30]],
    ['filter' => ['STAGE_ID' => 'WON', '<ID' => 40]],
    ['filter' => ['@ID' => [5, 6, 300, 12]]],
    ['filter' => ['!@ID' => [1, 2, 3], '<ID' => 8, '!STAGE_ID' => 'NEW']],
    ['filter' => ['>OPPORTUNITY' => 9000, '<=ID' => 300]],
    ['filter' => ['>=OPPORTUNITY' => '9990.00', '<ID' => 300], 'order' => ['OPPORTUNITY' => 'DESC']],
    ['filter' => ['<TITLE' => 'Deal 2', '!@STAGE_ID' => ['NEW', 'WON']]],
    ['filter' => ['NOPE' => 1]],
    ['order' => ['NOPE' => 'ASC']],
] as $params) {
    ids($c, $params);
}
echo "-- tasks.task.list: UPPER names in, camelCase out\n";
$emu->table('tasks.task', 60);
ids($c, ['filter' => ['>ID' => 55]], 'tasks.task.list');
ids($c, ['order' => ['ID' => 'desc'], 'start' => -1], 'tasks.task.list');
ids($c, ['filter' => ['NOPE' => 1], 'entityTypeId' => 2], 'crm.item.list');
ids($c, ['order' => ['nope' => 'ASC'], 'entityTypeId' => 2], 'crm.item.list');
echo "-- select\n";
foreach ([['ID', 'TITLE'], ['TITLE'], ['title', 'NOPE'], ['*'], []] as $select) {
    echo json_encode($select), ': ', json_encode($c->call('crm.deal.list', ['select' => $select, 'filter' => ['=ID' => 2]])), "\n";
}
?>
--EXPECT--
{"filter":{">ID":5},"start":-1}: 50 [6 7 8 9 ... 64 65] total 0
{"filter":{">=ID":5,"<ID":25}}: 10 [5 6 7 8 ... 23 24] total 10
{"filter":{">ID":5,"<=ID":25}}: 10 [6 7 8 9 ... 24 25] total 10
{"filter":{"=ID":7}}: 1 [7] total 1
{"filter":{"ID":12}}: 0 [] total 0
{"filter":{"ID":[3,250,251,12]}}: 2 [3 251] total 2
{"filter":{"!ID":[1,2,3]},"order":{"ID":"ASC"}}: 50 [4 5 6 7 ... 62 63] total 286
{"filter":{">ID":"abc","<ID":4}}: 3 [1 2 3] total 3
{"filter":{">ID":299}}: 1 [300] total 1
{"filter":{">ID":300},"start":-1}: 0 [] total 0
{"order":{"ID":"DESC"}}: 50 [300 299 298 297 ... 252 251] total 289
{"order":{"ID":"DESC"},"filter":{"<ID":260},"start":50}: 50 [208 207 206 205 ... 160 159] total 248
{"order":{"id":"desc"},"filter":{">id":295}}: 5 [300 299 298 297 296] total 5
{"order":{"STAGE_ID":"ASC","ID":"DESC"},"filter":{"<=ID":30}}: 20 [27 22 7 2 ... 8 3] total 20
{"filter":{"STAGE_ID":"WON","<ID":40}}: 6 [3 8 23 28 33 38] total 6
{"filter":{"@ID":[5,6,300,12]}}: 3 [5 6 300] total 3
{"filter":{"!@ID":[1,2,3],"<ID":8,"!STAGE_ID":"NEW"}}: 3 [4 6 7] total 3
{"filter":{">OPPORTUNITY":9000,"<=ID":300}}: 26 [244 245 246 247 ... 269 270] total 26
{"filter":{">=OPPORTUNITY":"9990.00","<ID":300},"order":{"OPPORTUNITY":"DESC"}}: 1 [270] total 1
{"filter":{"<TITLE":"Deal 2","!@STAGE_ID":["NEW","WON"]}}: 50 [1 101 102 104 ... 179 181] total 61
{"filter":{"NOPE":1}}: crm.deal.list: ERROR_ARGUMENT: Unknown filter field NOPE (HTTP 400)
{"order":{"NOPE":"ASC"}}: crm.deal.list: ERROR_ARGUMENT: Unknown order field NOPE (HTTP 400)
-- tasks.task.list: UPPER names in, camelCase out
{"filter":{">ID":55}}: 5 [56 57 58 59 60] total 5
{"order":{"ID":"desc"},"start":-1}: 50 [60 59 58 57 ... 12 11] total 0
{"filter":{"NOPE":1},"entityTypeId":2}: crm.item.list: INVALID_ARG_VALUE: Invalid filter: field 'NOPE' is not allowed in filter (HTTP 400)
{"order":{"nope":"ASC"},"entityTypeId":2}: crm.item.list: INVALID_ARG_VALUE: Invalid order: field 'nope' is not allowed in order (HTTP 400)
-- select
["ID","TITLE"]: [{"ID":"2","TITLE":"Deal 2"}]
["TITLE"]: [{"TITLE":"Deal 2"}]
["title","NOPE"]: [{"TITLE":"Deal 2"}]
["*"]: [{"ID":"2","TITLE":"Deal 2","STAGE_ID":"EXECUTING","OPPORTUNITY":"74.00","ASSIGNED_BY_ID":"3","DATE_CREATE":"2023-11-14T22:15:20+00:00"}]
[]: [{"ID":"2","TITLE":"Deal 2","STAGE_ID":"EXECUTING","OPPORTUNITY":"74.00","ASSIGNED_BY_ID":"3","DATE_CREATE":"2023-11-14T22:15:20+00:00"}]
