--TEST--
Batch references at scale: 100,000 commands, each referring to the one before it within its batch request of 50, the last one to a command in another request: refused with the ValueError naming it, nothing sent; integer ids too
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_emu_start(['onprem' => true]);
$c = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir()]);

function chained(int $n, callable $id): array
{
    $commands = [];
    for ($i = 0; $i < $n; $i++) {
        $commands[$id($i)] = $i % 50 === 0 ? "emu.echo?n=$i" : 'emu.echo?prev=$result[' . $id($i - 1) . '][n]';
    }
    $commands[$id($n - 1)] = ['emu.echo', ['far' => '$result[' . $id(7) . '][n]']];
    return $commands;
}

foreach (['string ids' => fn(int $i) => "c$i", 'integer ids' => fn(int $i) => $i] as $name => $id) {
    $commands = chained(100_000, $id);
    echo "$name: ", count($commands), " commands\n";
    try {
        $c->batch($commands);
        echo "sent\n";
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    unset($commands);
}
echo "-- the same chains without the far reference are fine: the first two requests\n";
$commands = array_slice(chained(100, fn(int $i) => "c$i"), 0, 99);
$r = $c->batch($commands);
echo count($r['result']), " results, c98: ", json_encode($r['result']['c98']), ", c51: ", json_encode($r['result']['c51']), "\n";
echo count($emu->requests()), " requests\n";
?>
--EXPECT--
string ids: 100000 commands
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "c99999" refers to $result[c7], which goes in another batch request (a batch request holds 50 commands): reorder the commands or split the batch yourself
integer ids: 100000 commands
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "99999" refers to $result[7], which goes in another batch request (a batch request holds 50 commands): reorder the commands or split the batch yourself
-- the same chains without the far reference are fine: the first two requests
99 results, c98: {"prev":"$result[c97][n]"}, c51: {"prev":"50"}
2 requests
