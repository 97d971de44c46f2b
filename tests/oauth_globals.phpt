--TEST--
OAuth with the global functions: b24im.client_id / b24im.client_secret / b24im.oauth_url / b24im.state_dir, b24_on_token_refresh(); a Client without a handler of its own uses the global one
--EXTENSIONS--
b24im
--INI--
b24im.rate_limit=0
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
ini_set('b24im.client_id', $emu->clientId);
ini_set('b24im.client_secret', $emu->clientSecret);
ini_set('b24im.oauth_url', $emu->oauthServer);
ini_set('b24im.state_dir', b24t_state_dir());
$old = ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $emu->clientEndpoint];

$calls = [];
b24_on_token_refresh(function (array $auth) use (&$calls) { $calls[] = ['global', $auth]; });
var_dump(b24_on_token_refresh(function (array $auth) use (&$calls) { $calls[] = ['global', $auth]; }));

echo "-- b24_status_set with the expired token: renewed with the INI's client_id and secret\n";
b24t_show(fn() => b24_status_set('away', $old));
echo "renewals: ", $emu->renewals(), ", handler calls: ", count($calls), "\n";
$new = $calls[0][1];
printf("handler got new tokens: %s, domain: %s\n", var_export($new['access_token'] !== $emu->expiredToken && $new['refresh_token'] !== $emu->refreshToken, true),
    $new['domain'] === "127.0.0.1:$emu->port" ? 'the portal' : $new['domain']);
b24t_show(fn() => b24_status_get($new));

echo "-- the old auth again: the renewed tokens come from the state dir, no second renewal\n";
b24t_show(fn() => b24_call('emu.echo', ['k' => 'v'], $old));
echo "renewals: ", $emu->renewals(), ", handler calls: ", count($calls), ", same tokens: ", var_export($calls[1][1]['access_token'] === $new['access_token'], true), "\n";

echo "-- a Client without a handler of its own uses the global one\n";
$emu->reset();
ini_set('b24im.state_dir', b24t_state_dir());
$calls = [];
$c = new B24im\Client($old, ['rate_limit' => 0]);
b24t_show(fn() => $c->statusGet());
echo "renewals: ", $emu->renewals(), ", handler calls: ", json_encode(array_column($calls, 0)), ", same auth as auth(): ", var_export($calls[0][1] === $c->auth(), true), "\n";

echo "-- a Client with its own handler: the global one is not called\n";
$emu->reset();
ini_set('b24im.state_dir', b24t_state_dir());
$calls = [];
$c = (new B24im\Client($old, ['rate_limit' => 0]))->onTokenRefresh(function (array $auth) use (&$calls) { $calls[] = ['client', $auth]; });
b24t_show(fn() => $c->statusGet());
echo "renewals: ", $emu->renewals(), ", handler calls: ", json_encode(array_column($calls, 0)), "\n";

echo "-- onTokenRefresh(null) on the client: back to the global one\n";
$emu->reset();
ini_set('b24im.state_dir', b24t_state_dir());
$calls = [];
$c = (new B24im\Client($old, ['rate_limit' => 0]))->onTokenRefresh(fn() => print("client handler\n"))->onTokenRefresh(null);
b24t_show(fn() => $c->statusGet());
echo "renewals: ", $emu->renewals(), ", handler calls: ", json_encode(array_column($calls, 0)), "\n";

echo "-- b24_on_token_refresh(null): renewed all the same, nobody told\n";
$emu->reset();
ini_set('b24im.state_dir', b24t_state_dir());
$calls = [];
b24_on_token_refresh(null);
b24t_show(fn() => b24_idle_end($old));
echo "renewals: ", $emu->renewals(), ", handler calls: ", count($calls), "\n";

echo "-- the handler gets a string callable too\n";
$emu->reset();
ini_set('b24im.state_dir', b24t_state_dir());
function store_tokens(array $auth): void { echo "store_tokens: ", count($auth) > 3 ? 'an auth array' : 'too short', "\n"; }
b24_on_token_refresh('store_tokens');
b24t_show(fn() => b24_idle_start(3, $old));
b24t_show(fn() => b24_on_token_refresh('no_such_function'));
?>
--EXPECT--
NULL
-- b24_status_set with the expired token: renewed with the INI's client_id and secret
ok: true
renewals: 1, handler calls: 1
handler got new tokens: true, domain: the portal
ok: 'away'
-- the old auth again: the renewed tokens come from the state dir, no second renewal
ok: array (
  'k' => 'v',
)
renewals: 1, handler calls: 2, same tokens: true
-- a Client without a handler of its own uses the global one
ok: 'online'
renewals: 1, handler calls: ["global"], same auth as auth(): true
-- a Client with its own handler: the global one is not called
ok: 'online'
renewals: 1, handler calls: ["client"]
-- onTokenRefresh(null) on the client: back to the global one
ok: 'online'
renewals: 1, handler calls: ["global"]
-- b24_on_token_refresh(null): renewed all the same, nobody told
ok: true
renewals: 1, handler calls: 0
-- the handler gets a string callable too
store_tokens: an auth array
ok: true
TypeError: b24_on_token_refresh(): Argument #1 ($handler) must be a valid callback or null, function "no_such_function" not found or invalid function name
