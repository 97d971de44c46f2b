--TEST--
b24_call_many(): a refresh handler's own exception is no call's result: it stops b24_call_many() and reaches the caller (the other calls dropped cleanly, the next b24_call_many() works); a handler may not start another b24_call_many() (Error), but may call b24_call()
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$a = b24t_start(['onprem' => true]);
$emu = b24t_start(['onprem' => true]);
$a->fault(['match' => 'emu.echo', 'delay_ms' => 300, 'times' => -1]);

function client(B24tEmu $emu, ?Closure $handler): B24im\Client
{
    $emu->reset();
    $auth = ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'expires' => time() - 60,
        'client_endpoint' => $emu->clientEndpoint, 'domain' => "127.0.0.1:$emu->port"];
    $c = new B24im\Client($auth, ['state_dir' => b24t_state_dir(), 'client_id' => $emu->clientId,
        'client_secret' => $emu->clientSecret, 'oauth_url' => $emu->oauthServer]);
    return $c->onTokenRefresh($handler);
}
function calls(B24im\Client $c, B24tEmu $a): array
{
    return ['slow1' => [$a->webhook, 'emu.echo', ['i' => 1]], 'renews' => [$c, 'server.time'],
            'slow2' => [$a->webhook, 'emu.echo', ['i' => 2]]];
}

echo "-- the handler throws\n";
$c = client($emu, function () { throw new RuntimeException('the application says no'); });
b24t_show(fn() => b24_call_many(calls($c, $a)));
echo "-- the handler starts another b24_call_many()\n";
$c = client($emu, function () use ($a) { b24_call_many([[$a->webhook, 'server.time']]); });
b24t_show(fn() => b24_call_many(calls($c, $a)));
echo "-- the handler calls b24_call()\n";
$c = client($emu, function () use ($a) { echo "handler: b24_call() works: ", is_string(b24_call('server.time', [], $a->webhook)) ? 'yes' : 'no', "\n"; });
$r = b24_call_many(calls($c, $a));
echo json_encode(array_map(fn($v) => is_string($v) ? 'a time' : $v, $r)), "\n";
?>
--EXPECT--
-- the handler throws
RuntimeException: the application says no
-- the handler starts another b24_call_many()
Error: b24_call_many() cannot run inside another b24_call_many() (from a token refresh handler)
-- the handler calls b24_call()
handler: b24_call() works: yes
{"slow1":{"i":"1"},"renews":"a time","slow2":{"i":"2"}}
