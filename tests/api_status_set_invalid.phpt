--TEST--
b24_status_set(): a status other than online, dnd, away, break (case-sensitive) is a ValueError and nothing is sent
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);
ini_set('b24im.webhook_url', $emu->webhook);

foreach (['DND', 'Online', 'sleep', '', ' online', 'online ', "online\0", 'away,dnd', 'offline', 'idle'] as $status) {
    b24t_show(fn() => b24_status_set($status, $emu->webhook));
}
b24t_show(fn() => b24_status_set('sleep'));   // via the ini endpoint: still nothing sent
var_dump($emu->requests());
b24t_show(fn() => b24_status_get());
?>
--EXPECT--
ValueError: b24_status_set(): Argument #1 ($status) must be one of "online", "dnd", "away" or "break"
ValueError: b24_status_set(): Argument #1 ($status) must be one of "online", "dnd", "away" or "break"
ValueError: b24_status_set(): Argument #1 ($status) must be one of "online", "dnd", "away" or "break"
ValueError: b24_status_set(): Argument #1 ($status) must be one of "online", "dnd", "away" or "break"
ValueError: b24_status_set(): Argument #1 ($status) must be one of "online", "dnd", "away" or "break"
ValueError: b24_status_set(): Argument #1 ($status) must be one of "online", "dnd", "away" or "break"
ValueError: b24_status_set(): Argument #1 ($status) must be one of "online", "dnd", "away" or "break"
ValueError: b24_status_set(): Argument #1 ($status) must be one of "online", "dnd", "away" or "break"
ValueError: b24_status_set(): Argument #1 ($status) must be one of "online", "dnd", "away" or "break"
ValueError: b24_status_set(): Argument #1 ($status) must be one of "online", "dnd", "away" or "break"
ValueError: b24_status_set(): Argument #1 ($status) must be one of "online", "dnd", "away" or "break"
array(0) {
}
ok: 'online'
