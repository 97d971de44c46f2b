--TEST--
b24_list() keyset on crm.deal.list at the chunk edges (0, 1, 49, 50, 51, 2,499, 2,500, 2,501 and 10,000 records): every record once, in order; one counted page; 10,000 in 5 requests; the wire of the chained batch
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
ini_set('b24im.allow_http', '1');
ini_set('b24im.rate_limit', '0');
ini_set('b24im.state_dir', b24t_state_dir());

foreach ([0, 1, 49, 50, 51, 2499, 2500, 2501, 10000] as $n) {
    $emu->reset();
    $emu->table('crm.deal', $n);
    $it = b24_list('crm.deal.list', ['select' => ['ID', 'TITLE']], $emu->webhook);
    $ids = [];
    $keys = 0;
    foreach ($it as $k => $deal) {
        $ids[] = (int) $deal['ID'];
        $keys += $k === count($ids) - 1 ? 1 : 0;
    }
    $commands = array_map(function (array $r) {
        parse_str($r['body'], $form);
        return isset($form['cmd']) ? count($form['cmd']) : 'plain';
    }, $emu->requests());
    printf("%5d records: %s, keys %s, %s, %d requests (%s), %d list calls, %d counted\n", $n,
        $ids === ($n ? range(1, $n) : []) ? 'all, in order' : 'WRONG ' . json_encode(array_slice($ids, 0, 5)),
        $keys === $n ? '0..n-1' : 'WRONG', $it->strategy(), $it->requests(), implode(' + ', $commands), count($emu->calls()),
        $emu->countedPages());
}

echo "-- 120 of 600 records match the filter: the first page counts, then one batch of 2 pages and a probe, chained by ID, start=-1\n";
$emu->reset();
$emu->table('crm.deal', 600);
$it = b24_list('crm.deal.list', ['filter' => ['>ID' => 0, 'STAGE_ID' => 'NEW'], 'select' => ['TITLE']], $emu->webhook);
echo iterator_count($it), " records\n";
foreach ($emu->requests() as $r) {
    parse_str($r['body'], $form);
    if (isset($form['cmd'])) {
        foreach ($form['cmd'] as $id => $cmd) {
            echo "  $id: ", urldecode($cmd), "\n";
        }
    } else {
        echo "  ", basename($r['path']), ": ", urldecode($r['body']), "\n";
    }
}
foreach ($emu->calls() as $call) {
    printf("  list call: cmd %s, filter %s, counted %s, %d rows\n", $call['cmd'] ?? '-', json_encode($call['params']['filter'] ?? null),
        var_export($call['counted'], true), $call['rows']);
}
?>
--EXPECT--
0 records: all, in order, keys 0..n-1, keyset, 1 requests (plain), 1 list calls, 1 counted
    1 records: all, in order, keys 0..n-1, keyset, 1 requests (plain), 1 list calls, 1 counted
   49 records: all, in order, keys 0..n-1, keyset, 1 requests (plain), 1 list calls, 1 counted
   50 records: all, in order, keys 0..n-1, keyset, 1 requests (plain), 1 list calls, 1 counted
   51 records: all, in order, keys 0..n-1, keyset, 2 requests (plain + 2), 3 list calls, 1 counted
 2499 records: all, in order, keys 0..n-1, keyset, 2 requests (plain + 50), 51 list calls, 1 counted
 2500 records: all, in order, keys 0..n-1, keyset, 2 requests (plain + 50), 51 list calls, 1 counted
 2501 records: all, in order, keys 0..n-1, keyset, 2 requests (plain + 50), 51 list calls, 1 counted
10000 records: all, in order, keys 0..n-1, keyset, 5 requests (plain + 50 + 50 + 50 + 50), 201 list calls, 1 counted
-- 120 of 600 records match the filter: the first page counts, then one batch of 2 pages and a probe, chained by ID, start=-1
120 records
  crm.deal.list.json: select[0]=TITLE&select[1]=ID&order[ID]=ASC&filter[>ID]=0&filter[STAGE_ID]=NEW
  c0: crm.deal.list?select[0]=TITLE&select[1]=ID&order[ID]=ASC&filter[>ID]=250&filter[STAGE_ID]=NEW&start=-1
  c1: crm.deal.list?select[0]=TITLE&select[1]=ID&order[ID]=ASC&filter[>ID]=$result[c0][49][ID]&filter[STAGE_ID]=NEW&start=-1
  c2: crm.deal.list?select[0]=TITLE&select[1]=ID&order[ID]=ASC&filter[>ID]=$result[c1][49][ID]&filter[STAGE_ID]=NEW&start=-1
  list call: cmd -, filter {">ID":"0","STAGE_ID":"NEW"}, counted true, 50 rows
  list call: cmd c0, filter {">ID":"250","STAGE_ID":"NEW"}, counted false, 50 rows
  list call: cmd c1, filter {">ID":"500","STAGE_ID":"NEW"}, counted false, 20 rows
  list call: cmd c2, filter {">ID":"$result[c1][49][ID]","STAGE_ID":"NEW"}, counted false, 50 rows
