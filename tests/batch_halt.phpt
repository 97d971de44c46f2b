--TEST--
Batch with $halt: nothing after the first failed command runs, across chunks too (a failure in chunk 1: chunk 2 is never sent); without $halt every chunk goes
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$c = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir()]);

function commands(int $failAt): array
{
    $commands = [];
    for ($i = 0; $i < 120; $i++) {
        $commands[sprintf('c%03d', $i)] = ['emu.echo', ['n' => $i]];
    }
    $commands[sprintf('c%03d', $failAt)] = ['im.user.status.set', ['STATUS' => 'bogus']];
    // right after the failure, and in the last chunk: a command with a visible effect
    $commands[sprintf('c%03d', $failAt + 1)] = ['im.user.status.set', ['STATUS' => 'away']];
    $commands['c119'] = ['im.user.status.set', ['STATUS' => 'break']];
    return $commands;
}

function run(B24tEmu $emu, B24im\Client $c, int $failAt, bool $halt): void
{
    $emu->reset();
    $r = $c->batch(commands($failAt), $halt);
    $keys = array_keys($r['result']);
    $halts = [];
    foreach ($emu->requests() as $req) {
        parse_str($req['body'], $form);
        $halts[] = $form['halt'];
    }
    printf("fail at %d, halt %s: %d requests (halt=%s), %d results (%s .. %s), errors %s, status now %s\n",
        $failAt, var_export($halt, true), count($emu->requests()), implode(',', $halts), count($keys), reset($keys), end($keys),
        implode(',', array_keys($r['error'])), $c->statusGet());
}

run($emu, $c, 10, true);
run($emu, $c, 48, true);
run($emu, $c, 49, true);
run($emu, $c, 55, true);
run($emu, $c, 100, true);
run($emu, $c, 10, false);
run($emu, $c, 55, false);
echo "-- halt, no failure: every chunk\n";
$emu->reset();
$r = $c->batch(array_map(fn($i) => "emu.echo?n=$i", range(0, 119)), true);
echo count($emu->requests()), " requests, ", count($r['result']), " results\n";
?>
--EXPECT--
fail at 10, halt true: 1 requests (halt=1), 10 results (c000 .. c009), errors c010, status now online
fail at 48, halt true: 1 requests (halt=1), 48 results (c000 .. c047), errors c048, status now online
fail at 49, halt true: 1 requests (halt=1), 49 results (c000 .. c048), errors c049, status now online
fail at 55, halt true: 2 requests (halt=1,1), 55 results (c000 .. c054), errors c055, status now online
fail at 100, halt true: 3 requests (halt=1,1,1), 100 results (c000 .. c099), errors c100, status now online
fail at 10, halt false: 3 requests (halt=0,0,0), 119 results (c000 .. c119), errors c010, status now break
fail at 55, halt false: 3 requests (halt=0,0,0), 119 results (c000 .. c119), errors c055, status now break
-- halt, no failure: every chunk
3 requests, 120 results
