--TEST--
Emulator portals with 'http2' => false: https speaks HTTP/1.1; the request log's protocol and connection (nginx's connection number) let a test count connections per portal: b24im keeps one (across clients too), a client with other TLS settings gets another, plain http is HTTP/1.1 too
--EXTENSIONS--
b24im
--SKIPIF--
<?php require __DIR__ . '/server/server.inc'; if (!b24t_tls_available()) die('skip nginx or openssl not installed'); ?>
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['portals' => 2, 'http2' => false, 'workers' => 2]);
$p = $emu->portal(2);
$opts = ['ca_file' => $p->ca, 'rate_limit' => 0, 'state_dir' => b24t_state_dir(), 'allow_http' => true];
$a = new B24im\Client($p->tlsWebhook, $opts);
$b = new B24im\Client($p->tlsWebhook, $opts);
$a->call('server.time');
$a->call('server.time');
$b->call('server.time');
// another connection beside it: other TLS settings (the same CA under another name) never share b24im's
$ca2 = b24t_tmpdir() . '/ca2.pem';
copy($p->ca, $ca2);
echo gettype((new B24im\Client($p->tlsWebhook, ['ca_file' => $ca2] + $opts))->call('server.time')), "\n";
(new B24im\Client($p->webhook, $opts))->call('server.time');
foreach ($p->requests() as $i => $r) {
    $seen[$r['connection']] ??= 'connection ' . (count($seen ?? []) + 1);
    echo "$i: portal ", $r['portal'], ' ', $r['scheme'], ' ', $r['protocol'], ' ', $seen[$r['connection']], "\n";
}
echo count($emu->portal(1)->requests()), " requests on portal 1\n";
?>
--EXPECT--
string
0: portal 2 https HTTP/1.1 connection 1
1: portal 2 https HTTP/1.1 connection 1
2: portal 2 https HTTP/1.1 connection 1
3: portal 2 https HTTP/1.1 connection 2
4: portal 2 http HTTP/1.1 connection 3
0 requests on portal 1
