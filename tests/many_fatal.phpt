--TEST--
b24_call_many(): a fatal error in the middle (in a refresh handler) leaves no transfer behind: a shutdown function of the same request runs b24_call_many() again on the same portals, and it works
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
// before the emulators start: their own shutdown functions, which stop them, run after this one
register_shutdown_function(function () use (&$a, &$c) {
    echo "\n-- in a shutdown function\n";
    $r = b24_call_many([[$a->webhook, 'emu.echo', ['i' => 1]], [$a->webhook, 'emu.echo', ['i' => 2]], [$c, 'server.time']]);
    foreach ($r as $v) { echo is_object($v) ? get_class($v) . ": " . $v->getMessage() : json_encode($v), "\n"; }
});
$a = b24t_start(['onprem' => true]);
$emu = b24t_start(['onprem' => true]);
$a->fault(['match' => 'emu.echo', 'delay_ms' => 300, 'times' => 4]);
$auth = ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'expires' => time() - 60,
    'client_endpoint' => $emu->clientEndpoint, 'domain' => "127.0.0.1:$emu->port"];
$c = new B24im\Client($auth, ['state_dir' => b24t_state_dir(), 'client_id' => $emu->clientId,
    'client_secret' => $emu->clientSecret, 'oauth_url' => $emu->oauthServer]);
// a compile-time fatal error (memory_limit would be one too, but counts nothing under valgrind)
$c->onTokenRefresh(function () { eval('function twice() {} function twice() {}'); });
b24_call_many([[$a->webhook, 'emu.echo', ['i' => 0]], [$c, 'server.time'], [$a->webhook, 'emu.echo', ['i' => 3]]]);
echo "not reached\n";
?>
--EXPECTF--
Fatal error: Cannot redeclare %s

-- in a shutdown function
{"i":"1"}
{"i":"2"}
"%d-%d-%s"
