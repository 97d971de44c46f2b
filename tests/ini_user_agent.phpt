--TEST--
INI b24im.user_agent: sent as the User-Agent header (default exactly b24im/<version>); CR or LF (or NUL) is refused with a warning
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

function sent(B24tEmu $emu): void
{
    foreach ($emu->requests() as $r) {
        echo json_encode($r['headers']['user-agent'] ?? null), "\n";
    }
    $emu->reset();
}

var_dump(ini_get('b24im.user_agent') === 'b24im/' . phpversion('b24im'));
b24_status_get($emu->webhook);
b24_call('emu.echo', [], ['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint]);
foreach ($emu->requests() as $r) {
    var_dump($r['headers']['user-agent'] === 'b24im/' . phpversion('b24im'));
}
$emu->reset();

echo "-- a custom one\n";
var_dump(ini_set('b24im.user_agent', 'my-portal-app/3.1 (+https://example.com/bot; b24im)') !== false);
b24_idle_end($emu->webhook);
b24_status_set('dnd', $emu->webhook);
sent($emu);

echo "-- CR, LF and NUL are refused; the previous value stays and is what is sent\n";
foreach (["evil\r\nX-Injected: 1", "evil\nX-Injected: 1", "evil\rX-Injected: 1", "evil\0tail", "\n", "trailing\r\n"] as $ua) {
    var_dump(ini_set('b24im.user_agent', $ua));
}
var_dump(ini_get('b24im.user_agent'));
b24_status_get($emu->webhook);
foreach ($emu->requests() as $r) {
    echo json_encode($r['headers']['user-agent']), ' ', isset($r['headers']['x-injected']) ? 'INJECTED' : 'no injected header', "\n";
}
$emu->reset();

echo "-- back to the default\n";
ini_restore('b24im.user_agent');
b24_status_get($emu->webhook);
var_dump($emu->requests()[0]['headers']['user-agent'] === 'b24im/' . phpversion('b24im'));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
-- a custom one
bool(true)
"my-portal-app\/3.1 (+https:\/\/example.com\/bot; b24im)"
"my-portal-app\/3.1 (+https:\/\/example.com\/bot; b24im)"
-- CR, LF and NUL are refused; the previous value stays and is what is sent

Warning: ini_set(): b24im.user_agent must not contain CR, LF or NUL in %s on line %d
bool(false)

Warning: ini_set(): b24im.user_agent must not contain CR, LF or NUL in %s on line %d
bool(false)

Warning: ini_set(): b24im.user_agent must not contain CR, LF or NUL in %s on line %d
bool(false)

Warning: ini_set(): b24im.user_agent must not contain CR, LF or NUL in %s on line %d
bool(false)

Warning: ini_set(): b24im.user_agent must not contain CR, LF or NUL in %s on line %d
bool(false)

Warning: ini_set(): b24im.user_agent must not contain CR, LF or NUL in %s on line %d
bool(false)
string(51) "my-portal-app/3.1 (+https://example.com/bot; b24im)"
"my-portal-app\/3.1 (+https:\/\/example.com\/bot; b24im)" no injected header
-- back to the default
bool(true)
