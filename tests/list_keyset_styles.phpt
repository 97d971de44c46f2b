--TEST--
b24_list() finds the records: crm.item.list's {"items"} (lowercase id), tasks.task.list's {"tasks"} (camelCase id), user.get (sort/order, FILTER), $options['key'] naming it; several lists, a named key that is absent, or no list is a B24im\Exception naming the method and the keys
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
ini_set('b24im.allow_http', '1');
ini_set('b24im.rate_limit', '0');
ini_set('b24im.state_dir', b24t_state_dir());

function run(B24tEmu $emu, string $method, array $params, array $options = []): void
{
    $it = b24_list($method, $params, $emu->webhook, $options);
    $ids = [];
    try {
        foreach ($it as $record) {
            $ids[] = (int) (is_array($record) ? $record['ID'] ?? $record['id'] : $record);
        }
        $sorted = $ids;
        sort($sorted);
        printf("%s %s %s: %s, %d records, %s..%s, in order: %s, unique: %s, %d requests, %d counted\n", $method, json_encode($params), json_encode($options),
            $it->strategy(), count($ids), $ids[0] ?? '-', $ids ? end($ids) : '-', var_export($ids === $sorted, true),
            var_export(count(array_unique($ids)) === count($ids), true), $it->requests(), $emu->countedPages());
    } catch (B24im\Exception $e) {
        printf("%s %s %s: %s [%s] %d: %s\n", $method, json_encode($params), json_encode($options), get_class($e), $e->getError(), $e->getCode(), $e->getMessage());
    }
    $emu->reset();
}

$emu->table('crm.item', 2600);
run($emu, 'crm.item.list', ['entityTypeId' => 2]);
$emu->table('crm.item', 130);
run($emu, 'crm.item.list', ['entityTypeId' => 2, 'select' => ['title']], ['key' => 'items']);
$emu->table('crm.item', 130);
$it = b24_list('crm.item.list', ['entityTypeId' => 2, 'select' => ['title']], $emu->webhook);
echo "  the first record: ", json_encode($it->current()), "\n";
foreach ($emu->requests() as $r) {
    parse_str($r['body'], $form);
    echo "  ", urldecode($r['body']), "\n";
}
iterator_count($it);
foreach ($emu->requests() as $n => $r) {
    parse_str($r['body'], $form);
    if ($n) {
        echo "  ", implode("\n  ", array_map('urldecode', $form['cmd'])), "\n";
    }
}
$emu->reset();
$emu->table('tasks.task', 175);
run($emu, 'tasks.task.list', ['select' => ['ID', 'TITLE']]);
$emu->table('tasks.task', 60);
run($emu, 'tasks.task.list', [], ['key' => 'tasks', 'strategy' => 'offset']);
run($emu, 'user.get', []);
run($emu, 'user.get', ['FILTER' => ['ACTIVE' => true]]);
run($emu, 'user.get', ['sort' => 'NAME', 'order' => 'ASC']);

echo "-- the key: ambiguous, absent, no list at all (emu.echo answers with its params)\n";
run($emu, 'emu.echo', ['a' => [1, 2], 'b' => [3]]);
run($emu, 'emu.echo', ['a' => [1, 2], 'b' => [3]], ['key' => 'b']);
run($emu, 'emu.echo', ['a' => [1, 2], 'b' => 'x'], ['key' => 'b']);
run($emu, 'emu.echo', ['a' => [1, 2]], ['key' => "no\nsuch"]);
run($emu, 'emu.echo', ['a' => 'x', 'b' => ['k' => 'v']]);
run($emu, 'emu.echo', ['a' => [['ID' => 5]], 'c' => 'x']);
$emu->table('crm.item', 3);
run($emu, 'crm.item.list', ['entityTypeId' => 2], ['key' => 'records']);
echo "-- a keyset page without IDs: the list cannot chain, and says so\n";
run($emu, 'emu.echo', ['a' => [['NAME' => 'x']]], ['strategy' => 'keyset']);
?>
--EXPECT--
crm.item.list {"entityTypeId":2} []: keyset, 2600 records, 1..2600, in order: true, unique: true, 3 requests, 1 counted
crm.item.list {"entityTypeId":2,"select":["title"]} {"key":"items"}: keyset, 130 records, 1..130, in order: true, unique: true, 2 requests, 1 counted
  the first record: {"id":1,"title":"Item 1"}
  entityTypeId=2&select[0]=title&select[1]=id&order[id]=ASC
  crm.item.list?entityTypeId=2&select[0]=title&select[1]=id&order[id]=ASC&filter[>id]=50&start=-1
  crm.item.list?entityTypeId=2&select[0]=title&select[1]=id&order[id]=ASC&filter[>id]=$result[c0][items][49][id]&start=-1
  crm.item.list?entityTypeId=2&select[0]=title&select[1]=id&order[id]=ASC&filter[>id]=$result[c1][items][49][id]&start=-1
tasks.task.list {"select":["ID","TITLE"]} []: keyset, 175 records, 1..175, in order: true, unique: true, 2 requests, 1 counted
tasks.task.list [] {"key":"tasks","strategy":"offset"}: offset, 60 records, 1..60, in order: true, unique: true, 2 requests, 2 counted
user.get [] []: keyset, 120 records, 1..120, in order: true, unique: true, 2 requests, 1 counted
user.get {"FILTER":{"ACTIVE":true}} []: keyset, 120 records, 1..120, in order: true, unique: true, 2 requests, 1 counted
user.get {"sort":"NAME","order":"ASC"} []: offset, 120 records, 2..115, in order: false, unique: true, 2 requests, 3 counted
-- the key: ambiguous, absent, no list at all (emu.echo answers with its params)
emu.echo {"a":[1,2],"b":[3]} []: B24im\Exception [LIST_KEY_AMBIGUOUS] 0: emu.echo: LIST_KEY_AMBIGUOUS: the result holds several lists (keys: a, b): name the records' key in $options['key']
emu.echo {"a":[1,2],"b":[3]} {"key":"b"}: offset, 1 records, 3..3, in order: true, unique: true, 1 requests, 0 counted
emu.echo {"a":[1,2],"b":"x"} {"key":"b"}: B24im\Exception [LIST_KEY_MISSING] 0: emu.echo: LIST_KEY_MISSING: the result holds no list of records under the key "b" (keys: a, b, start)
emu.echo {"a":[1,2]} {"key":"no\nsuch"}: B24im\Exception [LIST_KEY_MISSING] 0: emu.echo: LIST_KEY_MISSING: the result holds no list of records under the key "no?such" (keys: a, start)
emu.echo {"a":"x","b":{"k":"v"}} []: B24im\Exception [LIST_NO_RECORDS] 0: emu.echo: LIST_NO_RECORDS: the result holds no list of records (keys: a, b, start)
emu.echo {"a":[{"ID":5}],"c":"x"} []: offset, 1 records, 5..5, in order: true, unique: true, 1 requests, 0 counted
crm.item.list {"entityTypeId":2} {"key":"records"}: B24im\Exception [LIST_KEY_MISSING] 0: crm.item.list: LIST_KEY_MISSING: the result holds no list of records under the key "records" (keys: items)
-- a keyset page without IDs: the list cannot chain, and says so
emu.echo {"a":[{"NAME":"x"}]} {"strategy":"keyset"}: B24im\Exception [LIST_NOT_ORDERED] 0: emu.echo: LIST_NOT_ORDERED: a page of the list has a record without a positive ID, or IDs that do not rise: keyset paging needs them (use $options['strategy'] = 'offset')
