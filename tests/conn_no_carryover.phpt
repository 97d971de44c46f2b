--TEST--
Connections: nothing of one call reaches the next on the kept handle (token, body, headers, User-Agent of other settings), and no cookie the portal sets is ever sent back
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);
$oauth = ['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint];

b24t_show(fn() => b24_status_set('dnd', $oauth));            // the token goes in this body only
b24t_show(fn() => b24_idle_end($emu->webhook));              // no parameters: an empty body
$emu->fault(['match' => 'im.user.status.get', 'headers' => ['Set-Cookie' => 'BITRIX_SM_SESSID=abc123; path=/']]);
b24t_show(fn() => b24_status_get($emu->webhook));            // the portal sets a cookie
echo 'faults left: ', count($emu->pendingFaults()), "\n"; // it did
b24t_show(fn() => b24_status_set('online', $emu->webhook));
b24t_show(fn() => b24_idle_end($oauth));
$client = new B24im\Client($emu->webhook, ['user_agent' => 'my-bot/2.0']);
b24t_show(fn() => $client->idleStart(3));
b24t_show(fn() => b24_idle_end($emu->webhook));              // the default User-Agent again

$default = 'b24im/' . phpversion('b24im');
foreach ($emu->requests() as $i => $r) {
    $h = $r['headers'];
    $names = array_keys($h);
    sort($names);
    printf("%d %s body=[%s] cookie=%s authorization=%s ua=%s headers=%s\n", $i + 1,
        str_replace($emu->code, 'CODE', $r['path']),
        str_replace($emu->token, 'TOKEN', $r['body']),
        isset($h['cookie']) ? 'SENT' : 'none', isset($h['authorization']) ? 'SENT' : 'none',
        ($h['user-agent'] ?? '') === $default ? 'default' : ($h['user-agent'] ?? 'none'),
        implode(',', $names));
}
?>
--EXPECTF--
ok: true
ok: true
ok: 'dnd'
faults left: 0
ok: true
ok: true
ok: true
ok: true
1 /rest/im.user.status.set.json body=[STATUS=dnd&auth=TOKEN] cookie=none authorization=none ua=default headers=accept,content-length,content-type,host,user-agent
2 /rest/1/CODE/im.user.status.idle.end.json body=[] cookie=none authorization=none ua=default headers=accept,content-length,content-type,host,user-agent
3 /rest/1/CODE/im.user.status.get.json body=[] cookie=none authorization=none ua=default headers=accept,content-length,content-type,host,user-agent
4 /rest/1/CODE/im.user.status.set.json body=[STATUS=online] cookie=none authorization=none ua=default headers=accept,content-length,content-type,host,user-agent
5 /rest/im.user.status.idle.end.json body=[auth=TOKEN] cookie=none authorization=none ua=default headers=accept,content-length,content-type,host,user-agent
6 /rest/1/CODE/im.user.status.idle.start.json body=[AGO=3] cookie=none authorization=none ua=my-bot/2.0 headers=accept,content-length,content-type,host,user-agent
7 /rest/1/CODE/im.user.status.idle.end.json body=[] cookie=none authorization=none ua=default headers=accept,content-length,content-type,host,user-agent
