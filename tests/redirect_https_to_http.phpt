--TEST--
Redirects: https to plain http is refused with TransportException REDIRECT_REFUSED even with b24im.allow_http=1 (any status, any letter case, after an https hop too), and nothing reaches the http target
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$tls = $emu->tls();
ini_set('b24im.ca_file', $tls->ca);
$plain = "$emu->base/plain/rest/$emu->user/$emu->code/emu.echo.json";

foreach (['0', '1'] as $allow) {
    ini_set('b24im.allow_http', $allow);
    echo "-- allow_http=$allow\n";
    $emu->redirect('emu.echo', $plain, 302);
    b24t_show(fn() => b24_call('emu.echo', ['X' => 1], $tls->webhook));
    $emu->redirect('emu.echo', $plain, 308);
    b24t_show(fn() => b24_call('emu.echo', ['X' => 1], $tls->webhook));
}
echo "-- HTTP:// in capitals\n";
$emu->redirect('emu.echo', 'HTTP://' . substr($plain, 7), 301);
b24t_show(fn() => b24_call('emu.echo', ['X' => 1], $tls->webhook));
echo "-- https, then http\n";
$emu->redirect('emu.echo', "$tls->base/hop/rest/$emu->user/$emu->code/emu.echo.json", 307);
$emu->redirect('emu.echo', $plain, 307);
b24t_show(fn() => b24_call('emu.echo', ['X' => 1], $tls->webhook));
echo "last response: ", json_encode(b24_last_response()), "\n";
echo "-- an OAuth call: the token does not go to the http target\n";
$emu->redirect('im.user.status.get', "$emu->base/plain/rest/im.user.status.get.json", 302);
b24t_show(fn() => b24_status_get(['access_token' => $emu->token, 'client_endpoint' => $tls->clientEndpoint]));

foreach ($emu->requests() as $r) {
    echo $r['scheme'], ' ', $r['path'], ' ', $r['body'], "\n";
}
echo count($emu->pendingFaults()), " faults left\n";
b24t_show(fn() => b24_call('emu.echo', ['X' => 2], $tls->webhook));
?>
--EXPECTF--
-- allow_http=0
B24im\TransportException [REDIRECT_REFUSED] 302: emu.echo: REDIRECT_REFUSED: the portal redirected from https to plain http; refused (HTTP 302)
B24im\TransportException [REDIRECT_REFUSED] 308: emu.echo: REDIRECT_REFUSED: the portal redirected from https to plain http; refused (HTTP 308)
-- allow_http=1
B24im\TransportException [REDIRECT_REFUSED] 302: emu.echo: REDIRECT_REFUSED: the portal redirected from https to plain http; refused (HTTP 302)
B24im\TransportException [REDIRECT_REFUSED] 308: emu.echo: REDIRECT_REFUSED: the portal redirected from https to plain http; refused (HTTP 308)
-- HTTP:// in capitals
B24im\TransportException [REDIRECT_REFUSED] 301: emu.echo: REDIRECT_REFUSED: the portal redirected from https to plain http; refused (HTTP 301)
-- https, then http
B24im\TransportException [REDIRECT_REFUSED] 307: emu.echo: REDIRECT_REFUSED: the portal redirected from https to plain http; refused (HTTP 307)
last response: {"method":"emu.echo","http_status":307,"total":null,"next":null,"time":null,"url":"https:\/\/127.0.0.1:%d\/hop\/rest\/1\/***\/emu.echo.json"}
-- an OAuth call: the token does not go to the http target
B24im\TransportException [REDIRECT_REFUSED] 302: im.user.status.get: REDIRECT_REFUSED: the portal redirected from https to plain http; refused (HTTP 302)
https /rest/1/wh0Secret7code/emu.echo.json X=1
https /rest/1/wh0Secret7code/emu.echo.json X=1
https /rest/1/wh0Secret7code/emu.echo.json X=1
https /rest/1/wh0Secret7code/emu.echo.json X=1
https /rest/1/wh0Secret7code/emu.echo.json X=1
https /rest/1/wh0Secret7code/emu.echo.json X=1
https /hop/rest/1/wh0Secret7code/emu.echo.json X=1
https /rest/im.user.status.get.json auth=tok3nSecret9access
0 faults left
ok: array (
  'X' => '2',
)
