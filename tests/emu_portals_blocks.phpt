--TEST--
Emulator portals beyond 250: portal 251 on 127.0.2.1 and on (250 per /24 of the loopback range), each answering with its own table, over http and over https with HTTP/2; more than 2000 portals refused
--EXTENSIONS--
b24im
--SKIPIF--
<?php require __DIR__ . '/server/server.inc'; if (!b24t_tls_available()) die('skip nginx or openssl not installed'); ?>
--INI--
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
// under valgrind fewer, still across the first /24's edge
$n = b24t_valgrind() ? 255 : 505;
$emu = b24t_start(['portals' => $n, 'workers' => 2]);
foreach ([1, 250, 251, 255, 500, 501] as $i) {
    // the mapping both sides use (501 and on only served where not under valgrind)
    echo "portal $i: ", B24Emu\Fixture::portalHost($i), ' = ', B24Emu\Fixture::portalAt(B24Emu\Fixture::portalHost($i)), "\n";
}
$hosts = [];
for ($i = 1; $i <= $n; $i++) {
    $emu->portal($i)->table('crm.deal', $i % 7);
    $hosts[parse_url($emu->portal($i)->webhook, PHP_URL_HOST)] = true;
}
$wrong = [];
for ($i = 1; $i <= $n; $i++) {
    b24_call('crm.deal.list', ['select' => ['ID']], $emu->portal($i)->webhook);
    if (b24_last_response()['total'] !== $i % 7 || $i % 50 === 1 && count($emu->portal($i)->requests()) !== 1) {
        $wrong[] = $i;
    }
}
printf("%s distinct addresses; over http every portal answered with its own table: %s\n",
    count($hosts) === $n ? 'all' : count($hosts), $wrong ? 'no: ' . implode(' ', $wrong) : 'yes');
foreach ([251, $n] as $i) {
    $p = $emu->portal($i);
    $c = new B24im\Client($p->tlsWebhook, ['ca_file' => $p->ca, 'rate_limit' => 0, 'state_dir' => b24t_state_dir()]);
    $c->call('crm.deal.list');
    $last = $p->requests()[1];
    printf("portal %s over https: total %d, %s, portal field %s\n", $i === $n ? 'N' : $i, $c->lastResponse()['total'],
        $last['protocol'], $last['portal'] === $i ? 'right' : $last['portal']);
}
b24t_show(fn() => b24t_emu_start(['portals' => 2001]));
?>
--EXPECTF--
portal 1: 127.0.1.1 = 1
portal 250: 127.0.1.250 = 250
portal 251: 127.0.2.1 = 251
portal 255: 127.0.2.5 = 255
portal 500: 127.0.2.250 = 500
portal 501: 127.0.3.1 = 501
all distinct addresses; over http every portal answered with its own table: yes
portal 251 over https: total 6, HTTP/2.0, portal field right
portal N over https: total %d, HTTP/2.0, portal field right
InvalidArgumentException: b24t_emu_start(): portals must be an integer from 0 to 2000
