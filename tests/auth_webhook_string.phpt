--TEST--
$auth as a webhook URL string: with or without the trailing slash, under a path prefix, over http and https
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

$forms = [
    $emu->webhook,                                   // http://127.0.0.1:PORT/rest/1/wh0Secret7code/
    rtrim($emu->webhook, '/'),                       // without the trailing slash
    "$emu->base/portal/sub/rest/1/$emu->code/",      // a portal under a path prefix
    "$emu->base/portal/sub/rest/1/$emu->code",
];
foreach ($forms as $i => $url) {
    b24t_show(fn() => b24_call('emu.echo', ['form' => $i], $url));
}
b24t_show(fn() => b24_status_set('dnd', rtrim($emu->webhook, '/')));
b24t_show(fn() => b24_status_get(rtrim($emu->webhook, '/')));
foreach ($emu->requests() as $r) {
    printf("%s %s %s query=%s body=%s\n", $r['scheme'], $r['http_method'], $r['path'], json_encode($r['query']), $r['body']);
}
$emu->reset();

echo "-- https through the TLS front\n";
$tls = $emu->tls();
ini_set('b24im.allow_http', '0');
ini_set('b24im.ca_file', $tls->ca);
b24t_show(fn() => b24_status_get($tls->webhook));
b24t_show(fn() => b24_status_get(rtrim($tls->webhook, '/')));
foreach ($emu->requests() as $r) {
    printf("%s %s %s query=%s body=%s\n", $r['scheme'], $r['http_method'], $r['path'], json_encode($r['query']), $r['body']);
}

echo "-- a wrong code is the portal's business: it answers 401\n";
ini_set('b24im.allow_http', '1');
b24t_show(fn() => b24_status_get("$emu->base/rest/1/otherCode/"));
b24t_show(fn() => b24_status_get("$emu->base/rest/2/$emu->code/"));
?>
--EXPECT--
ok: array (
  'form' => '0',
)
ok: array (
  'form' => '1',
)
ok: array (
  'form' => '2',
)
ok: array (
  'form' => '3',
)
ok: true
ok: 'dnd'
http POST /rest/1/wh0Secret7code/emu.echo.json query="" body=form=0
http POST /rest/1/wh0Secret7code/emu.echo.json query="" body=form=1
http POST /portal/sub/rest/1/wh0Secret7code/emu.echo.json query="" body=form=2
http POST /portal/sub/rest/1/wh0Secret7code/emu.echo.json query="" body=form=3
http POST /rest/1/wh0Secret7code/im.user.status.set.json query="" body=STATUS=dnd
http POST /rest/1/wh0Secret7code/im.user.status.get.json query="" body=
-- https through the TLS front
ok: 'online'
ok: 'online'
https POST /rest/1/wh0Secret7code/im.user.status.get.json query="" body=
https POST /rest/1/wh0Secret7code/im.user.status.get.json query="" body=
-- a wrong code is the portal's business: it answers 401
B24im\AuthException [INVALID_CREDENTIALS] 401: im.user.status.get: INVALID_CREDENTIALS: Invalid request credentials (HTTP 401)
B24im\AuthException [INVALID_CREDENTIALS] 401: im.user.status.get: INVALID_CREDENTIALS: Invalid request credentials (HTTP 401)
