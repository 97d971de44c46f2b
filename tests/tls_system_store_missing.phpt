--TEST--
TLS: a machine without a system CA store (no ca-certificates) gets TLS_FAILED saying so and naming b24im.ca_file, not libcurl's bare text; b24im.ca_file still works there
--EXTENSIONS--
b24im
--SKIPIF--
<?php
require __DIR__ . '/concurrency.inc';
if (b24t_private_mounts() === null) die('skip needs root (a mount namespace of its own) to hide /etc/ssl/certs');
?>
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start();
$tls = $emu->tls();

// A child in its own mount namespace, where an empty tmpfs hides the system CA store (as on a machine without ca-certificates).
function child(string $code): void
{
    $php = escapeshellarg(PHP_BINARY) . ' -n -d extension=' . escapeshellarg(b24t_extension_path()) . ' -r ' . escapeshellarg($code);
    // mount is setuid, which valgrind cannot run: an argument naming supervisor.php keeps valgrind out of this
    // command (scripts/test --valgrind skips such children); the plain and ASan suites check the PHP in it
    $cmd = b24t_private_mounts() . ' sh -c ' . escapeshellarg("mount -t tmpfs none /etc/ssl/certs && exec $php") . ' 2>&1 # supervisor.php';
    echo shell_exec($cmd);
}
$show = 'function show($f) { try { var_export($f()); echo "\n"; } catch (B24im\Exception $e) { printf("%s [%s] %d: %s\n", get_class($e), $e->getError(), $e->getCode(), $e->getMessage()); } }';

echo "-- the default (system) store is missing\n";
child("$show show(fn() => b24_status_get('$tls->webhook'));");
echo "-- a Client too\n";
child("$show show(fn() => (new B24im\\Client('$tls->webhook', ['rate_limit' => 0]))->statusGet());");
echo "-- b24im.ca_file still works there\n";
child("$show ini_set('b24im.ca_file', '$tls->ca'); show(fn() => b24_status_get('$tls->webhook'));");
echo "-- a b24im.ca_file that is not there is named as such\n";
child("$show ini_set('b24im.ca_file', '/nonexistent/b24im-ca.pem'); show(fn() => b24_status_get('$tls->webhook'));");
echo count($emu->requests()), " request reached the portal\n";
?>
--EXPECT--
-- the default (system) store is missing
B24im\TransportException [TLS_FAILED] 0: im.user.status.get: TLS_FAILED: the system CA store (/etc/ssl/certs/ca-certificates.crt) is missing or unreadable: install ca-certificates, or point b24im.ca_file at a CA bundle (no HTTP reply)
-- a Client too
B24im\TransportException [TLS_FAILED] 0: im.user.status.get: TLS_FAILED: the system CA store (/etc/ssl/certs/ca-certificates.crt) is missing or unreadable: install ca-certificates, or point b24im.ca_file at a CA bundle (no HTTP reply)
-- b24im.ca_file still works there
'online'
-- a b24im.ca_file that is not there is named as such
B24im\TransportException [TLS_FAILED] 0: im.user.status.get: TLS_FAILED: b24im.ca_file (/nonexistent/b24im-ca.pem) is missing, unreadable or holds no certificate (no HTTP reply)
1 request reached the portal
