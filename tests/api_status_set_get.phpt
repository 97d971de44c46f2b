--TEST--
b24_status_set() then b24_status_get() returns the status set, for each of online, dnd, away, break
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

b24t_show(fn() => b24_status_get($emu->webhook));
foreach (['dnd', 'away', 'break', 'online'] as $status) {
    b24t_show(fn() => b24_status_set($status, $emu->webhook));
    b24t_show(fn() => b24_status_get($emu->webhook));
}
b24t_wire($emu);
?>
--EXPECT--
ok: 'online'
ok: true
ok: 'dnd'
ok: true
ok: 'away'
ok: true
ok: 'break'
ok: true
ok: 'online'
POST /rest/1/wh0Secret7code/im.user.status.get.json 
POST /rest/1/wh0Secret7code/im.user.status.set.json STATUS=dnd
POST /rest/1/wh0Secret7code/im.user.status.get.json 
POST /rest/1/wh0Secret7code/im.user.status.set.json STATUS=away
POST /rest/1/wh0Secret7code/im.user.status.get.json 
POST /rest/1/wh0Secret7code/im.user.status.set.json STATUS=break
POST /rest/1/wh0Secret7code/im.user.status.get.json 
POST /rest/1/wh0Secret7code/im.user.status.set.json STATUS=online
POST /rest/1/wh0Secret7code/im.user.status.get.json 
