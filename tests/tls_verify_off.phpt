--TEST--
TLS: b24im.verify_tls=0 accepts the certificate that does not verify; switching verification back on fails again (a connection opened without verification is not reused) and leaves no last response
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$tls = $emu->tls();

ini_set('b24im.verify_tls', '0');
b24t_show(fn() => b24_status_get($tls->webhook));
b24t_show(fn() => b24_call('profile', [], ['access_token' => $emu->token, 'client_endpoint' => $tls->clientEndpoint])['ID']);
echo "last response: ", b24_last_response()['http_status'], "\n";
ini_set('b24im.verify_tls', '1');
b24t_show(fn() => b24_status_get($tls->webhook));
var_dump(b24_last_response());
ini_set('b24im.verify_tls', '0');
b24t_show(fn() => b24_status_get($tls->webhook));
ini_set('b24im.verify_tls', '1');
ini_set('b24im.ca_file', $tls->ca);
b24t_show(fn() => b24_status_get($tls->webhook));
foreach ($emu->requests() as $r) {
    echo $r['scheme'], ' ', $r['path'], "\n";
}
?>
--EXPECTF--
ok: 'online'
ok: '1'
last response: 200
B24im\TransportException [TLS_FAILED] 0: im.user.status.get: TLS_FAILED: SSL certificate %s: unable to get local issuer certificate%S (no HTTP reply)
NULL
ok: 'online'
ok: 'online'
https /rest/1/wh0Secret7code/im.user.status.get.json
https /rest/profile.json
https /rest/1/wh0Secret7code/im.user.status.get.json
https /rest/1/wh0Secret7code/im.user.status.get.json
