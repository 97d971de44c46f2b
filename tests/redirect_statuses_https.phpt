--TEST--
Redirects within https: 301, 302, 303, 307 and 308 are followed with the same POST body (webhook and OAuth), the portal receives it at the new path, and b24_last_response() describes the final reply
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$tls = $emu->tls();
ini_set('b24im.ca_file', $tls->ca);
$params = ['MESSAGE' => 'a b&c', 'LIST' => [1, 'два']];

foreach ([301, 302, 303, 307, 308] as $status) {
    $emu->redirect('emu.echo', "$tls->base/moved$status/rest/$emu->user/$emu->code/emu.echo.json", $status);
    b24t_show(fn() => b24_call('emu.echo', $params, $tls->webhook) === ['MESSAGE' => 'a b&c', 'LIST' => ['1', 'два']]);
    echo "last response: ", b24_last_response()['http_status'], "\n";
}
echo "-- OAuth: the token is re-posted in the body\n";
$emu->redirect('im.user.status.set', "$tls->base/moved/rest/im.user.status.set.json", 307);
b24t_show(fn() => b24_status_set('dnd', ['access_token' => $emu->token, 'client_endpoint' => $tls->clientEndpoint]));

foreach ($emu->requests() as $r) {
    echo $r['scheme'], ' ', $r['http_method'], ' ', $r['path'], ' ', $r['body'], "\n";
}
b24t_show(fn() => b24_status_get($tls->webhook));
?>
--EXPECT--
ok: true
last response: 200
ok: true
last response: 200
ok: true
last response: 200
ok: true
last response: 200
ok: true
last response: 200
-- OAuth: the token is re-posted in the body
ok: true
https POST /rest/1/wh0Secret7code/emu.echo.json MESSAGE=a+b%26c&LIST%5B0%5D=1&LIST%5B1%5D=%D0%B4%D0%B2%D0%B0
https POST /moved301/rest/1/wh0Secret7code/emu.echo.json MESSAGE=a+b%26c&LIST%5B0%5D=1&LIST%5B1%5D=%D0%B4%D0%B2%D0%B0
https POST /rest/1/wh0Secret7code/emu.echo.json MESSAGE=a+b%26c&LIST%5B0%5D=1&LIST%5B1%5D=%D0%B4%D0%B2%D0%B0
https POST /moved302/rest/1/wh0Secret7code/emu.echo.json MESSAGE=a+b%26c&LIST%5B0%5D=1&LIST%5B1%5D=%D0%B4%D0%B2%D0%B0
https POST /rest/1/wh0Secret7code/emu.echo.json MESSAGE=a+b%26c&LIST%5B0%5D=1&LIST%5B1%5D=%D0%B4%D0%B2%D0%B0
https POST /moved303/rest/1/wh0Secret7code/emu.echo.json MESSAGE=a+b%26c&LIST%5B0%5D=1&LIST%5B1%5D=%D0%B4%D0%B2%D0%B0
https POST /rest/1/wh0Secret7code/emu.echo.json MESSAGE=a+b%26c&LIST%5B0%5D=1&LIST%5B1%5D=%D0%B4%D0%B2%D0%B0
https POST /moved307/rest/1/wh0Secret7code/emu.echo.json MESSAGE=a+b%26c&LIST%5B0%5D=1&LIST%5B1%5D=%D0%B4%D0%B2%D0%B0
https POST /rest/1/wh0Secret7code/emu.echo.json MESSAGE=a+b%26c&LIST%5B0%5D=1&LIST%5B1%5D=%D0%B4%D0%B2%D0%B0
https POST /moved308/rest/1/wh0Secret7code/emu.echo.json MESSAGE=a+b%26c&LIST%5B0%5D=1&LIST%5B1%5D=%D0%B4%D0%B2%D0%B0
https POST /rest/im.user.status.set.json STATUS=dnd&auth=tok3nSecret9access
https POST /moved/rest/im.user.status.set.json STATUS=dnd&auth=tok3nSecret9access
ok: 'dnd'
