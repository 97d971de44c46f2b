--TEST--
b24_idle_start(): calls im.user.status.idle.start with AGO (default 10); $ago below 1 is a ValueError and nothing is sent
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

echo "-- default and explicit AGO\n";
ini_set('b24im.webhook_url', $emu->webhook);
b24t_show(fn() => b24_idle_start());                    // no argument at all: the C default
ini_set('b24im.webhook_url', '');
b24t_show(fn() => b24_idle_start(auth: $emu->webhook)); // $ago skipped by name: the declared default
b24t_show(fn() => b24_idle_start(1, $emu->webhook));
b24t_show(fn() => b24_idle_start(25, $emu->webhook));
b24t_show(fn() => b24_idle_start(PHP_INT_MAX, $emu->webhook));
b24t_wire($emu);
$users = $emu->state()['users'];
var_dump($users[1]['idle_ago']);

echo "-- the result is returned as a bool\n";
$emu->fault(['match' => 'im.user.status.idle.start', 'body' => ['result' => false, 'time' => []]]);
b24t_show(fn() => b24_idle_start(3, $emu->webhook));
$emu->fault(['match' => 'im.user.status.idle.start', 'body' => ['result' => true, 'time' => []]]);
b24t_show(fn() => b24_idle_start(3, $emu->webhook));

echo "-- below 1: ValueError, nothing sent\n";
$emu->reset();
foreach ([0, -1, -10, PHP_INT_MIN] as $ago) {
    b24t_show(fn() => b24_idle_start($ago, $emu->webhook));
}
// also without any endpoint at all: the argument is checked first
b24t_show(fn() => b24_idle_start(0));
var_dump($emu->requests());
?>
--EXPECT--
-- default and explicit AGO
ok: true
ok: true
ok: true
ok: true
ok: true
POST /rest/1/wh0Secret7code/im.user.status.idle.start.json AGO=10
POST /rest/1/wh0Secret7code/im.user.status.idle.start.json AGO=10
POST /rest/1/wh0Secret7code/im.user.status.idle.start.json AGO=1
POST /rest/1/wh0Secret7code/im.user.status.idle.start.json AGO=25
POST /rest/1/wh0Secret7code/im.user.status.idle.start.json AGO=9223372036854775807
int(9223372036854775807)
-- the result is returned as a bool
ok: false
ok: true
-- below 1: ValueError, nothing sent
ValueError: b24_idle_start(): Argument #1 ($ago) must be greater than or equal to 1 (minutes since the user went idle)
ValueError: b24_idle_start(): Argument #1 ($ago) must be greater than or equal to 1 (minutes since the user went idle)
ValueError: b24_idle_start(): Argument #1 ($ago) must be greater than or equal to 1 (minutes since the user went idle)
ValueError: b24_idle_start(): Argument #1 ($ago) must be greater than or equal to 1 (minutes since the user went idle)
ValueError: b24_idle_start(): Argument #1 ($ago) must be greater than or equal to 1 (minutes since the user went idle)
array(0) {
}
