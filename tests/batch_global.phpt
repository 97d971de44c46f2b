--TEST--
b24_batch(): the global function with the INI's webhook, with $auth (webhook or OAuth, renewed once for all chunks), $halt, and b24_last_response()
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
ini_set('b24im.webhook_url', $emu->webhook);

echo "-- the INI's webhook\n";
var_dump(b24_last_response());
$r = b24_batch(['s' => ['im.user.status.set', ['STATUS' => 'dnd']], 'g' => 'im.user.status.get']);
echo json_encode(array_diff_key($r, ['time' => 1])), ' time: ', json_encode(array_map('array_keys', $r['time'])), "\n";
echo json_encode(array_intersect_key(b24_last_response(), ['method' => 1, 'http_status' => 1])), "\n";
b24t_wire($emu);

echo "-- \$halt and a webhook as \$auth\n";
$emu->reset();
$r = b24_batch(['a' => 'no.such', 'b' => 'im.user.status.set?STATUS=away'], true, $emu->webhook);
echo json_encode($r['result']), ' ', implode(',', array_keys($r['error'])), "\n";
b24t_wire($emu);

echo "-- an OAuth auth array with an expired token: one renewal, then every chunk with the new token\n";
$emu->reset();
ini_set('b24im.client_id', $emu->clientId);
ini_set('b24im.client_secret', $emu->clientSecret);
ini_set('b24im.oauth_url', $emu->oauthServer);
ini_set('b24im.state_dir', b24t_state_dir());
$new = null;
b24_on_token_refresh(function (array $auth) use (&$new) { $new = $auth; });
$commands = array_map(fn($i) => ['emu.echo', ['n' => $i]], range(0, 119));
$r = b24_batch($commands, false, ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $emu->clientEndpoint]);
echo count($r['result']), " results, renewals: ", $emu->renewals(), "\n";
foreach ($emu->requests() as $req) {
    parse_str($req['body'], $form);
    echo $req['path'], ' ', isset($form['cmd']) ? count($form['cmd']) . ' commands, ' : '',
        match ($form['auth'] ?? null) { null => 'no auth', $emu->expiredToken => 'the expired token', $new['access_token'] => 'the new token', default => 'another token' }, "\n";
}
echo "-- arguments\n";
b24t_show(fn() => b24_batch());
b24t_show(fn() => b24_batch('x'));
b24t_show(fn() => b24_batch([], false, 5));
?>
--EXPECT--
-- the INI's webhook
NULL
{"result":{"s":true,"g":"dnd"},"error":[],"total":[],"next":[]} time: {"s":["start","finish","duration","processing","date_start","date_finish","operating_reset_at","operating"],"g":["start","finish","duration","processing","date_start","date_finish","operating_reset_at","operating"]}
{"method":"batch","http_status":200}
POST /rest/1/wh0Secret7code/batch.json halt=0&cmd%5Bs%5D=im.user.status.set%3FSTATUS%3Ddnd&cmd%5Bg%5D=im.user.status.get
-- $halt and a webhook as $auth
[] a
POST /rest/1/wh0Secret7code/batch.json halt=1&cmd%5Ba%5D=no.such&cmd%5Bb%5D=im.user.status.set%3FSTATUS%3Daway
-- an OAuth auth array with an expired token: one renewal, then every chunk with the new token
120 results, renewals: 1
/rest/batch.json 50 commands, the expired token
/oauth/token/ no auth
/rest/batch.json 50 commands, the new token
/rest/batch.json 50 commands, the new token
/rest/batch.json 20 commands, the new token
-- arguments
ArgumentCountError: b24_batch() expects at least 1 argument, 0 given
TypeError: b24_batch(): Argument #1 ($commands) must be of type array, string given
ValueError: b24_batch(): Argument #3 ($auth) must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
