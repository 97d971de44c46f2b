--TEST--
Batch: 120 commands go out as 3 batch requests of 50, 50 and 20, in order, none dropped; string and integer ids; the parts are merged in order
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$c = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir()]);

function chunks(B24tEmu $emu): void
{
    foreach ($emu->requests() as $n => $r) {
        parse_str($r['body'], $form);
        $ids = array_keys($form['cmd']);
        printf("request %d: %s halt=%s, %d commands, %s .. %s\n", $n + 1, $r['path'], $form['halt'], count($ids), reset($ids), end($ids));
    }
}

echo "-- string ids\n";
$commands = [];
for ($i = 0; $i < 120; $i++) {
    $commands[sprintf('c%03d', $i)] = $i % 3 ? ['emu.echo', ['n' => $i]] : "emu.echo?n=$i";
}
$r = $c->batch($commands);
chunks($emu);
$sent = [];
foreach ($emu->requests() as $req) {
    parse_str($req['body'], $form);
    $sent = array_merge($sent, array_keys($form['cmd']));
}
echo "sent in the given order: ", var_export($sent === array_keys($commands), true), "\n";
echo "results in order: ", var_export(array_keys($r['result']) === array_keys($commands), true), "\n";
echo "each its own: ", var_export(array_map(fn($v) => (int) $v['n'], $r['result']) === array_combine(array_keys($commands), range(0, 119)), true), "\n";
echo "times: ", count($r['time']), ", errors: ", json_encode($r['error']), "\n";
echo "lastResponse: ", $c->lastResponse()['method'], "\n";

echo "-- a list: ids 0 .. 119\n";
$emu->reset();
$r = $c->batch(array_map(fn($i) => ['emu.echo', ['n' => $i]], range(0, 119)));
chunks($emu);
echo "results: ", var_export(array_keys($r['result']) === range(0, 119) && array_column($r['result'], 'n') === array_map('strval', range(0, 119)), true), "\n";

echo "-- exactly 50: one request; 51: two; 100: two; 101: three\n";
foreach ([50, 51, 100, 101] as $n) {
    $emu->reset();
    $r = $c->batch(array_fill_keys(array_map(fn($i) => "k$i", range(1, $n)), 'server.time'));
    printf("%d commands: %d requests, %d results\n", $n, count($emu->requests()), count($r['result']));
}
?>
--EXPECT--
-- string ids
request 1: /rest/1/wh0Secret7code/batch.json halt=0, 50 commands, c000 .. c049
request 2: /rest/1/wh0Secret7code/batch.json halt=0, 50 commands, c050 .. c099
request 3: /rest/1/wh0Secret7code/batch.json halt=0, 20 commands, c100 .. c119
sent in the given order: true
results in order: true
each its own: true
times: 120, errors: []
lastResponse: batch
-- a list: ids 0 .. 119
request 1: /rest/1/wh0Secret7code/batch.json halt=0, 50 commands, 0 .. 49
request 2: /rest/1/wh0Secret7code/batch.json halt=0, 50 commands, 50 .. 99
request 3: /rest/1/wh0Secret7code/batch.json halt=0, 20 commands, 100 .. 119
results: true
-- exactly 50: one request; 51: two; 100: two; 101: three
50 commands: 1 requests, 50 results
51 commands: 2 requests, 51 results
100 commands: 2 requests, 100 results
101 commands: 3 requests, 101 results
