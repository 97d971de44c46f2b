--TEST--
Emulator portals: 100 portals on 127.0.1.1-100 behind one nginx front, each with its own credentials, tables and request log, over http and over https with HTTP/2 (one certificate for all); a portal's webhook code is refused by every other portal
--EXTENSIONS--
b24im
--SKIPIF--
<?php require __DIR__ . '/server/server.inc'; if (!b24t_tls_available()) die('skip nginx or openssl not installed'); ?>
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['portals' => 100, 'workers' => 2]);
echo $emu->portalCount(), " portals\n";
$hosts = [];
for ($n = 1; $n <= 100; $n++) {
    $p = $emu->portal($n);
    $p->table('crm.deal', $n);
    $hosts[parse_url($p->webhook, PHP_URL_HOST) . ':' . parse_url($p->webhook, PHP_URL_PORT)] = true;
}
echo count($hosts), " distinct http addresses\n";
$wrong = 0;
for ($n = 1; $n <= 100; $n++) {
    b24_call('crm.deal.list', ['select' => ['ID']], $emu->portal($n)->webhook);
    $wrong += b24_last_response()['total'] !== $n;
}
echo "over http, each portal counted its own table: ", $wrong === 0 ? 'yes' : "no ($wrong wrong)", "\n";
echo "-- the main portal is apart: ", json_encode(b24_call('crm.deal.list', [], $emu->webhook)), "\n";
echo "-- portal 5's code on portal 6, and the main portal's code on portal 7\n";
b24t_show(fn () => b24_call('crm.deal.list', [], $emu->portal(6)->base . '/rest/1/' . $emu->portal(5)->code . '/'));
b24t_show(fn () => b24_call('crm.deal.list', [], $emu->portal(7)->base . '/rest/1/' . $emu->code . '/'));

echo "-- https: HTTP/2, two calls on one connection, for a few portals\n";
foreach ([1, 42, 100] as $n) {
    $p = $emu->portal($n);
    $client = new B24im\Client($p->tlsWebhook, ['ca_file' => $p->ca]);
    $client->call('crm.deal.list', ['select' => ['ID']]);
    $client->call('crm.deal.list', ['select' => ['ID']]);
    $https = array_values(array_filter($p->requests(), fn ($r) => $r['scheme'] === 'https'));
    printf("portal %d: %d https requests, %s, %d connection(s), total %d, portal field %d\n", $n, count($https),
        implode(' ', array_unique(array_column($https, 'protocol'))), count(array_unique(array_column($https, 'connection'))),
        $client->lastResponse()['total'], $https[0]['portal']);
}
echo "-- logs are per portal: portal 2 saw one request, the main portal ", count($emu->requests()), "\n";
echo count($emu->portal(2)->requests()), "\n";
echo "-- no such portal\n";
try { $emu->portal(101); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
100 portals
100 distinct http addresses
over http, each portal counted its own table: yes
-- the main portal is apart: []
-- portal 5's code on portal 6, and the main portal's code on portal 7
B24im\AuthException [INVALID_CREDENTIALS] 401: crm.deal.list: INVALID_CREDENTIALS: Invalid request credentials (HTTP 401)
B24im\AuthException [INVALID_CREDENTIALS] 401: crm.deal.list: INVALID_CREDENTIALS: Invalid request credentials (HTTP 401)
-- https: HTTP/2, two calls on one connection, for a few portals
portal 1: 2 https requests, HTTP/2.0, 1 connection(s), total 1, portal field 1
portal 42: 2 https requests, HTTP/2.0, 1 connection(s), total 42, portal field 42
portal 100: 2 https requests, HTTP/2.0, 1 connection(s), total 100, portal field 100
-- logs are per portal: portal 2 saw one request, the main portal 1
1
-- no such portal
no portal 101: this emulator was started with 'portals' => 100
