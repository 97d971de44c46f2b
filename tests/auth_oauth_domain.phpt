--TEST--
$auth array with access_token + domain only means https://{domain}/rest/ (TLS front, test CA in b24im.ca_file)
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$tls = $emu->tls();
ini_set('b24im.ca_file', $tls->ca);
var_dump(ini_get('b24im.allow_http'));

$auth = ['access_token' => $emu->token, 'domain' => "127.0.0.1:$tls->port"];
b24t_show(fn() => b24_status_set('break', $auth));
b24t_show(fn() => b24_status_get($auth));
b24t_show(fn() => b24_call('emu.echo', ['x' => ['y' => 'z']], $auth));
b24t_show(fn() => b24_status_get(['access_token' => $emu->token, 'domain' => "127.0.0.1:$tls->port", 'client_endpoint' => null]));
b24t_show(fn() => b24_status_get(['access_token' => $emu->token, 'domain' => "127.0.0.1:$tls->port", 'client_endpoint' => '']));
foreach ($emu->requests() as $r) {
    printf("%s %s %s query=%s body=%s\n", $r['scheme'], $r['http_method'], $r['path'], json_encode($r['query']), $r['body']);
}

echo "-- the domain is https even with b24im.allow_http=1: the plain-http port does not speak TLS\n";
ini_set('b24im.allow_http', '1');
try {
    b24_status_get(['access_token' => $emu->token, 'domain' => "127.0.0.1:$emu->port"]);
    echo "no error\n";
} catch (B24im\TransportException $e) {
    echo get_class($e), "\n";
}

echo "-- a domain that is not a host name\n";
foreach (['portal.example.com/rest', 'portal.example.com?x', 'user@portal.example.com', 'https://portal.example.com', 'a b', "a\nb"] as $domain) {
    b24t_show(fn() => b24_status_get(['access_token' => $emu->token, 'domain' => $domain]));
}
?>
--EXPECT--
string(1) "0"
ok: true
ok: 'break'
ok: array (
  'x' => 
  array (
    'y' => 'z',
  ),
)
ok: 'break'
ok: 'break'
https POST /rest/im.user.status.set.json query="" body=STATUS=break&auth=tok3nSecret9access
https POST /rest/im.user.status.get.json query="" body=auth=tok3nSecret9access
https POST /rest/emu.echo.json query="" body=x%5By%5D=z&auth=tok3nSecret9access
https POST /rest/im.user.status.get.json query="" body=auth=tok3nSecret9access
https POST /rest/im.user.status.get.json query="" body=auth=tok3nSecret9access
-- the domain is https even with b24im.allow_http=1: the plain-http port does not speak TLS
B24im\TransportException
-- a domain that is not a host name
ValueError: b24_status_get(): Argument #1 ($auth) has a domain that is not a host name: it must look like your-portal.bitrix24.com
ValueError: b24_status_get(): Argument #1 ($auth) has a domain that is not a host name: it must look like your-portal.bitrix24.com
ValueError: b24_status_get(): Argument #1 ($auth) has a domain that is not a host name: it must look like your-portal.bitrix24.com
ValueError: b24_status_get(): Argument #1 ($auth) has a domain that is not a host name: it must look like your-portal.bitrix24.com
ValueError: b24_status_get(): Argument #1 ($auth) has a domain that is not a host name: it must look like your-portal.bitrix24.com
ValueError: b24_status_get(): Argument #1 ($auth) has a domain that is not a host name: it must look like your-portal.bitrix24.com
