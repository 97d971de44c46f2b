--TEST--
Redirects to another https origin: followed where its certificate verifies, and b24_last_response()['url'] says where the reply came from (code masked); refused with b24im.verify_tls off; a portal on the loopback may move on the loopback
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';
$a = b24t_emu_start();
$ta = $a->tls();
$b = b24t_emu_start();
$tb = $b->tls();
$bundle = "$a->stateDir/trust.pem";
file_put_contents($bundle, file_get_contents($ta->ca) . file_get_contents($tb->ca));
ini_set('b24im.ca_file', $bundle);

echo "-- to the other portal, whose certificate verifies\n";
$a->redirect('emu.echo', "$tb->base/rest/$b->user/$b->code/emu.echo.json", 301);
b24t_show(fn() => b24_call('emu.echo', ['X' => 1], $ta->webhook));
$last = b24_last_response();
echo 'url is the other origin: ', var_export(str_starts_with($last['url'], "$tb->base/rest/1/***/"), true), "\n";
echo 'no code in it: ', var_export(!str_contains($last['url'], $b->code), true), "\n";
echo 'second portal got: ', implode(' ', array_column($b->requests(), 'body')), "\n";

echo "-- verify_tls off: another origin is refused\n";
ini_set('b24im.verify_tls', '0');
$a->redirect('emu.echo', "$tb->base/rest/$b->user/$b->code/emu.echo.json", 302);
b24t_show(fn() => b24_call('emu.echo', ['X' => 2], $ta->webhook));
echo "-- verify_tls off: the same origin is followed\n";
$a->redirect('emu.echo', "$ta->base/same/rest/$a->user/$a->code/emu.echo.json", 302);
b24t_show(fn() => b24_call('emu.echo', ['X' => 3], $ta->webhook));
echo 'second portal got: ', implode(' ', array_column($b->requests(), 'body')), "\n";
?>
--EXPECTF--
-- to the other portal, whose certificate verifies
ok: array (
  'X' => '1',
)
url is the other origin: true
no code in it: true
second portal got: X=1
-- verify_tls off: another origin is refused
B24im\TransportException [REDIRECT_REFUSED] 302: emu.echo: REDIRECT_REFUSED: the portal redirected to another origin, whose certificate is not checked (b24im.verify_tls is off); refused (HTTP 302)
-- verify_tls off: the same origin is followed
ok: array (
  'X' => '3',
)
second portal got: X=1
