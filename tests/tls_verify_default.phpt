--TEST--
TLS: a certificate from an unknown CA fails by default with TransportException TLS_FAILED (code 0, no last response, no request reaches the portal), for webhook and OAuth calls alike
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$tls = $emu->tls();

var_dump(ini_get('b24im.verify_tls'), ini_get('b24im.ca_file'));
b24t_show(fn() => b24_status_get($tls->webhook));
var_dump(b24_last_response());
b24t_show(fn() => b24_call('profile', [], ['access_token' => $emu->token, 'client_endpoint' => $tls->clientEndpoint]));
b24t_show(fn() => b24_status_set('dnd', $tls->webhook));
echo count($emu->requests()), " requests reached the portal\n";
?>
--EXPECTF--
string(1) "1"
string(0) ""
B24im\TransportException [TLS_FAILED] 0: im.user.status.get: TLS_FAILED: SSL certificate %s: unable to get local issuer certificate%S (no HTTP reply)
NULL
B24im\TransportException [TLS_FAILED] 0: profile: TLS_FAILED: SSL certificate %s: unable to get local issuer certificate%S (no HTTP reply)
B24im\TransportException [TLS_FAILED] 0: im.user.status.set: TLS_FAILED: SSL certificate %s: unable to get local issuer certificate%S (no HTTP reply)
0 requests reached the portal
