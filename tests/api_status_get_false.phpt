--TEST--
b24_status_get(): null where the portal answers false; a status b24im does not know is returned as it came
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

echo "-- the portal has no status: result false\n";
$emu->setStatus(null);
b24t_show(fn() => b24_status_get($emu->webhook));
$emu->setStatus('away');
b24t_show(fn() => b24_status_get($emu->webhook));

echo "-- statuses b24im does not know come back as they came\n";
foreach (['"lunch"', '"DND"', '""', '"\u043e\u0431\u0435\u0434"', '"vacation "'] as $json) {
    $emu->fault(['match' => 'im.user.status.get', 'body' => '{"result":' . $json . ',"time":{}}']);
    b24t_show(fn() => b24_status_get($emu->webhook));
}

echo "-- result null is no status either\n";
$emu->fault(['match' => 'im.user.status.get', 'body' => '{"result":null,"time":{}}']);
b24t_show(fn() => b24_status_get($emu->webhook));
var_dump(count($emu->requests()));
?>
--EXPECT--
-- the portal has no status: result false
ok: NULL
ok: 'away'
-- statuses b24im does not know come back as they came
ok: 'lunch'
ok: 'DND'
ok: ''
ok: 'обед'
ok: 'vacation '
-- result null is no status either
ok: NULL
int(8)
