--TEST--
Redirects within plain http (b24im.allow_http=1): 301, 302, 303, 307 and 308 are followed with the same POST body to the new path; http to https is followed too
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$tls = $emu->tls();
ini_set('b24im.ca_file', $tls->ca);

foreach ([301, 302, 303, 307, 308] as $status) {
    $emu->redirect('emu.echo', "$emu->base/moved$status/rest/$emu->user/$emu->code/emu.echo", $status);
    b24t_show(fn() => b24_call('emu.echo', ['N' => $status, 'S' => 'x y'], $emu->webhook));
}
echo "-- to https\n";
$emu->redirect('im.user.status.get', "$tls->base/secure/rest/$emu->user/$emu->code/im.user.status.get.json", 301);
b24t_show(fn() => b24_status_get($emu->webhook));

foreach ($emu->requests() as $r) {
    echo $r['scheme'], ' ', $r['http_method'], ' ', $r['path'], ' ', $r['body'], "\n";
}
?>
--EXPECT--
ok: array (
  'N' => '301',
  'S' => 'x y',
)
ok: array (
  'N' => '302',
  'S' => 'x y',
)
ok: array (
  'N' => '303',
  'S' => 'x y',
)
ok: array (
  'N' => '307',
  'S' => 'x y',
)
ok: array (
  'N' => '308',
  'S' => 'x y',
)
-- to https
ok: 'online'
http POST /rest/1/wh0Secret7code/emu.echo.json N=301&S=x+y
http POST /moved301/rest/1/wh0Secret7code/emu.echo N=301&S=x+y
http POST /rest/1/wh0Secret7code/emu.echo.json N=302&S=x+y
http POST /moved302/rest/1/wh0Secret7code/emu.echo N=302&S=x+y
http POST /rest/1/wh0Secret7code/emu.echo.json N=303&S=x+y
http POST /moved303/rest/1/wh0Secret7code/emu.echo N=303&S=x+y
http POST /rest/1/wh0Secret7code/emu.echo.json N=307&S=x+y
http POST /moved307/rest/1/wh0Secret7code/emu.echo N=307&S=x+y
http POST /rest/1/wh0Secret7code/emu.echo.json N=308&S=x+y
http POST /moved308/rest/1/wh0Secret7code/emu.echo N=308&S=x+y
http POST /rest/1/wh0Secret7code/im.user.status.get.json 
https POST /secure/rest/1/wh0Secret7code/im.user.status.get.json 
