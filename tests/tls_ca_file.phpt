--TEST--
TLS: b24im.ca_file naming the test CA makes the certificate verify; a ca_file path that does not exist, or a file that is no certificate, fails cleanly with TLS_FAILED; clearing it fails again
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$tls = $emu->tls();

echo "-- the test CA\n";
ini_set('b24im.ca_file', $tls->ca);
b24t_show(fn() => b24_status_get($tls->webhook));
b24t_show(fn() => b24_status_set('away', $tls->webhook));
b24t_show(fn() => b24_status_get($tls->webhook));
echo "last response: ", b24_last_response()['http_status'], "\n";

echo "-- a path that does not exist\n";
ini_set('b24im.ca_file', '/nonexistent/b24im-ca.pem');
b24t_show(fn() => b24_status_get($tls->webhook));
var_dump(b24_last_response());

echo "-- a file that holds no certificate\n";
$notCa = tempnam(sys_get_temp_dir(), 'b24im');
file_put_contents($notCa, "not a certificate\n");
ini_set('b24im.ca_file', $notCa);
try {
    b24_status_get($tls->webhook);
    echo "no exception\n";
} catch (B24im\Exception $e) {
    echo get_class($e), ' ', $e->getError(), ' ', $e->getCode(), ' ', str_contains($e->getMessage(), "\n") ? 'multi-line' : 'one line', "\n";
}
unlink($notCa);

echo "-- the test CA again, then none\n";
ini_set('b24im.ca_file', $tls->ca);
b24t_show(fn() => b24_status_get($tls->webhook));
ini_set('b24im.ca_file', '');
b24t_show(fn() => b24_status_get($tls->webhook));

foreach ($emu->requests() as $r) {
    echo $r['scheme'], ' ', $r['path'], ' ', $r['body'], "\n";
}
?>
--EXPECTF--
-- the test CA
ok: 'online'
ok: true
ok: 'away'
last response: 200
-- a path that does not exist
B24im\TransportException [TLS_FAILED] 0: im.user.status.get: TLS_FAILED: b24im.ca_file (/nonexistent/b24im-ca.pem) is missing, unreadable or holds no certificate (no HTTP reply)
NULL
-- a file that holds no certificate
B24im\TransportException TLS_FAILED 0 one line
-- the test CA again, then none
ok: 'away'
B24im\TransportException [TLS_FAILED] 0: im.user.status.get: TLS_FAILED: SSL certificate %s: unable to get local issuer certificate%S (no HTTP reply)
https /rest/1/wh0Secret7code/im.user.status.get.json 
https /rest/1/wh0Secret7code/im.user.status.set.json STATUS=away
https /rest/1/wh0Secret7code/im.user.status.get.json 
https /rest/1/wh0Secret7code/im.user.status.get.json 
