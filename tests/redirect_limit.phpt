--TEST--
Redirects: three in a row are followed; a fourth is refused with TransportException TOO_MANY_REDIRECTS (carrying the redirect's status) and its target is never asked
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$tls = $emu->tls();
ini_set('b24im.ca_file', $tls->ca);
$to = fn(string $hop) => "$tls->base/$hop/rest/$emu->user/$emu->code/emu.echo.json";

echo "-- three\n";
foreach (['a', 'b', 'c'] as $hop) {
    $emu->redirect('emu.echo', $to($hop), 302);
}
b24t_show(fn() => b24_call('emu.echo', ['HOPS' => 3], $tls->webhook));
foreach ($emu->requests() as $r) {
    echo $r['http_method'], ' ', $r['path'], ' ', $r['body'], "\n";
}

echo "-- four\n";
$emu->reset();
foreach (['a', 'b', 'c', 'd'] as $i => $hop) {
    $emu->redirect('emu.echo', $to($hop), [301, 307, 308, 302][$i]);
}
b24t_show(fn() => b24_call('emu.echo', ['HOPS' => 4], $tls->webhook));
echo "last response: ", json_encode(b24_last_response()), "\n";
foreach ($emu->requests() as $r) {
    echo $r['http_method'], ' ', $r['path'], ' ', $r['body'], "\n";
}

echo "-- a redirect loop\n";
$emu->reset();
$emu->fault(['match' => 'emu.echo', 'status' => 307, 'headers' => ['Location' => $tls->webhook . 'emu.echo.json'], 'times' => -1]);
b24t_show(fn() => b24_call('emu.echo', ['LOOP' => 1], $tls->webhook));
echo count($emu->requests()), " requests\n";
$emu->reset();
b24t_show(fn() => b24_call('emu.echo', ['AFTER' => 1], $tls->webhook));
?>
--EXPECTF--
-- three
ok: array (
  'HOPS' => '3',
)
POST /rest/1/wh0Secret7code/emu.echo.json HOPS=3
POST /a/rest/1/wh0Secret7code/emu.echo.json HOPS=3
POST /b/rest/1/wh0Secret7code/emu.echo.json HOPS=3
POST /c/rest/1/wh0Secret7code/emu.echo.json HOPS=3
-- four
B24im\TransportException [TOO_MANY_REDIRECTS] 302: emu.echo: TOO_MANY_REDIRECTS: more than 3 redirects (HTTP 302)
last response: {"method":"emu.echo","http_status":302,"total":null,"next":null,"time":null,"url":"https:\/\/127.0.0.1:%d\/c\/rest\/1\/***\/emu.echo.json"}
POST /rest/1/wh0Secret7code/emu.echo.json HOPS=4
POST /a/rest/1/wh0Secret7code/emu.echo.json HOPS=4
POST /b/rest/1/wh0Secret7code/emu.echo.json HOPS=4
POST /c/rest/1/wh0Secret7code/emu.echo.json HOPS=4
-- a redirect loop
B24im\TransportException [TOO_MANY_REDIRECTS] 307: emu.echo: TOO_MANY_REDIRECTS: more than 3 redirects (HTTP 307)
4 requests
ok: array (
  'AFTER' => '1',
)
