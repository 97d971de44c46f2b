--TEST--
Batch references $result[id][field]: resolved within one chunk; a reference across chunks is a ValueError naming the command, and nothing is sent
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$c = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir()]);

echo "-- within one batch request\n";
$r = $c->batch([
    'users' => ['user.get', []],
    'byArray' => ['emu.echo', ['id' => '$result[users][1][ID]', 'name' => '$result[users][1][NAME]', 'deep' => ['x' => '$result[users][2][EMAIL]']]],
    'byString' => 'emu.echo?mail=$result[users][3][EMAIL]&text=id+$result[users][4][ID]+here',
    'unknown' => ['emu.echo', ['v' => '$result[nobody][ID]']],
]);
var_export(array_diff_key($r['result'], ['users' => 1]));
echo "\n", json_encode($r['error']), "\n";

function filler(int $n): array
{
    $commands = [];
    for ($i = 0; $i < $n; $i++) {
        $commands[sprintf('c%03d', $i)] = "emu.echo?n=$i";
    }
    return $commands;
}

echo "-- within the second chunk\n";
$emu->reset();
$commands = filler(60);
$commands['c055'] = ['emu.echo', ['ref' => '$result[c051][n]']];
$commands['c049'] = ['emu.echo', ['ref' => '$result[c000][n]']];
$r = $c->batch($commands);
echo count($emu->requests()), " requests, c055: ", json_encode($r['result']['c055']), ", c049: ", json_encode($r['result']['c049']), "\n";

echo "-- across chunks: refused, nothing sent\n";
$emu->reset();
foreach ([
    ['c050', ['emu.echo', ['ref' => '$result[c000][n]']]],
    ['c050', ['emu.echo', ['ref' => '$result[c049]']]],
    ['c099', ['emu.echo', ['a' => ['b' => 'x $result[c010][n] y']]]],
    ['c100', 'emu.echo?ref=$result[c001][n]'],
    ['c100', 'emu.echo?ref=%24result%5Bc001%5D%5Bn%5D'],
    ['c000', ['emu.echo', ['forward' => '$result[c060][n]']]],
] as [$id, $command]) {
    $commands = filler(120);
    $commands[$id] = $command;
    b24t_show(fn() => $c->batch($commands));
}
$commands = filler(120);
$commands['c060'] = ['emu.echo', ['ref' => '$result[c001][n]']];
b24t_show(fn() => b24_batch($commands, false, $emu->webhook));
echo count($emu->requests()), " requests\n";
?>
--EXPECT--
-- within one batch request
array (
  'byArray' => 
  array (
    'id' => '2',
    'name' => 'Anna',
    'deep' => 
    array (
      'x' => 'user3@emu.test',
    ),
  ),
  'byString' => 
  array (
    'mail' => 'user4@emu.test',
    'text' => 'id 5 here',
  ),
  'unknown' => 
  array (
    'v' => '$result[nobody][ID]',
  ),
)
[]
-- within the second chunk
2 requests, c055: {"ref":"51"}, c049: {"ref":"0"}
-- across chunks: refused, nothing sent
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "c050" refers to $result[c000], which goes in another batch request (a batch request holds 50 commands): reorder the commands or split the batch yourself
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "c050" refers to $result[c049], which goes in another batch request (a batch request holds 50 commands): reorder the commands or split the batch yourself
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "c099" refers to $result[c010], which goes in another batch request (a batch request holds 50 commands): reorder the commands or split the batch yourself
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "c100" refers to $result[c001], which goes in another batch request (a batch request holds 50 commands): reorder the commands or split the batch yourself
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "c100" refers to $result[c001], which goes in another batch request (a batch request holds 50 commands): reorder the commands or split the batch yourself
ValueError: B24im\Client::batch(): Argument #1 ($commands) command "c000" refers to $result[c060], which goes in another batch request (a batch request holds 50 commands): reorder the commands or split the batch yourself
ValueError: b24_batch(): Argument #1 ($commands) command "c060" refers to $result[c001], which goes in another batch request (a batch request holds 50 commands): reorder the commands or split the batch yourself
0 requests
