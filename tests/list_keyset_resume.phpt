--TEST--
b24_list() keyset: the cursor after any record resumes the list right after it (one counted page again, records added since included), also at the end; a fault on request 3 of a 10,000-record list: the records before it, the exception from next(), then next() goes on
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
ini_set('b24im.allow_http', '1');
ini_set('b24im.rate_limit', '0');
ini_set('b24im.max_retries', '0');
ini_set('b24im.state_dir', b24t_state_dir());

$emu->table('crm.deal', 3000);
$params = ['filter' => ['!STAGE_ID' => 'LOSE'], 'select' => ['ID', 'TITLE']];
$it = b24_list('crm.deal.list', $params, $emu->webhook);
echo "before the first record: ", var_export($it->cursor(), true), "\n";
$n = 0;
foreach ($it as $deal) {
    if (++$n === 1234) {
        $at = (int) $deal['ID'];
        $cursor = $it->cursor();
        break;
    }
}
printf("stopped at record %d (ID %d), %d requests, cursor %s\n", $n, $at, $it->requests(), preg_match('/^[ -~]{4,40}$/', $cursor) ? 'printable' : 'odd');
unset($it);
$emu->reset();
$emu->table('crm.deal', 3000);
$emu->insert('crm.deal', 7);

$it = b24_list('crm.deal.list', $params, $emu->webhook, ['cursor' => $cursor]);
echo "resumed: cursor() before the first record is the one given: ", var_export($it->cursor() === $cursor, true), "\n";
$ids = [];
foreach ($it as $deal) {
    $ids[] = (int) $deal['ID'];
}
$calls = $emu->calls();
printf("resumed: %d records, from ID %d (the one after %d) to %d, %d requests, %d counted, first filter %s\n", count($ids), $ids[0], $at,
    end($ids), $it->requests(), $emu->countedPages(), json_encode($calls[0]['params']['filter']));
$end = $it->cursor();

echo "-- resumed at the end: nothing, then the records added since\n";
$it = b24_list('crm.deal.list', $params, $emu->webhook, ['cursor' => $end]);
printf("%d records, %d request, cursor unmoved: %s\n", iterator_count($it), $it->requests(), var_export($it->cursor() === $end, true));
$emu->insert('crm.deal', 3);
$it = b24_list('crm.deal.list', $params, $emu->webhook, ['cursor' => $end]);
foreach ($it as $deal) {
    echo "  new: ", $deal['ID'], "\n";
}
$emu->reset();

echo "-- Client::list and b24_list share cursors of one list\n";
$emu->table('crm.item', 120);
$client = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir()]);
$it = $client->list('crm.item.list', ['entityTypeId' => 2]);
foreach ($it as $k => $item) {
    if ($k === 99) {
        break;
    }
}
$rest = b24_list('crm.item.list', ['entityTypeId' => 2], $emu->webhook, ['cursor' => $it->cursor()]);
echo "after item ", $item['id'], ": ", implode(',', array_map(fn ($i) => $i['id'], iterator_to_array($rest, false))), "\n";
$emu->reset();

echo "-- a fault on request 3 (the second batch) of 10,000 records\n";
$emu->table('crm.deal', 10000);
$it = b24_list('crm.deal.list', [], $emu->webhook);
$ids = [];
$thrown = 0;
for ($it->rewind(); ; ) {
    try {
        if (!$it->valid()) {
            break;
        }
        $ids[] = (int) $it->current()['ID'];
        if (count($ids) === 51) { // the first batch is in: the next request is the third
            $emu->fault(['match' => 'batch', 'status' => 500, 'body' => ['error' => 'INTERNAL_SERVER_ERROR', 'error_description' => 'boom']]);
        }
        $it->next();
    } catch (B24im\Exception $e) {
        printf("after %d records: %s [%s] %d, %d requests\n", count($ids), get_class($e), $e->getError(), $e->getCode(), $it->requests());
        if (++$thrown === 1) {
            $it->next();
        }
    }
}
printf("%d records, all in order: %s, %d requests, %d counted\n", count($ids), var_export($ids === range(1, 10000), true), $it->requests(),
    $emu->countedPages());
?>
--EXPECT--
before the first record: NULL
stopped at record 1234 (ID 1542), 2 requests, cursor printable
resumed: cursor() before the first record is the one given: true
resumed: 1172 records, from ID 1543 (the one after 1542) to 3007, 2 requests, 1 counted, first filter {"!STAGE_ID":"LOSE",">ID":"1542"}
-- resumed at the end: nothing, then the records added since
0 records, 1 request, cursor unmoved: true
  new: 3008
  new: 3010
-- Client::list and b24_list share cursors of one list
after item 100: 101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120
-- a fault on request 3 (the second batch) of 10,000 records
after 2550 records: B24im\ApiException [INTERNAL_SERVER_ERROR] 500, 3 requests
10000 records, all in order: true, 6 requests, 1 counted
