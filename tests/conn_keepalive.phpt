--TEST--
Connections: one TLS connection carries every call to a portal; a second portal gets its own and does not evict the first; other settings keep the connections; a connection the portal closed while idle is replaced with no error reaching the caller
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';
$a = b24t_emu_start();
$ta = $a->tls();
$b = b24t_emu_start();
$tb = $b->tls();
$c = b24t_emu_start();
$tc = $c->tls(['keepalive_timeout' => 1]);
// One trust file for the three throw-away CAs, so the settings stay the same from portal to portal.
$bundle = tempnam(sys_get_temp_dir(), 'b24im-ca');
file_put_contents($bundle, file_get_contents($ta->ca) . file_get_contents($tb->ca) . file_get_contents($tc->ca));
ini_set('b24im.ca_file', $bundle);

/** How many client connections the portal's TLS front saw, and over how many requests. */
function connections(B24tEmu $emu): string
{
    $peers = array_column($emu->requests(), 'peer');
    return sprintf('%d request(s) over %d connection(s)', count($peers), count(array_unique($peers)));
}

echo "-- one portal, four methods\n";
b24t_show(fn() => b24_idle_start(5, $ta->webhook));
b24t_show(fn() => b24_status_get($ta->webhook));
b24t_show(fn() => b24_status_set('online', $ta->webhook));
b24t_show(fn() => b24_idle_end($ta->webhook));
echo connections($a), "\n";

echo "-- a second portal in between, three times\n";
for ($i = 0; $i < 3; $i++) {
    b24t_show(fn() => b24_status_get($tb->webhook));
    b24t_show(fn() => b24_status_get($ta->webhook));
}
echo 'first portal: ', connections($a), "\n";
echo 'second portal: ', connections($b), "\n";

echo "-- other settings (a client with its own timeout) configure the handle anew; the connections stay\n";
$client = new B24im\Client($ta->webhook, ['timeout_ms' => 7000, 'ca_file' => $bundle]);
b24t_show(fn() => $client->statusGet());
b24t_show(fn() => b24_status_get($ta->webhook));
echo 'first portal: ', connections($a), "\n";

echo "-- the portal closes the idle connection (keep-alive 1 s); the next call opens another\n";
b24t_show(fn() => b24_idle_start(1, $tc->webhook));
b24t_show(fn() => b24_idle_start(2, $tc->webhook));
sleep(2);
b24t_show(fn() => b24_idle_start(3, $tc->webhook));
b24t_show(fn() => b24_idle_start(4, $tc->webhook));
echo connections($c), "\n";
echo implode(' ', array_column($c->requests(), 'body')), "\n";
unlink($bundle);
?>
--EXPECT--
-- one portal, four methods
ok: true
ok: 'online'
ok: true
ok: true
4 request(s) over 1 connection(s)
-- a second portal in between, three times
ok: 'online'
ok: 'online'
ok: 'online'
ok: 'online'
ok: 'online'
ok: 'online'
first portal: 7 request(s) over 1 connection(s)
second portal: 3 request(s) over 1 connection(s)
-- other settings (a client with its own timeout) configure the handle anew; the connections stay
ok: 'online'
ok: 'online'
first portal: 9 request(s) over 1 connection(s)
-- the portal closes the idle connection (keep-alive 1 s); the next call opens another
ok: true
ok: true
ok: true
ok: true
4 request(s) over 2 connection(s)
AGO=1 AGO=2 AGO=3 AGO=4
