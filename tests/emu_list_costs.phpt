--TEST--
Emulator list costs and the call log: costs set and refused, each list call (top-level or a batch command) logged with its request id, command id and whether it counted the table; countedPages() tallies them (no timing asserted)
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start();
$c = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir()]);
echo "defaults: ", json_encode($emu->state()['costs']), "\n";
$emu->costs(['count_row_us' => 0.5, 'page_ms' => 1]);
echo "set: ", json_encode($emu->state()['costs']), "\n";
foreach ([['count_row_us' => -1], ['count_ms' => 'x'], ['typo_ms' => 1]] as $bad) {
    b24t_show(fn() => $emu->costs($bad));
}
$emu->table('crm.contact', 200);
$emu->table('user', 60);

$c->call('crm.contact.list', ['start' => 0]);
$r = $c->batch([
    'a' => ['crm.contact.list', ['start' => -1, 'order' => ['ID' => 'ASC']]],
    'b' => ['crm.contact.list', ['start' => -1, 'order' => ['ID' => 'ASC'], 'filter' => ['>ID' => '$result[a][49][ID]']]],
    'c' => ['crm.contact.list', ['start' => 100]],
    'd' => ['server.time'],
    'e' => ['user.get', ['start' => 50]],
]);
echo "batch next: ", json_encode($r['next']), ", total: ", json_encode($r['total']), "\n";
$requests = array_column($emu->requests(), 'id');
foreach ($emu->calls() as $call) {
    printf("request #%d cmd %s: %s %s counted=%s rows=%d\n", array_search($call['request'], $requests, true),
        json_encode($call['cmd']), $call['method'], json_encode($call['params']), json_encode($call['counted']), $call['rows']);
}
echo $emu->countedPages(), " counted of ", count($emu->calls()), " list calls in ", count($requests), " requests\n";
?>
--EXPECT--
defaults: {"count_row_us":0,"count_ms":0,"page_ms":0}
set: {"count_row_us":0.5,"page_ms":1,"count_ms":0}
RuntimeException: emulator control POST /_emu/costs failed: 400 {"error":"costs are numbers >= 0"}
RuntimeException: emulator control POST /_emu/costs failed: 400 {"error":"costs are numbers >= 0"}
RuntimeException: emulator control POST /_emu/costs failed: 400 {"error":"unknown costs: typo_ms"}
batch next: {"c":150}, total: {"a":0,"b":0,"c":200,"e":60}
request #0 cmd null: crm.contact.list {"start":"0"} counted=true rows=50
request #1 cmd "a": crm.contact.list {"start":"-1","order":{"ID":"ASC"}} counted=false rows=50
request #1 cmd "b": crm.contact.list {"start":"-1","order":{"ID":"ASC"},"filter":{">ID":"50"}} counted=false rows=50
request #1 cmd "c": crm.contact.list {"start":"100"} counted=true rows=50
request #1 cmd "e": user.get {"start":"50"} counted=true rows=10
3 counted of 5 list calls in 2 requests
