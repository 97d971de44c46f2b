--TEST--
Transport: the URL parsed for one call is reused by the next call to the same URL only; another method, another host name, other settings and a redirect each reach the URL they name
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$byName = str_replace('127.0.0.1', 'localhost', $emu->webhook);

b24t_show(fn() => b24_idle_start(5, $emu->webhook));
b24t_show(fn() => b24_idle_start(6, $emu->webhook));      // same URL: the parsed one
b24t_show(fn() => b24_status_get($emu->webhook));          // another method: another URL
b24t_show(fn() => b24_idle_start(7, $emu->webhook));
b24t_show(fn() => b24_idle_start(8, $byName));             // the same portal by another host name
$client = new B24im\Client($emu->webhook, ['timeout_ms' => 4000]);
b24t_show(fn() => $client->idleStart(9));                  // other settings: the handle is configured anew
b24t_show(fn() => b24_idle_start(10, $emu->webhook));
$emu->redirect('im.user.status.idle.start', "$emu->base/moved/rest/$emu->user/$emu->code/im.user.status.idle.start.json", 307);
b24t_show(fn() => b24_idle_start(11, $emu->webhook));      // a hop to another URL, then
b24t_show(fn() => b24_idle_start(12, $emu->webhook));      // back to the first
b24t_show(fn() => b24_idle_start(13, $byName));

foreach ($emu->requests() as $r) {
    $host = array_change_key_case($r['headers'])['host'] ?? '?';
    echo preg_replace('/:\d+$/', '', is_array($host) ? $host[0] : $host), ' ', str_replace($emu->code, 'CODE', $r['path']), ' ', $r['body'], "\n";
}
?>
--EXPECTF--
ok: true
ok: true
ok: 'online'
ok: true
ok: true
ok: true
ok: true
ok: true
ok: true
ok: true
127.0.0.1 /rest/1/CODE/im.user.status.idle.start.json AGO=5
127.0.0.1 /rest/1/CODE/im.user.status.idle.start.json AGO=6
127.0.0.1 /rest/1/CODE/im.user.status.get.json 
127.0.0.1 /rest/1/CODE/im.user.status.idle.start.json AGO=7
localhost /rest/1/CODE/im.user.status.idle.start.json AGO=8
127.0.0.1 /rest/1/CODE/im.user.status.idle.start.json AGO=9
127.0.0.1 /rest/1/CODE/im.user.status.idle.start.json AGO=10
127.0.0.1 /rest/1/CODE/im.user.status.idle.start.json AGO=11
127.0.0.1 /moved/rest/1/CODE/im.user.status.idle.start.json AGO=11
127.0.0.1 /rest/1/CODE/im.user.status.idle.start.json AGO=12
localhost /rest/1/CODE/im.user.status.idle.start.json AGO=13
