--TEST--
Redirects by address: from a public host, never to a loopback, private or link-local address, whatever name leads there (resolved at connect time, nothing sent); to another public one yes; a private host may move within its private network, not onto the loopback (in a network namespace of its own)
--EXTENSIONS--
b24im
--SKIPIF--
<?php
if (!is_executable('/usr/bin/unshare') || !is_executable('/usr/sbin/ip') && !is_executable('/usr/bin/ip')) {
    die('skip needs unshare and ip (util-linux, iproute2)');
}
require __DIR__ . '/concurrency.inc';
// as root a plain network namespace; otherwise one in a user namespace (which a chroot cannot make)
exec((b24t_euid() === 0 ? 'unshare -n' : 'unshare -rn') . ' true 2>&1', $out, $rc);
if ($rc !== 0) {
    die('skip cannot make a network namespace here: ' . implode(' ', $out));
}
?>
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
if (($argv[1] ?? '') !== 'inside') {
    // This very file again, in a network namespace whose loopback holds more than 127.0.0.1: 203.0.113.0/24
    // (documentation addresses, public as far as any rule goes), 10.0.0.0/8 (private), 169.254.0.0/16.
    // ip without the sanitizer runtime the ASan suite preloads (its LeakSanitizer would fail ip at exit)
    $ip = 'env -u LD_PRELOAD ' . (is_executable('/usr/sbin/ip') ? '/usr/sbin/ip' : '/usr/bin/ip');
    $setup = "$ip link set lo up";
    foreach (['203.0.113.10', '203.0.113.11', '10.0.0.10', '169.254.0.10'] as $address) {
        $setup .= " && $ip addr add $address/32 dev lo";
    }
    $php = escapeshellarg(PHP_BINARY) . ' -n -d extension=' . escapeshellarg(b24t_extension_path()) . ' '
        . escapeshellarg(__FILE__) . ' inside';
    passthru((b24t_euid() === 0 ? 'unshare -n' : 'unshare -rn') . ' sh -c ' . escapeshellarg("$setup && exec $php") . ' 2>&1');
    exit;
}
require __DIR__ . '/hostile.inc';
ini_set('b24im.allow_http', '1');
ini_set('b24im.rate_limit', '0');
$hostile = B24tHostile::start(true);

function via(B24tHostile $hostile, string $from, string $to): void
{
    // the target's code is another than the one called: what the shown URL carries in its path stays no secret
    $target = str_replace('h0stileC0de', 'm0vedC0de', $hostile->webhookAt($to, 'ok')) . 'emu.echo.json';
    try {
        $r = b24_call('emu.echo', [], $hostile->webhookAt($from, 'redirect_to-' . bin2hex($target)));
        echo "$from -> $to: ok: ", var_export($r, true), ', from ', b24_last_response()['url'], "\n";
    } catch (B24im\Exception $e) {
        printf("%s -> %s: %s [%s] %d: %s\n", $from, $to, get_class($e), $e->getError(), $e->getCode(), $e->getMessage());
        echo '  last response: ', b24_last_response()['http_status'], ' from ', b24_last_response()['url'], "\n";
    }
}

echo "-- from a public host\n";
foreach (['127.0.0.1', 'localhost', '10.0.0.10', '169.254.0.10', '203.0.113.11'] as $to) {
    via($hostile, '203.0.113.10', $to);
}
echo "-- from a private host\n";
foreach (['10.0.0.10', '127.0.0.1', '203.0.113.11'] as $to) {
    via($hostile, '10.0.0.10', $to);
}
echo "-- from the loopback\n";
via($hostile, '127.0.0.1', 'localhost');
$ok = $hostile->served("ok", 4);
echo count($ok), " requests reached a redirect's target\n";
?>
--EXPECTF--
-- from a public host
203.0.113.10 -> 127.0.0.1: B24im\TransportException [REDIRECT_REFUSED] 307: emu.echo: REDIRECT_REFUSED: the portal redirected to 127.0.0.1, a loopback address, from a host that is not one; refused (HTTP 307)
  last response: 307 from http://203.0.113.10:%d/redirect_to-%s/rest/1/***/emu.echo.json
203.0.113.10 -> localhost: B24im\TransportException [REDIRECT_REFUSED] 307: emu.echo: REDIRECT_REFUSED: the portal redirected to %s, a loopback address, from a host that is not one; refused (HTTP 307)
  last response: 307 from http://203.0.113.10:%d/redirect_to-%s/rest/1/***/emu.echo.json
203.0.113.10 -> 10.0.0.10: B24im\TransportException [REDIRECT_REFUSED] 307: emu.echo: REDIRECT_REFUSED: the portal redirected to 10.0.0.10, a private address, from a host that is not one; refused (HTTP 307)
  last response: 307 from http://203.0.113.10:%d/redirect_to-%s/rest/1/***/emu.echo.json
203.0.113.10 -> 169.254.0.10: B24im\TransportException [REDIRECT_REFUSED] 307: emu.echo: REDIRECT_REFUSED: the portal redirected to 169.254.0.10, a link-local address, from a host that is not one; refused (HTTP 307)
  last response: 307 from http://203.0.113.10:%d/redirect_to-%s/rest/1/***/emu.echo.json
203.0.113.10 -> 203.0.113.11: ok: true, from http://203.0.113.11:%d/ok/rest/1/***/emu.echo.json
-- from a private host
10.0.0.10 -> 10.0.0.10: ok: true, from http://10.0.0.10:%d/ok/rest/1/***/emu.echo.json
10.0.0.10 -> 127.0.0.1: B24im\TransportException [REDIRECT_REFUSED] 307: emu.echo: REDIRECT_REFUSED: the portal redirected to 127.0.0.1, a loopback address, from a host that is not one; refused (HTTP 307)
  last response: 307 from http://10.0.0.10:%d/redirect_to-%s/rest/1/***/emu.echo.json
10.0.0.10 -> 203.0.113.11: ok: true, from http://203.0.113.11:%d/ok/rest/1/***/emu.echo.json
-- from the loopback
127.0.0.1 -> localhost: ok: true, from http://localhost:%d/ok/rest/1/***/emu.echo.json
4 requests reached a redirect's target
