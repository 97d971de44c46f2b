--TEST--
B24im\Client options verify_tls and ca_file override the INI, against the TLS front with its own test CA
--EXTENSIONS--
b24im
--INI--
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start();
$tls = $emu->tls();
$base = ['rate_limit' => 0, 'state_dir' => b24t_state_dir()];

function attempt(callable $fn): void
{
    try {
        $r = $fn();
        echo 'ok: ', var_export($r, true), "\n";
    } catch (B24im\Exception $e) {
        printf("%s [%s] %d\n", get_class($e), $e->getError(), $e->getCode());
    }
}

echo "-- INI defaults (system CAs): the option ca_file = the test CA\n";
attempt(fn() => (new B24im\Client($tls->webhook, $base))->statusGet());
attempt(fn() => (new B24im\Client($tls->webhook, ['ca_file' => $tls->ca] + $base))->statusGet());
attempt(fn() => (new B24im\Client(['access_token' => $emu->token, 'client_endpoint' => $tls->clientEndpoint], ['ca_file' => $tls->ca] + $base))->statusGet());
echo "-- the option verify_tls = false\n";
attempt(fn() => (new B24im\Client($tls->webhook, ['verify_tls' => false] + $base))->statusGet());

echo "-- INI b24im.ca_file = the test CA: the option ca_file = '' (system CAs) or a missing file overrides it\n";
ini_set('b24im.ca_file', $tls->ca);
attempt(fn() => (new B24im\Client($tls->webhook, $base))->statusGet());
attempt(fn() => (new B24im\Client($tls->webhook, ['ca_file' => ''] + $base))->statusGet());
attempt(fn() => (new B24im\Client($tls->webhook, ['ca_file' => $emu->stateDir . '/no-such-ca.pem'] + $base))->statusGet());
ini_restore('b24im.ca_file');

echo "-- INI b24im.verify_tls = off: the option verify_tls = true overrides it\n";
ini_set('b24im.verify_tls', '0');
attempt(fn() => (new B24im\Client($tls->webhook, $base))->statusGet());
attempt(fn() => (new B24im\Client($tls->webhook, ['verify_tls' => true] + $base))->statusGet());
attempt(fn() => (new B24im\Client($tls->webhook, ['verify_tls' => true, 'ca_file' => $tls->ca] + $base))->statusGet());
ini_restore('b24im.verify_tls');

echo "-- the global functions still follow the INI\n";
attempt(fn() => b24_status_get($tls->webhook));
echo count($emu->requests()), " requests reached the portal\n";
?>
--EXPECT--
-- INI defaults (system CAs): the option ca_file = the test CA
B24im\TransportException [TLS_FAILED] 0
ok: 'online'
ok: 'online'
-- the option verify_tls = false
ok: 'online'
-- INI b24im.ca_file = the test CA: the option ca_file = '' (system CAs) or a missing file overrides it
ok: 'online'
B24im\TransportException [TLS_FAILED] 0
B24im\TransportException [TLS_FAILED] 0
-- INI b24im.verify_tls = off: the option verify_tls = true overrides it
ok: 'online'
B24im\TransportException [TLS_FAILED] 0
ok: 'online'
-- the global functions still follow the INI
B24im\TransportException [TLS_FAILED] 0
6 requests reached the portal
