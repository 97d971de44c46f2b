--TEST--
Emulator list methods: pages of 50 by start (rounded down to its page), next and total while start >= 0, start=-1 answers total 0 and no next; the call log says which pages counted the table
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start();
$c = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir()]);
$emu->table('crm.deal', 120);
$emu->table('crm.lead', 0);

function page(B24im\Client $c, string $method, array $params): void
{
    $r = $c->call($method, $params);
    $l = $c->lastResponse();
    printf("%s %s: %d, IDs %s..%s, next %s, total %s\n", $method, json_encode($params), count($r), $r[0]['ID'] ?? '-',
        $r ? end($r)['ID'] : '-', var_export($l['next'], true), var_export($l['total'], true));
}
foreach ([[], ['start' => 50], ['start' => 100], ['start' => 150], ['start' => 75], ['start' => 99], ['start' => -1],
    ['start' => -1, 'filter' => ['>ID' => 100]], ['start' => -5], ['start' => 'x']] as $params) {
    page($c, 'crm.deal.list', $params);
}
page($c, 'crm.lead.list', []);
page($c, 'crm.lead.list', ['start' => -1]);

echo "-- the call log\n";
foreach ($emu->calls() as $call) {
    printf("%s start=%s counted=%s rows=%d cmd=%s\n", $call['method'], json_encode($call['params']['start'] ?? null),
        json_encode($call['counted']), $call['rows'], json_encode($call['cmd']));
}
echo $emu->countedPages(), " counted pages\n";
$ids = array_column($emu->requests(), 'id');
echo count(array_unique($ids)) === count($emu->calls()) && array_column($emu->calls(), 'request') === $ids ? "one log entry per request, same ids\n" : "ids differ\n";
$emu->reset();
echo count($emu->calls()), " calls after reset, ", json_encode($emu->tables()['crm.deal']['ranges']), "\n";
?>
--EXPECT--
crm.deal.list []: 50, IDs 1..50, next 50, total 120
crm.deal.list {"start":50}: 50, IDs 51..100, next 100, total 120
crm.deal.list {"start":100}: 20, IDs 101..120, next NULL, total 120
crm.deal.list {"start":150}: 0, IDs -..-, next NULL, total 120
crm.deal.list {"start":75}: 50, IDs 51..100, next 100, total 120
crm.deal.list {"start":99}: 50, IDs 51..100, next 100, total 120
crm.deal.list {"start":-1}: 50, IDs 1..50, next NULL, total 0
crm.deal.list {"start":-1,"filter":{">ID":100}}: 20, IDs 101..120, next NULL, total 0
crm.deal.list {"start":-5}: 50, IDs 1..50, next NULL, total 0
crm.deal.list {"start":"x"}: 50, IDs 1..50, next 50, total 120
crm.lead.list []: 0, IDs -..-, next NULL, total 0
crm.lead.list {"start":-1}: 0, IDs -..-, next NULL, total 0
-- the call log
crm.deal.list start=null counted=true rows=50 cmd=null
crm.deal.list start="50" counted=true rows=50 cmd=null
crm.deal.list start="100" counted=true rows=20 cmd=null
crm.deal.list start="150" counted=true rows=0 cmd=null
crm.deal.list start="75" counted=true rows=50 cmd=null
crm.deal.list start="99" counted=true rows=50 cmd=null
crm.deal.list start="-1" counted=false rows=50 cmd=null
crm.deal.list start="-1" counted=false rows=20 cmd=null
crm.deal.list start="-5" counted=false rows=50 cmd=null
crm.deal.list start="x" counted=true rows=50 cmd=null
crm.lead.list start=null counted=true rows=0 cmd=null
crm.lead.list start="-1" counted=false rows=0 cmd=null
8 counted pages
one log entry per request, same ids
0 calls after reset, []
