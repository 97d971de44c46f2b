--TEST--
Every request is POST {base}{method}.json, form-urlencoded, with Accept: application/json and User-Agent: b24im/<version>, no query string
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

b24_idle_start(4, $emu->webhook);
b24_idle_end($emu->webhook);
b24_status_get($emu->webhook);
b24_status_set('away', $emu->webhook);
b24_call('emu.echo', ['a' => ['b' => 'c d']], $emu->webhook);
b24_call('emu.echo', ['a' => 1], ['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint]);

$ua = 'b24im/' . phpversion('b24im');
foreach ($emu->requests() as $r) {
    $h = $r['headers'];
    printf("%s %s query=%s body=%s\n", $r['http_method'], $r['path'], json_encode($r['query']), $r['body']);
    printf("  accept=%s content-type=%s ua=%s length=%s\n", $h['accept'] ?? '-', $h['content-type'] ?? '-',
        ($h['user-agent'] ?? '-') === $ua ? 'b24im/<version>' : ($h['user-agent'] ?? '-'), $h['content-length'] ?? '-');
    unset($h['host'], $h['accept'], $h['content-type'], $h['user-agent'], $h['content-length']);
    printf("  other headers: %s\n", json_encode($h));
}
?>
--EXPECT--
POST /rest/1/wh0Secret7code/im.user.status.idle.start.json query="" body=AGO=4
  accept=application/json content-type=application/x-www-form-urlencoded ua=b24im/<version> length=5
  other headers: []
POST /rest/1/wh0Secret7code/im.user.status.idle.end.json query="" body=
  accept=application/json content-type=application/x-www-form-urlencoded ua=b24im/<version> length=0
  other headers: []
POST /rest/1/wh0Secret7code/im.user.status.get.json query="" body=
  accept=application/json content-type=application/x-www-form-urlencoded ua=b24im/<version> length=0
  other headers: []
POST /rest/1/wh0Secret7code/im.user.status.set.json query="" body=STATUS=away
  accept=application/json content-type=application/x-www-form-urlencoded ua=b24im/<version> length=11
  other headers: []
POST /rest/1/wh0Secret7code/emu.echo.json query="" body=a%5Bb%5D=c+d
  accept=application/json content-type=application/x-www-form-urlencoded ua=b24im/<version> length=12
  other headers: []
POST /rest/emu.echo.json query="" body=a=1&auth=tok3nSecret9access
  accept=application/json content-type=application/x-www-form-urlencoded ua=b24im/<version> length=27
  other headers: []
