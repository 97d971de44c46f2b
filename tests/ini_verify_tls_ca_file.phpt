--TEST--
INI b24im.verify_tls and b24im.ca_file take effect against the TLS front with its own test CA
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$tls = $emu->tls();

echo "-- defaults: verify against the system CAs, which do not know the test CA\n";
b24t_show(fn() => b24_status_get($tls->webhook) ?? 'null');
echo "-- b24im.ca_file = the test CA\n";
ini_set('b24im.ca_file', $tls->ca);
b24t_show(fn() => b24_status_get($tls->webhook));
echo "-- b24im.ca_file = a file that is not there\n";
ini_set('b24im.ca_file', $emu->stateDir . '/no-such-ca.pem');
try {
    b24_status_get($tls->webhook);
    echo "no exception\n";
} catch (B24im\Exception $e) {
    printf("%s [%s] %d\n", get_class($e), $e->getError(), $e->getCode());
}
echo "-- b24im.verify_tls = off: any certificate\n";
ini_set('b24im.ca_file', '');
ini_set('b24im.verify_tls', 'off');
b24t_show(fn() => b24_status_get($tls->webhook));
ini_set('b24im.verify_tls', 'On');
try {
    b24_status_get($tls->webhook);
    echo "no exception\n";
} catch (B24im\Exception $e) {
    printf("%s [%s] %d\n", get_class($e), $e->getError(), $e->getCode());
}
echo count($emu->requests()), " requests reached the portal\n";
?>
--EXPECTF--
-- defaults: verify against the system CAs, which do not know the test CA
B24im\TransportException [TLS_FAILED] 0: im.user.status.get: TLS_FAILED: SSL certificate %s: unable to get local issuer certificate%S (no HTTP reply)
-- b24im.ca_file = the test CA
ok: 'online'
-- b24im.ca_file = a file that is not there
B24im\TransportException [TLS_FAILED] 0
-- b24im.verify_tls = off: any certificate
ok: 'online'
B24im\TransportException [TLS_FAILED] 0
2 requests reached the portal
